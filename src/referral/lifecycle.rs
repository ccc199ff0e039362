//! The referral's life at its recipient: the states, and which step ([`super::step`]) is
//! legal from which state. Pure: no axum, no database.
//!
//! ```text
//! sent ──accept──▶ accepted ──▶ assessment ──▶ case_opened ──▶ active ──▶ completed
//!  │                 │             │               │             │
//!  │                 └─────────────┴───────────────┴─────────────┴──▶ interrupted
//!  └──decline / forward (also from accepted and assessment)──▶ declined | forwarded
//! ```
//!
//! Declined, forwarded, completed and interrupted are final: the referral takes no more
//! steps (a new referral is the contact point's to make, on new consent).

use serde::{Deserialize, Serialize};

use super::step::{ReferralAction, StepKind};

/// Where a referral stands at its recipient (the `referrals.status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralState {
    /// Sent by the contact point, not yet answered.
    Sent,
    /// The recipient took it on.
    Accepted,
    /// The recipient declined it; the case is back in the contact point's queue.
    Declined,
    /// The recipient pointed it to another programme or social services.
    Forwarded,
    /// The recipient is assessing the person's needs and risks.
    Assessment,
    /// A case is opened (an exit agreement or a social-services case).
    CaseOpened,
    /// The support is under way.
    Active,
    /// The support ended as planned.
    Completed,
    /// The support ended early.
    Interrupted,
}

impl ReferralState {
    /// Every state, in the order of the referral's life.
    pub const ALL: [Self; 9] = [
        Self::Sent,
        Self::Accepted,
        Self::Assessment,
        Self::CaseOpened,
        Self::Active,
        Self::Completed,
        Self::Interrupted,
        Self::Declined,
        Self::Forwarded,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Forwarded => "forwarded",
            Self::Assessment => "assessment",
            Self::CaseOpened => "case_opened",
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Interrupted => "interrupted",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the referral takes no more steps.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::Declined | Self::Forwarded | Self::Completed | Self::Interrupted
        )
    }

    /// Whether the recipient has taken the referral on and not yet ended it.
    fn is_taken_on(self) -> bool {
        matches!(
            self,
            Self::Accepted | Self::Assessment | Self::CaseOpened | Self::Active
        )
    }
}

/// The states the Nordic programmes report, which a recipient moves a case through once
/// it has accepted it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// Assessing needs and risks.
    Assessment,
    /// A case is opened.
    CaseOpened,
    /// Support under way.
    Active,
    /// Ended as planned.
    Completed,
    /// Ended early.
    Interrupted,
}

impl CaseState {
    /// Every case state.
    pub const ALL: [Self; 5] = [
        Self::Assessment,
        Self::CaseOpened,
        Self::Active,
        Self::Completed,
        Self::Interrupted,
    ];

    /// The referral state it is.
    pub fn state(self) -> ReferralState {
        match self {
            Self::Assessment => ReferralState::Assessment,
            Self::CaseOpened => ReferralState::CaseOpened,
            Self::Active => ReferralState::Active,
            Self::Completed => ReferralState::Completed,
            Self::Interrupted => ReferralState::Interrupted,
        }
    }

    /// Parses a submitted name (`assessment`, `case_opened`, …).
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.state().as_str() == text)
    }
}

/// The state after `action` from `from`, or `None` when the step is not allowed there.
/// Steps that record something without moving the case keep the state.
pub fn next_state(from: ReferralState, action: &ReferralAction) -> Option<ReferralState> {
    use ReferralState as S;
    match action {
        ReferralAction::Accept => (from == S::Sent).then_some(S::Accepted),
        ReferralAction::Decline { .. } => {
            matches!(from, S::Sent | S::Accepted | S::Assessment).then_some(S::Declined)
        }
        ReferralAction::Forward { .. } => {
            matches!(from, S::Sent | S::Accepted | S::Assessment).then_some(S::Forwarded)
        }
        ReferralAction::AskQuestion { .. } => (!from.is_final()).then_some(from),
        ReferralAction::CoordinatorContacted { .. }
        | ReferralAction::FirstContactMade { .. }
        | ReferralAction::HousingArranged { .. } => from.is_taken_on().then_some(from),
        ReferralAction::SetState { state } => {
            let to = state.state();
            let legal = match to {
                S::Assessment => from == S::Accepted,
                S::CaseOpened => from == S::Assessment,
                S::Active => from == S::CaseOpened,
                S::Completed => from == S::Active,
                S::Interrupted => from.is_taken_on(),
                _ => false,
            };
            legal.then_some(to)
        }
    }
}

/// The case states a referral in `from` may move to, in order.
pub fn next_case_states(from: ReferralState) -> Vec<CaseState> {
    CaseState::ALL
        .into_iter()
        .filter(|c| next_state(from, &ReferralAction::SetState { state: *c }).is_some())
        .collect()
}

/// The steps allowed from `from`, in the order they are offered.
pub fn allowed_actions(from: ReferralState) -> Vec<StepKind> {
    let probes = [
        ReferralAction::Accept,
        ReferralAction::Decline {
            reason: String::new(),
        },
        ReferralAction::Forward {
            to_org: String::new(),
        },
        ReferralAction::AskQuestion { text: String::new() },
        ReferralAction::CoordinatorContacted { at: 0 },
        ReferralAction::FirstContactMade { at: 0 },
        ReferralAction::HousingArranged { at: 0 },
    ];
    let mut kinds: Vec<StepKind> = probes
        .iter()
        .filter(|a| next_state(from, a).is_some())
        .map(ReferralAction::kind)
        .collect();
    if !next_case_states(from).is_empty() {
        kinds.push(StepKind::State);
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(state: CaseState) -> ReferralAction {
        ReferralAction::SetState { state }
    }

    #[test]
    fn the_case_moves_forward_one_state_at_a_time() {
        use ReferralState as S;
        let path = [
            (S::Sent, ReferralAction::Accept, S::Accepted),
            (S::Accepted, set(CaseState::Assessment), S::Assessment),
            (S::Assessment, set(CaseState::CaseOpened), S::CaseOpened),
            (S::CaseOpened, set(CaseState::Active), S::Active),
            (S::Active, set(CaseState::Completed), S::Completed),
        ];
        for (from, action, to) in path {
            assert_eq!(next_state(from, &action), Some(to), "{from:?} {action:?}");
        }
        assert_eq!(next_state(S::Sent, &set(CaseState::Active)), None, "accept first");
        assert_eq!(
            next_state(S::Accepted, &set(CaseState::Active)),
            None,
            "no skipping"
        );
        assert_eq!(next_state(S::Assessment, &set(CaseState::Completed)), None);
        assert_eq!(
            next_state(S::Accepted, &ReferralAction::Accept),
            None,
            "accepted once"
        );
        assert_eq!(
            next_state(S::Active, &set(CaseState::Interrupted)),
            Some(S::Interrupted)
        );
        assert_eq!(next_state(S::Sent, &set(CaseState::Interrupted)), None);
        let housing = ReferralAction::HousingArranged { at: 0 };
        assert_eq!(next_state(S::Sent, &housing), None, "accept first");
        assert_eq!(next_state(S::CaseOpened, &housing), Some(S::CaseOpened));
        assert_eq!(next_state(S::Completed, &housing), None, "not once closed");
    }

    #[test]
    fn final_states_take_no_step() {
        for from in ReferralState::ALL.into_iter().filter(|s| s.is_final()) {
            assert!(allowed_actions(from).is_empty(), "{from:?}");
        }
        let names = |from| -> Vec<&str> { allowed_actions(from).into_iter().map(StepKind::as_str).collect() };
        assert_eq!(
            names(ReferralState::Sent),
            ["accept", "decline", "forward", "question"]
        );
        assert_eq!(
            names(ReferralState::Active),
            [
                "question",
                "coordinator_contacted",
                "first_contact",
                "housing",
                "state"
            ]
        );
        assert_eq!(
            next_case_states(ReferralState::Active),
            [CaseState::Completed, CaseState::Interrupted]
        );
    }

    #[test]
    fn names_round_trip_and_serialize_in_snake_case() {
        for s in ReferralState::ALL {
            assert_eq!(ReferralState::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).ok(), Some(serde_json::json!(s.as_str())));
        }
        for k in StepKind::ALL {
            assert_eq!(StepKind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).ok(), Some(serde_json::json!(k.as_str())));
        }
        assert_eq!(CaseState::parse("case_opened"), Some(CaseState::CaseOpened));
        let action: ReferralAction =
            serde_json::from_str(r#"{"action":"set_state","state":"case_opened"}"#).expect("valid");
        assert_eq!(action, set(CaseState::CaseOpened));
        let decline: ReferralAction =
            serde_json::from_str(r#"{"action":"decline","reason":"x"}"#).expect("valid");
        assert_eq!(decline.name(), "decline");
        let housing: ReferralAction =
            serde_json::from_str(r#"{"action":"housing_arranged","at":5}"#).expect("valid");
        assert_eq!(housing, ReferralAction::HousingArranged { at: 5 });
        assert_eq!(housing.name(), "housing");
    }
}
