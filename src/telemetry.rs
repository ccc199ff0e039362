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

use crate::config::{Config, LogFormat};
use crate::state::AppState;

/// Installs the global subscriber (JSON in production). Safe to call more than once.
pub fn init(config: &Config) {
    let filter = EnvFilter::try_new(&config.log.level).unwrap_or_else(|_| EnvFilter::new("info"));
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
    let method = req.method().as_str().to_owned();
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
