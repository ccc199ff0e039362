//! Configuration: `config/default.toml`, then the file named by `KONTAKTPUNKT_CONFIG`,
//! then `KONTAKTPUNKT_*` environment variables (nested keys joined with `__`).
//!
//! This is the only module that reads the process environment. Every value is checked
//! by [`Config::validate`] before anything starts, and an error names the key.
//!
//! This file owns the whole [`Config`] and its loading; each section's types live beside
//! it: `sections` (log, site, HTTP, limits, triage, service levels, access, audit), `chat`, `email`
//! (e-mail and the notification outbox), `database_url`, and `validate` (the checks and
//! [`ConfigError`]).

mod chat;
mod database_url;
mod email;
mod sections;
#[cfg(test)]
mod tests;
mod validate;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::SecretString;
use serde::Deserialize;

pub use chat::{ChatConfig, Shift};
pub use database_url::DatabaseUrl;
pub use email::{EmailConfig, EmailTls, NotifyConfig};
pub use sections::{
    AccessConfig, AuditConfig, AuthConfig, HttpConfig, LimitsConfig, LogConfig, LogFormat, SiteConfig,
    SlaConfig, TriageConfig,
};
pub use validate::{ConfigError, decode_key};

/// The environment prefix of every setting.
pub const ENV_PREFIX: &str = "KONTAKTPUNKT_";

/// The whole configuration of one instance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address of the one listener.
    pub listen: SocketAddr,
    /// Address of the operators' listener (`/metrics`, `/healthz`, `/readyz`); keep it
    /// off the public network.
    pub ops_listen: SocketAddr,
    /// `sqlite://…` or `postgres://…`; its `Debug` hides any password.
    pub database_url: DatabaseUrl,
    /// Development mode (no set-up; generated data key; readable logs).
    pub dev: bool,
    /// Folder for dev-mode state (the generated data key).
    pub data_dir: PathBuf,
    /// Folder holding `templates/`, `locales/`, `static/` and `config/`.
    pub assets_dir: PathBuf,
    /// The current at-rest encryption key (base64 of 32 bytes).
    #[serde(default)]
    pub data_key: Option<SecretString>,
    /// Earlier keys, still accepted for reading.
    #[serde(default)]
    pub old_data_keys: Vec<SecretString>,
    /// Logging.
    pub log: LogConfig,
    /// The public site.
    pub site: SiteConfig,
    /// HTTP behaviour.
    pub http: HttpConfig,
    /// Rate limits.
    pub limits: LimitsConfig,
    /// Triage rules and directory.
    pub triage: TriageConfig,
    /// The queue's service levels.
    #[serde(default)]
    pub sla: SlaConfig,
    /// E-mail notifications (SMTP).
    #[serde(default)]
    pub email: EmailConfig,
    /// The notification outbox: retries, back-off and the daily digest.
    #[serde(default)]
    pub notify: NotifyConfig,
    /// The anonymous chat: opening hours and limits.
    #[serde(default)]
    pub chat: ChatConfig,
    /// Who reads a case: how long a break-glass reason lasts.
    #[serde(default)]
    pub access: AccessConfig,
    /// The audit chain's anchors outside the database.
    #[serde(default)]
    pub audit: AuditConfig,
    /// Signed-in sessions: the idle time.
    #[serde(default)]
    pub auth: AuthConfig,
}

/// Loads the configuration from the default file, `KONTAKTPUNKT_CONFIG` and the
/// environment, then validates it. `dev_flag` is the `--dev` switch of `serve`.
pub fn load(dev_flag: bool) -> Result<Config, ConfigError> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the config module is the one place that reads the environment"
    )]
    let extra = std::env::var_os("KONTAKTPUNKT_CONFIG").map(PathBuf::from);
    let figment = figment(Path::new("config/default.toml"), extra.as_deref())
        .merge(Env::prefixed(ENV_PREFIX).ignore(&["config"]).split("__"));
    from_figment(&figment, dev_flag)
}

/// The file sources alone (default file, then an optional extra file), for tests and tools.
pub fn figment(default_file: &Path, extra_file: Option<&Path>) -> Figment {
    let mut figment = Figment::from(Toml::file_exact(default_file));
    if let Some(extra) = extra_file {
        figment = figment.merge(Toml::file_exact(extra));
    }
    figment
}

/// Extracts and validates a configuration from any figment.
pub fn from_figment(figment: &Figment, dev_flag: bool) -> Result<Config, ConfigError> {
    let mut config: Config = figment.extract().map_err(Box::new)?;
    if dev_flag {
        config.dev = true;
    }
    if config.dev {
        // Dev mode runs on http://127.0.0.1 with readable logs.
        config.http.cookie_secure = false;
        config.log.format = LogFormat::Pretty;
    }
    config.validate()?;
    Ok(config)
}

impl Config {
    /// A path under `assets_dir`.
    pub fn asset(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.assets_dir.join(relative)
    }

    /// Where the audit chain's anchors go: `audit.anchor_file`, or `data_dir/audit-anchor`.
    pub fn audit_anchor_file(&self) -> PathBuf {
        self.audit
            .anchor_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("audit-anchor"))
    }
}

/// `RUST_LOG` when set and not empty: it overrides `log.level`, as the ecosystem expects
/// (`crate::telemetry::filter` parses it and refuses a broken one).
pub fn rust_log() -> Option<String> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the config module is the one place that reads the environment"
    )]
    let value = std::env::var_os("RUST_LOG")?;
    Some(value.to_string_lossy().into_owned()).filter(|v| !v.trim().is_empty())
}
