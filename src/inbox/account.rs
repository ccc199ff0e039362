//! An inbox user's own account: changing their password at `/inbox/account/password`
//! (the rules are `auth::password_change`, shared with the console).

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;

use super::user::{InboxUser, inbox_page};
use crate::auth::password_change;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::ratelimit::ClientKey;

const PATH: &str = "/inbox/account/password";

/// `?done=` after a change.
#[derive(Debug, Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

/// `GET /inbox/account/password`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Response {
    let page = inbox_page(&state, &user, &headers, "inbox/account-password.html", PATH);
    password_change::form_page(page, PATH, done.done.is_some()).render(&state)
}

/// `POST /inbox/account/password` (fields `current`, `new`, `again`).
pub(super) async fn submit(
    State(state): State<AppState>,
    client: ClientKey,
    user: InboxUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let outcome = password_change::change(&state, client, &user.user, &form).await?;
    let page = inbox_page(&state, &user, &headers, "inbox/account-password.html", PATH);
    Ok(password_change::respond(&state, page, PATH, outcome))
}
