//! `GET /console/cases/{id}` and `POST /console/cases/{id}/reply`: one enquiry as the
//! handler sees it — the facts the person gave, their words and the conversation, the
//! engine's proposal with its reasons and rule trail — and a reply that the person reads
//! on their receipt page. Every look and every reply is an audit record.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use serde_json::Value;

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::enquiry::model::{EnquiryInput, MESSAGE_MAX_CHARS};
use crate::enquiry::store::{self as intake_store, CaseRow};
use crate::enquiry::vocab::Author;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Decision;
use crate::web::RawForm;
use crate::web::csrf;
use crate::web::staff::{local, require, staff_page};

#[derive(Serialize)]
struct Said {
    author: &'static str,
    at: String,
    text: String,
}

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

/// A case, decrypted, as the case page and its sections see it.
pub(super) struct Case {
    /// The enquiry id.
    pub(super) id: String,
    /// What the person (or the handler who took the call) gave.
    pub(super) input: EnquiryInput,
    /// The decision in force: the engine's proposal, or a handler's override.
    pub(super) decision: Decision,
    /// The readable columns (status, priority, claim, protection, outcome).
    pub(super) row: CaseRow,
    conversation: Vec<Said>,
}

/// Loads and decrypts case `id`; `None` when there is no such enquiry.
pub(super) async fn load(state: &AppState, id: &str) -> Result<Option<Case>, AppError> {
    let Some(row) = intake_store::case_row(state.db(), id).await? else {
        return Ok(None);
    };
    let keys = state.keys();
    let facts = keys
        .open(format!("enquiry.facts:{id}").as_bytes(), &row.facts_sealed)
        .map_err(anyhow::Error::from)?;
    let decision = keys
        .open(format!("enquiry.decision:{id}").as_bytes(), &row.decision_sealed)
        .map_err(anyhow::Error::from)?;
    let input: EnquiryInput = serde_json::from_slice(&facts).map_err(anyhow::Error::from)?;
    let decision: Decision = serde_json::from_slice(&decision).map_err(anyhow::Error::from)?;
    let mut conversation = Vec::new();
    if let Some(first) = &input.enquiry.message {
        conversation.push(Said {
            author: "person",
            at: local(row.created_at),
            text: first.clone(),
        });
    }
    for m in intake_store::messages(state.db(), id).await? {
        let text = keys.open_string(format!("message.body:{}", m.id).as_bytes(), &m.body_sealed)?;
        let author = if m.author == "staff" { "staff" } else { "person" };
        conversation.push(Said {
            author,
            at: local(m.created_at),
            text,
        });
    }
    Ok(Some(Case {
        id: id.to_owned(),
        input,
        decision,
        row,
        conversation,
    }))
}

fn recipients(state: &AppState, lang: Lang, decision: &Decision) -> Vec<RecipientView> {
    decision
        .recipients
        .iter()
        .map(|r| RecipientView {
            name: state
                .directory()
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

/// `GET /console/cases/{id}`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewCase)?;
    render(&state, &user, &headers, &id, Vec::new(), StatusCode::OK).await
}

/// Renders the case page, with `extra` context for the section that sent the user back
/// here (its error message id and what they typed, so nothing is lost).
pub(super) async fn render(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    extra: Vec<(&'static str, Value)>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let case = load(state, id).await?.ok_or(AppError::NotFound)?;
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
    let lang = super::staff_lang(headers);
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
    let mut page = page
        .with("case_id", id)
        .with("facts", &facts)
        .with("municipality", &municipality)
        .with("wants_contact", &case.input.wants_contact)
        .with("received", &local(case.row.created_at))
        .with("status", &case.row.status)
        .with("priority", &case.row.priority)
        .with("recipients", &recipients(state, lang, &case.decision))
        .with("flags", &flags)
        .with("notices", &notices)
        .with("trail", &case.decision.trail.join(" → "))
        .with("rules_version", &case.decision.rules_version)
        .with("conversation", &case.conversation)
        .with("reply_draft", "")
        .with("notice", &Value::Null)
        .with("message_max", &MESSAGE_MAX_CHARS);
    // Each part of case work adds what its section of the page shows.
    page = super::claim::section(state, user, &case, page).await?;
    page = super::decisions::section(state, user, &case, page).await?;
    page = super::facts::section(state, user, &case, page);
    page = super::callbacks::section(state, user, &case, page).await?;
    page = super::referrals::section(state, user, &case, page).await?;
    page = super::templates::section(state, user, &case, page).await?;
    // What the recipients recorded (a decline and its reason, a forward, a question), so
    // the contact point is informed where it works.
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
                "text": n.event.text,
            })
        })
        .collect();
    page = page.with("recipient_notes", &notes);
    for (key, value) in &extra {
        page = page.with(key, value);
    }
    Ok(page.status(status).render(state))
}

/// `POST /console/cases/{id}/reply` (field `message`): a reply the person reads with
/// their receipt code.
pub(super) async fn reply(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::Reply)?;
    let text = form.get("message").unwrap_or_default();
    let length = text.trim().chars().count();
    if length == 0 || length > MESSAGE_MAX_CHARS {
        let notice = if length == 0 {
            "error-message-empty"
        } else {
            "error-message-too-long"
        };
        return render(
            &state,
            &user,
            &headers,
            &id,
            vec![
                ("reply_draft", Value::from(text)),
                ("notice", Value::from(notice)),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if intake_store::case_row(state.db(), &id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    // Two handlers never answer the same person: replying claims an unclaimed case, and
    // a case a colleague holds is refused with the text kept.
    if let super::claim::ForReply::HeldBy(holder) = super::claim::for_reply(&state, &user, &id).await? {
        return render(
            &state,
            &user,
            &headers,
            &id,
            vec![
                ("reply_draft", Value::from(text)),
                ("claim_notice", Value::from("claim-reply-refused")),
                ("claim_notice_holder", Value::from(holder)),
            ],
            StatusCode::CONFLICT,
        )
        .await;
    }
    let message_id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(format!("message.body:{message_id}").as_bytes(), text.trim());
    let now = state.clock().now_ms();
    crate::transact!(state.db(), |tx| {
        intake_store::insert_message(tx, &message_id, &id, Author::Staff, &sealed, now).await?;
        audit::append_tx(tx, now, &user.user_id, Action::Reply, Some(&id), "").await
    })?;
    state.events().publish(crate::events::Change::Updated, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}")).into_response())
}
