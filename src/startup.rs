//! Building and running one instance. `serve` and the tests take the same path:
//! [`App::build`] binds the listener (port 0 works) and prepares everything,
//! [`App::run_until`] serves until told to stop, then lets requests in flight finish.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;

use crate::chat::hub::ChatHub;
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::crypto::Keyring;
use crate::db::{Db, Pool};
use crate::enquiry::writer::EnquiryWriter;
use crate::error::AppError;
use crate::events::relay::{self, Outbound};
use crate::i18n::Locales;
use crate::metrics::Metrics;
use crate::state::{AppState, Inner};
use crate::triage::{EngineHandle, EngineSettings, load_engine};
use crate::web::Templates;
use crate::web::ratelimit::Limiter;
use crate::web::render::PageCache;
use crate::web::static_files::StaticFiles;

/// A built instance, listening but not yet serving.
#[derive(Debug)]
pub struct App {
    listener: TcpListener,
    /// The operators' listener (`/metrics`, health).
    ops_listener: TcpListener,
    state: AppState,
    /// The relay's queue, drained once the instance runs (PostgreSQL only).
    relay: Option<Outbound>,
}

impl App {
    /// Builds an instance with the real clock.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        Self::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// Builds an instance: loads translations, templates, directory and rules (any error
    /// names its file), opens and migrates the database, binds the listener.
    pub async fn build_with_clock(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let (keys, dev_key_path) = Keyring::from_config(&config)?;
        if let Some(path) = dev_key_path {
            tracing::warn!(
                path = %path.display(),
                key.id = %keys.current_id(),
                "dev mode: using a generated data key kept in the data folder; never use dev mode in production"
            );
        }
        let locales = Arc::new(Locales::load(&config.asset("locales"))?);
        let templates = Templates::load(&config.asset("templates"), Arc::clone(&locales))?;
        let static_files = StaticFiles::load(&config.asset("static"))?;
        let settings = EngineSettings {
            host_is_authority: config.site.host_is_authority,
        };
        let engine = load_engine(
            &config.asset(&config.triage.directory_dir),
            &config.asset(&config.triage.rules_dir),
            settings,
        )?;
        let keys = Arc::new(keys);
        let db = Db::connect(&config.database_url)
            .await?
            .with_keys(Arc::clone(&keys));
        db.migrate().await.with_context(|| {
            format!(
                "the database {} cannot be reached or migrated",
                config.database_url
            )
        })?;
        crate::enquiry::reseal::run(&db, &keys).await?;
        crate::referral::reseal::run(&db, &keys).await?;
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("binding listen address {}", config.listen))?;
        let ops_listener = TcpListener::bind(config.ops_listen)
            .await
            .with_context(|| format!("binding ops_listen address {}", config.ops_listen))?;
        let enquiry_writer = EnquiryWriter::spawn(db.clone());
        let chat_writer = crate::chat::writer::ChatWriter::spawn(db.clone());
        // On PostgreSQL, queue and chat events cross instances (LISTEN/NOTIFY).
        let (relay, outbound) = match db.pool() {
            Pool::Postgres(_) => {
                let (relay, outbound) = relay::channel();
                (Some(relay), Some(outbound))
            }
            Pool::Sqlite(_) => (None, None),
        };
        let state = AppState::new(Inner {
            receipt_limiter: Limiter::per_minute(config.limits.receipt_lookups_per_minute),
            preview_limiter: Limiter::per_minute(config.limits.triage_previews_per_minute),
            floods: crate::web::floods::Floods::new(&config.limits),
            config,
            db,
            keys,
            locales,
            templates,
            page_cache: PageCache::default(),
            static_files,
            clock,
            metrics: Metrics::new(),
            enquiry_writer,
            chat_writer,
            events: crate::events::Bus::with_relay(relay.clone()),
            chat_hub: Arc::new(ChatHub::with_relay(relay)),
            engine: EngineHandle::new(engine),
        });
        Ok(Self {
            listener,
            ops_listener,
            state,
            relay: outbound,
        })
    }

    /// The bound address (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| self.state.config().listen)
    }

    /// The operators' listener's address (`/metrics`, health).
    pub fn ops_addr(&self) -> SocketAddr {
        self.ops_listener
            .local_addr()
            .unwrap_or_else(|_| self.state.config().ops_listen)
    }

    /// The shared state (tests use it to reach the store directly).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then waits up to `http.shutdown_grace_secs` for
    /// requests in flight (an enquiry answered 303 is already committed) and closes the
    /// database.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let Self {
            listener,
            ops_listener,
            state,
            relay,
        } = self;
        let grace = Duration::from_secs(state.config().http.shutdown_grace_secs);
        let background = crate::housekeeping::spawn_housekeeping(state.clone());
        let _notify_worker = crate::notify::spawn_worker(state.clone());
        let reloader = spawn_reload_on_hangup(state.clone());
        let relay = relay.and_then(|outbound| relay::spawn(&state, outbound));
        let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel::<()>();
        let events = state.events().clone();
        let signal = async move {
            shutdown.await;
            tracing::info!("shutting down: finishing requests in flight");
            // Open event streams never end by themselves; end them so they do not hold
            // the shutdown for the whole grace period (browsers reconnect elsewhere).
            events.close();
            let _ = stopping_tx.send(());
        };
        let http = &state.config().http;
        let limits = crate::serve::Limits {
            header_read_timeout: Duration::from_secs(http.header_read_timeout_secs),
            max_connections: http.max_connections,
        };
        let ops_limits = crate::serve::Limits {
            max_connections: 64,
            ..limits
        };
        let (ops_stop, ops_stopping) = tokio::sync::oneshot::channel::<()>();
        let metrics = state.clone();
        let ops = tokio::spawn(crate::serve::serve(
            ops_listener,
            crate::health::ops_router(state.clone()),
            ops_limits,
            || {},
            async move {
                let _ = ops_stopping.await;
            },
        ));
        let server = crate::serve::serve(
            listener,
            router(state.clone()),
            limits,
            move || metrics.metrics().connection_refused(),
            signal,
        );
        let outcome: anyhow::Result<()> = tokio::select! {
            () = server => Ok(()),
            () = async move {
                if stopping_rx.await.is_ok() {
                    tokio::time::sleep(grace).await;
                } else {
                    std::future::pending::<()>().await;
                }
            } => {
                tracing::warn!("shutdown grace period ended with requests still in flight");
                Ok(())
            }
        };
        let _ = ops_stop.send(());
        ops.abort();
        background.abort();
        crate::housekeeping::anchor_audit(&state).await;
        reloader.abort();
        if let Some(relay) = relay {
            relay.stop().await;
        }
        state.db().close().await;
        outcome
    }
}

/// The map of the service: every capability's routes, in the order a reader meets them,
/// and the layers every request passes.
pub fn router(state: AppState) -> Router {
    let config = state.config().clone();
    Router::new()
        .merge(crate::health::router())
        .route("/static/{name}", get(crate::web::static_files::serve))
        .merge(crate::intake::router())
        .merge(crate::triage::http::router())
        .merge(crate::console::router(&state))
        .merge(crate::inbox::router())
        .merge(crate::notify::router())
        .merge(crate::api::router())
        .merge(crate::chat::router())
        .fallback(|| async { AppError::NotFound })
        .method_not_allowed_fallback(|| async { AppError::MethodNotAllowed })
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::floods::guard_intake,
        ))
        .layer(DefaultBodyLimit::max(config.http.max_body_bytes))
        .layer(axum::middleware::from_fn(crate::web::nul::reject_nul))
        // Inside the error renderer, so a time-out is the localized 503 page.
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::deadline::answer_within,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::errors::render_errors,
        ))
        .layer(from_fn_with_state(state.clone(), crate::telemetry::observe))
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::headers::security_headers,
        ))
        // Requests beyond this many wait for a turn; the time-out runs from the turn.
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            config.http.max_requests_in_flight,
        ))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Reloads the triage rules and directory on `SIGHUP`; a broken file is logged and the
/// running engine kept.
fn spawn_reload_on_hangup(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let Ok(mut hangup) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
            else {
                return;
            };
            while hangup.recv().await.is_some() {
                if let Err(err) = state.reload_triage() {
                    tracing::error!(
                        error = format!("{err:#}"),
                        "triage reload refused; the running rules stay"
                    );
                }
            }
        }
        #[cfg(not(unix))]
        drop(state);
    })
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// A fault that stops the service before it serves (the port is taken, the database does
/// not answer, a rule file is missing): reported like a configuration error, as one line
/// naming what is wrong and exit code 2, so an operator's unit file shows the cause.
#[derive(Debug)]
pub struct StartupFault(String);

impl StartupFault {
    /// The fault of `err`: its outermost context and, when different, its root cause.
    pub fn of(err: &anyhow::Error) -> Self {
        let (outer, root) = (err.to_string(), err.root_cause().to_string());
        let line = if outer == root {
            outer
        } else {
            format!("{outer}: {root}")
        };
        Self(line.replace('\n', " "))
    }
}

impl std::fmt::Display for StartupFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartupFault {}
