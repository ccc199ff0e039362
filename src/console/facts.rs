//! What is known of a case, updated as a handler learns more (in a chat, on the phone):
//! the same facts the public form asks for, chosen again; the engine then proposes again
//! from them. The person's own words, language and consent are theirs and stay as given.
//!
//! The new proposal becomes the decision in force (a handler may override it as before),
//! and `case_decisions` keeps the original proposal and this one (kind `retriage`, by the
//! handler), so rule owners see how the facts changed the outcome. Only the handler who
//! holds the case (or anyone while nobody holds it) may update it, and not once closed.
//!
//! Route: `POST /console/cases/{id}/facts` (field `back=chat` returns to the chat page).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use serde::Serialize;
use serde_json::Value;

use super::model::{self, Case};
use super::outcome::{Back, Outcome};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::crypto::{Column, Context};
use crate::enquiry::model::{self as enquiry_model, EnquiryInput};
use crate::enquiry::questions;
use crate::enquiry::seal::{flags_column, region_tag};
use crate::enquiry::store::{self as enquiry_store, Retriage};
use crate::enquiry::vocab::Status;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::staff::require;
use crate::web::{CsrfForm, FieldError, RawForm};

/// This part's route.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/cases/{id}/facts", post(update))
}

/// Whether `user` may update the facts of `case` now.
fn may_update(user: &StaffUser, case: &Case) -> bool {
    can(user.role, Permission::WorkCase)
        && case.row.status != Status::Closed
        && case
            .row
            .assigned_to
            .as_deref()
            .is_none_or(|holder| holder == user.user_id)
}

/// What the facts form shows (on the case page and the chat page): the current facts,
/// the choices, and whether this user may send it.
#[derive(Serialize)]
pub(super) struct FactsView {
    facts_values: Value,
    facts_errors: Vec<FieldError>,
    facts_bad: Vec<std::borrow::Cow<'static, str>>,
    facts_may: bool,
    municipalities: Vec<Value>,
}

/// What a refused update shows: what was typed, its problems, and a notice.
#[derive(Debug, Serialize)]
pub(super) struct Refusal {
    facts_values: Value,
    facts_errors: Vec<FieldError>,
    facts_bad: Vec<std::borrow::Cow<'static, str>>,
    facts_notice: Option<&'static str>,
}

/// The facts section of a page.
pub(super) fn view(state: &AppState, user: &StaffUser, case: &Case) -> FactsView {
    FactsView {
        facts_values: serde_json::to_value(&case.input.enquiry).unwrap_or(Value::Null),
        facts_errors: Vec::new(),
        facts_bad: Vec::new(),
        facts_may: may_update(user, case) && case.access.sees_place,
        municipalities: enquiry_model::municipality_choices(&state.directory()),
    }
}

/// `POST /console/cases/{id}/facts`.
async fn update(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let case = model::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let to_chat = form.get("back") == Some("chat");
    let chosen = RawForm(
        form.0
            .iter()
            .filter(|(k, _)| questions::is_learned(k))
            .cloned()
            .chain([("wants_contact".to_owned(), "true".to_owned())])
            .collect(),
    );
    let refused = |status: StatusCode, notice: Option<&'static str>, errors: Vec<FieldError>| {
        let shown = Refusal {
            facts_values: enquiry_model::echo(&chosen),
            facts_bad: errors.iter().map(|e| e.field.clone()).collect(),
            facts_errors: errors,
            facts_notice: notice,
        };
        if status == StatusCode::CONFLICT {
            Outcome::Refused { status, shown }
        } else {
            Outcome::Invalid { shown }
        }
    };
    let outcome = if !may_update(&user, &case) {
        let notice = if case.row.status == Status::Closed {
            "console-facts-closed"
        } else {
            "console-facts-not-holder"
        };
        refused(StatusCode::CONFLICT, Some(notice), Vec::new())
    } else {
        let channel = case.input.enquiry.channel.unwrap_or(Channel::WebForm);
        match enquiry_model::parse_enquiry(&chosen, &state.directory(), channel) {
            Ok(parsed) => {
                let input = case.input.with_learned(parsed);
                store(&state, &user, &case, &input).await?;
                let to = if to_chat {
                    format!("/console/chats/{id}")
                } else {
                    format!("/console/cases/{id}#facts")
                };
                return Ok(Outcome::<Refusal>::Done { to }.on(Back::Case));
            }
            Err(errors) => refused(StatusCode::UNPROCESSABLE_ENTITY, None, errors),
        }
    };
    Ok(outcome.on(if to_chat { Back::Chat } else { Back::Case }))
}

/// Decides again from `input` and stores facts and proposal as the case's, with the
/// history, the audit record and a queue event.
async fn store(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    input: &EnquiryInput,
) -> Result<(), AppError> {
    let now = state.clock().now();
    let now_ms = crate::clock::unix_ms(now);
    let decision = state.engine().decide(&input.enquiry, now);
    let keys = state.keys();
    let id = case.id.as_str();
    let (original_id, new_id) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    let directory = state.directory();
    let retriage = Retriage {
        enquiry_id: id,
        created_at: case.row.created_at,
        original_priority: case.decision.priority.as_str(),
        facts_sealed: keys.seal(&Context::new(Column::EnquiryFacts, id), &json(input)?),
        decision_sealed: keys.seal(&Context::new(Column::EnquiryDecision, id), &json(&decision)?),
        original_sealed: keys.seal(
            &Context::new(Column::CaseDecision, &original_id),
            &json(&case.decision)?,
        ),
        proposal_sealed: keys.seal(&Context::new(Column::CaseDecision, &new_id), &json(&decision)?),
        original_id,
        new_id,
        police_region: input
            .enquiry
            .municipality
            .as_ref()
            .and_then(|c| directory.municipality(c))
            .map(|m| region_tag(keys, m.police_region.slug())),
        flags: flags_column(keys, &decision.flags),
    };
    crate::transact!(state.db(), |tx| {
        enquiry_store::store_retriage(tx, &retriage, &decision, &user.user_id, now_ms).await?;
        let priority = decision.priority.as_str();
        audit::append_tx(tx, now_ms, &user.user_id, Action::UpdateFacts, Some(id), priority).await
    })?;
    state.events().publish(Change::Updated, id);
    tracing::info!(enquiry.id = %id, "facts updated; proposed again");
    Ok(())
}

/// A sealed part as stored (facts and decisions are JSON).
fn json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, anyhow::Error> {
    Ok(serde_json::to_vec(value)?)
}
