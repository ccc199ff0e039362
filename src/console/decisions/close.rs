//! Closing a case with an outcome, and reopening it: `POST /console/cases/{id}/close`
//! (field `outcome`) and `POST /console/cases/{id}/reopen`.

use axum::extract::{Path, State};
use serde::Serialize;

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::console::outcome;
use crate::enquiry::store as enquiry_store;
use crate::enquiry::vocab::Outcome;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::staff::require;

/// `POST /console/cases/{id}/close` (field `outcome`).
pub(super) async fn close(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<outcome::Outcome<CloseError>, AppError> {
    require(&user, Permission::WorkCase)?;
    let typed = form.get("outcome").unwrap_or_default();
    let Ok(outcome) = typed.parse::<Outcome>() else {
        return Ok(close_error("decisions-error-outcome", typed));
    };
    if enquiry_missing(&state, &id).await? {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    let closed = crate::transact!(state.db(), |tx| {
        let closed = enquiry_store::close_or_reopen(tx, &id, Some(outcome), &user.user_id, now).await?;
        if closed {
            audit::append_tx(tx, now, &user.user_id, Action::Close, Some(&id), outcome.as_str()).await?;
        }
        Ok::<_, sqlx::Error>(closed)
    })?;
    if !closed {
        return Ok(close_error("decisions-error-already-closed", typed));
    }
    state.events().publish(Change::Closed, &id);
    Ok(outcome::Outcome::to_case(&id, "#outcome"))
}

/// `POST /console/cases/{id}/reopen`.
pub(super) async fn reopen(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<outcome::Outcome<CloseError>, AppError> {
    require(&user, Permission::WorkCase)?;
    if enquiry_missing(&state, &id).await? {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    let reopened = crate::transact!(state.db(), |tx| {
        let reopened = enquiry_store::close_or_reopen(tx, &id, None, &user.user_id, now).await?;
        if reopened {
            audit::append_tx(tx, now, &user.user_id, Action::Reopen, Some(&id), "").await?;
        }
        Ok::<_, sqlx::Error>(reopened)
    })?;
    if !reopened {
        return Ok(close_error("decisions-error-not-closed", ""));
    }
    state.events().publish(Change::Closed, &id);
    Ok(outcome::Outcome::to_case(&id, "#outcome"))
}

async fn enquiry_missing(state: &AppState, id: &str) -> Result<bool, AppError> {
    Ok(enquiry_store::case_row(state.db(), id).await?.is_none())
}

/// What a refused close or reopen shows: the problem, and the outcome chosen.
#[derive(Debug, Serialize)]
pub(super) struct CloseError {
    decisions_close_error: &'static str,
    decisions_outcome_typed: String,
}

fn close_error(message: &'static str, typed: &str) -> outcome::Outcome<CloseError> {
    outcome::Outcome::Invalid {
        shown: CloseError {
            decisions_close_error: message,
            decisions_outcome_typed: typed.to_owned(),
        },
    }
}
