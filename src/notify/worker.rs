//! The delivery worker: every `notify.poll_ms` it queues the daily digests when their hour
//! has come, claims due deliveries (with a lease, so several instances share the work and
//! a crashed one's claims come back), delivers them, and records the outcome: sent, a
//! retry after an exponential back-off with jitter, or — after `notify.max_attempts`, or
//! at once when retrying cannot help — a dead letter for `/console/outbox`.
//!
//! Logs name deliveries, users and webhooks by id and errors by kind; never an address.

use std::time::Duration;

use time::macros::format_description;
use tokio::task::{JoinHandle, JoinSet};

use super::email::{self, Content, Mailer};
use super::model::{Kind, Outcome, backoff_ms};
use super::store::{self, Claimed, Record};
use super::webhook;
use crate::clock::{from_unix_ms, stockholm};
use crate::crypto::{Column, Context};
use crate::state::AppState;

/// Deliveries claimed per round.
const BATCH: i64 = 16;

/// The running worker; dropping it stops the task.
#[derive(Debug)]
pub struct WorkerGuard(JoinHandle<()>);

impl Drop for WorkerGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Starts the worker. It also ends by itself once the database is closed at shutdown; a
/// delivery cut off there keeps its row, retried when its lease ends.
pub fn spawn_worker(state: AppState) -> WorkerGuard {
    WorkerGuard(tokio::spawn(run(state)))
}

/// What the worker delivers with.
struct Channels {
    mailer: Option<Mailer>,
    http: Option<reqwest::Client>,
}

async fn run(state: AppState) {
    let config = state.config();
    let mailer = email::mailer(&config.email).unwrap_or_else(|err| {
        tracing::error!(
            error = format!("{err:#}"),
            "e-mail transport not usable; e-mails will be retried"
        );
        None
    });
    let http = webhook::client(config.notify.webhook_timeout_secs, !config.dev)
        .inspect_err(|err| tracing::error!(error = format!("{err:#}"), "webhook client not usable"))
        .ok();
    let channels = std::sync::Arc::new(Channels { mailer, http });
    let pause = Duration::from_millis(config.notify.poll_ms);
    let mut digest_done: Option<time::Date> = None;
    while !store::closed(state.db()) {
        digest_done = queue_digests(&state, digest_done).await;
        if let Err(err) = round(&state, &channels).await
            && !store::closed(state.db())
        {
            tracing::warn!(error = format!("{err:#}"), "outbox round failed; trying again");
        }
        tokio::time::sleep(pause).await;
    }
}

/// Queues today's digests once the hour has come (once per day and instance; the
/// database keeps it to one per user and day across instances).
async fn queue_digests(state: &AppState, done: Option<time::Date>) -> Option<time::Date> {
    let now = state.clock().now_ms();
    let local = stockholm(from_unix_ms(now));
    if local.hour() < state.config().notify.digest_hour || done == Some(local.date()) {
        return done;
    }
    let day = local
        .date()
        .format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default();
    match store::enqueue_digests(state.db(), state.keys(), &day, now).await {
        Ok(queued) => {
            if queued > 0 {
                tracing::info!(outbox.queued = queued, "daily digests queued");
            }
            Some(local.date())
        }
        Err(err) => {
            tracing::warn!(error = format!("{err:#}"), "daily digests not queued yet");
            done
        }
    }
}

/// Claims what is due and delivers it, concurrently; waits for every delivery.
async fn round(state: &AppState, channels: &std::sync::Arc<Channels>) -> Result<(), sqlx::Error> {
    let now = state.clock().now_ms();
    let lease = i64::try_from(state.config().notify.lease_secs).unwrap_or(i64::MAX / 2) * 1000;
    let token = uuid::Uuid::new_v4().to_string();
    let claimed = store::claim(state.db(), now, now.saturating_add(lease), &token, BATCH).await?;
    let mut tasks = JoinSet::new();
    for row in claimed {
        let (state, channels, token) = (state.clone(), channels.clone(), token.clone());
        tasks.spawn(async move {
            let outcome = deliver(&state, &channels, &row).await;
            record(&state, &row, &token, outcome).await;
        });
    }
    while tasks.join_next().await.is_some() {}
    Ok(())
}

/// One attempt at one delivery.
async fn deliver(state: &AppState, channels: &Channels, row: &Claimed) -> Outcome {
    let public_url = state.config().email.public_url.as_str();
    match Kind::parse(&row.kind) {
        Some(Kind::Email | Kind::Digest) => {
            let Some(mailer) = &channels.mailer else {
                return Outcome::Retry("email_off".to_owned());
            };
            let address = match store::email_of_active_user(state.db(), &row.recipient).await {
                Ok(Some(address)) => address,
                Ok(None) => return Outcome::Dead("recipient_inactive".to_owned()),
                Err(_) => return Outcome::Retry("database".to_owned()),
            };
            let content = match (&row.referral_id, Kind::parse(&row.kind)) {
                (Some(id), Some(Kind::Email)) if row.event == "protected" => Content::Protected(id),
                (Some(id), Some(Kind::Email)) => Content::Referral(id),
                _ => match store::waiting_for(state.db(), state.keys(), &row.recipient).await {
                    Ok(0) => return Outcome::Sent,
                    Ok(count) => Content::Digest(count),
                    Err(_) => return Outcome::Retry("database".to_owned()),
                },
            };
            let (subject, body) = email::compose(state.locales(), public_url, &content);
            email::send(mailer, &state.config().email.sender, &address, subject, body).await
        }
        Some(Kind::Webhook) => {
            let (Some(client), Some(referral_id)) = (&channels.http, &row.referral_id) else {
                return Outcome::Dead("webhook_unusable".to_owned());
            };
            let (url, sealed) = match store::webhook_target(state.db(), &row.recipient).await {
                Ok(Some(target)) => target,
                Ok(None) => return Outcome::Dead("recipient_inactive".to_owned()),
                Err(_) => return Outcome::Retry("database".to_owned()),
            };
            let Ok(secret) = state
                .keys()
                .open(&Context::new(Column::WebhookSecret, &row.recipient), &sealed)
            else {
                return Outcome::Dead("secret_unreadable".to_owned());
            };
            if !webhook::may_post(&url, !state.config().dev) {
                // Entered before the rule (or in dev mode): never posted to outside it.
                return Outcome::Dead("address_not_allowed".to_owned());
            }
            let body = webhook::body(public_url, referral_id, &row.event, row.created_at);
            let timestamp = state.clock().now().unix_timestamp();
            webhook::post(client, &url, &secret, timestamp, body).await
        }
        None => Outcome::Dead("unknown_kind".to_owned()),
    }
}

/// Records an attempt's outcome: sent, retried later with back-off, or dead.
async fn record(state: &AppState, row: &Claimed, token: &str, outcome: Outcome) {
    let notify = &state.config().notify;
    let now = state.clock().now_ms();
    let attempts = u32::try_from(row.attempts).unwrap_or(u32::MAX);
    let (record, error) = match &outcome {
        Outcome::Sent => (Record::Sent, None),
        Outcome::Retry(error) if attempts < notify.max_attempts => {
            let jitter = u16::from_le_bytes(crate::crypto::random_bytes::<2>());
            let next = now.saturating_add(backoff_ms(notify, attempts, jitter));
            (Record::Retry(error, next), Some(error))
        }
        Outcome::Retry(error) | Outcome::Dead(error) => (Record::Dead(error), Some(error)),
    };
    let dead = matches!(record, Record::Dead(_));
    match store::finish(state.db(), &row.id, token, now, record).await {
        Ok(true) => match (error, dead) {
            (None, _) => {
                tracing::info!(outbox.id = %row.id, outbox.kind = %row.kind, attempts, "notification delivered")
            }
            (Some(error), false) => {
                tracing::warn!(outbox.id = %row.id, outbox.kind = %row.kind, attempts, error.kind = %error, "notification failed; will retry")
            }
            (Some(error), true) => {
                tracing::error!(outbox.id = %row.id, outbox.kind = %row.kind, attempts, error.kind = %error, "notification is a dead letter; see /console/outbox")
            }
        },
        Ok(false) => {
            tracing::warn!(outbox.id = %row.id, "notification outcome not recorded: its lease ran out first")
        }
        Err(_) => {
            tracing::warn!(outbox.id = %row.id, "notification outcome not recorded; retried after the lease")
        }
    }
}
