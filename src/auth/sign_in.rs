//! The sign-in and sign-out pages of the two signed-in areas: `GET/POST /console/sign-in`
//! and `POST /console/sign-out` (routed by the console), and the same for the
//! municipality inbox (`/inbox/sign-in`, `/inbox/sign-out`, routed by the inbox).
//!
//! A sign-in needs the name, the password and the current code of the second factor.
//! Every failure answers the same way and takes the same work (one database look-up, one
//! argon2 verification — against a dummy hash for an unknown name — and one audit record),
//! so nothing says which part was wrong or whether the name exists.
//!
//! Nothing locks an account: a lock would let anyone who knows a name keep its owner out.
//! Instead attempts are limited per client and for everyone together, and failures for one
//! name from one client are throttled with decay (`limits.sign_in_failures_per_name`, one
//! forgotten every `limits.sign_in_failure_decay_minutes`): the owner signs in from their
//! own computer while a guesser elsewhere waits. A throttled attempt answers `429` with
//! `Retry-After` before any hashing. All of it is audited; nothing typed is logged.

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
use crate::web::ratelimit::ClientKey;
use crate::web::staff::staff_lang;
use crate::web::{CsrfForm, Page, RawForm};

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
        .with("throttled_minutes", &0)
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
    client: ClientKey,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    sign_in(&state, Area::Console, client, &headers, &form).await
}

/// `POST /inbox/sign-in` (fields `name`, `password`, `code`).
pub(crate) async fn submit_inbox(
    State(state): State<AppState>,
    client: ClientKey,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    sign_in(&state, Area::Inbox, client, &headers, &form).await
}

/// The throttle's key of a typed name (keyed, so the memory holds no name).
pub(crate) fn name_key(state: &AppState, name: &str) -> u64 {
    let hash = state
        .keys()
        .token_hash("sign-in-name", name.trim().to_lowercase().as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash[..8]);
    u64::from_le_bytes(first)
}

async fn sign_in(
    state: &AppState,
    area: Area,
    client: ClientKey,
    headers: &HeaderMap,
    form: &RawForm,
) -> Result<Response, AppError> {
    let name = form.text("name").unwrap_or_default().to_owned();
    let now = state.clock().now_ms();
    let name_key = name_key(state, &name);
    if let Err(wait) = state.floods().sign_in_admit(client, name_key, now) {
        return Ok(throttled(state, area, headers, &name, wait));
    }
    let user = store::user_by_name(state.db(), &name).await?;
    let password_ok = password::verify_blocking(
        form.get("password").unwrap_or_default().to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await;
    let step = match &user {
        Some(u) if password_ok && !u.disabled => {
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
    let actor = user
        .as_ref()
        .map_or_else(|| "unknown".to_owned(), |u| u.id.clone());
    let Some(user) = user.filter(|_| signed_in) else {
        state.floods().sign_in_failed(client, name_key, now);
        return failed(state, area, headers, &name, &actor, now).await;
    };
    state.floods().sign_in_succeeded(client, name_key);
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

/// The pause after a wrong password (here and when changing one): nothing for a person,
/// costly for a script.
pub(crate) const FAILURE_PAUSE: Duration = Duration::from_millis(300);

/// A failure: the same work whether the name exists or not (the look-up and the argon2
/// verification are done; one audit record), then the same answer.
async fn failed(
    state: &AppState,
    area: Area,
    headers: &HeaderMap,
    name: &str,
    actor: &str,
    now: i64,
) -> Result<Response, AppError> {
    audit::append(state.db(), now, actor, Action::SignInFailed, None, "").await?;
    tokio::time::sleep(FAILURE_PAUSE).await;
    Ok(page(state, area, headers, name, true)
        .status(StatusCode::UNAUTHORIZED)
        .render(state))
}

/// Too many attempts from this client (or for this name from it, or from everyone): `429`
/// with `Retry-After`, the name kept, and no hashing done.
fn throttled(state: &AppState, area: Area, headers: &HeaderMap, name: &str, wait: u64) -> Response {
    let minutes = wait.div_ceil(60).max(1);
    let mut response = page(state, area, headers, name, true)
        .with("throttled_minutes", &minutes)
        .status(StatusCode::TOO_MANY_REQUESTS)
        .render(state);
    if let Ok(value) = header::HeaderValue::from_str(&wait.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
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
