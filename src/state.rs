//! The shared state of one instance: a cheap-to-clone handle passed to every handler.

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use crate::crypto::Keyring;
use crate::db::Db;
use crate::directory::Directory;
use crate::enquiry::writer::EnquiryWriter;
use crate::i18n::Locales;
use crate::metrics::Metrics;
use crate::triage::{Engine, EngineHandle};
use crate::web::Templates;
use crate::web::ratelimit::Limiter;
use crate::web::render::PageCache;
use crate::web::static_files::StaticFiles;

/// Everything a handler may need; built once by [`crate::startup::App::build`].
#[derive(Clone, Debug)]
pub struct AppState(Arc<Inner>);

/// The parts of [`AppState`].
#[derive(Debug)]
pub struct Inner {
    /// The validated configuration.
    pub config: Config,
    /// The database.
    pub db: Db,
    /// Data keys (sealing, receipt hashes); shared with the database handle, which signs
    /// and seals audit records with them.
    pub keys: Arc<Keyring>,
    /// Translations.
    pub locales: Arc<Locales>,
    /// Page templates.
    pub templates: Templates,
    /// Pages rendered once per language.
    pub page_cache: PageCache,
    /// CSS and scripts.
    pub static_files: StaticFiles,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// Prometheus metrics.
    pub metrics: Metrics,
    /// The triage engine in service with the directory it routes into: one snapshot,
    /// swapped whole by a reload.
    pub engine: EngineHandle,
    /// Receipt-code look-ups per client.
    pub receipt_limiter: Limiter,
    /// Triage previews per client.
    pub preview_limiter: Limiter,
    /// Flood and brute-force limits, and the memory behind the flood view.
    pub floods: crate::web::floods::Floods,
    /// Group commit of new enquiries.
    pub enquiry_writer: EnquiryWriter,
    /// Changes to the queue, for live views.
    pub events: crate::events::Bus,
    /// Group commit of chat messages.
    pub chat_writer: crate::chat::writer::ChatWriter,
    /// Chat events and the per-instance chat limits.
    pub chat_hub: Arc<crate::chat::hub::ChatHub>,
}

impl std::fmt::Debug for dyn Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

impl AppState {
    /// Wraps the parts.
    pub fn new(inner: Inner) -> Self {
        Self(Arc::new(inner))
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.0.config
    }
    /// The database.
    pub fn db(&self) -> &Db {
        &self.0.db
    }
    /// The data keys.
    pub fn keys(&self) -> &Keyring {
        &self.0.keys
    }
    /// The translations.
    pub fn locales(&self) -> &Locales {
        &self.0.locales
    }
    /// The templates.
    pub fn templates(&self) -> &Templates {
        &self.0.templates
    }
    /// The cache of shared pages.
    pub fn page_cache(&self) -> &PageCache {
        &self.0.page_cache
    }
    /// The static files.
    pub fn static_files(&self) -> &StaticFiles {
        &self.0.static_files
    }
    /// The clock.
    pub fn clock(&self) -> &dyn Clock {
        self.0.clock.as_ref()
    }
    /// The metrics.
    pub fn metrics(&self) -> &Metrics {
        &self.0.metrics
    }
    /// The directory in service now: the one the current engine routes into, so a
    /// rules reload replaces both together. A handler that both decides and reads the
    /// directory takes [`Self::engine`] once and uses [`Engine::directory`], so both come
    /// from the same load even when a reload lands mid-request.
    pub fn directory(&self) -> Arc<Directory> {
        self.0.engine.current().shared_directory()
    }
    /// The triage engine to decide with now.
    pub fn engine(&self) -> Arc<Engine> {
        self.0.engine.current()
    }

    /// Reloads the triage rules and directory from the configured folders; a broken file
    /// keeps the running engine. Returns the new rules version.
    pub fn reload_triage(&self) -> anyhow::Result<String> {
        let config = self.config();
        let version = self.0.engine.reload(
            &config.asset(&config.triage.directory_dir),
            &config.asset(&config.triage.rules_dir),
            crate::triage::EngineSettings {
                host_is_authority: config.site.host_is_authority,
            },
        )?;
        tracing::info!(rules.version = %version, "triage rules reloaded");
        Ok(version)
    }
    /// The enquiry writer.
    pub fn enquiry_writer(&self) -> &EnquiryWriter {
        &self.0.enquiry_writer
    }
    /// Changes to the queue.
    pub fn events(&self) -> &crate::events::Bus {
        &self.0.events
    }
    /// The chat message writer.
    pub fn chat_writer(&self) -> &crate::chat::writer::ChatWriter {
        &self.0.chat_writer
    }
    /// The chat hub.
    pub fn chat_hub(&self) -> &Arc<crate::chat::hub::ChatHub> {
        &self.0.chat_hub
    }
    /// The receipt look-up limiter.
    pub fn receipt_limiter(&self) -> &Limiter {
        &self.0.receipt_limiter
    }
    /// The flood and brute-force limits.
    pub fn floods(&self) -> &crate::web::floods::Floods {
        &self.0.floods
    }
    /// The triage preview limiter.
    pub fn preview_limiter(&self) -> &Limiter {
        &self.0.preview_limiter
    }
}
