//! The human decision on a case: a handler may change the engine's priority or recipients
//! with a written reason, and closes the case with an outcome (or reopens it). The
//! engine's proposal and every override are kept in the enquiry's decision record
//! ([`crate::enquiry::store::store_override`]), sealed, so policy owners can improve the
//! rules from the differences; the enquiry's own columns hold the decision in force, so
//! the rest of the console uses it. What an override may choose is the engine's policy
//! ([`crate::triage::policy`]).
//!
//! Split by action: the override form and its checks (`form`), the override itself
//! (`override_case`), closing and reopening (`close`), the overrides report
//! (`overrides`) and the history shown on the case page (`history`).
//!
//! Routes: `POST /console/cases/{id}/override`, `POST /console/cases/{id}/close`,
//! `POST /console/cases/{id}/reopen`, `GET /console/overrides` (supervisors).

mod close;
mod form;
mod history;
mod override_case;
mod overrides;
#[cfg(test)]
mod tests;

use axum::Router;
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Value, json};

use self::form::{OverrideForm, REASON_MAX_CHARS};
use self::history::HistoryEntry;
use super::model::Case;
use crate::enquiry::vocab::Outcome;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::FieldError;
use crate::web::staff::local;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/console/cases/{id}/override",
            post(override_case::override_decision),
        )
        .route("/console/cases/{id}/close", post(close::close))
        .route("/console/cases/{id}/reopen", post(close::reopen))
        .route("/console/overrides", get(overrides::overrides_page))
}

/// What this part shows on the case page: the decision history, the override form and
/// the outcome (or the close form).
#[derive(Serialize)]
pub(super) struct DecisionView {
    decisions_history: Vec<HistoryEntry>,
    decisions_form: OverrideForm,
    decisions_errors: Vec<FieldError>,
    decisions_orgs: Vec<Value>,
    decisions_reason_max: usize,
    decisions_outcomes: &'static [Outcome],
    decisions_outcome: Option<String>,
    decisions_closed_at: Option<String>,
    decisions_close_error: Option<&'static str>,
    decisions_outcome_typed: &'static str,
}

/// The decisions section of the case page.
pub(super) async fn view(state: &AppState, case: &Case) -> Result<DecisionView, AppError> {
    let snapshot = state.directory();
    let directory: &crate::directory::Directory = &snapshot;
    let orgs: Vec<Value> = directory
        .orgs()
        .iter()
        .map(|o| json!({ "id": o.id, "name": o.name }))
        .collect();
    Ok(DecisionView {
        decisions_history: history::history(state, &case.id).await?,
        decisions_form: OverrideForm::initial(directory, &case.decision),
        decisions_errors: Vec::new(),
        decisions_orgs: orgs,
        decisions_reason_max: REASON_MAX_CHARS,
        decisions_outcomes: Outcome::ALL,
        decisions_outcome: case.row.outcome.clone(),
        decisions_closed_at: case.row.closed_at.map(local),
        decisions_close_error: None,
        decisions_outcome_typed: "",
    })
}
