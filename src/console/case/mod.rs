//! `GET /console/cases/{id}` and `POST /console/cases/{id}/reply`: one enquiry as the
//! handler sees it — the facts the person gave, their words and the conversation, the
//! engine's proposal with its reasons and rule trail — and a reply that the person reads
//! on their receipt page. Every look and every reply is an audit record.
//!
//! The root of the case's tree: the sections (claim, decisions, protection, facts,
//! callbacks, referrals, templates) each give a typed view of the case and their actions
//! say what they did ([`super::outcome::Outcome`]); only this module draws the page
//! (`page`), also when an action sends the user back with a refusal or a 422 ([`again`]).

mod page;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde_json::{Map, Value};

use super::claim;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::crypto::{Column, Context};
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::enquiry::store as enquiry_store;
use crate::enquiry::vocab::Author;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::staff::require;

pub(super) use page::again;
use page::render;

/// The case page's routes, and `actions` (the sections' routes) with the page drawn
/// around what they send back.
pub(super) fn routes(state: &AppState, actions: Router<AppState>) -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}", get(show))
        .route("/console/cases/{id}/reply", post(reply))
        .merge(actions.layer(from_fn_with_state(state.clone(), again)))
}

/// `GET /console/cases/{id}`.
async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewCase)?;
    render(&state, &user, &headers, &id, &Map::new(), StatusCode::OK).await
}

/// `POST /console/cases/{id}/reply` (field `message`): a reply the person reads with
/// their receipt code.
async fn reply(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Reply)?;
    let text = form.get("message").unwrap_or_default();
    let length = text.trim().chars().count();
    if length == 0 || length > MESSAGE_MAX_CHARS {
        let notice = if length == 0 {
            "error-message-empty"
        } else {
            "error-message-too-long"
        };
        let shown = Map::from_iter([
            ("reply_draft".to_owned(), Value::from(text)),
            ("notice".to_owned(), Value::from(notice)),
        ]);
        return render(
            &state,
            &user,
            &headers,
            &id,
            &shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let row = enquiry_store::case_row(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Nobody writes to a protected person without being named on the case.
    if row.protected && !super::store::is_named(state.db(), &id, &user.user_id).await? {
        return Err(AppError::Forbidden("not named on this protected case"));
    }
    // Two handlers never answer the same person: replying claims an unclaimed case, and
    // a case a colleague holds is refused with the text kept.
    if let claim::ForReply::HeldBy(holder) = claim::for_reply(&state, &user, &id).await? {
        let shown = Map::from_iter([
            ("reply_draft".to_owned(), Value::from(text)),
            ("claim_notice".to_owned(), Value::from("claim-reply-refused")),
            ("claim_notice_holder".to_owned(), Value::from(holder)),
        ]);
        return render(&state, &user, &headers, &id, &shown, StatusCode::CONFLICT).await;
    }
    let message_id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(&Context::new(Column::MessageBody, &message_id), text.trim());
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        enquiry_store::insert_message(tx, &message_id, &id, Author::Staff, &sealed, now).await?;
        audit::append_tx(tx, now, &user.user_id, Action::Reply, Some(&id), "").await
    })?;
    state.events().publish(crate::events::Change::Updated, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}")).into_response())
}
