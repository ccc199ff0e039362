//! Templates on the case page: the list to pick from, and inserting one into the reply
//! being written, in the language the person asked to be answered in.

use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Serialize;
use serde_json::{Value, json};

use super::shipped::ensure_seeded;
use super::store;
use crate::auth::{Permission, StaffUser, can};
use crate::console::case::Case;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Enquiry;
use crate::web::staff::require;
use crate::web::{CsrfForm, Page};

/// The site language to answer a case in: the person's chosen language, else Swedish.
pub(super) fn reply_lang(enquiry: &Enquiry) -> Lang {
    let Some(tag) = enquiry.language.as_deref() else {
        return Lang::Sv;
    };
    if let Ok(lang) = tag.parse() {
        return lang;
    }
    // Dari is Persian as written in Afghanistan.
    if tag.to_ascii_lowercase().starts_with("fa-af") {
        return Lang::Prs;
    }
    enquiry
        .primary_language()
        .and_then(|p| p.parse().ok())
        .unwrap_or(Lang::Sv)
}

/// `POST /console/cases/{id}/template` (fields `template`, and `message`: what the handler
/// had typed so far), from the "Insert" button inside the reply form: the case page again,
/// with the template's text in the case's language added to the reply being written.
pub(super) async fn insert(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Reply)?;
    let case = crate::console::case::load(&state, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = form.get("message").unwrap_or_default().trim_end();
    let chosen = form.text("template").unwrap_or_default();
    let lang = reply_lang(&case.input.enquiry);
    let bodies = if chosen.is_empty() {
        Vec::new()
    } else {
        store::bodies(state.db(), Some(chosen)).await?
    };
    let pick = |l: Lang| bodies.iter().find(|b| b.lang == l.tag()).map(|b| b.body.as_str());
    let (text, notice) = match (pick(lang), pick(Lang::Sv)) {
        (Some(text), _) => (text, None),
        (None, Some(swedish)) => (swedish, Some("admin-tpl-insert-fallback")),
        (None, None) => {
            let extra = vec![
                ("reply_draft", Value::from(typed)),
                ("templates_error", Value::from("admin-tpl-insert-missing")),
            ];
            return crate::console::case::render(
                &state,
                &user,
                &headers,
                &id,
                extra,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let draft = if typed.is_empty() {
        text.to_owned()
    } else {
        format!("{typed}\n\n{text}")
    };
    let extra = vec![
        ("reply_draft", Value::from(draft)),
        ("templates_selected", Value::from(chosen)),
        ("templates_notice", json!(notice)),
    ];
    crate::console::case::render(&state, &user, &headers, &id, extra, StatusCode::OK).await
}

#[derive(Serialize)]
struct Choice {
    id: String,
    name: String,
}

/// What this part adds to the case page: the templates to pick from, for those who may
/// reply, and the language they are inserted in.
pub(in crate::console) async fn section(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    let may = can(user.role, Permission::Reply);
    let choices: Vec<Choice> = if may {
        ensure_seeded(state).await;
        store::list(state.db())
            .await?
            .into_iter()
            .map(|t| Choice {
                id: t.id,
                name: t.name,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(page
        .with("templates_may", &may)
        .with("templates_list", &choices)
        .with("templates_lang", reply_lang(&case.input.enquiry).tag())
        .with("templates_selected", "")
        .with("templates_notice", &Value::Null)
        .with("templates_error", &Value::Null))
}
