//! `/console/outbox`: deliveries that failed — still being retried, or dead letters that a
//! supervisor can replay — with no personal data (ids, kinds, attempts, error codes).
//! `/console/webhooks`: admins add the endpoints of recipients' case systems, each bound
//! to organisations of the directory (the secret is shown once), disable, enable and
//! delete them.
//!
//! Replays and webhook changes are audited as [`Action::Export`] (a notice leaving the
//! service, or a way for notices to leave it), with details `outbox-replay:{id}` and
//! `webhook-{added,disabled,enabled,deleted}:{id}`.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::model::{URL_MAX, WebhookUrl, parse_orgs};
use super::page::{local, require, signed_in_page};
use super::store;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::crypto::{Column, Context};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{CsrfForm, Page};

/// Rows the outbox page shows at most.
const OUTBOX_LIMIT: i64 = 500;

/// `?done=` after a change, for the confirmation on the page.
#[derive(Debug, Deserialize)]
pub(super) struct Done {
    pub(super) done: Option<String>,
}

/// One failing or dead delivery as the page shows it.
#[derive(Serialize)]
struct ProblemView {
    id: String,
    kind: String,
    dead: bool,
    recipient: Option<String>,
    referral_id: Option<String>,
    attempts: i64,
    error: String,
    created: String,
    last_attempt: Option<String>,
    next_attempt: Option<String>,
}

/// `GET /console/outbox`.
pub(super) async fn outbox(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let rows: Vec<ProblemView> = store::problems(state.db(), OUTBOX_LIMIT)
        .await?
        .into_iter()
        .map(|p| ProblemView {
            dead: p.state == "dead",
            // A webhook is named by its host only: a path may carry a token of theirs.
            recipient: p.user_name.or_else(|| {
                p.webhook_url
                    .and_then(|u| reqwest::Url::parse(&u).ok())
                    .and_then(|u| u.host_str().map(str::to_owned))
            }),
            next_attempt: (p.state == "pending").then(|| local(p.next_attempt_at)),
            last_attempt: p.last_attempt_at.map(local),
            created: local(p.created_at),
            error: p.last_error.unwrap_or_default(),
            referral_id: p.referral_id,
            attempts: p.attempts,
            kind: p.kind,
            id: p.id,
        })
        .collect();
    let done = (done.done.as_deref() == Some("replayed")).then_some("notify-outbox-done-replayed");
    Ok(
        signed_in_page(&state, &user, &headers, "console/outbox.html", "/console/outbox")
            .with("outbox_rows", &rows)
            .with("outbox_done", &done)
            .with("outbox_max_attempts", &state.config().notify.max_attempts)
            .render(&state),
    )
}

/// `POST /console/outbox/{id}/replay`: a dead letter is queued again, due now.
pub(super) async fn replay(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let now = state.clock().now_ms();
    let detail = format!("outbox-replay:{id}");
    let replayed = crate::transact!(state.db(), |tx| {
        let replayed = store::replay(tx, &id, now).await?;
        if let Some(case) = &replayed {
            audit::append_tx(tx, now, &user.user_id, Action::Export, case.as_deref(), &detail).await?;
        }
        Ok::<_, sqlx::Error>(replayed)
    })?;
    replayed.ok_or(AppError::NotFound)?;
    tracing::info!(outbox.id = %id, "dead letter replayed");
    Ok(Redirect::to("/console/outbox?done=replayed").into_response())
}

/// One organisation a webhook serves: its directory id and name (the id alone when the
/// directory no longer has it).
#[derive(Serialize)]
struct OrgView {
    id: String,
    name: Option<String>,
}

/// One endpoint as the admin page shows it (never its secret).
#[derive(Serialize)]
struct WebhookView {
    id: String,
    url: String,
    orgs: Vec<OrgView>,
    enabled: bool,
    created: String,
}

/// What the add form holds: as typed, with its errors (message ids; `orgs_error_org` is
/// the part of `orgs` the error is about).
#[derive(Default, Serialize)]
struct AddForm {
    url: String,
    orgs: String,
    url_error: Option<&'static str>,
    orgs_error: Option<&'static str>,
    orgs_error_org: String,
}

/// The webhooks page, with a confirmation, the add form and a new secret to show once.
async fn webhooks_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    done: Option<&'static str>,
    form: &AddForm,
    secret: Option<&str>,
) -> Result<Page, AppError> {
    let directory = state.directory();
    let rows: Vec<WebhookView> = store::webhooks(state.db())
        .await?
        .into_iter()
        .map(|(w, orgs)| WebhookView {
            orgs: orgs
                .into_iter()
                .map(|id| OrgView {
                    name: directory.org(&id).map(|o| o.name.clone()),
                    id,
                })
                .collect(),
            created: local(w.created_at),
            enabled: w.enabled,
            url: w.url,
            id: w.id,
        })
        .collect();
    Ok(
        signed_in_page(state, user, headers, "console/webhooks.html", "/console/webhooks")
            .with("webhooks_rows", &rows)
            .with("webhooks_done", &done)
            .with("webhooks_form", form)
            .with("webhooks_secret", &secret)
            .with("webhooks_url_max", &URL_MAX),
    )
}

/// `GET /console/webhooks`.
pub(super) async fn webhooks(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    let done = match done.done.as_deref() {
        Some("disabled") => Some("notify-webhooks-done-disabled"),
        Some("enabled") => Some("notify-webhooks-done-enabled"),
        Some("deleted") => Some("notify-webhooks-done-deleted"),
        _ => None,
    };
    let page = webhooks_page(&state, &user, &headers, done, &AddForm::default(), None).await?;
    Ok(page.render(&state))
}

/// `POST /console/webhooks`: adds an endpoint and shows its secret, this once.
pub(super) async fn add_webhook(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    let mut typed = AddForm {
        url: form.get("url").unwrap_or_default().to_owned(),
        orgs: form.get("orgs").unwrap_or_default().to_owned(),
        ..AddForm::default()
    };
    let url = WebhookUrl::parse(&typed.url, !state.config().dev).map_err(|e| typed.url_error = Some(e));
    let orgs = parse_orgs(&typed.orgs, &state.directory()).map_err(|e| {
        typed.orgs_error = Some(e.message);
        typed.orgs_error_org = e.typed;
    });
    let (Ok(url), Ok(orgs)) = (url, orgs) else {
        let page = webhooks_page(&state, &user, &headers, None, &typed, None).await?;
        return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
    };
    let id = uuid::Uuid::new_v4().to_string();
    let secret = crate::crypto::random_token();
    let now = state.clock().now_ms();
    let sealed = state
        .keys()
        .seal(&Context::new(Column::WebhookSecret, &id), secret.as_bytes());
    let hook = store::NewWebhook {
        id: &id,
        url: url.as_str(),
        secret_sealed: &sealed,
        orgs: &orgs,
        created_by: &user.user_id,
        created_at: now,
    };
    let detail = format!("webhook-added:{id}");
    crate::transact!(state.db(), |tx| {
        store::insert_webhook(tx, &hook).await?;
        audit::append_tx(tx, now, &user.user_id, Action::Export, None, &detail).await
    })?;
    tracing::info!(webhook.id = %id, orgs = orgs.len(), "webhook added");
    let done = Some("notify-webhooks-done-added");
    let page = webhooks_page(&state, &user, &headers, done, &AddForm::default(), Some(&secret)).await?;
    Ok(page.render(&state))
}

/// Makes an endpoint change (`what`: disabled, enabled, deleted) in the transaction of
/// its audit record and sends the admin back to the list; not found when there is no
/// such endpoint.
async fn change(state: &AppState, user: &StaffUser, id: &str, what: &str) -> Result<Response, AppError> {
    let detail = format!("webhook-{what}:{id}");
    let now = state.clock().now_ms();
    let found = crate::transact!(state.db(), |tx| {
        let found = match what {
            "deleted" => store::delete_webhook(tx, id).await?,
            _ => store::set_webhook_enabled(tx, id, what == "enabled").await?,
        };
        if found {
            audit::append_tx(tx, now, &user.user_id, Action::Export, None, &detail).await?;
        }
        Ok::<_, sqlx::Error>(found)
    })?;
    if !found {
        return Err(AppError::NotFound);
    }
    tracing::info!(webhook.id = %id, change = what, "webhook changed");
    Ok(Redirect::to(&format!("/console/webhooks?done={what}")).into_response())
}

/// `POST /console/webhooks/{id}/disable`: nothing more is queued for it, and what is
/// queued ends as dead letters (replayable once it is enabled again).
pub(super) async fn disable_webhook(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    change(&state, &user, &id, "disabled").await
}

/// `POST /console/webhooks/{id}/enable`.
pub(super) async fn enable_webhook(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    change(&state, &user, &id, "enabled").await
}

/// `POST /console/webhooks/{id}/delete`.
pub(super) async fn delete_webhook(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Administer)?;
    change(&state, &user, &id, "deleted").await
}
