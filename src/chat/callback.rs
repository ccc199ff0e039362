//! "Call me instead": a waiting person asks to be called back rather than wait. The same
//! wishes as the public callback form (number, safe times, voicemail, whether the caller
//! may say who they are, code word, language and interpreter) and a few words; what they
//! said before the chat (the pre-chat answers and the triage) carries over, because the
//! wishes are stored on the chat's own enquiry, and the chat ends with reason `callback`
//! in the same commit. Handlers find it among the callbacks like any other.
//!
//! Routes: `GET/POST /{lang}/chat/{token}/callback`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;

use super::room;
use super::store::ChatRow;
use crate::crypto::{Column, Context};
use crate::enquiry::callback::{echo, parse_wishes, with_wish_choices};
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::enquiry::seal::{flags_column, seal_callback};
use crate::enquiry::store::{Switch, switch_to_callback};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Decision, Wishes};
use crate::web::csrf::CsrfToken;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// The chat page's address.
fn chat_path(lang: Lang, token: &str) -> String {
    format!("/{}/chat/{token}", lang.tag())
}

/// The form, with what was typed and what was wrong.
fn form_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: &str,
    values: &Value,
    errors: &[FieldError],
) -> Page {
    let page = Page::new(lang, "chat/callback.html", format!("/chat/{token}/callback"))
        .with("token", token)
        .with("values", values)
        .with("errors", errors)
        .with("bad", &errors.iter().map(|e| &*e.field).collect::<Vec<_>>())
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure));
    with_wish_choices(page)
}

/// What the switch stores besides the wishes: the enquiry's facts again, sealed, when
/// the language to be called in changed, and the engine's decision made again with the
/// callback wish (as the public callback form decides), sealed.
struct Decided {
    facts_sealed: Option<Vec<u8>>,
    decision: Decision,
    decision_sealed: Vec<u8>,
}

/// Decides the chat's enquiry again with `wishes`, and with `chosen` (when given) as the
/// language to be called in.
async fn decide_again(
    state: &AppState,
    id: &str,
    chosen: Option<Lang>,
    wishes: Wishes,
) -> Result<Decided, AppError> {
    let mut input = room::facts(state, id).await?.ok_or(AppError::NotFound)?;
    let keys = state.keys();
    let facts_sealed = match chosen {
        Some(chosen) if input.enquiry.language.as_deref() != Some(chosen.tag()) => {
            input.enquiry.language = Some(chosen.tag().to_owned());
            let json = serde_json::to_vec(&input).map_err(anyhow::Error::from)?;
            Some(keys.seal(&Context::new(Column::EnquiryFacts, id), &json))
        }
        _ => None,
    };
    let decision = state
        .engine()
        .decide_with(&input.enquiry, wishes, state.clock().now());
    let json = serde_json::to_vec(&decision).map_err(anyhow::Error::from)?;
    let decision_sealed = keys.seal(&Context::new(Column::EnquiryDecision, id), &json);
    Ok(Decided {
        facts_sealed,
        decision,
        decision_sealed,
    })
}

/// Nothing was stored: the form again, as typed, and what to do now.
fn not_saved(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: &str,
    form: &RawForm,
    err: &AppError,
) -> Response {
    let page = form_page(state, lang, headers, token, &echo(form), &[]);
    crate::web::not_saved::not_saved(state, page, err, "chat callback")
}

/// The chat behind a token while it waits; otherwise where the person should be instead.
async fn waiting_chat(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: &str,
) -> Result<Result<ChatRow, Response>, AppError> {
    room::expire_idle(state).await?;
    let browser = crate::web::csrf::browser(headers, state.config().http.cookie_secure);
    let Some(chat) = room::by_token(state, token, browser.as_deref()).await? else {
        // Ended: the address is dead.
        let ended = format!("/{}/chat/ended", lang.tag());
        return Ok(Err(Redirect::to(&ended).into_response()));
    };
    if chat.status == "waiting" {
        Ok(Ok(chat))
    } else {
        // Answered or ended meanwhile: the chat page says which.
        Ok(Err(Redirect::to(&chat_path(lang, token)).into_response()))
    }
}

/// `GET /{lang}/chat/{token}/callback`.
pub(super) async fn show(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let chat = match waiting_chat(&state, lang, &headers, &token).await? {
        Ok(chat) => chat,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let mut values = echo(&RawForm::default());
    values["language"] = Value::String(chat.lang);
    values["voicemail_ok"] = Value::String("false".to_owned());
    values["may_say_who"] = Value::String("false".to_owned());
    Ok(form_page(&state, lang, &headers, &token, &values, &[]).render(&state))
}

/// `POST /{lang}/chat/{token}/callback`: 303 to the chat page (which then says a call
/// will come), or the form again with everything typed and what was wrong.
pub(super) async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let chat = match waiting_chat(&state, lang, &headers, &token).await {
        Ok(Ok(chat)) => chat,
        Ok(Err(elsewhere)) => return Ok(elsewhere),
        Err(err @ AppError::Unavailable(_)) => {
            return Ok(not_saved(&state, lang, &headers, &token, &form, &err));
        }
        Err(err) => return Err(err),
    };
    let message = form.text("message");
    let (wishes, mut errors) = match parse_wishes(&form) {
        Ok(wishes) => (Some(wishes), Vec::new()),
        Err(errors) => (None, errors),
    };
    if message.is_some_and(|m| m.chars().count() > MESSAGE_MAX_CHARS) {
        errors.push(FieldError::new("message", "error-message-too-long"));
    }
    // The language to be called in (the public form keeps it as the enquiry's language).
    let call_lang = form.text("language").and_then(|tag| match tag.parse::<Lang>() {
        Ok(chosen) => Some(chosen),
        Err(_) => {
            errors.push(FieldError::new("language", "error-choose-option"));
            None
        }
    });
    let Some(wishes) = wishes.filter(|_| errors.is_empty()) else {
        let page = form_page(&state, lang, &headers, &token, &echo(&form), &errors);
        return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
    };
    let id = chat.enquiry_id.as_str();
    let keys = state.keys();
    let wished = wishes.as_callback();
    let callback = seal_callback(keys, id, &wished)?;
    let message_id = uuid::Uuid::new_v4().to_string();
    let sealed = message.map(|m| keys.seal_str(&Context::new(Column::MessageBody, &message_id), m));
    // The interpreter wish is no enquiry fact but the rules read it (`needs_interpreter`).
    let wishes = Wishes {
        interpreter_wanted: wished.interpreter_language.is_some(),
    };
    let decided = match decide_again(&state, id, call_lang, wishes).await {
        Ok(decided) => decided,
        Err(err @ AppError::Unavailable(_)) => {
            return Ok(not_saved(&state, lang, &headers, &token, &form, &err));
        }
        Err(err) => return Err(err),
    };
    let flags = flags_column(keys, &decided.decision.flags);
    let switch = Switch {
        flags: &flags,
        facts_sealed: decided.facts_sealed.as_deref(),
        callback: &callback,
        message: sealed.as_deref().map(|s| (message_id.as_str(), s)),
        decision: &decided.decision,
        decision_sealed: &decided.decision_sealed,
    };
    match switch_to_callback(state.db(), id, &switch, state.clock().now_ms()).await {
        Ok(true) => {
            room::announce_end(&state, id, "callback");
            let ended = format!("/{}/chat/ended?why=callback", lang.tag());
            return Ok(Redirect::to(&ended).into_response());
        }
        // Answered meanwhile: nothing stored; the chat page shows the handler.
        Ok(false) => {}
        Err(err) => {
            let err = AppError::from(err);
            return Ok(not_saved(&state, lang, &headers, &token, &form, &err));
        }
    }
    Ok(Redirect::to(&chat_path(lang, &token)).into_response())
}
