//! Receipt codes: storing an enquiry under a new code, the one-time hand-off page that
//! shows the code until the person confirms they saved it, the look-up page and
//! follow-up messages.
//!
//! The code is never in a URL, a log or an e-mail. The hand-off address carries a random
//! ticket instead, valid for [`crate::enquiry::writer::HANDOFF_TTL_MS`], only in the
//! browser that sent the form (bound to its CSRF cookie), and cleared on confirmation.
//!
//! A look-up (or a follow-up) is post-redirect-get: the post leaves a short-lived,
//! sealed ticket in an `HttpOnly` cookie bound to the browser's CSRF cookie, and
//! `GET /{lang}/receipt/case` shows the case once and clears it. So Back, a reload or the
//! history never shows the case again: they lead to the look-up form.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use time::macros::format_description;

use super::answer::when_answered;
use crate::clock::{from_unix_ms, stockholm};
use crate::crypto::{Column, Context, ReceiptCode};
use crate::directory::OpeningHours;
use crate::enquiry::model::{EnquiryInput, MESSAGE_MAX_CHARS};
use crate::enquiry::store;
use crate::enquiry::vocab::{Author, Status};
use crate::enquiry::writer::handoff_hash;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Decision, Notice};
use crate::web::csrf::{self, CsrfToken};
use crate::web::deadline::write_within;
use crate::web::kept::{Why, kept};
use crate::web::not_saved;
use crate::web::ratelimit::ClientKey;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// The code behind a live hand-off ticket, for the browser that sent the form only (any
/// other gets 404).
async fn handoff_code(
    state: &AppState,
    headers: &HeaderMap,
    ticket: &str,
) -> Result<(String, String), AppError> {
    let browser = csrf::browser(headers, state.config().http.cookie_secure).ok_or(AppError::NotFound)?;
    let hash = handoff_hash(state.keys(), ticket, Some(&browser));
    let handoff = store::find_handoff(state.db(), &hash, state.clock().now_ms())
        .await?
        .ok_or(AppError::NotFound)?;
    let context = Context::new(Column::EnquiryHandoff, &handoff.id);
    let code = state.keys().open_string(&context, &handoff.handoff_code_sealed)?;
    Ok((handoff.id, code))
}

/// The notices of enquiry `id`'s decision in force (`decision_sealed`) that the person
/// must act on before anything else (CONTRACT, "Public site"), in the order the page shows
/// them: danger (112) first, then Självmordslinjen (90101) for thoughts of suicide, the
/// lines for children and for violence, then the municipality's out-of-hours social
/// services. The staff-only notices (`placing_municipality`, `find_psychiatry`, …) are
/// never among them: they are shown on the console's case page only.
fn urgent_notices(state: &AppState, id: &str, decision_sealed: &[u8]) -> Result<Vec<&'static str>, AppError> {
    Ok(urgent_of(&decision_of(state, id, decision_sealed)?))
}

/// The decision in force of enquiry `id`, opened.
pub(crate) fn decision_of(state: &AppState, id: &str, decision_sealed: &[u8]) -> Result<Decision, AppError> {
    let sealed = state
        .keys()
        .open(&Context::new(Column::EnquiryDecision, id), decision_sealed)
        .map_err(anyhow::Error::from)?;
    Ok(serde_json::from_slice(&sealed).map_err(anyhow::Error::from)?)
}

/// The notices of `decision` the person acts on first (see [`urgent_notices`]).
pub(crate) fn urgent_of(decision: &Decision) -> Vec<&'static str> {
    const SHOWN: [Notice; 5] = [
        Notice::Call112,
        Notice::Call90101,
        Notice::CallBris,
        Notice::CallKvinnofridslinjen,
        Notice::CallSocialjour,
    ];
    SHOWN
        .into_iter()
        .filter(|n| decision.has_notice(*n))
        .map(|n| n.as_str())
        .collect()
}

/// `GET /{lang}/enquiry/sent/{ticket}`: the code, with ways to keep it.
pub(super) async fn handoff(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, ticket)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (id, code) = handoff_code(&state, &headers, &ticket).await?;
    let row = store::case_row(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let decision = decision_of(&state, &id, &row.decision_sealed)?;
    let site = &state.config().site;
    // Checked at start (config validation), so the fallback never applies in service.
    let reads = OpeningHours::parse(&site.read_hours).unwrap_or(OpeningHours::Always);
    let answered = when_answered(
        decision.priority,
        &reads,
        state.clock().now(),
        site.reply_working_days,
    );
    Ok(Page::new(lang, "intake/sent.html", "/enquiry")
        .with("urgent", &urgent_of(&decision))
        .with("answered", &answered)
        .with("priority", decision.priority.as_str())
        .with("code", &code)
        .with("ticket", &ticket)
        .csrf(CsrfToken::for_request(
            &headers,
            state.config().http.cookie_secure,
        ))
        .render(&state))
}

/// `GET /{lang}/enquiry/sent/{ticket}/code.txt`: the code as a small text file.
pub(super) async fn download(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, ticket)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (_, code) = handoff_code(&state, &headers, &ticket).await?;
    let locales = state.locales();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("code", code);
    let text = locales.text(lang, "sent-file-text", Some(&args));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            // A neutral file name: a saved file should not say what it is about.
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"note.txt\""),
            ),
        ],
        text.replace(['\u{2068}', '\u{2069}'], ""),
    )
        .into_response())
}

/// `POST /{lang}/enquiry/sent/{ticket}`: "I have written down my code".
pub(super) async fn confirm_saved(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((_, ticket)): Path<(String, String)>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    let browser = csrf::browser(&headers, state.config().http.cookie_secure).ok_or(AppError::NotFound)?;
    let hash = handoff_hash(state.keys(), &ticket, Some(&browser));
    store::clear_handoff(state.db(), &hash).await?;
    Ok(Redirect::to(&format!("/{}/enquiry/saved", lang.tag())).into_response())
}

/// `GET /{lang}/enquiry/saved`.
pub(super) async fn saved(State(state): State<AppState>, lang: Lang) -> Response {
    Page::new(lang, "intake/saved.html", "/enquiry/saved").render(&state)
}

/// `GET /{lang}/receipt`.
pub(super) async fn lookup_form(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    lookup_page(&state, lang, &headers, "", None).render(&state)
}

fn lookup_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    code: &str,
    error: Option<&'static str>,
) -> Page {
    Page::new(lang, "intake/receipt.html", "/receipt")
        .with("code", code)
        .with("error", &error)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}

/// How long the ticket of a look-up may wait for its page (the redirect follows at once).
const VIEW_TTL_MS: i64 = 2 * 60 * 1000;

/// The cookie that carries a look-up's ticket to `GET /{lang}/receipt/case`.
fn view_cookie_name(secure: bool) -> &'static str {
    if secure { "__Secure-kp_case" } else { "kp_case" }
}

/// The place a look-up ticket is sealed for: this browser (its CSRF token) only.
fn view_context(browser: &str) -> Context {
    Context::new(Column::EnquiryHandoff, &format!("view:{browser}"))
}

/// The answer to a look-up or follow-up that found the case: `303` to the case page,
/// with the sealed ticket (code, what to say, until when) in a cookie only that page
/// reads. Without a CSRF cookie (cannot happen after a checked form) the look-up form.
fn to_case(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    found: &Found,
    notice: Option<&str>,
) -> Response {
    let secure = state.config().http.cookie_secure;
    let Some(browser) = csrf::browser(headers, secure) else {
        return Redirect::to(&format!("/{}/receipt", lang.tag())).into_response();
    };
    let until = state.clock().now_ms() + VIEW_TTL_MS;
    let plain = format!(
        "{until}\n{}\n{}",
        notice.unwrap_or(""),
        found.code.expose_grouped()
    );
    let sealed = state.keys().seal_str(&view_context(&browser), &plain);
    let value = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, sealed);
    let attrs = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{}={value}; Path=/{}/receipt/case; Max-Age={}; HttpOnly; SameSite=Strict{attrs}",
        view_cookie_name(secure),
        lang.tag(),
        VIEW_TTL_MS / 1000
    );
    let mut response = Redirect::to(&format!("/{}/receipt/case", lang.tag())).into_response();
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// The code and notice of this browser's live look-up ticket, if any.
fn view_ticket(state: &AppState, headers: &HeaderMap) -> Option<(ReceiptCode, Option<&'static str>)> {
    let secure = state.config().http.cookie_secure;
    let browser = csrf::browser(headers, secure)?;
    let value = csrf::read_cookie(headers, view_cookie_name(secure))?;
    let sealed = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, value).ok()?;
    let plain = state.keys().open_string(&view_context(&browser), &sealed).ok()?;
    let mut parts = plain.splitn(3, '\n');
    let until: i64 = parts.next()?.parse().ok()?;
    let notice = match parts.next()? {
        "receipt-message-added" => Some("receipt-message-added"),
        _ => None,
    };
    let code = ReceiptCode::parse(parts.next()?)?;
    (until > state.clock().now_ms()).then_some((code, notice))
}

/// `GET /{lang}/receipt/case`: the case of this browser's look-up, shown once (the
/// ticket is cleared with this answer); without a live ticket, `303` to the look-up form.
pub(super) async fn case(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let found = match view_ticket(&state, &headers) {
        Some((code, notice)) => found_by_code(&state, code).await?.map(|found| (found, notice)),
        None => None,
    };
    let mut response = match found {
        Some((found, notice)) => {
            let view = StatusView {
                notice,
                ..StatusView::default()
            };
            status_page(&state, lang, &headers, &found, view).await?
        }
        None => Redirect::to(&format!("/{}/receipt", lang.tag())).into_response(),
    };
    let secure = state.config().http.cookie_secure;
    let attrs = if secure { "; Secure" } else { "" };
    let clear = format!(
        "{}=; Path=/{}/receipt/case; Max-Age=0; HttpOnly; SameSite=Strict{attrs}",
        view_cookie_name(secure),
        lang.tag()
    );
    if let Ok(clear) = HeaderValue::from_str(&clear) {
        response.headers_mut().append(header::SET_COOKIE, clear);
    }
    Ok(response)
}

/// `POST /{lang}/receipt` (field `code`): 303 to the case page, 404 unknown, 429 too often.
pub(super) async fn lookup(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientKey,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let typed = form.get("code").unwrap_or_default();
    let Some(found) = find_enquiry(&state, client, typed).await? else {
        return Ok(
            lookup_page(&state, lang, &headers, typed, Some("receipt-unknown"))
                .status(StatusCode::NOT_FOUND)
                .render(&state),
        );
    };
    Ok(to_case(&state, lang, &headers, &found, None))
}

/// `POST /{lang}/receipt/message` (fields `code`, `message`): a follow-up from the person.
pub(super) async fn follow_up(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientKey,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let typed = form.get("code").unwrap_or_default();
    // Whatever fails from here on, the page that says so keeps the text (`follow_up_kept`).
    let found = match find_enquiry(&state, client, typed).await {
        Ok(found) => found,
        Err(err) => return Ok(follow_up_kept(&state, lang, &headers, &form, &err)),
    };
    let Some(found) = found else {
        return Ok(
            lookup_page(&state, lang, &headers, typed, Some("receipt-unknown"))
                .status(StatusCode::NOT_FOUND)
                .render(&state),
        );
    };
    let text = form.get("message").unwrap_or_default();
    let problem = match text.trim().chars().count() {
        0 => Some("error-message-empty"),
        n if n > MESSAGE_MAX_CHARS => Some("error-message-too-long"),
        _ => None,
    };
    if let Some(message_id) = problem {
        let view = StatusView {
            draft: text,
            errors: vec![FieldError::new("message", message_id)],
            notice: None,
        };
        let response = status_page(&state, lang, &headers, &found, view).await?;
        let (mut parts, body) = response.into_parts();
        parts.status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(Response::from_parts(parts, body));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(&Context::new(Column::MessageBody, &id), text.trim());
    let add = async {
        store::add_message(
            state.db(),
            &id,
            &found.id,
            Author::Person,
            &sealed,
            state.clock().now_ms(),
        )
        .await
        .map_err(AppError::from)
    };
    if let Err(err) = write_within(&state, add).await {
        return Ok(follow_up_kept(&state, lang, &headers, &form, &err));
    }
    state.events().publish(crate::events::Change::Updated, &found.id);
    tracing::info!(enquiry.id = %found.id, "follow-up stored");
    Ok(to_case(
        &state,
        lang,
        &headers,
        &found,
        Some("receipt-message-added"),
    ))
}

/// A follow-up that could not be confirmed stored, again with its text: not the case
/// page, which needs the database itself.
fn follow_up_kept(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    form: &RawForm,
    err: &AppError,
) -> Response {
    let status = not_saved::status_of(err, "follow-up");
    let why = match err {
        AppError::Unconfirmed(_) => Why {
            title: "form-unconfirmed-title",
            reason: not_saved::UNCONFIRMED_NO_CODE,
            minutes: 0,
        },
        _ => Why {
            title: "form-not-saved-title",
            reason: not_saved::NOTICE,
            minutes: 0,
        },
    };
    let action = format!("/{}/receipt/message", lang.tag());
    kept(state, lang, headers, &action, &form.0, why, status)
}

/// Finds the enquiry for a typed code, counting the attempt against the client's limit.
async fn find_enquiry(state: &AppState, client: ClientKey, typed: &str) -> Result<Option<Found>, AppError> {
    if let Err(limited) = state.receipt_limiter().check(client) {
        state.metrics().receipt_lookup("limited");
        return Err(limited);
    }
    let Some(code) = ReceiptCode::parse(typed) else {
        state.metrics().receipt_lookup("malformed");
        return Ok(None);
    };
    let found = found_by_code(state, code).await?;
    state
        .metrics()
        .receipt_lookup(if found.is_some() { "found" } else { "unknown" });
    Ok(found)
}

/// The enquiry of a well-formed code, opened (no limit counted: see [`find_enquiry`]).
async fn found_by_code(state: &AppState, code: ReceiptCode) -> Result<Option<Found>, AppError> {
    let Some(row) = store::find_by_receipt(state.db(), &state.keys().receipt_hashes(&code)).await? else {
        return Ok(None);
    };
    let facts: EnquiryInput = serde_json::from_slice(
        &state
            .keys()
            .open(&Context::new(Column::EnquiryFacts, &row.id), &row.facts_sealed)
            .map_err(anyhow::Error::from)?,
    )
    .map_err(anyhow::Error::from)?;
    Ok(Some(Found {
        id: row.id,
        created_at: row.created_at,
        status: row.status,
        code,
        first: facts.enquiry.message,
        decision_sealed: row.decision_sealed,
    }))
}

/// An enquiry found by its code.
struct Found {
    id: String,
    created_at: i64,
    status: Status,
    code: ReceiptCode,
    first: Option<String>,
    decision_sealed: Vec<u8>,
}

/// What the status page shows besides the conversation.
#[derive(Default)]
struct StatusView<'a> {
    draft: &'a str,
    errors: Vec<FieldError>,
    notice: Option<&'static str>,
}

#[derive(Serialize)]
struct MessageView {
    author: &'static str,
    at: String,
    text: String,
}

fn local_time(ms: i64) -> String {
    stockholm(from_unix_ms(ms))
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

async fn status_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    found: &Found,
    view: StatusView<'_>,
) -> Result<Response, AppError> {
    let mut conversation = Vec::new();
    if let Some(first) = &found.first {
        conversation.push(MessageView {
            author: "person",
            at: local_time(found.created_at),
            text: first.clone(),
        });
    }
    for row in store::messages(state.db(), &found.id).await? {
        let text = state
            .keys()
            .open_string(&Context::new(Column::MessageBody, &row.id), &row.body_sealed)?;
        let author = row.author.as_str();
        conversation.push(MessageView {
            author,
            at: local_time(row.created_at),
            text,
        });
    }
    let urgent = urgent_notices(state, &found.id, &found.decision_sealed)?;
    Ok(Page::new(lang, "intake/status.html", "/receipt")
        .with("urgent", &urgent)
        .with("status", &found.status)
        .with("created", &local_time(found.created_at))
        .with("conversation", &conversation)
        .with("code", &found.code.expose_grouped())
        .with("draft_message", view.draft)
        .with("errors", &view.errors)
        .with("notice", &view.notice)
        .with("message_max", &MESSAGE_MAX_CHARS)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
        .render(state))
}
