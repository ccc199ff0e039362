//! Starting a chat (its enquiry triaged and stored like every channel's), opening its
//! facts, and finding it by its address token.

use crate::chat::store::{self, ChatRow};
use crate::crypto::{Column, Context, random_token};
use crate::enquiry::model::EnquiryInput;
use crate::enquiry::store as enquiry_store;
use crate::enquiry::writer::{self, NewEnquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{AgeBand, Channel, Enquirer, Enquiry, Risk, WriterAgeBand};

/// The answers of the pre-chat step (each may be skipped).
#[derive(Debug, Default)]
pub struct PreChat {
    /// The language to chat in.
    pub language: Option<Lang>,
    /// Who is writing.
    pub enquirer: Option<Enquirer>,
    /// The age band of a relative who writes.
    pub writer_age_band: Option<WriterAgeBand>,
    /// The age band of the person who wants to leave.
    pub age_band: Option<AgeBand>,
    /// What is true of the risks (hurting oneself or others, being taken abroad, …).
    pub risks: Vec<Risk>,
}

/// A new chat: its address token (never stored in clear or logged) and id.
#[derive(Debug)]
pub struct Started {
    /// The enquiry (and chat) id.
    pub id: String,
    /// The address token.
    pub token: String,
}

/// Starts a chat: an enquiry with channel `chat`, triaged from the pre-chat answers and
/// stored by the same writer as every channel, its waiting chat in the same commit; its
/// receipt code is kept sealed beside the chat until the person says they saved it.
pub async fn start(
    state: &AppState,
    lang: Lang,
    answers: &PreChat,
    browser: &str,
) -> Result<Started, AppError> {
    let input = EnquiryInput {
        enquiry: Enquiry {
            channel: Some(Channel::Chat),
            enquirer: answers.enquirer,
            writer_age_band: answers.writer_age_band,
            age_band: answers.age_band,
            risks: answers.risks.clone(),
            language: answers.language.map(|l| l.tag().to_owned()),
            ..Enquiry::default()
        },
        // Opening a chat is asking to talk: no written message is needed.
        wants_contact: true,
        // Consent is asked in the chat itself, recipient by recipient.
        consent_for: Vec::new(),
    };
    let decision = state.engine().decide(&input.enquiry, state.clock().now());
    let token = random_token();
    let keys = state.keys();
    let stored = writer::store(
        state,
        NewEnquiry {
            input: &input,
            decision: &decision,
            lang,
            callback: None,
            claimed_by: None,
            chat_token_hash: Some(token_hash(state, &token, browser)),
            browser: None,
        },
    )
    .await?;
    state.metrics().enquiry_stored(Channel::Chat.as_str());
    // The code lives only beside the chat (shown on its page until saved); the hand-off
    // ticket of the written form is never handed out for a chat.
    let handoff_hash = keys.token_hash("handoff", stored.ticket.as_bytes());
    enquiry_store::clear_handoff(state.db(), &handoff_hash).await?;
    crate::chat::hub(state).queue_moved();
    tracing::info!(enquiry.id = %stored.id, "chat started");
    Ok(Started { id: stored.id, token })
}

/// What the chat's enquiry knows (the pre-chat answers, or what a handler updated),
/// opened; `None` when there is no such enquiry.
pub async fn facts(state: &AppState, id: &str) -> Result<Option<EnquiryInput>, AppError> {
    let Some(row) = enquiry_store::case_row(state.db(), id).await? else {
        return Ok(None);
    };
    let facts = state
        .keys()
        .open(&Context::new(Column::EnquiryFacts, id), &row.facts_sealed)
        .map_err(anyhow::Error::from)?;
    Ok(Some(serde_json::from_slice(&facts).map_err(anyhow::Error::from)?))
}

/// The keyed hash a chat is found by: its address token together with the browser that
/// started it (the value of its CSRF cookie). The address alone opens nothing: not from
/// another browser, a synced history or a copied link, nor once the browser's session
/// (and with it the cookie) is over.
fn token_hash(state: &AppState, token: &str, browser: &str) -> Vec<u8> {
    state
        .keys()
        .token_hash("chat", format!("{token}:{browser}").as_bytes())
}

/// The open chat at an address token, for the browser that started it (`browser`: its
/// CSRF cookie's value); `None` otherwise, and for an ended chat (its address is dead).
pub async fn by_token(
    state: &AppState,
    token: &str,
    browser: Option<&str>,
) -> Result<Option<ChatRow>, AppError> {
    let Some(browser) = browser.filter(|_| token.len() == 43) else {
        return Ok(None);
    };
    Ok(store::by_token(state.db(), &token_hash(state, token, browser)).await?)
}
