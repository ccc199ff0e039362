//! The minute's housekeeping of one instance, across capabilities: expired receipt
//! hand-offs are forgotten (the enquiry's), rate-limit memory is trimmed (the web's), and
//! chats idle past the idle time are ended (the chat's), also those nobody looks at any
//! more. Started by [`crate::startup::App`]; failures are logged and tried again on the
//! next pass.

use std::time::Duration;

use crate::state::AppState;

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
    state.floods().sweep(state.clock().now_ms());
    match crate::enquiry::store::purge_expired_handoffs(state.db(), state.clock().now_ms()).await {
        Ok(0) => {}
        Ok(n) => tracing::debug!(count = n, "expired hand-off tickets forgotten"),
        Err(err) => tracing::warn!(error = %err, "housekeeping could not reach the database"),
    }
    if let Err(err) = crate::chat::room::expire_idle(state).await {
        tracing::warn!(error = %err, "housekeeping could not end idle chats");
    }
}
