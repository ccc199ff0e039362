//! The supervisors' pages at `/console/templates`: the list, the edit form, and saving
//! and deleting a template, each change audited.

use std::collections::BTreeSet;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::form::{Form, edit_page, problem};
use super::shipped::ensure_seeded;
use super::store;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::db;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::staff::{local, require, staff_page};
use crate::web::{CsrfForm, RawForm};

#[derive(Serialize)]
struct ListRow {
    id: String,
    name: String,
    updated: String,
    languages: usize,
    missing: Vec<&'static str>,
}

/// `?done=` after a change, for the confirmation on the list.
#[derive(Debug, Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

/// `GET /console/templates`: every template and which languages it has.
pub(super) async fn index(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    ensure_seeded(&state).await;
    let bodies = store::bodies(state.db(), None).await?;
    let rows: Vec<ListRow> = store::list(state.db())
        .await?
        .into_iter()
        .map(|t| {
            let has: BTreeSet<&str> = bodies
                .iter()
                .filter(|b| b.template_id == t.id)
                .map(|b| b.lang.as_str())
                .collect();
            ListRow {
                languages: has.len(),
                missing: Lang::ALL
                    .into_iter()
                    .map(Lang::tag)
                    .filter(|t| !has.contains(t))
                    .collect(),
                updated: local(t.updated_at),
                id: t.id,
                name: t.name,
            }
        })
        .collect();
    let done = match done.done.as_deref() {
        Some("saved") => Some("admin-tpl-done-saved"),
        Some("deleted") => Some("admin-tpl-done-deleted"),
        _ => None,
    };
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/templates.html",
        "/console/templates",
    )
    .with("tpl_rows", &rows)
    .with("tpl_done", &done)
    .with("tpl_total", &Lang::ALL.len())
    .render(&state))
}

/// `GET /console/templates/new`.
pub(super) async fn new(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let form = Form::from_stored("", &[]);
    Ok(edit_page(&state, &user, &headers, None, &form, &[]).render(&state))
}

/// `GET /console/templates/{id}`.
pub(super) async fn edit(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let template = store::one(state.db(), &id).await?.ok_or(AppError::NotFound)?;
    let bodies = store::bodies(state.db(), Some(&id)).await?;
    let form = Form::from_stored(&template.name, &bodies);
    Ok(edit_page(&state, &user, &headers, Some(&id), &form, &[]).render(&state))
}

/// `POST /console/templates/new` (fields `name`, `body_{lang}`).
pub(super) async fn create(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let id = uuid::Uuid::new_v4().to_string();
    save(&state, &user, &headers, &id, &form, true).await
}

/// `POST /console/templates/{id}` (fields `name`, `body_{lang}`).
pub(super) async fn update(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    save(&state, &user, &headers, &id, &form, false).await
}

/// Checks and stores a template; any problem re-renders the form with everything typed.
async fn save(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    raw: &RawForm,
    create: bool,
) -> Result<Response, AppError> {
    let form = Form::from_post(raw);
    let page_id = (!create).then_some(id);
    let draft = match form.check() {
        Ok(draft) => draft,
        Err(problems) => {
            let page = edit_page(state, user, headers, page_id, &form, &problems);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(state));
        }
    };
    let now = state.clock().now_ms();
    let detail = format!("{}:{id}", if create { "created" } else { "changed" });
    let written = crate::transact!(state.db(), |tx| {
        let written = store::write(tx, id, &draft, now, &user.user_id, create).await?;
        if written {
            audit::append_tx(tx, now, &user.user_id, Action::TemplateEdit, None, &detail).await?;
        }
        Ok::<_, sqlx::Error>(written)
    });
    match written {
        Ok(true) => {}
        Ok(false) => return Err(AppError::NotFound),
        Err(e) if db::is_unique_violation(&e) => {
            let problems = [problem("i-name", "admin-tpl-error-name-taken")];
            let page = edit_page(state, user, headers, page_id, &form, &problems);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(state));
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to("/console/templates?done=saved").into_response())
}

/// `POST /console/templates/{id}/delete`.
pub(super) async fn delete(
    State(state): State<AppState>,
    user: StaffUser,
    UrlPath(id): UrlPath<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let now = state.clock().now_ms();
    let detail = format!("deleted:{id}");
    let deleted = crate::transact!(state.db(), |tx| {
        let deleted = store::delete(tx, &id).await?;
        if deleted {
            audit::append_tx(tx, now, &user.user_id, Action::TemplateEdit, None, &detail).await?;
        }
        Ok::<_, sqlx::Error>(deleted)
    })?;
    if !deleted {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/console/templates?done=deleted").into_response())
}
