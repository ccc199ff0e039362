//! Administration: users at `/console/users` (disable — their sessions end at once —,
//! enable, lift a lock-out, and replace a lost second factor: the recovery path, a new
//! secret shown once to the admin to hand over, and the user's sessions end) and the triage rules at `/console/rules`
//! (the version in service, and a reload that never replaces working rules with broken
//! ones). Admins only; every change is audited with the affected user's id or the new
//! rules version as its detail.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, store, totp};
use crate::crypto::{Column, Context};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::staff::{local, require, staff_page};
use crate::web::{CsrfForm, Page};

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/users", get(users))
        .route("/console/users/{id}/disable", post(disable))
        .route("/console/users/{id}/enable", post(enable))
        .route("/console/users/{id}/unlock", post(unlock))
        .route(
            "/console/users/{id}/second-factor",
            get(confirm_reset).post(reset_second_factor),
        )
        .route("/console/rules", get(rules))
        .route("/console/rules/reload", post(reload))
}

/// `?done=` after a change, for the confirmation on the page.
#[derive(Debug, Deserialize)]
struct Done {
    done: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Users.

#[derive(Serialize)]
struct UserView {
    id: String,
    name: String,
    role: String,
    municipalities: String,
    disabled: bool,
    locked_until: Option<String>,
    created: String,
    is_self: bool,
}

/// The users page, with a confirmation (`done`) or an error (`error`) message id.
async fn users_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    done: Option<&'static str>,
    error: Option<&'static str>,
) -> Result<Page, AppError> {
    let now = state.clock().now_ms();
    let mut places: HashMap<String, Vec<String>> = HashMap::new();
    let directory = state.directory();
    for (user_id, org) in store::org_bindings(state.db()).await? {
        let name = directory
            .org(&org)
            .map_or_else(|| org.clone(), |o| format!("{} ({org})", o.name));
        places.entry(user_id).or_default().push(name);
    }
    let rows: Vec<UserView> = store::list_users(state.db())
        .await?
        .into_iter()
        .map(|u| UserView {
            municipalities: places.remove(&u.id).unwrap_or_default().join(", "),
            locked_until: u.locked_until.filter(|t| *t > now).map(local),
            created: local(u.created_at),
            is_self: u.id == user.user_id,
            disabled: u.disabled,
            role: u.role,
            name: u.name,
            id: u.id,
        })
        .collect();
    Ok(
        staff_page(state, user, headers, "console/users.html", "/console/users")
            .with("users_rows", &rows)
            .with("users_done", &done)
            .with("users_error", &error),
    )
}

/// `GET /console/users`.
async fn users(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    let done = match done.done.as_deref() {
        Some("disabled") => Some("admin-users-done-disabled"),
        Some("enabled") => Some("admin-users-done-enabled"),
        Some("unlocked") => Some("admin-users-done-unlocked"),
        _ => None,
    };
    Ok(users_page(&state, &user, &headers, done, None)
        .await?
        .render(&state))
}

/// Checks the role of a user action (the token was checked by [`CsrfForm`]), and finds
/// the affected user.
async fn target(state: &AppState, user: &StaffUser, id: &str) -> Result<store::UserSummary, AppError> {
    require(user, Permission::Administer)?;
    store::user_summary(state.db(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `POST /console/users/{id}/disable`: the user cannot sign in, and every session of
/// theirs ends now. Not oneself: the service must keep an admin who can undo it.
async fn disable(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let affected = target(&state, &user, &id).await?;
    if affected.id == user.user_id {
        let page = users_page(&state, &user, &headers, None, Some("admin-users-error-self")).await?;
        return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
    }
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        store::set_disabled(tx, &affected.id, true).await?;
        store::revoke_user_sessions(tx, &affected.id, now).await?;
        audit::append_tx(tx, now, &user.user_id, Action::UserDisabled, None, &affected.id).await
    })?;
    tracing::info!(user.id = %affected.id, "user disabled, sessions revoked");
    Ok(Redirect::to("/console/users?done=disabled").into_response())
}

/// `POST /console/users/{id}/enable`.
async fn enable(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let affected = target(&state, &user, &id).await?;
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        store::set_disabled(tx, &affected.id, false).await?;
        audit::append_tx(tx, now, &user.user_id, Action::UserEnabled, None, &affected.id).await
    })?;
    Ok(Redirect::to("/console/users?done=enabled").into_response())
}

/// `POST /console/users/{id}/unlock`: forgets the failed sign-ins of the user's name from
/// every client (the throttle, [`crate::web::floods`]), and any lock-out left from before
/// locks were replaced by it (audited, detail the user's id).
async fn unlock(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let affected = target(&state, &user, &id).await?;
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        store::unlock(tx, &affected.id).await?;
        audit::append_tx(tx, now, &user.user_id, Action::Unlock, None, &affected.id).await
    })?;
    state
        .floods()
        .forget_name(crate::auth::sign_in::name_key(&state, &affected.name));
    Ok(Redirect::to("/console/users?done=unlocked").into_response())
}

/// The second-factor page: the question first, then (once) the new secret.
fn second_factor_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    affected: &store::UserSummary,
) -> Page {
    staff_page(
        state,
        user,
        headers,
        "console/user-second-factor.html",
        &format!("/console/users/{}/second-factor", affected.id),
    )
    .with("users_target_id", &affected.id)
    .with("users_target_name", &affected.name)
}

/// `GET /console/users/{id}/second-factor`: asks before replacing the second factor.
async fn confirm_reset(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    let affected = store::user_summary(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(second_factor_page(&state, &user, &headers, &affected)
        .with("users_secret", &Option::<()>::None)
        .render(&state))
}

/// The new secret, as an authenticator app takes it.
#[derive(Serialize)]
struct Secret {
    uri: String,
    base32: String,
}

/// `POST /console/users/{id}/second-factor`: a new secret replaces the old one (whose
/// codes stop working at once) and is shown this one time, for the admin to hand over in
/// person or by another safe way. It is never stored readable, logged or shown again.
/// Every session of the user ends in the same transaction.
async fn reset_second_factor(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let affected = target(&state, &user, &id).await?;
    let secret = totp::new_secret();
    let shown = Secret {
        uri: totp::provisioning_uri(&secret, &affected.name)?,
        base32: totp::secret_base32(&secret, &affected.name)?,
    };
    let sealed = state
        .keys()
        .seal(&Context::new(Column::UserTotp, &affected.id), &secret);
    let now = state.clock().now_ms();
    let replaced = crate::transact!(state.db(), |tx| {
        let replaced = store::set_totp_secret(tx, &affected.id, &sealed).await?;
        if replaced {
            // Whoever lost the old factor may have lost the browser with it: every
            // session of the user ends with the factor (an admin resetting their own
            // keeps the one they are using).
            store::revoke_other_sessions(tx, &affected.id, &user.session_id, now).await?;
            audit::append_tx(
                tx,
                now,
                &user.user_id,
                Action::SecondFactorReset,
                None,
                &affected.id,
            )
            .await?;
        }
        Ok::<_, sqlx::Error>(replaced)
    })?;
    if !replaced {
        return Err(AppError::NotFound);
    }
    tracing::info!(user.id = %affected.id, "second factor replaced by an admin, sessions revoked");
    Ok(second_factor_page(&state, &user, &headers, &affected)
        .with("users_secret", &shown)
        .render(&state))
}

// ---------------------------------------------------------------------------------------
// Triage rules.

/// The rules page; `error` is the loader's message after a refused reload.
fn rules_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    done: Option<&'static str>,
    error: Option<&str>,
) -> Page {
    let engine = state.engine();
    let config = state.config();
    staff_page(state, user, headers, "console/rules.html", "/console/rules")
        .with("rules_version", engine.rules_version())
        .with("rules_count", &engine.rules().rules().len())
        .with(
            "rules_dir",
            &config.asset(&config.triage.rules_dir).display().to_string(),
        )
        .with(
            "rules_directory_dir",
            &config.asset(&config.triage.directory_dir).display().to_string(),
        )
        .with("rules_done", &done)
        .with("rules_error", &error)
}

/// `GET /console/rules`.
async fn rules(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    let done = (done.done.as_deref() == Some("reloaded")).then_some("admin-rules-done-reloaded");
    Ok(rules_page(&state, &user, &headers, done, None).render(&state))
}

/// `POST /console/rules/reload`: reads the rules and the directory again. A broken file
/// keeps the running engine, and the page shows the loader's message (file and line).
async fn reload(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    // Reading and checking a few hundred files is blocking work.
    let worker = state.clone();
    let result = tokio::task::spawn_blocking(move || worker.reload_triage())
        .await
        .map_err(anyhow::Error::from)?;
    let now = state.clock().now_ms();
    match result {
        Ok(version) => {
            audit::append(
                state.db(),
                now,
                &user.user_id,
                Action::RulesReload,
                None,
                &version,
            )
            .await?;
            Ok(Redirect::to("/console/rules?done=reloaded").into_response())
        }
        Err(err) => {
            audit::append(
                state.db(),
                now,
                &user.user_id,
                Action::RulesReload,
                None,
                "failed",
            )
            .await?;
            let message = format!("{err:#}");
            tracing::warn!(error = %message, "triage rules reload refused; the running rules stay");
            Ok(rules_page(&state, &user, &headers, None, Some(&message))
                .status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(&state))
        }
    }
}
