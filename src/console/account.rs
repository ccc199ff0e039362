//! A staff user's own account: changing their password at `/console/account/password`
//! (any staff role; the rules are `auth::password_change`).

use axum::Router;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

use crate::auth::password_change::{self, Outcome};
use crate::auth::{Role, StaffUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::ratelimit::ClientKey;
use crate::web::staff::staff_page;

const PATH: &str = "/console/account/password";

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/account/password", get(show).post(submit))
}

/// `?done=` after a change.
#[derive(Debug, Deserialize)]
struct Done {
    done: Option<String>,
}

/// Staff of every role; inbox users change theirs in the inbox.
fn staff_only(user: &StaffUser) -> Result<(), AppError> {
    if user.role == Role::Municipality {
        Err(AppError::Forbidden("the console is for staff"))
    } else {
        Ok(())
    }
}

/// `GET /console/account/password`.
async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    staff_only(&user)?;
    let page = staff_page(&state, &user, &headers, "console/account-password.html", PATH);
    Ok(password_change::form_page(page, PATH, done.done.is_some()).render(&state))
}

/// `POST /console/account/password` (fields `current`, `new`, `again`).
async fn submit(
    State(state): State<AppState>,
    client: ClientKey,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    staff_only(&user)?;
    let outcome: Outcome = password_change::change(&state, client, &user, &form).await?;
    let page = staff_page(&state, &user, &headers, "console/account-password.html", PATH);
    Ok(password_change::respond(&state, page, PATH, outcome))
}
