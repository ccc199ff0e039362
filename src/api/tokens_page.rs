//! `/console/api-tokens`: an admin issues API tokens for an inbox user — what the
//! token may do (`referrals:read`, `referrals:write`), optionally only some of the user's
//! organisations, and for how long (at most 90 days) — sees every token with when it was
//! last used, and revokes one, which ends it on its next request.
//!
//! The token is shown once, on the answer to the issuing form, and never stored (only its
//! `jti`). Issuing is audited as `grant_access`, revoking as `revoke_access` (no case;
//! detail `api-token:{jti}`): a token grants a case system access for a user.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

use super::store;
use super::token::{self, Grant, MAX_DAYS, Scope};
use super::tokens_form::{Candidate, Checked, LABEL_MAX, TokenForm, check};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::staff::{local, require, staff_page};
use crate::web::{CsrfForm, FieldError, Page};

/// Tokens the page lists at most (newest first).
const LIST_LIMIT: i64 = 500;
/// The validity the form proposes (days).
const DEFAULT_DAYS: i64 = 30;

/// This part's console routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/api-tokens", get(show).post(issue))
        .route("/console/api-tokens/{id}/revoke", post(revoke))
}

/// A scope the form offers: its name and the key of its label (`api-tokens-scope-{key}`).
#[derive(Debug, Serialize)]
struct ScopeChoice {
    value: &'static str,
    key: &'static str,
}

/// A token as the list shows it.
#[derive(Serialize)]
struct TokenView {
    id: String,
    label: String,
    user_name: String,
    scopes: Vec<&'static str>,
    codes: String,
    created: String,
    expires: String,
    last_used: Option<String>,
    state: &'static str,
}

fn require_admin(user: &StaffUser) -> Result<(), AppError> {
    require(user, Permission::Administer)
}

/// A console page with the signed-in user and the forms' token (as every console page).
fn console_page(state: &AppState, user: &StaffUser, headers: &HeaderMap, template: &'static str) -> Page {
    staff_page(state, user, headers, template, "/console/api-tokens")
}

async fn candidates(state: &AppState) -> Result<Vec<Candidate>, AppError> {
    let mut out: Vec<Candidate> = Vec::new();
    for (id, name, code) in store::municipality_users(state.db()).await? {
        match out.last_mut() {
            Some(last) if last.id == id => last.codes.push(code),
            _ => out.push(Candidate {
                id,
                name,
                codes: if code.is_empty() { vec![] } else { vec![code] },
            }),
        }
    }
    Ok(out)
}

/// The page: the form (with what was typed and its problems) and the list.
async fn page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    form: &TokenForm,
    problems: &[FieldError],
    done: Option<&'static str>,
) -> Result<Page, AppError> {
    let now = state.clock().now_ms();
    let tokens: Vec<TokenView> = store::list_tokens(state.db(), LIST_LIMIT)
        .await?
        .into_iter()
        .map(|t| TokenView {
            state: if t.revoked_at.is_some() {
                "revoked"
            } else if t.expires_at <= now {
                "expired"
            } else {
                "active"
            },
            scopes: t
                .scopes
                .split(',')
                .filter_map(Scope::parse)
                .map(Scope::key)
                .collect(),
            codes: t.codes.trim_matches(',').replace(',', ", "),
            created: local(t.created_at),
            expires: local(t.expires_at),
            last_used: t.last_used_at.map(local),
            label: t.label,
            user_name: t.user_name,
            id: t.id,
        })
        .collect();
    Ok(console_page(state, user, headers, "console/api-tokens.html")
        .with("tokens_rows", &tokens)
        .with("tokens_candidates", &candidates(state).await?)
        .with("tokens_form", form)
        .with("tokens_errors", problems)
        .with("tokens_done", &done)
        .with(
            "tokens_scopes",
            &Scope::ALL.map(|s| ScopeChoice {
                value: s.as_str(),
                key: s.key(),
            }),
        )
        .with("tokens_label_max", &LABEL_MAX)
        .with("tokens_max_days", &MAX_DAYS))
}

/// `?done=` after a change.
#[derive(Debug, Deserialize)]
struct Done {
    done: Option<String>,
}

/// `GET /console/api-tokens`.
async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let done = (done.done.as_deref() == Some("revoked")).then_some("api-tokens-done-revoked");
    let form = TokenForm {
        scopes: vec![Scope::Read.as_str().to_owned()],
        days: DEFAULT_DAYS.to_string(),
        ..TokenForm::default()
    };
    Ok(page(&state, &user, &headers, &form, &[], done)
        .await?
        .render(&state))
}

/// `POST /console/api-tokens`: stores the grant, signs the token and shows it this once.
async fn issue(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let typed = TokenForm {
        user: form.get("user").unwrap_or_default().to_owned(),
        label: form.get("label").unwrap_or_default().to_owned(),
        scopes: form.all("scopes").into_iter().map(str::to_owned).collect(),
        codes: form.get("codes").unwrap_or_default().to_owned(),
        days: form.get("days").unwrap_or_default().to_owned(),
    };
    let checked = match check(&typed, &candidates(&state).await?) {
        Ok(checked) => checked,
        Err(problems) => {
            let page = page(&state, &user, &headers, &typed, &problems, None).await?;
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
        }
    };
    let (secret, expires_at) = grant(&state, &user, &checked).await?;
    Ok(
        console_page(&state, &user, &headers, "console/api-token-issued.html")
            .with("tokens_secret", &secret)
            .with("tokens_label", &checked.label)
            .with("tokens_expires", &local(expires_at))
            .render(&state),
    )
}

/// Stores the grant, audits it and signs its token; returns the token and its expiry.
async fn grant(state: &AppState, user: &StaffUser, checked: &Checked) -> Result<(String, i64), AppError> {
    let id = uuid::Uuid::new_v4().to_string();
    let now = state.clock().now_ms();
    let expires_at = now + checked.days * 24 * 60 * 60 * 1000;
    let scopes = format!(
        ",{},",
        checked
            .scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );
    let codes = if checked.codes.is_empty() {
        String::new()
    } else {
        format!(",{},", checked.codes.join(","))
    };
    let secret = token::sign(
        state,
        &Grant {
            id: &id,
            user_id: &checked.user_id,
            scopes: &checked.scopes,
            issued_at: now,
            expires_at,
        },
    )?;
    let detail = format!("api-token:{id}");
    let stored = store::NewToken {
        id: &id,
        user_id: &checked.user_id,
        label: &checked.label,
        scopes: &scopes,
        codes: &codes,
        created_by: &user.user_id,
        created_at: now,
        expires_at,
    };
    crate::transact!(state.db(), |tx| {
        store::insert_token(tx, &stored).await?;
        audit::append_tx(tx, now, &user.user_id, Action::GrantAccess, None, &detail).await
    })?;
    tracing::info!(api.token = %id, user.id = %checked.user_id, "api token issued");
    Ok((secret, expires_at))
}

/// `POST /console/api-tokens/{id}/revoke`: the token stops working on its next request.
async fn revoke(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let now = state.clock().now_ms();
    let detail = format!("api-token:{id}");
    let revoked = crate::transact!(state.db(), |tx| {
        let revoked = store::revoke_token(tx, &id, &user.user_id, now).await?;
        if revoked {
            audit::append_tx(tx, now, &user.user_id, Action::RevokeAccess, None, &detail).await?;
        }
        Ok::<_, sqlx::Error>(revoked)
    })?;
    if !revoked {
        // Revoked already (a second click): nothing more to do or to record.
        return if store::token_exists(state.db(), &id).await? {
            Ok(Redirect::to("/console/api-tokens?done=revoked").into_response())
        } else {
            Err(AppError::NotFound)
        };
    }
    tracing::info!(api.token = %id, "api token revoked");
    Ok(Redirect::to("/console/api-tokens?done=revoked").into_response())
}
