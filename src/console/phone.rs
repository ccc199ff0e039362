//! `GET/POST /console/phone`: a call taken by a handler enters as an enquiry with channel
//! `phone`, triaged by the same engine and stored like any other, already claimed by the
//! handler who took it. `GET /console/phone/done/{ticket}` shows its receipt code once, so
//! the handler can read it to the caller, and links to the new case.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde_json::Value;

use crate::auth::{Permission, StaffUser};
use crate::crypto::{Column, Context};
use crate::enquiry::model;
use crate::enquiry::store;
use crate::enquiry::writer::{self, NewEnquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::not_saved::not_saved;
use crate::web::staff::{require, staff_page};
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/phone", get(show).post(submit))
        .route("/console/phone/done/{ticket}", get(done))
}

/// `GET /console/phone`.
async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let mut values = model::echo(&RawForm::default());
    values["language"] = Value::String(Lang::Sv.tag().to_owned());
    Ok(form_page(&state, &user, &headers, &values, &[]).render(&state))
}

/// `POST /console/phone`: the enquiry fields, with the notes of the call as `message`.
async fn submit(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let engine = state.engine();
    let parsed = model::parse_enquiry(&form, engine.directory(), Channel::Phone);
    // A call always has something to note: the notes are required whatever was ticked.
    let mut errors: Vec<FieldError> = parsed
        .as_ref()
        .err()
        .map(|e| {
            e.iter()
                .filter(|e| e.message_id != "error-message-or-contact")
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    if form.text("message").is_none() {
        errors.push(FieldError::new("message", "console-phone-error-notes"));
    }
    let input = match parsed {
        Ok(input) if errors.is_empty() => input,
        _ => {
            let page = form_page(&state, &user, &headers, &model::echo(&form), &errors);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
        }
    };
    let decision = engine.decide(&input.enquiry, state.clock().now());
    let lang = input.reply_lang();
    let new = NewEnquiry {
        input: &input,
        decision: &decision,
        lang,
        callback: None,
        claimed_by: Some(&user.user_id),
        chat_token_hash: None,
        browser: None,
    };
    let stored = match writer::store(&state, new).await {
        Ok(stored) => stored,
        Err(err) => {
            // Nothing was stored: the notes of the call stay on screen to save again.
            let page = form_page(&state, &user, &headers, &model::echo(&form), &[]);
            return Ok(not_saved(&state, page, &err, "phone enquiry"));
        }
    };
    state.metrics().enquiry_stored(Channel::Phone.as_str());
    // The phone_enquiry and claim audit records were committed with the enquiry.
    state
        .events()
        .publish(crate::events::Change::Assigned, &stored.id);
    Ok(Redirect::to(&format!("/console/phone/done/{}", stored.ticket)).into_response())
}

/// `GET /console/phone/done/{ticket}`: the receipt code, shown this once.
async fn done(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(ticket): Path<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let hash = state.keys().token_hash("handoff", ticket.as_bytes());
    let handoff = store::find_handoff(state.db(), &hash, state.clock().now_ms())
        .await?
        .ok_or(AppError::NotFound)?;
    let code = state.keys().open_string(
        &Context::new(Column::EnquiryHandoff, &handoff.id),
        &handoff.handoff_code_sealed,
    )?;
    // Shown once: after this the code exists only in the caller's hands.
    store::clear_handoff(state.db(), &hash).await?;
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/phone-done.html",
        "/console/phone",
    )
    .with("case_id", &handoff.id)
    .with("code", &code)
    .render(&state))
}

/// The phone form with the given values and errors.
fn form_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
) -> Page {
    let municipalities = crate::enquiry::model::municipality_choices(&state.directory());
    let languages = crate::enquiry::model::language_choices();
    staff_page(state, user, headers, "console/phone.html", "/console/phone")
        .with("values", values)
        .with("errors", errors)
        .with("bad", &errors.iter().map(|e| &*e.field).collect::<Vec<_>>())
        .with("municipalities", &municipalities)
        .with("call_languages", &languages)
        .with("message_max", &model::MESSAGE_MAX_CHARS)
}
