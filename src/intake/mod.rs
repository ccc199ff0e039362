//! The public site and anonymous intake: the language redirect, the information and
//! audience pages, the enquiry form, the receipt hand-off and look-up, and the
//! accessibility report form.
//!
//! Routes: `/`, `/{lang}/`, `/{lang}/{page}`, `/{lang}/enquiry`,
//! `/{lang}/enquiry/sent/{ticket}`, `/{lang}/enquiry/saved`, `/{lang}/receipt`,
//! `/{lang}/receipt/message`, `/{lang}/accessibility`.

mod accessibility;
mod callback;
mod enquiry;
mod pages;
mod receipt;
mod store;

use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// The public site's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::root))
        .route("/{lang}", get(pages::lang_root))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}/{page}", get(pages::info))
        .route("/{lang}/enquiry", get(enquiry::show).post(enquiry::submit))
        .route("/{lang}/callback", get(callback::show).post(callback::submit))
        .route(
            "/{lang}/enquiry/sent/{ticket}",
            get(receipt::handoff).post(receipt::confirm_saved),
        )
        .route("/{lang}/enquiry/sent/{ticket}/code.txt", get(receipt::download))
        .route("/{lang}/enquiry/saved", get(receipt::saved))
        .route("/{lang}/receipt", get(receipt::lookup_form).post(receipt::lookup))
        .route("/{lang}/receipt/message", post(receipt::follow_up))
        .route(
            "/{lang}/accessibility",
            get(accessibility::show).post(accessibility::report),
        )
}

/// Starts the housekeeping: [`housekeep`] every minute.
pub fn spawn_housekeeping(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            housekeep(&state).await;
        }
    })
}

/// One pass of housekeeping: expired hand-offs are forgotten, rate-limit memory is
/// trimmed and chats idle past the idle time are ended (also those nobody looks at any
/// more). Failures are logged and tried again on the next pass.
pub async fn housekeep(state: &AppState) {
    state.receipt_limiter().sweep();
    state.preview_limiter().sweep();
    match crate::enquiry::store::purge_expired_handoffs(state.db(), state.clock().now_ms()).await {
        Ok(0) => {}
        Ok(n) => tracing::debug!(count = n, "expired hand-off tickets forgotten"),
        Err(err) => tracing::warn!(error = %err, "housekeeping could not reach the database"),
    }
    if let Err(err) = crate::chat::room::expire_idle(state).await {
        tracing::warn!(error = %err, "housekeeping could not end idle chats");
    }
}
