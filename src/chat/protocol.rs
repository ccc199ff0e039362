//! The JSON frames of the chat's WebSocket, both ways.
//!
//! Server to client: `message` (with its per-chat `seq`), `status` (waiting with place
//! and estimate, active, ended) and `error` (a stable `code` and a localized `message`).
//! Client to server: `send` with the text. Anything else is answered with an error frame.

use serde::{Deserialize, Serialize};

/// A frame the server sends.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// A stored message.
    Message {
        /// The per-chat sequence number (resume with `?after=` the last one seen).
        seq: i64,
        /// `person` or `staff`.
        author: &'static str,
        /// Local time, `HH:MM`.
        at: String,
        /// The text.
        text: String,
    },
    /// Where the chat stands, with a sentence to show.
    Status {
        /// waiting | active | ended.
        status: &'static str,
        /// Place in the queue while waiting.
        #[serde(skip_serializing_if = "Option::is_none")]
        position: Option<i64>,
        /// Why it ended.
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<&'static str>,
        /// The localized sentence(s) for the status line.
        text: String,
    },
    /// A refused frame; the connection stays open.
    Error {
        /// Stable code: too_long, empty, rate_limited, not_open, bad_frame.
        code: &'static str,
        /// Localized explanation.
        message: String,
    },
}

/// A frame the client sends.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientFrame {
    /// A message to post.
    Send {
        /// The text.
        text: String,
    },
}

impl ClientFrame {
    /// Reads a text frame from the client; `None` for anything that is not exactly one
    /// frame of a known type (answered with a `bad_frame` error). A stranger reaches this
    /// with any text (`fuzz/fuzz_targets/chat_frame.rs`).
    pub fn parse(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

impl ServerFrame {
    /// The frame as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_have_a_type_tag_both_ways() {
        let frame = ServerFrame::Error {
            code: "too_long",
            message: "x".to_owned(),
        };
        assert_eq!(
            frame.to_json(),
            r#"{"type":"error","code":"too_long","message":"x"}"#
        );
        let sent: ClientFrame = serde_json::from_str(r#"{"type":"send","text":"hej"}"#).unwrap();
        assert_eq!(
            sent,
            ClientFrame::Send {
                text: "hej".to_owned()
            }
        );
        assert!(serde_json::from_str::<ClientFrame>(r#"{"type":"other"}"#).is_err());
    }
}
