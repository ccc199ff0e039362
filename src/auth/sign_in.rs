//! The sign-in and sign-out pages of the two signed-in areas: `GET/POST /console/sign-in`
//! and `POST /console/sign-out` (routed by the console), and the same for the
//! municipality inbox (`/inbox/sign-in`, `/inbox/sign-out`, routed by the inbox).
//!
//! A sign-in needs the name, the password and the current code of the second factor.
//! Every failure answers the same way (nothing says which part was wrong or whether the
//! name exists), is slowed a little more each time, and after five in a row the account
//! is locked for fifteen minutes. All of it is audited; nothing typed is logged.

use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{StaffUser, password, session, store, totp};
use crate::audit::{self, Action};
use crate::crypto::{Column, Context};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::staff::staff_lang;
use crate::web::{CsrfForm, Page, RawForm};

/// Failures in a row before a lock-out.
const LOCK_AFTER: i64 = 5;
/// How long a lock-out lasts.
const LOCK_MS: i64 = 15 * 60 * 1000;

/// Which area's sign-in page: the staff console's or the municipality inbox's. Either
/// page signs in any user; where they land depends on their role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Area {
    /// `/console/sign-in`.
    Console,
    /// `/inbox/sign-in`.
    Inbox,
}

impl Area {
    fn template(self) -> &'static str {
        match self {
            Self::Console => "console/sign-in.html",
            Self::Inbox => "inbox/sign-in.html",
        }
    }

    fn sign_in_path(self) -> &'static str {
        match self {
            Self::Console => "/console/sign-in",
            Self::Inbox => "/inbox/sign-in",
        }
    }
}

/// Where a user of `role` lands after signing in: municipality users in their inbox,
/// staff in the console.
fn landing(role: &str) -> &'static str {
    if role == crate::auth::Role::Municipality.as_str() {
        "/inbox/"
    } else {
        "/console/"
    }
}

fn page(state: &AppState, area: Area, headers: &HeaderMap, name: &str, failed: bool) -> Page {
    Page::new(staff_lang(headers), area.template(), area.sign_in_path())
        .with("name", name)
        .with("failed", &failed)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}

/// `GET /console/sign-in`.
pub(crate) async fn show(State(state): State<AppState>, headers: HeaderMap) -> Response {
    page(&state, Area::Console, &headers, "", false).render(&state)
}

/// `GET /inbox/sign-in`.
pub(crate) async fn show_inbox(State(state): State<AppState>, headers: HeaderMap) -> Response {
    page(&state, Area::Inbox, &headers, "", false).render(&state)
}

/// `POST /console/sign-in` (fields `name`, `password`, `code`).
pub(crate) async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    sign_in(&state, Area::Console, &headers, &form).await
}

/// `POST /inbox/sign-in` (fields `name`, `password`, `code`).
pub(crate) async fn submit_inbox(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    sign_in(&state, Area::Inbox, &headers, &form).await
}

async fn sign_in(
    state: &AppState,
    area: Area,
    headers: &HeaderMap,
    form: &RawForm,
) -> Result<Response, AppError> {
    let name = form.text("name").unwrap_or_default().to_owned();
    let now = state.clock().now_ms();
    let user = store::user_by_name(state.db(), &name).await?;
    let password_ok = password::verify_blocking(
        form.get("password").unwrap_or_default().to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await;
    let step = match &user {
        Some(u) if password_ok && !u.disabled && u.locked_until.is_none_or(|t| t <= now) => {
            let secret = state
                .keys()
                .open(&Context::new(Column::UserTotp, &u.id), &u.totp_secret_sealed);
            let seconds = u64::try_from(now / 1000).unwrap_or_default();
            secret
                .ok()
                .and_then(|s| totp::matching_step(&s, form.get("code").unwrap_or_default(), seconds))
        }
        _ => None,
    };
    // Each code signs in once: a second use (a replay, or a code read over a shoulder)
    // fails like any wrong code.
    let signed_in = match (&user, step) {
        (Some(u), Some(step)) => {
            store::use_totp_step(state.db(), &u.id, i64::try_from(step).unwrap_or(i64::MAX)).await?
        }
        _ => false,
    };
    let Some(user) = user.filter(|_| signed_in) else {
        return failed(state, area, headers, &name, now).await;
    };
    let session_id = crate::crypto::random_token();
    let expires = now + session::SESSION_TTL_MS;
    crate::transact!(state.db(), |tx| {
        store::record_success(tx, &user.id).await?;
        store::create_session(tx, &session_id, &user.id, now, expires).await?;
        audit::append_tx(tx, now, &user.id, Action::SignIn, None, &user.role).await
    })?;
    let token = session::issue(state, &session_id, &user.id, expires)?;
    let mut response = Redirect::to(landing(&user.role)).into_response();
    if let Some(cookie) = session::cookie(state, &token) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

async fn failed(
    state: &AppState,
    area: Area,
    headers: &HeaderMap,
    name: &str,
    now: i64,
) -> Result<Response, AppError> {
    let user = store::user_by_name(state.db(), name).await?;
    let actor = user.as_ref().map_or("unknown", |u| u.id.as_str());
    let locked = crate::transact!(state.db(), |tx| {
        let locked = match &user {
            Some(u) => store::record_failure(tx, &u.id, LOCK_AFTER, now + LOCK_MS).await?,
            None => false,
        };
        if locked {
            audit::append_tx(tx, now, actor, Action::Lockout, None, "5 failures").await?;
        }
        audit::append_tx(tx, now, actor, Action::SignInFailed, None, "").await?;
        Ok::<_, sqlx::Error>(locked)
    })?;
    if locked {
        tracing::warn!(user.id = %actor, "account locked after repeated failed sign-ins");
    }
    // Slow down guessing: a second per failure is plenty for a person, costly for a script.
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(page(state, area, headers, name, true)
        .status(StatusCode::UNAUTHORIZED)
        .render(state))
}

/// `POST /console/sign-out`: ends the session at once.
pub(crate) async fn sign_out(
    State(state): State<AppState>,
    user: StaffUser,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    end_session(&state, Area::Console, &user).await
}

/// `POST /inbox/sign-out`: ends the session at once.
pub(crate) async fn sign_out_inbox(
    State(state): State<AppState>,
    user: StaffUser,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    end_session(&state, Area::Inbox, &user).await
}

async fn end_session(state: &AppState, area: Area, user: &StaffUser) -> Result<Response, AppError> {
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        store::revoke_session(tx, &user.session_id, now).await?;
        audit::append_tx(tx, now, &user.user_id, Action::SignOut, None, "").await
    })?;
    let mut response = Redirect::to(area.sign_in_path()).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, session::clear_cookie(state));
    Ok(response)
}
