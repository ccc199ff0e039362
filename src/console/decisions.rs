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
//! `POST /console/cases/{id}/reopen`, `GET /console/overrides` (supervisors), and the
//! protected-identity routes of [`super::protection`].

mod close;
mod form;
mod history;
mod override_case;
mod overrides;
#[cfg(test)]
mod tests;

use axum::Router;
use axum::routing::{get, post};
use serde_json::{Value, json};

use self::form::{OverrideForm, REASON_MAX_CHARS};
use super::case::Case;
use super::protection;
use crate::auth::StaffUser;
use crate::enquiry::vocab::Outcome;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::staff::local;
use crate::web::{FieldError, Page};

/// This part's routes (and those of the protected-identity marker).
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/console/cases/{id}/override",
            post(override_case::override_decision),
        )
        .route("/console/cases/{id}/close", post(close::close))
        .route("/console/cases/{id}/reopen", post(close::reopen))
        .route("/console/overrides", get(overrides::overrides_page))
        .merge(protection::routes())
}

/// What this part adds to the case page: the decision history, the override form, the
/// outcome (or the close form), the case's events and the protected-identity marker.
pub(super) async fn section(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    let snapshot = state.directory();
    let directory: &crate::directory::Directory = &snapshot;
    let history = history::history(state, &case.id).await?;
    let orgs: Vec<Value> = directory
        .orgs()
        .iter()
        .map(|o| json!({ "id": o.id, "name": o.name }))
        .collect();
    let page = page
        .with("decisions_history", &history)
        .with(
            "decisions_form",
            &OverrideForm::initial(directory, &case.decision),
        )
        .with("decisions_errors", &Vec::<FieldError>::new())
        .with("decisions_orgs", &orgs)
        .with("decisions_reason_max", &REASON_MAX_CHARS)
        .with("decisions_outcomes", &Outcome::ALL)
        .with("decisions_outcome", &case.row.outcome)
        .with("decisions_closed_at", &case.row.closed_at.map(local))
        .with("decisions_close_error", &Value::Null)
        .with("decisions_outcome_typed", "");
    protection::section(state, user, case, page).await
}
