//! The request time-out, answered as a page: a request that takes longer than
//! `http.request_timeout_secs` gets the localized `503` page ([`AppError::TimedOut`],
//! rendered by [`crate::web::errors`]) instead of an empty answer. It sits inside the
//! error renderer for that reason (tower-http's `TimeoutLayer` answers with no body).
//!
//! Forms never reach it while their write is slow: they stop waiting for the database
//! after `http.write_wait_secs` (shorter) and say what became of what was typed
//! (`web::not_saved`).

use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::state::AppState;

/// Answers within the request time-out, or with the time-out page.
pub async fn answer_within(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let limit = Duration::from_secs(state.config().http.request_timeout_secs);
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => AppError::TimedOut.into_response(),
    }
}

/// Waits at most `http.write_wait_secs` for a write. Past it the write may still commit
/// (it was handed to the database): the answer is [`AppError::Unconfirmed`], never "not
/// saved".
pub async fn write_within<T>(
    state: &AppState,
    write: impl Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let wait = Duration::from_secs(state.config().http.write_wait_secs);
    tokio::time::timeout(wait, write)
        .await
        .unwrap_or(Err(AppError::Unconfirmed(None)))
}
