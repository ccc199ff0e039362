//! The steps a recipient takes on a referral, with their values ([`ReferralAction`]), and
//! the kind of a recorded step ([`StepKind`], the `referral_events.kind` column). Which
//! step is legal when is [`super::lifecycle`]'s. Pure.

use serde::{Deserialize, Serialize};

use super::lifecycle::CaseState;

/// One step a recipient takes on a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ReferralAction {
    /// Take the referral on.
    Accept,
    /// Decline it, with a reason for the contact point (sealed at rest).
    Decline {
        /// Why, for the contact point.
        reason: String,
    },
    /// Point it to another programme or social services; the contact point is told and
    /// makes the new referral (consent is given per recipient).
    Forward {
        /// The directory id of the organisation (`programme:…`, `socialtjanst:…`).
        to_org: String,
    },
    /// Ask the contact point a question (sealed at rest).
    AskQuestion {
        /// The question.
        text: String,
    },
    /// The police region's defector coordinator was contacted (the state grant asks for it).
    CoordinatorContacted {
        /// When, unix ms.
        at: i64,
    },
    /// The first contact with the person was made.
    FirstContactMade {
        /// When, unix ms.
        at: i64,
    },
    /// Housing was arranged for the person (a protected or new place to live, as recorded).
    HousingArranged {
        /// When, unix ms.
        at: i64,
    },
    /// Move the case to a reporting state.
    SetState {
        /// The new state.
        state: CaseState,
    },
}

impl ReferralAction {
    /// What kind of step it is (also the event kind stored).
    pub fn kind(&self) -> StepKind {
        match self {
            Self::Accept => StepKind::Accept,
            Self::Decline { .. } => StepKind::Decline,
            Self::Forward { .. } => StepKind::Forward,
            Self::AskQuestion { .. } => StepKind::Question,
            Self::CoordinatorContacted { .. } => StepKind::CoordinatorContacted,
            Self::FirstContactMade { .. } => StepKind::FirstContact,
            Self::HousingArranged { .. } => StepKind::Housing,
            Self::SetState { .. } => StepKind::State,
        }
    }

    /// The stable name of the step ([`StepKind::as_str`]).
    pub fn name(&self) -> &'static str {
        self.kind().as_str()
    }
}

/// The kind of a recorded step (the `referral_events.kind` column): what the recipient
/// did, without its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Took the referral on.
    Accept,
    /// Declined it.
    Decline,
    /// Pointed it elsewhere.
    Forward,
    /// Asked the contact point a question.
    Question,
    /// Recorded that the defector coordinator was contacted.
    CoordinatorContacted,
    /// Recorded the first contact with the person.
    FirstContact,
    /// Recorded that housing was arranged.
    Housing,
    /// Moved the case to a reporting state.
    State,
}

impl StepKind {
    /// Every kind, in the order the steps are offered.
    pub const ALL: [Self; 8] = [
        Self::Accept,
        Self::Decline,
        Self::Forward,
        Self::Question,
        Self::CoordinatorContacted,
        Self::FirstContact,
        Self::Housing,
        Self::State,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Decline => "decline",
            Self::Forward => "forward",
            Self::Question => "question",
            Self::CoordinatorContacted => "coordinator_contacted",
            Self::FirstContact => "first_contact",
            Self::Housing => "housing",
            Self::State => "state",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A step kind equals its stored name (so tests can say `"decline"`).
impl PartialEq<&str> for StepKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
