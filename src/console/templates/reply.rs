//! Templates on the case page: the list to pick from, and inserting one into the reply
//! being written, in the language the person asked to be answered in.

use axum::extract::{Path as UrlPath, State};
use serde::Serialize;

use super::shipped::ensure_seeded;
use super::store;
use crate::auth::{Permission, StaffUser, can};
use crate::console::model::{self, Case};
use crate::console::outcome::Outcome;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Enquiry;
use crate::web::CsrfForm;
use crate::web::staff::require;

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
    UrlPath(id): UrlPath<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Shown>, AppError> {
    require(&user, Permission::Reply)?;
    let case = model::load(&state, &id).await?.ok_or(AppError::NotFound)?;
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
            return Ok(Outcome::Invalid {
                shown: Shown::Missing {
                    reply_draft: typed.to_owned(),
                    templates_error: "admin-tpl-insert-missing",
                },
            });
        }
    };
    let draft = if typed.is_empty() {
        text.to_owned()
    } else {
        format!("{typed}\n\n{text}")
    };
    Ok(Outcome::Shown {
        shown: Shown::Inserted {
            reply_draft: draft,
            templates_selected: chosen.to_owned(),
            templates_notice: notice,
        },
    })
}

/// What the case page shows after an insert: the reply with the template's text in it,
/// or, when the template has no text, the reply as it was and why.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(super) enum Shown {
    /// The template went into the reply.
    Inserted {
        reply_draft: String,
        templates_selected: String,
        templates_notice: Option<&'static str>,
    },
    /// Nothing to insert.
    Missing {
        reply_draft: String,
        templates_error: &'static str,
    },
}

#[derive(Serialize)]
struct Choice {
    id: String,
    name: String,
}

/// What this part shows on the case page: the templates to pick from, for those who may
/// reply, and the language they are inserted in.
#[derive(Serialize)]
pub(in crate::console) struct TemplatesView {
    templates_may: bool,
    templates_list: Vec<Choice>,
    templates_lang: &'static str,
    templates_selected: &'static str,
    templates_notice: Option<&'static str>,
    templates_error: Option<&'static str>,
}

/// The templates section of the case page.
pub(in crate::console) async fn view(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
) -> Result<TemplatesView, AppError> {
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
    Ok(TemplatesView {
        templates_may: may,
        templates_list: choices,
        templates_lang: reply_lang(&case.input.enquiry).tag(),
        templates_selected: "",
        templates_notice: None,
        templates_error: None,
    })
}
