//! What both sides of a chat do, whatever the transport (form post or WebSocket):
//! starting one, posting a message (limits checked, sealed, stored with its sequence
//! number, then published), ending it, reading it back, and saying where it stands.
//!
//! Split by action: `start` (a new chat and its facts), `messages` (posting, ending and
//! reading back) and `standing` (where a chat stands and the estimated wait).

mod messages;
mod standing;
mod start;
#[cfg(test)]
mod tests;

use fluent_bundle::FluentArgs;

use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

pub use messages::{Shown, announce_end, clock_time, end, expire_idle, idle_ms, messages_after, post};
pub use standing::{Standing, estimate_from, reason, standing, standing_if_waiting};
pub use start::{PreChat, Started, by_token, facts, start};

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
