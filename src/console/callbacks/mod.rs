//! The callback part of a case: the number (only for those who may see contact data), the
//! safe windows and the person's wishes, a warning when now is outside every safe window,
//! the call attempts with a retry plan, and `POST /console/cases/{id}/callback/attempt`.
//!
//! A wrong person answering stops every further call: the person who answered may be the
//! network the caller is leaving.
//!
//! Split by action: `windows` (the safe windows on the Swedish calendar) and `attempts`
//! (outcomes, the retry plan and recording a call attempt); the section is drawn here.

mod attempts;
#[cfg(test)]
mod tests;
mod windows;

use axum::Router;
use axum::routing::post;
use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::model::{Case, may_see_contact};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::clock::unix_ms;
use crate::crypto::{Column, Context};
use crate::enquiry::seal::{Wishes, open_wishes};
use crate::enquiry::store::{self, AttemptRow, CallbackRow};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::staff::local;
use attempts::{plan, unanswered};
use windows::{Window, current, input_value, next_opening};

/// Longest attempt note, in characters.
const NOTE_MAX_CHARS: usize = 2000;

/// Unanswered tries after which one final try is suggested (and after that, none).
const TRIES_BEFORE_FINAL: usize = 3;

/// How far ahead the next safe window is looked for.
const LOOKAHEAD_DAYS: i64 = 14;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/cases/{id}/callback/attempt", post(attempts::attempt))
}
/// What this part shows on the case page: nothing but an empty form unless the case is
/// a callback request.
#[derive(Serialize)]
pub(super) struct CallbackView {
    callback: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    callback_may_attempt: Option<bool>,
    callback_errors: Vec<Value>,
    callback_values: Value,
}

/// The callback section of the case page.
pub(super) async fn view(state: &AppState, user: &StaffUser, case: &Case) -> Result<CallbackView, AppError> {
    let Some(row) = store::callback(state.db(), &case.id).await? else {
        return Ok(CallbackView {
            callback: Value::Null,
            callback_may_attempt: None,
            callback_errors: Vec::new(),
            callback_values: json!({}),
        });
    };
    let now = state.clock().now();
    let shows_contact = may_see_contact(state, case, user).await?;
    let attempts = store::callback_attempts(state.db(), &case.id).await?;
    let wishes = open_wishes(state.keys(), &case.id, &row)?;
    let view = request_view(state, case, &row, &wishes, &attempts, shows_contact, now)?;
    if shows_contact {
        audit::append(
            state.db(),
            unix_ms(now),
            &user.user_id,
            Action::ViewContact,
            Some(&case.id),
            "callback",
        )
        .await?;
    }
    let may_attempt = can(user.role, Permission::WorkCase)
        && shows_contact
        && row.stopped_at.is_none()
        && case.row.status != "closed";
    let windows = Window::parse_list(&wishes.windows);
    let proposal = if plan(unanswered(&attempts)) == "stop" {
        String::new()
    } else {
        next_opening(&windows, now)
            .map(|s| input_value(s.start))
            .unwrap_or_default()
    };
    Ok(CallbackView {
        callback: view,
        callback_may_attempt: Some(may_attempt),
        callback_errors: Vec::new(),
        callback_values: json!({ "outcome": "", "note": "", "next_try": proposal }),
    })
}

/// The section's view of the callback request.
fn request_view(
    state: &AppState,
    case: &Case,
    row: &CallbackRow,
    wishes: &Wishes,
    attempts: &[AttemptRow],
    shows_contact: bool,
    now: OffsetDateTime,
) -> Result<Value, AppError> {
    let keys = state.keys();
    let id = &case.id;
    let (number, code_word) = if shows_contact {
        let number = keys.open_string(&Context::new(Column::CallbackPhone, id), &row.phone_sealed)?;
        let code_word = row
            .code_word_sealed
            .as_ref()
            .map(|sealed| keys.open_string(&Context::new(Column::CallbackCodeWord, id), sealed))
            .transpose()?;
        (Some(number), code_word)
    } else {
        (None, None)
    };
    let windows = Window::parse_list(&wishes.windows);
    let open_now = current(&windows, now);
    let next = next_opening(&windows, now);
    let mut listed = Vec::new();
    for a in attempts {
        let note = match (&a.note_sealed, shows_contact) {
            (Some(sealed), true) => {
                Some(keys.open_string(&Context::new(Column::CallbackAttemptNote, &a.id), sealed)?)
            }
            _ => None,
        };
        listed.push(json!({
            "at": local(a.at),
            "by": a.by_name,
            "outcome": a.outcome,
            "note": note,
            "note_hidden": a.note_sealed.is_some() && !shows_contact,
            "next_try": a.next_try_at.map(local),
        }));
    }
    let tries = unanswered(attempts);
    Ok(json!({
        "hidden": !shows_contact,
        "number": number,
        "code_word": code_word,
        "has_code_word": row.code_word_sealed.is_some(),
        "windows": windows.iter().map(|w| w.as_str()).collect::<Vec<_>>(),
        "voicemail_ok": wishes.voicemail_ok,
        "may_say_who": wishes.may_say_who,
        "language": case.input.enquiry.language,
        "interpreter": wishes.interpreter,
        "interpreter_language": wishes.interpreter_language,
        "open_window": open_now.map(|s| s.window.as_str()),
        "open_until": open_now.map(|s| local(unix_ms(s.end))),
        "next_window": next.map(|s| s.window.as_str()),
        "next_at": next.map(|s| local(unix_ms(s.start))),
        "stopped": row.stopped_at.is_some(),
        "stopped_at": row.stopped_at.map(local),
        "attempts": listed,
        "unanswered": tries,
        "plan": plan(tries),
        "state": if tries > TRIES_BEFORE_FINAL { "stop" } else if tries == TRIES_BEFORE_FINAL { "final" } else { "retry" },
    }))
}
