//! The case page drawn: the case's own parts (facts, conversation, the proposal with its
//! reasons and rule trail), then each section's view, then what an action sent back (its
//! notice or errors and what was typed), which replaces that section's defaults. The
//! only place that renders the case page.

use axum::extract::FromRequestParts;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;

use super::super::model::{self, Case};
use super::super::outcome::{Again, Back};
use super::super::{access, callbacks, chats, claim, decisions, facts, protection, referrals, templates};
use crate::audit::{self, Action};
use crate::auth::StaffUser;
use crate::directory::Directory;
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Decision;
use crate::web::Page;
use crate::web::staff::{local, staff_lang, staff_page};

#[derive(Serialize)]
struct RecipientView {
    org: String,
    name: String,
    role: &'static str,
    reason: String,
    open: bool,
    out_of_hours: Option<&'static str>,
    rules: String,
}

fn recipients(directory: &Directory, lang: Lang, decision: &Decision) -> Vec<RecipientView> {
    decision
        .recipients
        .iter()
        .map(|r| RecipientView {
            name: directory
                .org(&r.org)
                .map_or_else(|| r.org.clone(), |o| o.name.clone()),
            org: r.org.clone(),
            role: r.role.as_str(),
            reason: if lang == Lang::Sv {
                r.reason.sv.clone()
            } else {
                r.reason.en.clone()
            },
            open: r.open,
            out_of_hours: r.out_of_hours.map(|o| o.as_str()),
            rules: r.rules.join(", "),
        })
        .collect()
}

/// A section's view added to the page under its own template variable names.
fn add<T: Serialize>(page: Page, view: &T) -> Result<Page, AppError> {
    page.with_fields(view).map_err(|e| AppError::Internal(e.into()))
}

/// Renders the case page, with `shown`: what an action sent the user back here with (its
/// notice or errors and what they typed, so nothing is lost).
pub(in crate::console) async fn render(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    shown: &Map<String, Value>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let case = model::load_for(state, id, user).await?;
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewCase,
        Some(id),
        "",
    )
    .await?;
    let page = staff_page(
        state,
        user,
        headers,
        "console/case.html",
        &format!("/console/cases/{id}"),
    );
    let mut page = own_parts(state, headers, &case, page);
    // Each part of case work shows its section; the order is the page's.
    page = add(page, &claim::view(state, user, &case).await?)?;
    page = add(page, &access::view(state, &case))?;
    page = add(page, &decisions::view(state, &case).await?)?;
    page = add(page, &protection::view(state, user, &case).await?)?;
    page = add(page, &facts::view(state, user, &case))?;
    page = add(page, &callbacks::view(state, user, &case).await?)?;
    page = add(page, &referrals::view(state, user, &case).await?)?;
    page = add(page, &templates::view(state, user, &case).await?)?;
    // What the recipients recorded (a decline and its reason, a forward, a question), so
    // the contact point is informed where it works.
    // Their words are the case's content, and their names may say where the person lives.
    let reads = case.access.reads();
    let notes: Vec<Value> = crate::referral::events::case_notes(state, id)
        .await?
        .into_iter()
        .map(|n| {
            serde_json::json!({
                "at": local(n.event.at),
                "who": n.event.actor_name,
                "kind": n.event.kind,
                "to": n.event.to,
                "detail": n.event.detail,
                "text": if reads { n.event.text } else { None },
            })
        })
        .collect();
    let notes = if case.access.sees_place { notes } else { Vec::new() };
    page = page.with("recipient_notes", &notes);
    page = add(page, shown)?;
    Ok(page.status(status).render(state))
}

/// The case's own parts: the facts, the proposal and the conversation, and the reply form.
fn own_parts(state: &AppState, headers: &HeaderMap, case: &Case, page: Page) -> Page {
    let lang = staff_lang(headers);
    let facts = serde_json::to_value(&case.input.enquiry).unwrap_or(Value::Null);
    let directory = state.directory();
    let municipality = case
        .input
        .enquiry
        .municipality
        .as_ref()
        .and_then(|c| directory.municipality(c))
        .map(|m| format!("{} ({})", m.name, m.code.as_str()));
    let flags: Vec<&str> = case.decision.flags.iter().map(|f| f.as_str()).collect();
    let notices: Vec<&str> = case.decision.notices.iter().map(|n| n.as_str()).collect();
    page.with("case_id", &case.id)
        .with("facts", &facts)
        .with("municipality", &municipality)
        .with("wants_contact", &case.input.wants_contact)
        .with("consent_for", &case.input.consent_for)
        .with("consent_whose", consent_whose(&case.input.enquiry))
        .with("received", &local(case.row.created_at))
        .with("status", &case.row.status)
        .with("priority", &case.row.priority)
        .with("recipients", &recipients(&directory, lang, &case.decision))
        .with("flags", &flags)
        .with("notices", &notices)
        .with("trail", &case.decision.trail.join(" → "))
        .with("rules_version", &case.decision.rules_version)
        .with("conversation", &case.conversation)
        .with("reply_draft", "")
        .with("notice", &Value::Null)
        .with("message_max", &MESSAGE_MAX_CHARS)
}

/// Whose the form's ticks are (`person`, `professional`, `guardian` or `relative`), so
/// the page can say that a relative's ticks are the relative's own.
fn consent_whose(enquiry: &crate::triage::Enquiry) -> &'static str {
    // Whose ticks they are follows from who writes, also when only the words were ticked.
    let ticked = crate::triage::Enquiry {
        consent_to_share: Some(true),
        message: None,
        ..enquiry.clone()
    };
    crate::triage::ConsentFrom::VALUES[ticked.consent_from().index()]
}

/// Middleware on the case's actions: when an action answers with the page again (an
/// [`Again`] left by its outcome), draws that page (case or chat) around what it sent.
pub(in crate::console) async fn again(
    State(state): State<AppState>,
    path: Result<Path<HashMap<String, String>>, PathRejection>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let Some(again) = response.extensions().get::<Again>().cloned() else {
        return response;
    };
    let Some(id) = path.ok().and_then(|Path(mut p)| p.remove("id")) else {
        return AppError::NotFound.into_response();
    };
    // The action already proved who is calling; the same cookie proves it again.
    let mut parts = Request::new(()).into_parts().0;
    parts.headers = headers;
    let user = match StaffUser::from_request_parts(&mut parts, &state).await {
        Ok(user) => user,
        Err(err) => return err.into_response(),
    };
    let drawn = match again.back {
        Back::Case => render(&state, &user, &parts.headers, &id, &again.shown, again.status).await,
        Back::Chat => {
            chats::render_shown(&state, &user, &parts.headers, &id, &again.shown, again.status).await
        }
    };
    drawn.into_response()
}
