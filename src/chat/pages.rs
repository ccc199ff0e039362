//! The person's side over HTTP: the entry page (pre-chat step while open, the next
//! opening and the other ways in while closed), the chat page, and its forms. Every form
//! works without JavaScript (post, then the page again); `static/chat.js` makes the same
//! page live over the WebSocket.

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::hours;
use super::room::{self, PreChat, Refused, Side};
use super::socket::{self, Peer};
use super::store::{self, ChatRow};
use crate::clock::stockholm;
use crate::crypto::{Column, Context};
use crate::enquiry::model;
use crate::enquiry::questions::{Form, asked_on};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{AgeBand, Channel};
use crate::web::csrf::{self, CsrfToken};
use crate::web::ratelimit::ClientKey;
use crate::web::{CsrfForm, Page, RawForm};

/// `GET /{lang}/chat`.
pub(super) async fn entry(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    let now = state.clock().now();
    if hours::is_open(&state.config().chat, now) {
        let mut values = model::echo(&RawForm::default());
        values["language"] = Value::String(lang.tag().to_owned());
        start_page(&state, lang, &headers, &values, &[]).render(&state)
    } else {
        closed_page(&state, lang, now).render(&state)
    }
}

/// The pre-chat step, with the answers as given (`values`) and the fields in error.
fn start_page(state: &AppState, lang: Lang, headers: &HeaderMap, values: &Value, errors: &[&str]) -> Page {
    let languages = crate::enquiry::model::language_choices();
    let closes =
        hours::closes_at(&state.config().chat, state.clock().now()).map(|at| clock_of(stockholm(at)));
    Page::new(lang, "chat/start.html", "/chat")
        .with("chat_languages", &languages)
        .with("values", values)
        .with("errors", errors)
        .with("closes", &closes)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}

fn clock_of(at: OffsetDateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The page while closed: when it opens, and the form or a callback instead.
fn closed_page(state: &AppState, lang: Lang, now: OffsetDateTime) -> Page {
    let next = hours::next_opening(&state.config().chat, now).map(|at| {
        let local = stockholm(at);
        let today = stockholm(now).date();
        let mut args = FluentArgs::new();
        args.set("time", clock_of(local));
        args.set("day", local.day());
        args.set("month", u8::from(local.month()));
        let weekday = state.locales().text(
            lang,
            &format!("chat-weekday-{}", local.weekday().number_from_monday()),
            None,
        );
        args.set("weekday", weekday);
        let id = if local.date() == today {
            "chat-opens-today"
        } else if today.next_day() == Some(local.date()) {
            "chat-opens-tomorrow"
        } else {
            "chat-opens-on"
        };
        state.locales().text(lang, id, Some(&args))
    });
    Page::new(lang, "chat/closed.html", "/chat").with("next_opening", &next)
}

/// `POST /{lang}/chat` (fields `language` and the questions the chat asks first, all
/// optional): a wrong value is a 422 naming the field, with every answer kept.
pub(super) async fn start(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    if !hours::is_open(&state.config().chat, state.clock().now()) {
        return Ok(Redirect::to(&format!("/{}/chat", lang.tag())).into_response());
    }
    // Only the chat's own questions are read; opening a chat is asking to talk.
    let asked = asked_on(Form::ChatStart);
    let chosen = RawForm(
        form.0
            .iter()
            .filter(|(name, _)| name == "language" || asked.contains(&name.as_str()))
            .cloned()
            .chain([("wants_contact".to_owned(), "true".to_owned())])
            .collect(),
    );
    let parsed = model::parse_enquiry(&chosen, state.engine().directory(), Channel::Chat);
    let enquiry = match parsed {
        Ok(input) => input.enquiry,
        Err(errors) => {
            let fields: Vec<&str> = errors.iter().map(|e| &*e.field).collect();
            let page = start_page(&state, lang, &headers, &model::echo(&chosen), &fields);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
        }
    };
    let answers = PreChat {
        language: enquiry.language.as_deref().and_then(|t| t.parse::<Lang>().ok()),
        enquirer: enquiry.enquirer,
        writer_age_band: enquiry.writer_age_band,
        age_band: enquiry.age_band,
        risks: enquiry.risks,
    };
    let chat_lang = answers.language.unwrap_or(lang);
    // The form was checked against the CSRF cookie, so the browser has one: the chat is
    // bound to it.
    let browser = csrf::browser(&headers, state.config().http.cookie_secure)
        .ok_or(AppError::Forbidden("no CSRF cookie"))?;
    let started = room::start(&state, chat_lang, &answers, &browser).await?;
    let mut response = Redirect::to(&format!("/{}/chat/{}", chat_lang.tag(), started.token)).into_response();
    // For the waiting-chat cap and the flood view (crate::web::floods).
    response
        .extensions_mut()
        .insert(crate::web::floods::Created(started.id));
    Ok(response)
}

/// The open chat behind a token for this browser, after ending any idle chat; `None` when
/// the address is dead (ended, blocked, never given, or another browser's: the same
/// answer for each).
async fn chat_at(state: &AppState, headers: &HeaderMap, token: &str) -> Result<Option<ChatRow>, AppError> {
    room::expire_idle(state).await?;
    let browser = csrf::browser(headers, state.config().http.cookie_secure);
    Ok(room::by_token(state, token, browser.as_deref())
        .await?
        .filter(|chat| chat.status != "ended"))
}

/// Where the person goes once their chat has ended: a page without the chat's address.
fn ended_path(lang: Lang, reason: &str) -> String {
    format!("/{}/chat/ended?why={reason}", lang.tag())
}

/// `?why=` of the ended page: the reason the person's own action ended it.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Why {
    #[serde(default)]
    why: String,
}

/// `GET /{lang}/chat/ended`: the chat has ended (with why, when the person ended it
/// themselves); it can be read with the receipt code. Nothing of the chat is on it.
pub(super) async fn ended(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Query(why): Query<Why>,
) -> Response {
    let reason = ["person", "left_message", "callback"]
        .into_iter()
        .find(|r| *r == why.why)
        .unwrap_or("staff");
    gone_page(&state, lang, &headers, reason, "", StatusCode::OK)
}

/// The page of a dead chat address (`410`, or `200` at `/{lang}/chat/ended`): the chat
/// has ended and is read with the receipt code. A message typed into a chat that ended
/// meanwhile is not lost: it is shown in a form that sends it as a written message.
fn gone_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    reason: &str,
    typed: &str,
    status: StatusCode,
) -> Response {
    let text = state
        .locales()
        .text(lang, &format!("chat-ended-{}", reason.replace('_', "-")), None);
    Page::new(lang, "chat/gone.html", "/chat/ended")
        .with("ended_text", &text)
        .with("typed", typed)
        .with("message_max", &crate::enquiry::model::MESSAGE_MAX_CHARS)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
        .status(status)
        .render(state)
}

/// What the person typed and what was wrong with it.
#[derive(Default)]
struct Draft<'a> {
    text: &'a str,
    refused: Option<Refused>,
}

/// `GET /{lang}/chat/{token}`.
pub(super) async fn room(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(chat) = chat_at(&state, &headers, &token).await? else {
        return Ok(gone_page(&state, lang, &headers, "staff", "", StatusCode::GONE));
    };
    store::touch(state.db(), &chat.enquiry_id, state.clock().now_ms()).await?;
    room_page(
        &state,
        lang,
        &headers,
        &token,
        &chat,
        Draft::default(),
        StatusCode::OK,
    )
    .await
}

/// The chat page. An ended chat shows no transcript (the device keeps no trace).
async fn room_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: &str,
    chat: &ChatRow,
    draft: Draft<'_>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let standing = room::standing(state, chat, lang).await?;
    let ended = standing.status == "ended";
    let messages = if ended {
        Vec::new()
    } else {
        room::messages_after(state, &chat.enquiry_id, 0).await?
    };
    let code = match &chat.code_sealed {
        Some(sealed) => Some(
            state
                .keys()
                .open_string(&Context::new(Column::ChatCode, &chat.enquiry_id), sealed)?,
        ),
        None => None,
    };
    let (enquirer, young) = self_help(state, &chat.enquiry_id).await?;
    // The pre-chat answers' notices (112, 90101, BRIS, …) come first, while the chat lives.
    let urgent = if ended {
        Vec::new()
    } else {
        urgent(state, &chat.enquiry_id).await?
    };
    let error = draft.refused.as_ref().map(|r| r.text(state, lang));
    let last = messages.last().map_or(0, |m| m.seq);
    Ok(Page::new(lang, "chat/room.html", format!("/chat/{token}"))
        .with("token", token)
        .with("standing", &standing)
        .with("messages", &messages)
        .with("last_seq", &last)
        .with("code", &code)
        .with("help_enquirer", enquirer)
        .with("help_young", &young)
        .with("urgent", &urgent)
        .with("typed", draft.text)
        .with("error", &error)
        .with("message_max", &state.config().chat.message_max_chars)
        .with("idle_ms", &room::idle_ms(state))
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
        .status(status)
        .render(state))
}

/// The notices of the chat's decision the person acts on first (CONTRACT, "Public site").
async fn urgent(state: &AppState, id: &str) -> Result<Vec<&'static str>, AppError> {
    let Some(row) = crate::enquiry::store::case_row(state.db(), id).await? else {
        return Ok(Vec::new());
    };
    let decision = crate::intake::receipt::decision_of(state, id, &row.decision_sealed)?;
    Ok(crate::intake::receipt::urgent_of(&decision))
}

/// Who is writing and whether the person is under 18, from the pre-chat answers, to pick
/// the self-help shown while waiting.
async fn self_help(state: &AppState, id: &str) -> Result<(&'static str, bool), AppError> {
    let Some(input) = room::facts(state, id).await? else {
        return Ok(("", false));
    };
    let enquirer = input.enquiry.enquirer.map_or("", |e| e.as_str());
    let young = matches!(
        input.enquiry.age_band,
        Some(AgeBand::Under15 | AgeBand::From15To17)
    );
    Ok((enquirer, young))
}

/// `POST /{lang}/chat/{token}/message` (field `message`): 303 to the page, or the page
/// again with the text kept and what was wrong (422 size, 429 rate, 409 ended).
pub(super) async fn message(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let text = form.get("message").unwrap_or_default();
    let action = format!("/{}/chat/{token}/message", lang.tag());
    let chat = match chat_at(&state, &headers, &token).await {
        Ok(Some(chat)) => chat,
        Ok(None) => return Ok(gone_page(&state, lang, &headers, "staff", text, StatusCode::GONE)),
        Err(err) => return unsent(&state, lang, &headers, &token, &action, text, err),
    };
    match room::post(&state, &chat, Side::Person, None, text).await {
        Ok(_) => Ok(Redirect::to(&format!("/{}/chat/{token}#chat-form", lang.tag())).into_response()),
        Err(Refused::Failed(err)) => unsent(&state, lang, &headers, &token, &action, text, err),
        Err(refused) => {
            let status = refused.status();
            let draft = Draft {
                text,
                refused: Some(refused),
            };
            room_page(&state, lang, &headers, &token, &chat, draft, status).await
        }
    }
}

/// A message that could not be stored because the database is unavailable: a page that
/// needs no database, with the text in a form to send again (503). Other errors go to the
/// error page as usual.
fn unsent(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: &str,
    action: &str,
    text: &str,
    err: AppError,
) -> Result<Response, AppError> {
    let AppError::Unavailable(cause) = err else {
        return Err(err);
    };
    tracing::warn!(
        error = format!("{cause:#}"),
        "chat message not stored: database unavailable"
    );
    Ok(Page::new(lang, "chat/unsent.html", format!("/chat/{token}"))
        .with("token", token)
        .with("action", action)
        .with("typed", text)
        .with("message_max", &state.config().chat.message_max_chars)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
        .status(StatusCode::SERVICE_UNAVAILABLE)
        .render(state))
}

/// `POST /{lang}/chat/{token}/leave` (field `message`): "leave a message instead". What
/// was typed becomes a message of the enquiry, which stays in the queue as a written one;
/// the chat ends.
pub(super) async fn leave(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let text = form.get("message").unwrap_or_default();
    let action = format!("/{}/chat/{token}/leave", lang.tag());
    let chat = match chat_at(&state, &headers, &token).await {
        Ok(Some(chat)) => chat,
        Ok(None) => return Ok(gone_page(&state, lang, &headers, "staff", text, StatusCode::GONE)),
        Err(err) => return unsent(&state, lang, &headers, &token, &action, text, err),
    };
    if !text.trim().is_empty() {
        match room::post(&state, &chat, Side::Person, None, text).await {
            Ok(_) => {}
            Err(Refused::Failed(err)) => return unsent(&state, lang, &headers, &token, &action, text, err),
            Err(refused) => {
                let status = refused.status();
                let draft = Draft {
                    text,
                    refused: Some(refused),
                };
                return room_page(&state, lang, &headers, &token, &chat, draft, status).await;
            }
        }
    }
    room::end(&state, &chat.enquiry_id, "left_message").await?;
    Ok(Redirect::to(&ended_path(lang, "left_message")).into_response())
}

/// `POST /{lang}/chat/{token}/end`: the person ends the chat.
pub(super) async fn end(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    match chat_at(&state, &headers, &token).await? {
        Some(chat) => {
            room::end(&state, &chat.enquiry_id, "person").await?;
            Ok(Redirect::to(&ended_path(lang, "person")).into_response())
        }
        None => Ok(Redirect::to(&ended_path(lang, "staff")).into_response()),
    }
}

/// `POST /{lang}/chat/{token}/code-saved`: the person wrote the code down; it is no longer
/// shown or kept beside the chat.
pub(super) async fn code_saved(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let Some(chat) = chat_at(&state, &headers, &token).await? else {
        return Ok(Redirect::to(&ended_path(lang, "staff")).into_response());
    };
    store::clear_code(state.db(), &chat.enquiry_id).await?;
    Ok(Redirect::to(&format!("/{}/chat/{token}", lang.tag())).into_response())
}

/// `?after=N` of a WebSocket: the last sequence number the client has.
#[derive(Debug, Deserialize)]
pub(super) struct After {
    #[serde(default)]
    after: i64,
}

/// `GET /{lang}/chat/{token}/ws?after=N`: the live chat.
pub(super) async fn live(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientKey,
    headers: HeaderMap,
    Path((_, token)): Path<(String, String)>,
    Query(after): Query<After>,
    ws: WebSocketUpgrade,
) -> Result<Response, AppError> {
    if !socket::same_origin(&headers) {
        return Err(AppError::Forbidden("cross-site WebSocket"));
    }
    // A dead address is refused before anything of the chat is read or sent.
    let Some(chat) = chat_at(&state, &headers, &token).await? else {
        return Ok(StatusCode::GONE.into_response());
    };
    let limit = state.config().chat.connections_per_source;
    let guard = super::hub(&state)
        .connect(&(super::instance_key(&state), client), limit)
        .ok_or(AppError::RateLimited)?;
    let peer = Peer {
        chat_id: chat.enquiry_id,
        side: Side::Person,
        lang,
        after: after.after,
        user_id: None,
        session_id: None,
    };
    Ok(socket::upgrade(ws, state, peer, guard))
}
