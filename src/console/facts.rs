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
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde_json::Value;

use super::case::{self, Case};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::enquiry::model::{self, EnquiryInput, FieldError};
use crate::enquiry::questions;
use crate::enquiry::store::{self as enquiry_store, Retriage};
use crate::enquiry::vocab::Status;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::staff::require;
use crate::web::{Page, RawForm, csrf};

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

/// What the facts form shows: the current facts (after a refusal, [`update`] passes what
/// was typed instead), the choices, and whether this user may send it.
pub(super) fn section(state: &AppState, user: &StaffUser, case: &Case, page: Page) -> Page {
    let values = serde_json::to_value(&case.input.enquiry).unwrap_or(Value::Null);
    page.with("facts_values", &values)
        .with("facts_errors", &Vec::<FieldError>::new())
        .with("facts_bad", &Vec::<&str>::new())
        .with("facts_may", &may_update(user, case))
        .with("fact_options", &model::options())
        .with("municipalities", &model::municipality_choices(&state.directory()))
}

/// `POST /console/cases/{id}/facts`.
async fn update(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let case = case::load(&state, &id).await?.ok_or(AppError::NotFound)?;
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
        let extra = vec![
            ("facts_values", model::echo(&chosen)),
            (
                "facts_errors",
                serde_json::to_value(&errors).unwrap_or(Value::Null),
            ),
            (
                "facts_bad",
                Value::from(errors.iter().map(|e| e.field).collect::<Vec<_>>()),
            ),
            ("facts_notice", notice.map_or(Value::Null, Value::from)),
        ];
        (status, extra)
    };
    let (status, extra) = if !may_update(&user, &case) {
        let notice = if case.row.status == Status::Closed {
            "console-facts-closed"
        } else {
            "console-facts-not-holder"
        };
        refused(StatusCode::CONFLICT, Some(notice), Vec::new())
    } else {
        let channel = case.input.enquiry.channel.unwrap_or(Channel::WebForm);
        match model::parse_enquiry(&chosen, &state.directory(), channel) {
            Ok(parsed) => {
                let input = case.input.with_learned(parsed);
                store(&state, &user, &case, &input).await?;
                let back = if to_chat {
                    format!("/console/chats/{id}")
                } else {
                    format!("/console/cases/{id}#facts")
                };
                return Ok(Redirect::to(&back).into_response());
            }
            Err(errors) => refused(StatusCode::UNPROCESSABLE_ENTITY, None, errors),
        }
    };
    if to_chat {
        super::chats::render(&state, &user, &headers, &id, extra, status).await
    } else {
        case::render(&state, &user, &headers, &id, extra, status).await
    }
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
        facts_sealed: keys.seal(format!("enquiry.facts:{id}").as_bytes(), &json(input)?),
        decision_sealed: keys.seal(format!("enquiry.decision:{id}").as_bytes(), &json(&decision)?),
        original_sealed: keys.seal(
            format!("case_decisions.decision:{original_id}").as_bytes(),
            &json(&case.decision)?,
        ),
        proposal_sealed: keys.seal(
            format!("case_decisions.decision:{new_id}").as_bytes(),
            &json(&decision)?,
        ),
        original_id,
        new_id,
        police_region: input
            .enquiry
            .municipality
            .as_ref()
            .and_then(|c| directory.municipality(c))
            .map(|m| m.police_region.slug()),
    };
    crate::transact!(state.db(), |tx| {
        enquiry_store::store_retriage(tx, &retriage, &decision, &user.user_id, now_ms).await?;
        let priority = decision.priority.as_str();
        audit::append_tx(tx, now_ms, &user.user_id, Action::UpdateFacts, Some(id), priority).await
    })?;
    state.events().publish(Change::Updated, id);
    tracing::info!(enquiry.id = %id, priority = decision.priority.as_str(), "facts updated; proposed again");
    Ok(())
}

/// A sealed part as stored (facts and decisions are JSON).
fn json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, anyhow::Error> {
    Ok(serde_json::to_vec(value)?)
}
