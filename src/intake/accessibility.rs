//! `GET/POST /{lang}/accessibility`: the accessibility statement and the form to report a
//! problem (required of public-sector sites by the Swedish DOS law).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Serialize;

use super::store;
use crate::crypto::{Column, Context};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::deadline::write_within;
use crate::web::not_saved::not_saved;
use crate::web::{CsrfForm, FieldError, Page};

/// Field limits, in characters.
const PROBLEM_MAX: usize = 4000;
const SHORT_MAX: usize = 300;

#[derive(Default, Serialize)]
struct ReportForm {
    problem: String,
    page_url: String,
    contact: String,
}

/// `GET /{lang}/accessibility`.
pub(super) async fn show(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    page(&state, lang, &headers, &ReportForm::default(), &[], false).render(&state)
}

/// `POST /{lang}/accessibility`.
pub(super) async fn report(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let report = ReportForm {
        problem: form.get("problem").unwrap_or_default().to_owned(),
        page_url: form.get("page_url").unwrap_or_default().to_owned(),
        contact: form.get("contact").unwrap_or_default().to_owned(),
    };
    let mut errors = Vec::new();
    let mut fail = |field: &'static str, id: &'static str| errors.push(FieldError::new(field, id));
    match report.problem.trim().chars().count() {
        0 => fail("problem", "error-problem-empty"),
        n if n > PROBLEM_MAX => fail("problem", "error-text-too-long"),
        _ => {}
    }
    if report.page_url.chars().count() > SHORT_MAX {
        fail("page_url", "error-text-too-long");
    }
    if report.contact.chars().count() > SHORT_MAX {
        fail("contact", "error-text-too-long");
    }
    if !errors.is_empty() {
        return Ok(page(&state, lang, &headers, &report, &errors, false)
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(&state));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let json = serde_json::to_vec(&report).map_err(anyhow::Error::from)?;
    let sealed = state
        .keys()
        .seal(&Context::new(Column::AccessibilityReport, &id), &json);
    let insert = async {
        store::insert_accessibility_report(state.db(), &id, state.clock().now_ms(), lang.tag(), &sealed)
            .await
            .map_err(AppError::from)
    };
    if let Err(err) = write_within(&state, insert).await {
        let again = page(&state, lang, &headers, &report, &[], false);
        return Ok(not_saved(&state, again, &err, "accessibility report"));
    }
    tracing::info!(report.id = %id, "accessibility report stored");
    Ok(page(&state, lang, &headers, &ReportForm::default(), &[], true).render(&state))
}

fn page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    form: &ReportForm,
    errors: &[FieldError],
    sent: bool,
) -> Page {
    Page::new(lang, "pages/accessibility.html", "/accessibility")
        .with("form", form)
        .with("errors", errors)
        .with("sent", &sent)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
