//! The steps recipients record on a referral (`referral_events`), opened for reading:
//! the inbox shows a referral's own steps, the contact point's case page every step on
//! the case's referrals. A text a recipient writes (a reason for declining, a question)
//! is sealed at rest as `referral_events.text:{event id}`, its detail (a forward's
//! organisation, a state) as `referral_events.detail:{event id}`.

use serde::Serialize;

use super::lifecycle::ReferralState;
use super::recipient_store::{self, EventRow};
use super::sealed;
use super::step::StepKind;
use crate::crypto::{Column, Context, Keyring};
use crate::error::AppError;
use crate::state::AppState;

/// One recorded step.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralEvent {
    /// The step's id.
    pub id: String,
    /// When it was recorded (unix ms).
    pub at: i64,
    /// The sign-in name of who recorded it.
    pub actor_name: Option<String>,
    /// What the recipient did.
    pub kind: StepKind,
    /// The state before.
    pub from: ReferralState,
    /// The state after.
    pub to: ReferralState,
    /// The time recorded for a contact (unix ms).
    pub occurred_at: Option<i64>,
    /// A forward's organisation id, or a state step's state.
    pub detail: String,
    /// What was written (a reason, a question), opened.
    pub text: Option<String>,
}

/// The sealing context of a step's text.
fn context(event_id: &str) -> Context {
    Context::new(Column::ReferralEventText, event_id)
}

/// Seals the text a recipient wrote with step `event_id`.
pub fn seal_text(keys: &Keyring, event_id: &str, text: &str) -> Vec<u8> {
    keys.seal_str(&context(event_id), text)
}

/// Opens a stored step: its text, and its kind and states as the vocabulary names them.
pub(crate) fn open(keys: &Keyring, e: &EventRow) -> Result<ReferralEvent, AppError> {
    let text = e
        .text_sealed
        .as_ref()
        .map(|sealed| keys.open_string(&context(&e.id), sealed))
        .transpose()?;
    let unknown = |what: &str| anyhow::anyhow!("referral event {} has an unknown {what}", e.id);
    Ok(ReferralEvent {
        id: e.id.clone(),
        at: e.at,
        actor_name: e.actor_name.clone(),
        kind: StepKind::parse(&e.kind).ok_or_else(|| unknown("kind"))?,
        from: ReferralState::parse(&e.from_status).ok_or_else(|| unknown("from status"))?,
        to: ReferralState::parse(&e.to_status).ok_or_else(|| unknown("to status"))?,
        occurred_at: e.occurred_at,
        detail: sealed::open_event_detail(keys, &e.id, e.detail_sealed.as_deref(), &e.detail)?,
        text,
    })
}

/// The steps recorded on referral `referral_id`, oldest first, opened. The caller has
/// already checked that its reader may see the referral.
pub async fn of_referral(state: &AppState, referral_id: &str) -> Result<Vec<ReferralEvent>, AppError> {
    recipient_store::events(state.db(), referral_id)
        .await?
        .iter()
        .map(|e| open(state.keys(), e))
        .collect()
}

/// One step a recipient recorded on a referral of a case, for the contact point's case
/// page: declines with their reason, forwards, questions, contacts and states.
#[derive(Debug, Clone, Serialize)]
pub struct CaseNote {
    /// The referral.
    pub referral_id: String,
    /// The step.
    #[serde(flatten)]
    pub event: ReferralEvent,
}

/// Every step recipients recorded on the referrals of case `enquiry_id`, oldest first,
/// with their texts opened. For the contact point (the caller audits its own look).
pub async fn case_notes(state: &AppState, enquiry_id: &str) -> Result<Vec<CaseNote>, AppError> {
    recipient_store::events_of_case(state.db(), enquiry_id)
        .await?
        .iter()
        .map(|e| {
            Ok(CaseNote {
                referral_id: e.referral_id.clone(),
                event: open(state.keys(), e)?,
            })
        })
        .collect()
}
