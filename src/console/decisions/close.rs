//! Closing a case with an outcome, and reopening it: `POST /console/cases/{id}/close`
//! (field `outcome`) and `POST /console/cases/{id}/reopen`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::console::case;
use crate::enquiry::store as enquiry_store;
use crate::enquiry::vocab::Outcome;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::web::staff::require;
use crate::web::{RawForm, csrf};

/// `POST /console/cases/{id}/close` (field `outcome`).
pub(super) async fn close(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let typed = form.get("outcome").unwrap_or_default();
    let Ok(outcome) = typed.parse::<Outcome>() else {
        return close_error(&state, &user, &headers, &id, "decisions-error-outcome", typed).await;
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
        return close_error(
            &state,
            &user,
            &headers,
            &id,
            "decisions-error-already-closed",
            typed,
        )
        .await;
    }
    state.events().publish(Change::Closed, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}#outcome")).into_response())
}

/// `POST /console/cases/{id}/reopen`.
pub(super) async fn reopen(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
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
        return close_error(&state, &user, &headers, &id, "decisions-error-not-closed", "").await;
    }
    state.events().publish(Change::Closed, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}#outcome")).into_response())
}

async fn enquiry_missing(state: &AppState, id: &str) -> Result<bool, AppError> {
    Ok(enquiry_store::case_row(state.db(), id).await?.is_none())
}

async fn close_error(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    message: &'static str,
    typed: &str,
) -> Result<Response, AppError> {
    let extra = vec![
        ("decisions_close_error", Value::from(message)),
        ("decisions_outcome_typed", Value::from(typed)),
    ];
    case::render(state, user, headers, id, extra, StatusCode::UNPROCESSABLE_ENTITY).await
}
