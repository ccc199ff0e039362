//! Call attempts: what an outcome means, the retry plan, and
//! `POST /console/cases/{id}/callback/attempt` (a wrong person stops every further call).

use axum::extract::{Path, State};
use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::windows::{Window, inside, parse_input};
use super::{NOTE_MAX_CHARS, TRIES_BEFORE_FINAL};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::clock::unix_ms;
use crate::console::model::{self, may_see_contact};
use crate::console::outcome::Outcome as Answer;
use crate::crypto::{Column, Context};
use crate::enquiry::seal::open_wishes;
use crate::enquiry::store::{self, AttemptRow, NewAttempt};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::staff::require;
use crate::web::{CsrfForm, RawForm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    Reached,
    NoAnswer,
    WrongPerson,
    TryLater,
}

impl Outcome {
    pub(super) const ALL: [Self; 4] = [Self::Reached, Self::NoAnswer, Self::WrongPerson, Self::TryLater];

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Reached => "reached",
            Self::NoAnswer => "no_answer",
            Self::WrongPerson => "wrong_person",
            Self::TryLater => "try_later",
        }
    }

    pub(super) fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == value)
    }

    /// Whether a next try is planned after it.
    pub(super) fn plans_next(self) -> bool {
        matches!(self, Self::NoAnswer | Self::TryLater)
    }
}

/// Unanswered tries since the person was last reached.
pub(super) fn unanswered(attempts: &[AttemptRow]) -> usize {
    attempts
        .iter()
        .rev()
        .take_while(|a| a.outcome != Outcome::Reached.as_str())
        .filter(|a| a.outcome == Outcome::NoAnswer.as_str())
        .count()
}

/// The retry plan for the next unanswered try: another try, a final one, or stop.
pub(super) fn plan(unanswered_so_far: usize) -> &'static str {
    match unanswered_so_far + 1 {
        n if n < TRIES_BEFORE_FINAL => "retry",
        n if n == TRIES_BEFORE_FINAL => "final",
        _ => "stop",
    }
}

/// A parsed attempt form.
pub(super) struct AttemptForm {
    outcome: Outcome,
    note: Option<String>,
    next_try: Option<OffsetDateTime>,
}

/// Parses the attempt form against the callback's windows; names every problem.
pub(super) fn parse_attempt(
    form: &RawForm,
    windows: &[Window],
    now: OffsetDateTime,
) -> Result<AttemptForm, Vec<Value>> {
    let mut errors = Vec::new();
    let mut error = |field: &str, message_id: &str| {
        errors.push(json!({ "field": field, "message_id": message_id }));
    };
    let outcome = form.text("outcome").and_then(Outcome::parse);
    if outcome.is_none() {
        error("outcome", "console-callback-error-outcome");
    }
    let note = form.text("note").map(str::to_owned);
    if note.as_ref().is_some_and(|n| n.chars().count() > NOTE_MAX_CHARS) {
        error("note", "console-callback-error-note-too-long");
    }
    let mut next_try = None;
    if let (Some(o), Some(typed)) = (outcome, form.text("next_try"))
        && o.plans_next()
    {
        match parse_input(typed) {
            None => error("next_try", "console-callback-error-next-try-format"),
            Some(at) if at <= now => error("next_try", "console-callback-error-next-try-past"),
            // The person may name any time when they answer ("try later"); an
            // unanswered call is only retried inside the windows they chose.
            Some(at) if o == Outcome::NoAnswer && !inside(windows, at) => {
                error("next_try", "console-callback-error-next-try-window");
            }
            Some(at) => next_try = Some(at),
        }
    }
    match outcome {
        Some(outcome) if errors.is_empty() => Ok(AttemptForm {
            outcome,
            note,
            next_try,
        }),
        _ => Err(errors),
    }
}

/// `POST /console/cases/{id}/callback/attempt` (fields `outcome`, `note`, `next_try`).
pub(super) async fn attempt(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Answer<Invalid>, AppError> {
    require(&user, Permission::WorkCase)?;
    let case = model::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let row = store::callback(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_see_contact(&state, &case, &user).await? {
        return Err(AppError::Forbidden("not named on this protected case"));
    }
    let now = state.clock().now();
    let parsed = if row.stopped_at.is_some() || case.row.status == "closed" {
        Err(vec![
            json!({ "field": "outcome", "message_id": "console-callback-error-stopped" }),
        ])
    } else {
        let wishes = open_wishes(state.keys(), &id, &row)?;
        parse_attempt(&form, &Window::parse_list(&wishes.windows), now)
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(again(&form, errors)),
    };
    let attempt_id = uuid::Uuid::new_v4().to_string();
    let note_sealed = parsed.note.as_deref().map(|note| {
        state
            .keys()
            .seal_str(&Context::new(Column::CallbackAttemptNote, &attempt_id), note)
    });
    let attempt = NewAttempt {
        id: &attempt_id,
        enquiry_id: &id,
        at: unix_ms(now),
        by_user: &user.user_id,
        outcome: parsed.outcome.as_str(),
        note_sealed: note_sealed.as_deref(),
        next_try_at: parsed.next_try.map(unix_ms),
        stop: parsed.outcome == Outcome::WrongPerson,
    };
    let stored = crate::transact!(state.db(), |tx| {
        let stored = store::add_callback_attempt(tx, &attempt).await?;
        if stored {
            let outcome = parsed.outcome.as_str();
            audit::append_tx(
                tx,
                attempt.at,
                &user.user_id,
                Action::CallbackAttempt,
                Some(&id),
                outcome,
            )
            .await?;
        }
        Ok::<_, sqlx::Error>(stored)
    })?;
    if !stored {
        // Someone recorded a wrong person in the meantime: no more calls.
        let errors = vec![json!({ "field": "outcome", "message_id": "console-callback-error-stopped" })];
        return Ok(again(&form, errors));
    }
    state.events().publish(crate::events::Change::Updated, &id);
    tracing::info!(enquiry.id = %id, "callback attempt recorded");
    Ok(Answer::to_case(&id, "#callback"))
}

/// What a refused attempt shows: what is wrong, and the form as the handler left it.
#[derive(Debug, Serialize)]
pub(super) struct Invalid {
    callback_errors: Vec<Value>,
    callback_values: Value,
}

/// The case page again with the attempt form as the handler left it and what is wrong.
fn again(form: &RawForm, errors: Vec<Value>) -> Answer<Invalid> {
    let values = json!({
        "outcome": form.get("outcome").unwrap_or_default(),
        "note": form.get("note").unwrap_or_default(),
        "next_try": form.get("next_try").unwrap_or_default(),
    });
    Answer::Invalid {
        shown: Invalid {
            callback_errors: errors,
            callback_values: values,
        },
    }
}
