//! What both sides of a chat do, whatever the transport (form post or WebSocket):
//! starting one, posting a message (limits checked, sealed, stored with its sequence
//! number, then published), ending it, reading it back, and saying where it stands.

use fluent_bundle::FluentArgs;
use time::macros::format_description;

use super::hub::{ChatEvent, HubMessage};
use super::protocol::ServerFrame;
use super::store::{self, ChatRow};
use super::writer::NewMessage;
use crate::clock::{from_unix_ms, stockholm};
use crate::crypto::random_token;
use crate::enquiry::model::EnquiryInput;
use crate::enquiry::store as intake_store;
use crate::enquiry::writer::{self, NewEnquiry};
use crate::error::AppError;
use crate::events::Change;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{AgeBand, Channel, Enquirer, Enquiry};

/// Fewest recent chats the estimate is made from; fewer and the page says it cannot tell.
const ESTIMATE_MIN_CHATS: i64 = 3;

/// Who writes a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The anonymous person.
    Person,
    /// A handler.
    Staff,
}

impl Side {
    /// The stored author value.
    pub fn author(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Staff => "staff",
        }
    }
}

/// Why a message was not posted (the text stays with the writer).
#[derive(Debug)]
pub enum Refused {
    /// Nothing but spaces.
    Empty,
    /// Longer than `chat.message_max_chars`.
    TooLong,
    /// Over `chat.messages_per_minute`.
    RateLimited,
    /// The chat has ended.
    NotOpen,
    /// Storing failed.
    Failed(AppError),
}

impl Refused {
    /// The stable code of error frames.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::TooLong => "too_long",
            Self::RateLimited => "rate_limited",
            Self::NotOpen => "not_open",
            Self::Failed(_) => "failed",
        }
    }

    /// The HTTP status of a page that refuses it (the text shown again): 429 over the
    /// rate, 409 when the chat is not open, 422 otherwise.
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            Self::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Self::NotOpen => StatusCode::CONFLICT,
            Self::Failed(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Empty | Self::TooLong => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    /// The Fluent id of the explanation.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Empty => "chat-error-empty",
            Self::TooLong => "chat-error-too-long",
            Self::RateLimited => "chat-error-rate-limited",
            Self::NotOpen => "chat-error-not-open",
            Self::Failed(_) => "chat-error-failed",
        }
    }

    /// The explanation in `lang`.
    pub fn text(&self, state: &AppState, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        args.set("max", state.config().chat.message_max_chars);
        state.locales().text(lang, self.message_id(), Some(&args))
    }
}

impl From<AppError> for Refused {
    fn from(err: AppError) -> Self {
        Self::Failed(err)
    }
}

/// The answers of the pre-chat step (each may be skipped).
#[derive(Debug, Default)]
pub struct PreChat {
    /// The language to chat in.
    pub language: Option<Lang>,
    /// Who is writing.
    pub enquirer: Option<Enquirer>,
    /// The age band of the person who wants to leave.
    pub age_band: Option<AgeBand>,
}

/// A new chat: its address token (never stored in clear or logged) and id.
#[derive(Debug)]
pub struct Started {
    /// The enquiry (and chat) id.
    pub id: String,
    /// The address token.
    pub token: String,
}

/// Starts a chat: an enquiry with channel `chat`, triaged from the pre-chat answers and
/// stored by the same writer as every channel, its waiting chat in the same commit; its
/// receipt code is kept sealed beside the chat until the person says they saved it.
pub async fn start(state: &AppState, lang: Lang, answers: &PreChat) -> Result<Started, AppError> {
    let input = EnquiryInput {
        enquiry: Enquiry {
            channel: Some(Channel::Chat),
            enquirer: answers.enquirer,
            age_band: answers.age_band,
            language: answers.language.map(|l| l.tag().to_owned()),
            ..Enquiry::default()
        },
        // Opening a chat is asking to talk: no written message is needed.
        wants_contact: true,
    };
    let decision = state.engine().decide(&input.enquiry, state.clock().now());
    let token = random_token();
    let keys = state.keys();
    let stored = writer::store(
        state,
        NewEnquiry {
            input: &input,
            decision: &decision,
            lang,
            callback: None,
            claimed_by: None,
            chat_token_hash: Some(keys.token_hash("chat", token.as_bytes())),
        },
    )
    .await?;
    state.metrics().enquiry_stored(Channel::Chat.as_str());
    // The code lives only beside the chat (shown on its page until saved); the hand-off
    // ticket of the written form is never handed out for a chat.
    let handoff_hash = keys.token_hash("handoff", stored.ticket.as_bytes());
    intake_store::clear_handoff(state.db(), &handoff_hash).await?;
    super::hub(state).queue_moved();
    tracing::info!(enquiry.id = %stored.id, "chat started");
    Ok(Started { id: stored.id, token })
}

/// What the chat's enquiry knows (the pre-chat answers, or what a handler updated),
/// opened; `None` when there is no such enquiry.
pub async fn facts(state: &AppState, id: &str) -> Result<Option<EnquiryInput>, AppError> {
    let Some(row) = intake_store::case_row(state.db(), id).await? else {
        return Ok(None);
    };
    let facts = state
        .keys()
        .open(format!("enquiry.facts:{id}").as_bytes(), &row.facts_sealed)
        .map_err(anyhow::Error::from)?;
    Ok(Some(serde_json::from_slice(&facts).map_err(anyhow::Error::from)?))
}

/// The chat at an address token; ended chats too (their page says so), blocked ones not.
pub async fn by_token(state: &AppState, token: &str) -> Result<Option<ChatRow>, AppError> {
    if token.len() != 43 {
        return Ok(None);
    }
    let hash = state.keys().token_hash("chat", token.as_bytes());
    Ok(store::by_token(state.db(), &hash).await?)
}

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
            || !super::hub(state).allow_message(&chat.enquiry_id, now, limits.messages_per_minute)
        {
            return Err(Refused::RateLimited);
        }
    }
    let message_id = uuid::Uuid::new_v4().to_string();
    let body_sealed = state
        .keys()
        .seal_str(format!("message.body:{message_id}").as_bytes(), text);
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
    super::hub(state).publish(
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
    let ended = store::end(state.db(), id, reason, state.clock().now_ms()).await?;
    if ended {
        announce_end(state, id, reason);
    }
    Ok(ended)
}

/// Tells both sides, the queue and the console that a chat ended (after it was stored).
pub fn announce_end(state: &AppState, id: &str, reason: &'static str) {
    let hub = super::hub(state);
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
            let text = keys.open_string(format!("message.body:{}", m.id).as_bytes(), &m.body_sealed)?;
            Ok(Shown {
                seq: m.seq,
                author: if m.author == "staff" { "staff" } else { "person" },
                at: clock_time(m.created_at),
                text,
            })
        })
        .collect()
}

/// Where a chat stands, for the person: status, place, and a sentence in `lang`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Standing {
    /// waiting | active | ended.
    pub status: &'static str,
    /// Place in the queue while waiting.
    pub position: Option<i64>,
    /// Estimated minutes to wait, when it can be told.
    pub minutes: Option<i64>,
    /// Why it ended.
    pub reason: Option<&'static str>,
    /// The sentence(s) to show.
    pub text: String,
}

impl Standing {
    /// As a frame.
    pub fn frame(&self) -> ServerFrame {
        ServerFrame::Status {
            status: self.status,
            position: self.position,
            reason: self.reason,
            text: self.text.clone(),
        }
    }
}

/// The stored reason as a static value.
pub fn reason(stored: Option<&str>) -> &'static str {
    match stored {
        Some("person") => "person",
        Some("idle") => "idle",
        Some("blocked") => "blocked",
        Some("left_message") => "left_message",
        Some("callback") => "callback",
        _ => "staff",
    }
}

/// Where the chat stands now, told in `lang`.
pub async fn standing(state: &AppState, chat: &ChatRow, lang: Lang) -> Result<Standing, AppError> {
    let locales = state.locales();
    match chat.status.as_str() {
        "waiting" => {
            let (position, capacity) = super::queue::place(state, chat).await?;
            Ok(waiting(state, lang, position, capacity))
        }
        "active" => Ok(Standing {
            status: "active",
            position: None,
            minutes: None,
            reason: None,
            text: locales.text(lang, "chat-status-active", None),
        }),
        _ => {
            let why = reason(chat.ended_reason.as_deref());
            Ok(Standing {
                status: "ended",
                position: None,
                minutes: None,
                reason: Some(why),
                text: locales.text(lang, &format!("chat-ended-{}", why.replace('_', "-")), None),
            })
        }
    }
}

/// Where a waiting chat stands, from the queue's latest snapshot only: `None` when the
/// chat was not waiting at the snapshot (accepted or ended since: read the chat). Lets a
/// waiting connection follow the queue without a read of its own per move.
pub async fn standing_if_waiting(
    state: &AppState,
    chat_id: &str,
    lang: Lang,
) -> Result<Option<Standing>, AppError> {
    let snapshot = super::queue::snapshot(state).await?;
    Ok(snapshot
        .place(chat_id)
        .map(|position| waiting(state, lang, position, snapshot.capacity)))
}

/// A waiting chat's standing: its place and the estimated wait, told in `lang`.
fn waiting(state: &AppState, lang: Lang, position: i64, capacity: store::Capacity) -> Standing {
    let locales = state.locales();
    let minutes = estimate_from(capacity, position);
    let mut args = FluentArgs::new();
    args.set("position", position);
    let mut text = locales.text(lang, "chat-waiting-position", Some(&args));
    text.push(' ');
    match minutes {
        Some(m) => {
            args.set("minutes", m);
            text.push_str(&locales.text(lang, "chat-wait-estimate", Some(&args)));
        }
        None => text.push_str(&locales.text(lang, "chat-wait-unknown", None)),
    }
    Standing {
        status: "waiting",
        position: Some(position),
        minutes,
        reason: None,
        text,
    }
}

/// Minutes until a chat at `position` is likely answered: the mean handling time of the
/// chats of the last three hours ([`super::queue::ESTIMATE_WINDOW_MS`]), times the rounds
/// of chats ahead for the staff on duty (handlers holding a chat, else staff signed in),
/// rounded up to five minutes. `None` when there are too few recent chats or nobody on
/// duty to tell.
pub fn estimate_from(capacity: store::Capacity, position: i64) -> Option<i64> {
    if capacity.handled < ESTIMATE_MIN_CHATS {
        return None;
    }
    let staff = if capacity.holding > 0 {
        capacity.holding
    } else {
        capacity.signed_in
    };
    if staff <= 0 || position <= 0 {
        return None;
    }
    let mean_ms = capacity.handling_ms / capacity.handled;
    let rounds = (position + staff - 1) / staff;
    let minutes = (rounds * mean_ms + 59_999) / 60_000;
    Some(((minutes + 4) / 5 * 5).max(5))
}

#[cfg(test)]
mod tests {
    use super::*;
    use store::Capacity;

    fn capacity(handled: i64, mean_minutes: i64, holding: i64, signed_in: i64) -> Capacity {
        Capacity {
            handled,
            handling_ms: handled * mean_minutes * 60_000,
            holding,
            signed_in,
        }
    }

    #[test]
    fn the_wait_is_estimated_only_from_enough_recent_chats_and_staff_on_duty() {
        let cases = [
            (capacity(2, 10, 1, 1), 1, None, "too few recent chats"),
            (capacity(5, 10, 0, 0), 1, None, "nobody on duty"),
            (capacity(5, 10, 1, 3), 1, Some(10), "one round of ten minutes"),
            (
                capacity(5, 10, 2, 2),
                3,
                Some(20),
                "two handlers, third in line: two rounds",
            ),
            (
                capacity(5, 12, 0, 2),
                1,
                Some(15),
                "signed-in staff when nobody holds a chat; rounded up",
            ),
            (capacity(5, 1, 1, 1), 1, Some(5), "never less than five minutes"),
        ];
        for (capacity, position, expected, why) in cases {
            assert_eq!(estimate_from(capacity, position), expected, "{why}");
        }
    }
}
