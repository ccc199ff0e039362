//! Logs and the request span.
//!
//! What is never logged: client addresses, raw URIs (they may carry a hand-off ticket),
//! free text, phone numbers, receipt codes, e-mail addresses. The request span holds the
//! method, the route template, a request id, the status and the latency.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument as _;
use tracing_subscriber::EnvFilter;

use crate::config::{Config, ConfigError, LogFormat};
use crate::state::AppState;

/// Installs the global subscriber (JSON in production). Safe to call more than once.
///
/// `RUST_LOG`, when set, overrides `log.level`; a broken `RUST_LOG` is refused, like a
/// configuration error, before anything starts.
pub fn init(config: &Config) -> Result<(), ConfigError> {
    let filter = filter(&config.log.level, crate::config::rust_log().as_deref())?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    let _already_set = match config.log.format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
        LogFormat::Pretty => builder.compact().try_init(),
    };
    Ok(())
}

/// The log filter: `rust_log` (the `RUST_LOG` variable) when set, parsed as a tracing
/// `EnvFilter` directive and refused when broken; else the configured `level`, which falls
/// back to `info` when it does not parse.
pub fn filter(level: &str, rust_log: Option<&str>) -> Result<EnvFilter, ConfigError> {
    match rust_log {
        Some(directive) => EnvFilter::try_new(directive).map_err(|err| ConfigError::Invalid {
            key: "RUST_LOG",
            problem: format!(
                "not a tracing filter directive ({err}), e.g. `info` or `kontaktpunkt=debug,warn`"
            ),
        }),
        None => configured(level),
    }
}

/// The configured `log.level`: comma-separated parts, each a level (`trace`, `debug`,
/// `info`, `warn`, `error`, `off`) or `target=level`. Anything else is refused: tracing
/// would read a stray word as a target and log everything of it.
pub fn configured(level: &str) -> Result<EnvFilter, ConfigError> {
    const LEVELS: [&str; 6] = ["trace", "debug", "info", "warn", "error", "off"];
    let refused = || ConfigError::Invalid {
        key: "log.level",
        problem: format!(
            "{level:?} is not a log level: use trace, debug, info, warn, error or off, or \
             target=level parts joined by commas (e.g. kontaktpunkt=debug,info)"
        ),
    };
    let part_ok = |part: &str| {
        let lvl = part.rsplit_once('=').map_or(
            part,
            |(target, lvl)| {
                if target.trim().is_empty() { "" } else { lvl }
            },
        );
        LEVELS.contains(&lvl.trim().to_ascii_lowercase().as_str())
    };
    if level.trim().is_empty() || !level.split(',').all(part_ok) {
        return Err(refused());
    }
    EnvFilter::try_new(level).map_err(|_| refused())
}

/// A request id unique across instances: a random instance prefix and a counter (no
/// system call per request).
fn next_request_id() -> String {
    static INSTANCE: OnceLock<String> = OnceLock::new();
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let instance = INSTANCE.get_or_init(|| {
        let bytes: [u8; 4] = crate::crypto::random_bytes();
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    });
    format!("{instance}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Wraps each request in a span and counts it in the metrics.
pub async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    // A label from a bounded set: a client may send any method name (extension methods).
    let method = match *req.method() {
        axum::http::Method::GET
        | axum::http::Method::HEAD
        | axum::http::Method::POST
        | axum::http::Method::PUT
        | axum::http::Method::PATCH
        | axum::http::Method::DELETE
        | axum::http::Method::OPTIONS => req.method().as_str().to_owned(),
        _ => "OTHER".to_owned(),
    };
    let request_id = next_request_id();
    let span =
        tracing::info_span!("request", http.method = %method, http.route = %route, request.id = %request_id);
    let started = Instant::now();
    let response = next.run(req).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state
        .metrics()
        .observe_request(&method, &route, status, elapsed.as_secs_f64());
    span.in_scope(|| {
        tracing::info!(
            http.status = status,
            duration_ms = elapsed.as_secs_f64() * 1000.0,
            "request finished"
        );
    });
    response
}

#[cfg(test)]
mod tests {
    use super::filter;

    #[test]
    fn rust_log_overrides_the_configured_level_and_a_broken_one_is_refused() {
        let cases = [
            ("warn", None, Some("warn"), "no RUST_LOG: the configured level"),
            (
                "kontaktpunkt=loud",
                None,
                None,
                "a broken configured level is refused",
            ),
            (
                "verbose",
                None,
                None,
                "a stray word is refused, not read as a target",
            ),
            (
                "kontaktpunkt=debug,info",
                None,
                Some("kontaktpunkt=debug,info"),
                "parts",
            ),
            ("warn", Some("debug"), Some("debug"), "RUST_LOG wins"),
            (
                "warn",
                Some("kontaktpunkt=trace,info"),
                Some("kontaktpunkt=trace,info"),
                "a full directive",
            ),
            (
                "warn",
                Some("kontaktpunkt=loud"),
                None,
                "a broken RUST_LOG is refused",
            ),
        ];
        for (level, rust_log, expected, why) in cases {
            match (filter(level, rust_log), expected) {
                (Ok(f), Some(want)) => assert_eq!(f.to_string(), want, "{why}"),
                (Err(err), None) => {
                    let line = err.to_string();
                    let key = if rust_log.is_some() {
                        "RUST_LOG: "
                    } else {
                        "log.level: "
                    };
                    assert!(line.starts_with(key), "{why}: {line}");
                    assert!(!line.contains('\n'), "{why}: one line: {line}");
                }
                (got, _) => panic!("{why}: {got:?}"),
            }
        }
    }
}
