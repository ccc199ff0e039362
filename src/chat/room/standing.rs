//! Where a chat stands for the person: status, place in the queue and the estimated
//! wait, told in their language.

use fluent_bundle::FluentArgs;

use crate::chat::protocol::ServerFrame;
use crate::chat::store::{self, ChatRow};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

/// Fewest recent chats the estimate is made from; fewer and the page says it cannot tell.
const ESTIMATE_MIN_CHATS: i64 = 3;

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
            let (position, capacity) = crate::chat::queue::place(state, chat).await?;
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
    let snapshot = crate::chat::queue::snapshot(state).await?;
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
/// chats of the last three hours ([`crate::chat::queue::ESTIMATE_WINDOW_MS`]), times the rounds
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
