//! What an action on a case did, as the action says it: done (go to this page), or the
//! page again with what the section wants shown (its notice or field errors, and what
//! was typed, so nothing is lost). A section never draws a page: the case page's `again`
//! middleware, on every section's routes, draws the page named around what the action
//! returned. A leaf: it knows no section and no page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::AppError;

/// The page an action's refusal is shown on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Back {
    /// The case page, `/console/cases/{id}`.
    Case,
    /// The chat page, `/console/chats/{id}` (the facts form is on both).
    Chat,
}

/// What an action did; `shown` is the section's own typed echo, whose fields are the
/// page's template variables of the same names (they replace the section's defaults).
#[derive(Debug)]
pub(super) enum Outcome<E> {
    /// Done: the browser goes to `to`.
    Done {
        /// Where to (the case page at the section's anchor, usually).
        to: String,
    },
    /// Refused because of the case's state (someone holds it, it is closed, …): the page
    /// again with `status` and the notice.
    Refused {
        /// 409 or 422, as the action's contract says.
        status: StatusCode,
        /// The notice and what was typed.
        shown: E,
    },
    /// The form had problems: the page again (422) with the errors and the values typed.
    Invalid {
        /// The field errors and the values typed.
        shown: E,
    },
    /// Nothing stored: the page again (200) with `shown` (a template put into the draft).
    Shown {
        /// What the page shows now.
        shown: E,
    },
}

impl<E> Outcome<E> {
    /// Done: back to the case page at `anchor` (`""` for its top).
    pub(super) fn to_case(id: &str, anchor: &str) -> Self {
        Self::Done {
            to: format!("/console/cases/{id}{anchor}"),
        }
    }
}

/// The page again: left in the response's extensions by an [`Outcome`] that is not
/// done, for the case page's `again` middleware to draw the page around (without it the
/// response is the bare status, so every section's routes go through it).
#[derive(Clone, Debug)]
pub(super) struct Again {
    /// The page to draw.
    pub(super) back: Back,
    /// Its status.
    pub(super) status: StatusCode,
    /// Template variables that replace the page's defaults.
    pub(super) shown: Map<String, Value>,
}

impl<E: Serialize> Outcome<E> {
    /// The response, with a refusal shown on `back`.
    pub(super) fn on(self, back: Back) -> Response {
        let (status, shown) = match self {
            Self::Done { to } => return Redirect::to(&to).into_response(),
            Self::Refused { status, shown } => (status, shown),
            Self::Invalid { shown } => (StatusCode::UNPROCESSABLE_ENTITY, shown),
            Self::Shown { shown } => (StatusCode::OK, shown),
        };
        let shown = match serde_json::to_value(&shown) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return AppError::Internal(anyhow::anyhow!("an echo is not a map")).into_response(),
            Err(err) => return AppError::Internal(err.into()).into_response(),
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Again { back, status, shown });
        response
    }
}

impl<E: Serialize> IntoResponse for Outcome<E> {
    fn into_response(self) -> Response {
        self.on(Back::Case)
    }
}
