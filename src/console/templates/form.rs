//! The edit form: what was typed, checked into a [`Draft`], and echoed back with every
//! problem whatever was wrong with it.

use axum::http::HeaderMap;
use serde::Serialize;

use super::shipped::normalise;
use super::store::BodyRow;
use super::{Draft, NAME_MAX_CHARS};
use crate::auth::StaffUser;
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::staff::staff_page;
use crate::web::{FieldError, Page, RawForm};

/// One language's textarea.
#[derive(Serialize)]
struct BodyField {
    tag: &'static str,
    dir: &'static str,
    endonym: &'static str,
    text: String,
    error: Option<&'static str>,
}

/// The edit form as typed (or as stored).
pub(super) struct Form {
    pub(super) name: String,
    pub(super) bodies: Vec<(Lang, String)>,
}

impl Form {
    /// The form as posted (fields `name`, `body_{lang}`).
    pub(super) fn from_post(form: &RawForm) -> Self {
        Self {
            name: form.get("name").unwrap_or_default().to_owned(),
            bodies: Lang::ALL
                .into_iter()
                .map(|l| {
                    (
                        l,
                        form.get(&format!("body_{}", l.tag()))
                            .unwrap_or_default()
                            .to_owned(),
                    )
                })
                .collect(),
        }
    }

    /// The form with a stored template's values (empty for a new one).
    pub(super) fn from_stored(name: &str, rows: &[BodyRow]) -> Self {
        Self {
            name: name.to_owned(),
            bodies: Lang::ALL
                .into_iter()
                .map(|l| {
                    let text = rows.iter().find(|r| r.lang == l.tag()).map(|r| r.body.clone());
                    (l, text.unwrap_or_default())
                })
                .collect(),
        }
    }

    /// The checked template, or every problem with what was typed.
    pub(super) fn check(&self) -> Result<Draft, Vec<FieldError>> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(problem("i-name", "admin-tpl-error-name-missing"));
        } else if name.chars().count() > NAME_MAX_CHARS {
            problems.push(problem("i-name", "admin-tpl-error-name-long"));
        }
        let mut bodies = Vec::new();
        for (lang, text) in &self.bodies {
            let body = normalise(text);
            let field = format!("i-body-{}", lang.tag());
            if *lang == Lang::Sv && body.is_empty() {
                problems.push(problem(&field, "admin-tpl-error-sv-missing"));
            } else if body.chars().count() > MESSAGE_MAX_CHARS {
                problems.push(problem(&field, "admin-tpl-error-body-long"));
            } else if !body.is_empty() {
                bodies.push((*lang, body));
            }
        }
        if problems.is_empty() {
            Ok(Draft {
                name: name.to_owned(),
                bodies,
            })
        } else {
            Err(problems)
        }
    }
}

/// A problem with `field`, for the summary and the field.
pub(super) fn problem(field: &str, message_id: &'static str) -> FieldError {
    FieldError::new(field.to_owned(), message_id)
}

/// The edit page for template `id` (`None`: a new one), with `form`'s values and `problems`.
pub(super) fn edit_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: Option<&str>,
    form: &Form,
    problems: &[FieldError],
) -> Page {
    let path = id.map_or_else(
        || "/console/templates/new".to_owned(),
        |id| format!("/console/templates/{id}"),
    );
    let error_of = |field: &str| problems.iter().find(|p| p.field == field).map(|p| p.message_id);
    let fields: Vec<BodyField> = form
        .bodies
        .iter()
        .map(|(lang, text)| BodyField {
            tag: lang.tag(),
            dir: lang.dir(),
            endonym: lang.endonym(),
            text: text.clone(),
            error: error_of(&format!("i-body-{}", lang.tag())),
        })
        .collect();
    staff_page(state, user, headers, "console/template-edit.html", &path)
        .with("tpl_action", &path)
        .with("tpl_id", &id)
        .with("tpl_name", &form.name)
        .with("tpl_name_error", &error_of("i-name"))
        .with("tpl_fields", &fields)
        .with("tpl_errors", problems)
        .with("tpl_name_max", &NAME_MAX_CHARS)
        .with("tpl_body_max", &MESSAGE_MAX_CHARS)
}

// ---------------------------------------------------------------------------------------
// Handlers.
