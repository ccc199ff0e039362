//! `POST /inbox/referrals/{id}/{step}`: the referral page's forms. Steps: `accept`,
//! `decline` (field `reason`), `forward` (`to_org`), `question` (`text`), `coordinator`,
//! `first-contact` and `housing` (`at`, a `datetime-local` in Swedish time) and `state`
//! (`state`: `assessment`, `case_opened`, `active`, `completed` or `interrupted`).
//!
//! A step that is not allowed from the referral's state answers 409 and a value that is
//! not acceptable 422; both show the page again with the message and everything typed.
//! Another municipality's referral (or a withdrawn one) is 404, and nothing changes.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::pages::{self, Form};
use super::user::InboxUser;
use crate::error::AppError;
use crate::referral::recipient::{self as service, RecipientError};
use crate::referral::{CaseState, ReferralAction, local_time};
use crate::state::AppState;
use crate::web::{CsrfForm, FieldError, RawForm};

/// The step named in the address, with its fields; `Ok(None)` for an unknown step.
fn parse(step: &str, form: &RawForm) -> Result<Option<ReferralAction>, FieldError> {
    let value = |name: &str| form.get(name).unwrap_or_default().to_owned();
    let at = || local_time::parse_ms(&value("at")).ok_or(FieldError::new("at", "inbox-error-at-format"));
    Ok(Some(match step {
        "accept" => ReferralAction::Accept,
        "decline" => ReferralAction::Decline {
            reason: value("reason"),
        },
        "forward" => ReferralAction::Forward {
            to_org: value("to_org"),
        },
        "question" => ReferralAction::AskQuestion { text: value("text") },
        "coordinator" => ReferralAction::CoordinatorContacted { at: at()? },
        "first-contact" => ReferralAction::FirstContactMade { at: at()? },
        "housing" => ReferralAction::HousingArranged { at: at()? },
        "state" => ReferralAction::SetState {
            state: CaseState::parse(form.get("state").unwrap_or_default())
                .ok_or(FieldError::new("state", "inbox-error-state"))?,
        },
        _ => return Ok(None),
    }))
}

/// `POST /inbox/referrals/{id}/{step}`.
pub(super) async fn step(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    Path((id, step)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let mut kept = Form {
        step: step.clone(),
        values: pages::typed(&form),
        ..Form::default()
    };
    let action = match parse(&step, &form) {
        Ok(Some(action)) => action,
        Ok(None) => return Err(AppError::NotFound),
        Err(problem) => {
            kept.error_field = problem.field.into_owned();
            kept.error_message = problem.message_id.to_owned();
            return again(
                &state,
                &user,
                &headers,
                &id,
                &kept,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match service::act(&state, &user.scope, &user.user.user_id, &id, action).await {
        Ok(_) => Ok(Redirect::to(&format!("/inbox/referrals/{id}#steps")).into_response()),
        Err(RecipientError::Invalid { field, message_id }) => {
            kept.error_field = field.into_owned();
            kept.error_message = message_id.to_owned();
            again(
                &state,
                &user,
                &headers,
                &id,
                &kept,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(RecipientError::InvalidTransition { from, .. }) => {
            kept.refused_state = from.as_str().to_owned();
            again(&state, &user, &headers, &id, &kept, StatusCode::CONFLICT).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The referral page again, with the message and what was typed. Outside the scope this
/// is 404 like any look.
async fn again(
    state: &AppState,
    user: &InboxUser,
    headers: &HeaderMap,
    id: &str,
    kept: &Form,
    status: StatusCode,
) -> Result<Response, AppError> {
    let view = service::get(state, &user.scope, id).await?;
    Ok(pages::render(state, user, headers, &view, kept, status))
}
