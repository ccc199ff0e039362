//! Suspected floods, for supervisors: `GET /console/floods` lists the clients that sent
//! many enquiries or chats lately or were stopped by the limits ([`crate::web::floods`]);
//! `POST /console/floods/{tag}/close` closes that client's open items together: its open
//! chats end (their addresses stop working) and its open enquiries close with "nothing
//! more to do", each audited (`close`, detail `flood`).
//!
//! A client is shown only as its tag, the keyed hash the limiter uses; no address is
//! stored or shown, and the memory is this instance's, for `limits.flood_memory_minutes`.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::chat::room;
use crate::chat::store as chat_store;
use crate::chat::vocab::ChatStatus;
use crate::enquiry::store as enquiry_store;
use crate::enquiry::vocab::Outcome;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::ratelimit::ClientKey;
use crate::web::staff::{local, require, staff_page};

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/floods", get(list))
        .route("/console/floods/{tag}/close", post(close))
}

#[derive(Debug, Serialize)]
struct Row {
    tag: String,
    first: String,
    last: String,
    sent: u32,
    refused: u32,
    items: usize,
}

#[derive(Debug, Deserialize)]
struct Done {
    closed: Option<usize>,
}

/// `GET /console/floods`.
async fn list(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let rows: Vec<Row> = state
        .floods()
        .suspects()
        .into_iter()
        .map(|s| Row {
            tag: s.tag,
            first: local(s.first),
            last: local(s.last),
            sent: s.sent,
            refused: s.refused,
            items: s.items.len(),
        })
        .collect();
    Ok(
        staff_page(&state, &user, &headers, "console/floods.html", "/console/floods")
            .with("suspects", &rows)
            .with("closed", &done.closed)
            .render(&state),
    )
}

/// `POST /console/floods/{tag}/close`.
async fn close(
    State(state): State<AppState>,
    user: StaffUser,
    Path(tag): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let client = ClientKey::from_tag(&tag).ok_or(AppError::NotFound)?;
    let items = state.floods().items_of(client).ok_or(AppError::NotFound)?;
    let mut closed = 0_usize;
    for (_, id) in items {
        if close_one(&state, &user, &id).await? {
            closed += 1;
        }
    }
    tracing::info!(count = closed, "flood closed");
    Ok(Redirect::to(&format!("/console/floods?closed={closed}")).into_response())
}

/// Ends the chat (if one is open) and closes the enquiry (if open); whether anything changed.
async fn close_one(state: &AppState, user: &StaffUser, id: &str) -> Result<bool, AppError> {
    let now = state.clock().now_ms();
    let chat_open = chat_store::by_id(state.db(), id)
        .await?
        .is_some_and(|c| c.status != ChatStatus::Ended);
    let (ended, closed) = crate::transact!(state.db(), |tx| {
        let ended = chat_open && chat_store::end(tx, id, "blocked", now).await?;
        if ended {
            chat_store::forget_token(tx, id).await?;
            audit::append_tx(tx, now, &user.user_id, Action::Close, Some(id), "flood_chat").await?;
        }
        let closed =
            enquiry_store::close_or_reopen(tx, id, Some(Outcome::NoFurtherAction), &user.user_id, now)
                .await?;
        if closed {
            audit::append_tx(tx, now, &user.user_id, Action::Close, Some(id), "flood").await?;
        }
        Ok::<_, sqlx::Error>((ended, closed))
    })?;
    if ended {
        room::announce_end(state, id, "blocked");
    }
    if closed {
        state.events().publish(Change::Closed, id);
    }
    Ok(ended || closed)
}
