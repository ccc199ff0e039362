//! Posting a message (limits checked, sealed, stored, published), ending a chat, and
//! reading its messages back.

use time::macros::format_description;

use super::{Refused, Side};
use crate::chat::hub::{ChatEvent, HubMessage};
use crate::chat::protocol::ServerFrame;
use crate::chat::store::{self, ChatRow};
use crate::chat::writer::NewMessage;
use crate::clock::{from_unix_ms, stockholm};
use crate::crypto::{Column, Context};
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;

/// Posts a message: checks the chat is open, the length and (for the person) the rate;
/// seals, stores and publishes it. A handler's message (`staff_user`: who) is audited as
/// a reply in the same commit. Returns its sequence number.
pub async fn post(
    state: &AppState,
    chat: &ChatRow,
    side: Side,
    staff_user: Option<&str>,
    text: &str,
) -> Result<i64, Refused> {
    let limits = &state.config().chat;
    let text = text.trim();
    if chat.status == "ended" {
        return Err(Refused::NotOpen);
    }
    match text.chars().count() {
        0 => return Err(Refused::Empty),
        n if n > limits.message_max_chars => return Err(Refused::TooLong),
        _ => {}
    }
    let now = state.clock().now_ms();
    // The limit guards staff and the service against a flood from one chat; staff are
    // not limited. What this instance counted covers messages still on their way to the
    // database; the stored ones cover every instance (a page without JavaScript may post
    // through any of them).
    if side == Side::Person {
        let stored = store::person_messages_since(state.db(), &chat.enquiry_id, now - 60_000)
            .await
            .map_err(AppError::from)?;
        if stored >= i64::from(limits.messages_per_minute)
            || !crate::chat::hub(state).allow_message(&chat.enquiry_id, now, limits.messages_per_minute)
        {
            return Err(Refused::RateLimited);
        }
    }
    let message_id = uuid::Uuid::new_v4().to_string();
    let body_sealed = state
        .keys()
        .seal_str(&Context::new(Column::MessageBody, &message_id), text);
    let seq = state
        .chat_writer()
        .write(NewMessage {
            message_id,
            chat_id: chat.enquiry_id.clone(),
            author: side.author(),
            body_sealed,
            at: now,
            staff_user: staff_user.map(str::to_owned),
        })
        .await?;
    crate::chat::hub(state).publish(
        &chat.enquiry_id,
        ChatEvent::Message(HubMessage {
            seq,
            author: side.author(),
            at: now,
            text: Some(text.to_owned()),
        }),
    );
    state.events().publish(Change::Updated, &chat.enquiry_id);
    tracing::debug!(enquiry.id = %chat.enquiry_id, chat.seq = seq, "chat message stored");
    Ok(seq)
}

/// Ends an open chat for `reason`; tells both sides. Returns whether this call ended it.
pub async fn end(state: &AppState, id: &str, reason: &'static str) -> Result<bool, AppError> {
    let now = state.clock().now_ms();
    let ended = crate::transact!(state.db(), |tx| store::end(tx, id, reason, now).await)?;
    if ended {
        announce_end(state, id, reason);
    }
    Ok(ended)
}

/// Tells both sides, the queue and the console that a chat ended (after it was stored).
pub fn announce_end(state: &AppState, id: &str, reason: &'static str) {
    let hub = crate::chat::hub(state);
    hub.publish(id, ChatEvent::Ended(reason));
    hub.forget(id);
    hub.queue_moved();
    state.events().publish(Change::Updated, id);
    tracing::info!(enquiry.id = %id, chat.ended = reason, "chat ended");
}

/// Ends every open chat idle for longer than `chat.idle_timeout_minutes` (run whenever a
/// chat page or the staff list is drawn, and every minute by the housekeeping; a live
/// connection ends its own chat when its idle timer runs out).
pub async fn expire_idle(state: &AppState) -> Result<(), AppError> {
    let cutoff = state.clock().now_ms() - idle_ms(state);
    for id in store::idle_since(state.db(), cutoff).await? {
        end(state, &id, "idle").await?;
    }
    Ok(())
}

/// The idle time-out in milliseconds.
pub fn idle_ms(state: &AppState) -> i64 {
    i64::from(state.config().chat.idle_timeout_minutes) * 60_000
}

/// One message as a page or frame shows it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Shown {
    /// Sequence number.
    pub seq: i64,
    /// `person` or `staff`.
    pub author: &'static str,
    /// Local `HH:MM`.
    pub at: String,
    /// The text.
    pub text: String,
}

impl Shown {
    /// As a frame.
    pub fn frame(self) -> ServerFrame {
        ServerFrame::Message {
            seq: self.seq,
            author: self.author,
            at: self.at,
            text: self.text,
        }
    }
}

/// Local `HH:MM` of a stored time.
pub fn clock_time(ms: i64) -> String {
    stockholm(from_unix_ms(ms))
        .format(format_description!("[hour]:[minute]"))
        .unwrap_or_default()
}

/// The messages after `after`, opened.
pub async fn messages_after(state: &AppState, id: &str, after: i64) -> Result<Vec<Shown>, AppError> {
    let keys = state.keys();
    store::messages_after(state.db(), id, after)
        .await?
        .into_iter()
        .map(|m| {
            let text = keys.open_string(&Context::new(Column::MessageBody, &m.id), &m.body_sealed)?;
            Ok(Shown {
                seq: m.seq,
                author: if m.author == "staff" { "staff" } else { "person" },
                at: clock_time(m.created_at),
                text,
            })
        })
        .collect()
}
