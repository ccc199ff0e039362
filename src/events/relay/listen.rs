//! The `LISTEN` side of the relay: one dedicated connection per instance, delivering
//! other instances' notices to this instance's queue bus and chat hub, reconnecting with
//! backoff when the connection is lost, and resyncing after a gap.

use std::time::Duration;

use sqlx::postgres::{PgListener, PgPoolOptions};
use tokio::time::Instant;

use super::{CHANNEL, HEARTBEAT, MAX_BACKOFF, Notice};
use crate::chat::hub::{ChatEvent, HubMessage};
use crate::db::Pool;
use crate::events::{Change, Event};
use crate::state::AppState;

/// The `application_name` of the listening connection (to find it in
/// `pg_stat_activity`).
pub const APPLICATION_NAME: &str = "kontaktpunkt-listener";

/// Silence after which the connection counts as dead: the instance's own heartbeat should
/// have come back several times by then.
const SILENCE: Duration = Duration::from_secs(HEARTBEAT.as_secs() * 3);

/// Listens until the queue bus closes (shutdown).
pub(super) async fn run(state: AppState, instance: String) {
    let mut backoff = Duration::from_millis(100);
    // Nothing can have been missed before the first connection: nobody subscribed yet.
    let mut missed = false;
    let closing = state.events().clone();
    let stop = closing.closed();
    tokio::pin!(stop);
    loop {
        let connected = tokio::select! {
            () = &mut stop => return,
            connected = connect(&state) => connected,
        };
        let mut listener = match connected {
            Ok(listener) => listener,
            Err(err) => {
                tracing::warn!(error = %err, retry_ms = backoff.as_millis(), "cannot listen for other instances' events; retrying");
                missed = true;
                tokio::select! {
                    () = &mut stop => return,
                    () = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        backoff = Duration::from_millis(100);
        if missed {
            tracing::info!("listening for other instances' events again; resyncing");
            resync(&state).await;
        } else {
            tracing::info!("listening for other instances' events");
        }
        missed = true;
        let mut deadline = Instant::now() + SILENCE;
        loop {
            tokio::select! {
                () = &mut stop => return,
                () = tokio::time::sleep_until(deadline) => {
                    tracing::warn!("heard nothing on the event channel, not even this instance's heartbeat; reconnecting");
                    break;
                }
                received = listener.try_recv() => match received {
                    Ok(Some(notification)) => {
                        if let Some((from, notice)) = Notice::from_payload(notification.payload())
                            && from != instance
                        {
                            deliver(&state, notice).await;
                        }
                        // After delivering: a long resync is not silence.
                        deadline = Instant::now() + SILENCE;
                    }
                    Ok(None) | Err(_) => {
                        tracing::warn!("lost the connection that listens for other instances' events; reconnecting");
                        break;
                    }
                },
            }
        }
    }
}

/// A listening connection of its own (not one of the request pool's), named so it can be
/// found.
async fn connect(state: &AppState) -> Result<PgListener, sqlx::Error> {
    let Pool::Postgres(pool) = state.db().pool() else {
        return Err(sqlx::Error::Configuration("the relay needs PostgreSQL".into()));
    };
    let options = (*pool.connect_options())
        .clone()
        .application_name(APPLICATION_NAME);
    let own = PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .max_lifetime(None)
        .idle_timeout(None)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await?;
    let mut listener = PgListener::connect_with(&own).await?;
    // A lost connection is rebuilt here (with backoff and a resync), not inside recv.
    listener.eager_reconnect(false);
    listener.ignore_pool_close_event(true);
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

/// Hands another instance's notice to this instance's subscribers.
async fn deliver(state: &AppState, notice: Notice) {
    let hub = crate::chat::hub(state);
    match notice {
        Notice::Queue { change, case_id } => state.events().deliver(Event { change, case_id }),
        Notice::ChatMessage { chat_id, seq, author } => hub.deliver(
            &chat_id,
            ChatEvent::Message(HubMessage {
                seq,
                author,
                at: 0,
                text: None,
            }),
        ),
        Notice::ChatAccepted { chat_id } => hub.deliver(&chat_id, ChatEvent::Accepted),
        Notice::ChatEnded { chat_id, reason } => {
            hub.deliver(&chat_id, ChatEvent::Ended(reason));
            hub.forget(&chat_id);
        }
        Notice::ChatQueueMoved => hub.queue_moved_here(),
        Notice::Resync => resync(state).await,
        Notice::Heartbeat => {}
    }
}

/// After events may have been missed: live queue pages reload, every chat socket re-reads
/// its messages after its last number and where the chat stands (an end it missed closes
/// it), and waiting people recompute their place.
async fn resync(state: &AppState) {
    state.events().deliver(Event {
        change: Change::Reload,
        case_id: String::new(),
    });
    let hub = crate::chat::hub(state);
    let chats = hub.live_chat_ids();
    for id in &chats {
        match crate::chat::store::by_id(state.db(), id).await {
            Ok(Some(chat)) if chat.status == "ended" => {
                hub.deliver(
                    id,
                    ChatEvent::Ended(crate::chat::room::reason(chat.ended_reason.as_deref())),
                );
                hub.forget(id);
            }
            Ok(Some(chat)) if chat.status == "active" => {
                hub.resync(id);
                hub.deliver(id, ChatEvent::Accepted);
            }
            // Waiting, gone, or unreadable now: the socket re-reads what it can.
            _ => hub.resync(id),
        }
    }
    hub.queue_moved_here();
    tracing::debug!(chat.count = chats.len(), "resynced after a gap in events");
}
