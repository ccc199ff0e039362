//! The minute's housekeeping of one instance, across capabilities: expired receipt
//! hand-offs are forgotten (the enquiry's), rate-limit memory is trimmed (the web's), and
//! chats idle past the idle time are ended (the chat's), also those nobody looks at any
//! more. Besides, every `audit.anchor_every_secs` the audit chain's head is anchored
//! outside the database ([`anchor_audit`], also at shutdown). Started by
//! [`crate::startup::App`]; failures are logged and tried again on the next pass.

use std::time::Duration;

use crate::state::AppState;

/// Starts the housekeeping: [`housekeep`] every minute, [`anchor_audit`] every
/// `audit.anchor_every_secs`.
pub fn spawn_housekeeping(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        // The first anchor after one interval: at start the head is the one anchored at
        // the last shutdown.
        let every = Duration::from_secs(state.config().audit.anchor_every_secs);
        let mut anchor = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        anchor.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => housekeep(&state).await,
                _ = anchor.tick() => anchor_audit(&state).await,
            }
        }
    })
}

/// Writes the audit chain's head to the anchor outside the database (`audit.anchor_file`
/// and the log line `audit anchor`) when it changed since the last anchor there. Failures
/// are logged (no personal data) and tried again on the next pass.
pub async fn anchor_audit(state: &AppState) {
    let path = state.config().audit_anchor_file();
    if let Err(err) = crate::audit::anchor_now(state.db(), path, state.clock().now_ms()).await {
        tracing::warn!(
            error = format!("{err:#}"),
            "the audit chain could not be anchored"
        );
    }
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
