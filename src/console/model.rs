//! The case as every part of the console sees it: the enquiry decrypted (facts, the
//! decision in force, the readable columns and the conversation), and who may see its
//! contact data. A leaf: it knows no section and no page, so every section may use it.

use serde::Serialize;

use super::access::Access;

use crate::auth::StaffUser;
use crate::crypto::{Column, Context};
use crate::enquiry::model::EnquiryInput;
use crate::enquiry::store::{self as enquiry_store, CaseRow};
use crate::error::AppError;
use crate::state::AppState;
use crate::triage::Decision;
use crate::web::staff::local;

/// One thing said in the conversation, as the case page lists it.
#[derive(Serialize)]
pub(super) struct Said {
    author: &'static str,
    at: String,
    text: String,
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
    /// The person's first words and every message since, oldest first.
    pub(super) conversation: Vec<Said>,
    /// What the viewer may see ([`load_for`] looks; [`load`] leaves nothing readable).
    pub(super) access: Access,
}

/// Loads and decrypts case `id`; `None` when there is no such enquiry.
pub(super) async fn load(state: &AppState, id: &str) -> Result<Option<Case>, AppError> {
    let Some(row) = enquiry_store::case_row(state.db(), id).await? else {
        return Ok(None);
    };
    let keys = state.keys();
    let facts = keys
        .open(&Context::new(Column::EnquiryFacts, id), &row.facts_sealed)
        .map_err(anyhow::Error::from)?;
    let decision = keys
        .open(&Context::new(Column::EnquiryDecision, id), &row.decision_sealed)
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
    for m in enquiry_store::messages(state.db(), id).await? {
        let text = keys.open_string(&Context::new(Column::MessageBody, &m.id), &m.body_sealed)?;
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
        access: Access::NONE,
    }))
}

/// Loads case `id` as `user` may see it: what they may not read is not in it
/// ([`super::access`]); not found when there is no such enquiry.
pub(super) async fn load_for(state: &AppState, id: &str, user: &StaffUser) -> Result<Case, AppError> {
    let mut case = load(state, id).await?.ok_or(AppError::NotFound)?;
    case.access = super::access::of(state, user, id, &case.row).await?;
    super::access::redact(&mut case);
    Ok(case)
}

/// Whether `user` may see the case's contact data: when they read its content
/// ([`super::access`]: holding it or with a reason given, named on it when protected).
pub(super) async fn may_see_contact(
    state: &AppState,
    case: &Case,
    user: &StaffUser,
) -> Result<bool, AppError> {
    Ok(super::access::of(state, user, &case.id, &case.row).await?.reads())
}
