//! Notifications: "a new referral is waiting", by e-mail to the inbox users bound to the
//! referral's recipient organisation (at once, or in one daily digest, as each user
//! chooses) and by signed webhook to the case systems of the organisations a webhook is
//! bound to (`webhook_orgs`), from a durable outbox.
//!
//! [`referral_waiting`] queues the deliveries (durably, before it returns); the worker
//! ([`spawn_worker`]) delivers them with retries, back-off and dead letters. Nothing about
//! the person ever leaves in a notification: fixed text and a link to the inbox.
//!
//! Routes: `/console/outbox` (failing and dead deliveries; replay — supervisors),
//! `/console/webhooks` (endpoints — admins), `/inbox/notifications` (a municipality
//! user's own address and frequency).

mod console;
mod email;
pub mod guard;
pub mod model;
mod page;
mod settings;
mod store;
pub mod webhook;
mod worker;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub use worker::{WorkerGuard, spawn_worker};

/// This area's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/console/outbox", get(console::outbox))
        .route("/console/outbox/{id}/replay", post(console::replay))
        .route(
            "/console/webhooks",
            get(console::webhooks).post(console::add_webhook),
        )
        .route("/console/webhooks/{id}/disable", post(console::disable_webhook))
        .route("/console/webhooks/{id}/enable", post(console::enable_webhook))
        .route("/console/webhooks/{id}/delete", post(console::delete_webhook))
        .route("/inbox/notifications", get(settings::show).post(settings::save))
}

/// Queues "a new referral is waiting" for everyone who should hear of referral
/// `referral_id`: the inbox users bound to its recipient organisation who want it at once,
/// and the webhooks serving the municipalities that organisation belongs to. The rows are committed before this
/// returns. It never fails its caller: an error is logged (by referral id and error kind)
/// and the referral stands; staff see it in the inbox all the same.
pub async fn referral_waiting(state: &AppState, referral_id: &str) {
    enqueue(state, referral_id, "waiting").await;
}

/// Queues "a referral you received changed: the person's identity is now protected and
/// the contact data was removed" for the same recipients as [`referral_waiting`]
/// (issue #14). Never fails its caller, as that one.
pub async fn referral_protected(state: &AppState, referral_id: &str) {
    enqueue(state, referral_id, "protected").await;
}

async fn enqueue(state: &AppState, referral_id: &str, event: &str) {
    let now = state.clock().now_ms();
    let email_on = state.config().email.enabled;
    match store::enqueue_referral(state.db(), state.keys(), referral_id, event, now, email_on).await {
        Ok(queued) => {
            tracing::info!(referral.id = %referral_id, outbox.queued = queued, "notifications queued")
        }
        Err(err) => tracing::error!(
            referral.id = %referral_id,
            error.kind = if crate::db::is_unavailable(&err) { "database_unavailable" } else { "database" },
            "notifications not queued"
        ),
    }
}
