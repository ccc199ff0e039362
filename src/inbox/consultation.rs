//! `GET/POST /inbox/consultation`: a municipality asks the contact point for advice on a
//! case, or sends it a case of its own. It enters the console queue like any enquiry —
//! channel `municipality`, enquirer a professional at a municipality — triaged by the same
//! engine and stored by the same writer. `GET /inbox/consultation/done/{ticket}` shows its
//! receipt code once: with it the municipality reads the contact point's answer on the
//! public receipt page.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use serde_json::Value;

use super::store;
use super::user::{InboxUser, inbox_page};
use crate::audit::{self, Action};
use crate::crypto::{Column, Context};
use crate::enquiry::model;
use crate::enquiry::questions::{self, Form};
use crate::enquiry::store as enquiry_store;
use crate::enquiry::writer::{self, NewEnquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Channel, EnquiryType};
use crate::web::not_saved::not_saved;
use crate::web::staff::local;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// What the municipality sends.
const KINDS: [&str; 2] = ["consultation", "case"];

/// Consultations listed under the form.
const LISTED: i64 = 20;

/// `GET /inbox/consultation`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let mut values = model::echo(&RawForm::default());
    values["language"] = Value::String(Lang::Sv.tag().to_owned());
    values["kind"] = Value::String(KINDS[0].to_owned());
    Ok(form_page(&state, &user, &headers, &values, &[])
        .await?
        .render(&state))
}

/// The submitted form with the sender's side fixed: a professional at a municipality.
fn as_municipality(form: &RawForm) -> RawForm {
    let mut fields: Vec<(String, String)> = form
        .0
        .iter()
        .filter(|(name, _)| name != "enquirer" && name != "professional_org")
        .cloned()
        .collect();
    fields.push(("enquirer".to_owned(), "professional".to_owned()));
    fields.push(("professional_org".to_owned(), "municipality".to_owned()));
    RawForm(fields)
}

/// What a consultation asks for (`enquiry_type`): advice about a person or on how to work
/// as chosen, advice about a person when not said; a case sent is a case and asks for no
/// advice (choosing one for it is an error, not silently dropped). The form's other
/// fields stay as given.
fn with_type(form: &RawForm, kind: Option<&str>) -> (RawForm, Option<FieldError>) {
    let offered = questions::question("enquiry_type")
        .map(|q| q.choices_on(Some(Form::Consultation)))
        .unwrap_or_default();
    let given = form.text("enquiry_type");
    let (value, error) = match (kind, given) {
        (Some("case"), None) => (Some("case"), None),
        (Some("case"), Some(_)) => (
            None,
            Some(FieldError::new(
                "enquiry_type",
                "inbox-consultation-error-type-case",
            )),
        ),
        (_, None) => (Some("consultation"), None),
        (_, Some(v)) if offered.contains(&v) => (Some(v), None),
        // A kind of enquiry a consultation does not offer.
        (_, Some(v)) if v.parse::<EnquiryType>().is_ok() => {
            (None, Some(FieldError::new("enquiry_type", "error-choose-option")))
        }
        // An unknown value: the parse names it.
        (_, Some(v)) => (Some(v), None),
    };
    let mut fields: Vec<(String, String)> = form
        .0
        .iter()
        .filter(|(name, _)| name != "enquiry_type")
        .cloned()
        .collect();
    if let Some(value) = value {
        fields.push(("enquiry_type".to_owned(), value.to_owned()));
    }
    (RawForm(fields), error)
}

/// `POST /inbox/consultation`: `kind` (`consultation` or `case`), what the consultation
/// asks for (`enquiry_type`), the enquiry fields about the person concerned, and
/// `message` (required).
pub(super) async fn submit(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let form = as_municipality(&form);
    let kind = KINDS.into_iter().find(|k| form.get("kind") == Some(*k));
    let (typed, type_error) = with_type(&form, kind);
    let engine = state.engine();
    let parsed = model::parse_enquiry(&typed, engine.directory(), Channel::Municipality);
    // A consultation always says what it is about: the message is required.
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
    errors.extend(type_error);
    if kind.is_none() {
        errors.push(FieldError::new("kind", "error-choose-option"));
    }
    if form.text("message").is_none() {
        errors.push(FieldError::new("message", "inbox-consultation-error-message"));
    }
    let (input, kind) = match (parsed, kind) {
        (Ok(input), Some(kind)) if errors.is_empty() => (input, kind),
        _ => {
            let page = form_page(&state, &user, &headers, &model::echo(&form), &errors).await?;
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
        claimed_by: None,
        chat_token_hash: None,
        browser: None,
    };
    let stored = match writer::store(&state, new).await {
        Ok(stored) => stored,
        Err(err) => {
            // Nothing was stored: what was written stays on screen to send again. The
            // list of what was sent can wait while the database is away; the form cannot.
            let sent = sent_by(&state, &user).await.unwrap_or_default();
            let page = form_with(&state, &user, &headers, &model::echo(&form), &[], &sent);
            return Ok(not_saved(&state, page, &err, "consultation"));
        }
    };
    state.metrics().enquiry_stored(Channel::Municipality.as_str());
    let now = state.clock().now_ms();
    let (me, case) = (user.user.user_id.as_str(), Some(stored.id.as_str()));
    crate::transact!(state.db(), |tx| {
        store::insert_consultation(tx, &stored.id, me, kind, now).await?;
        // The closest recorded action: an enquiry entered by a signed-in user.
        audit::append_tx(tx, now, me, Action::PhoneEnquiry, case, "inbox_consultation").await
    })?;
    Ok(Redirect::to(&format!("/inbox/consultation/done/{}", stored.ticket)).into_response())
}

/// `GET /inbox/consultation/done/{ticket}`: the receipt code, shown this once.
pub(super) async fn done(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    Path(ticket): Path<String>,
) -> Result<Response, AppError> {
    let hash = state.keys().token_hash("handoff", ticket.as_bytes());
    let handoff = enquiry_store::find_handoff(state.db(), &hash, state.clock().now_ms())
        .await?
        .ok_or(AppError::NotFound)?;
    let code = state.keys().open_string(
        &Context::new(Column::EnquiryHandoff, &handoff.id),
        &handoff.handoff_code_sealed,
    )?;
    // Shown once: after this the code exists only in the sender's hands.
    enquiry_store::clear_handoff(state.db(), &hash).await?;
    Ok(inbox_page(
        &state,
        &user,
        &headers,
        "inbox/consultation-done.html",
        "/inbox/consultation",
    )
    .with("page", "consultation")
    .with("code", &code)
    .render(&state))
}

/// One consultation this user sent, as listed under the form.
#[derive(Serialize)]
struct Sent {
    kind: String,
    at: String,
    status: String,
}

/// The consultation form with the given values and errors, and what this user sent.
async fn form_page(
    state: &AppState,
    user: &InboxUser,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
) -> Result<Page, AppError> {
    let sent = sent_by(state, user).await?;
    Ok(form_with(state, user, headers, values, errors, &sent))
}

/// The consultations this user sent, newest first, as listed under the form.
async fn sent_by(state: &AppState, user: &InboxUser) -> Result<Vec<Sent>, AppError> {
    Ok(store::consultations_of(state.db(), &user.user.user_id, LISTED)
        .await?
        .into_iter()
        .map(|c| Sent {
            kind: c.kind,
            at: local(c.created_at),
            status: c.status,
        })
        .collect())
}

/// The consultation form with the given values, errors and list of what was sent.
fn form_with(
    state: &AppState,
    user: &InboxUser,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
    sent: &[Sent],
) -> Page {
    let municipalities: Vec<Value> = state
        .directory()
        .municipalities()
        .iter()
        .map(|m| serde_json::json!({ "code": m.code.as_str(), "name": m.name }))
        .collect();
    let languages: Vec<Value> = Lang::ALL
        .into_iter()
        .map(|l| serde_json::json!({ "tag": l.tag(), "name": l.endonym() }))
        .collect();
    inbox_page(
        state,
        user,
        headers,
        "inbox/consultation.html",
        "/inbox/consultation",
    )
    .with("page", "consultation")
    .with("values", values)
    .with("errors", errors)
    .with("bad", &errors.iter().map(|e| &*e.field).collect::<Vec<_>>())
    .with("kinds", &KINDS)
    .with("municipalities", &municipalities)
    .with("call_languages", &languages)
    .with("message_max", &model::MESSAGE_MAX_CHARS)
    .with("sent", &sent)
}
