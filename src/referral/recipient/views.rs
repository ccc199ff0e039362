//! What the inbox answers about a referral: the list's facts, and the whole referral as
//! its recipient reads it. Serialized, these are the inbox page's and the API's words.

use serde::Serialize;
use serde_json::Value;

use super::RecipientError;
use super::reasons::ReasonView;
use crate::directory::Directory;
use crate::referral::display::org_name;
use crate::referral::events::ReferralEvent;
use crate::referral::recipient_store::ReferralRow;
use crate::referral::{CaseState, Category, ConsentHow, Kind, ReferralState, StepKind};

/// One referral in a list: no content, only what sorts and follows up.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralSummary {
    /// The referral's id.
    pub id: String,
    /// The recipient organisation (`socialtjanst:1280`, `programme:…`).
    pub org: String,
    /// Its name in the directory.
    pub org_name: String,
    /// A referral on consent, or a report of concern (about a child, made by law).
    pub kind: Kind,
    /// Where it stands.
    pub state: ReferralState,
    /// When the contact point sent it (unix ms).
    pub received_at: i64,
    /// The recipient's last step (unix ms).
    pub updated_at: Option<i64>,
    /// When it was accepted (unix ms).
    pub accepted_at: Option<i64>,
    /// When the first contact with the person was made (unix ms, as recorded).
    pub first_contact_at: Option<i64>,
    /// When housing was arranged for the person (unix ms, as recorded).
    pub housing_at: Option<i64>,
    /// When it ended: declined, forwarded, completed or interrupted (unix ms).
    pub closed_at: Option<i64>,
    /// The person has a protected identity (*skyddad identitet*): address data is never
    /// shared and every step needs the care that goes with it.
    pub protected_identity: bool,
}

/// How the person consented to share with this recipient.
#[derive(Debug, Clone, Serialize)]
pub struct Consent {
    /// How it was given (`none` for a report of concern).
    pub how: ConsentHow,
    /// When (unix ms).
    pub at: Option<i64>,
}

/// One referral as its recipient reads it.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralView {
    /// The list's facts.
    #[serde(flatten)]
    pub summary: ReferralSummary,
    /// The categories the person consented to share.
    pub categories: Vec<Category>,
    /// The consent the referral rests on.
    pub consent: Consent,
    /// The shared data: exactly the consented categories, as the contact point sent them.
    pub shared: Value,
    /// The contact point's note for the recipient.
    pub note: Option<String>,
    /// The engine's reasons that rest only on shared facts.
    pub reasons: Vec<ReasonView>,
    /// The contact point recorded the report of concern about the child (told only when
    /// the child's age was shared, or the referral is that report).
    pub mandatory_report_recorded: bool,
    /// When the police region's defector coordinator was contacted (unix ms, as recorded).
    pub coordinator_contacted_at: Option<i64>,
    /// Where a forward pointed.
    pub forwarded_to: Option<String>,
    /// The times of each reporting state (unix ms).
    pub state_times: StateTimes,
    /// Every step, oldest first.
    pub events: Vec<ReferralEvent>,
    /// The steps allowed now.
    pub allowed_actions: Vec<StepKind>,
    /// The case states it may move to now.
    pub next_states: Vec<CaseState>,
}

/// When each reporting state was reached (unix ms).
#[derive(Debug, Clone, Default, Serialize)]
pub struct StateTimes {
    /// Declined.
    pub declined_at: Option<i64>,
    /// Forwarded.
    pub forwarded_at: Option<i64>,
    /// Assessment began.
    pub assessment_at: Option<i64>,
    /// The case was opened.
    pub case_opened_at: Option<i64>,
    /// Support became active.
    pub active_at: Option<i64>,
}

/// The list's facts of a stored referral.
pub(super) fn summary(directory: &Directory, r: &ReferralRow) -> Result<ReferralSummary, RecipientError> {
    let status = ReferralState::parse(&r.status)
        .ok_or_else(|| anyhow::anyhow!("referral {} has an unknown status", r.id))?;
    Ok(ReferralSummary {
        id: r.id.clone(),
        org: r.org.clone(),
        org_name: org_name(directory, &r.org),
        kind: Kind::parse(&r.kind).ok_or_else(|| anyhow::anyhow!("referral {} has an unknown kind", r.id))?,
        state: status,
        received_at: r.created_at,
        updated_at: r.updated_at,
        accepted_at: r.accepted_at,
        first_contact_at: r.first_contact_at,
        housing_at: r.housing_at,
        closed_at: r.closed_at.or(r.declined_at).or(r.forwarded_at),
        protected_identity: r.protected,
    })
}
