//! What a person consented to on the public forms, tick by tick (`consent_for`): each kind
//! of recipient their answers may be passed on to, and whether their own words may go
//! with them. A referral may rest on "consent given in the form" only for a kind that was
//! ticked, and share the person's words only when that was ticked too
//! ([`crate::referral::draft::check`]). Whose ticks they are (the person's, a
//! professional's statement, a guardian's, a relative's) is [`crate::triage::ConsentFrom`].

use serde::{Deserialize, Serialize};

use crate::directory::OrgKind;

/// One tick of the forms' consent question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentFor {
    /// The municipality's social services.
    SocialServices,
    /// A municipal or regional defector programme.
    Programme,
    /// The police (their defector coordinator).
    Police,
    /// The person's own words, word for word (without it only the answers are passed on).
    Words,
}

impl ConsentFor {
    /// Every tick, in the order the forms offer them.
    pub const ALL: [Self; 4] = [Self::SocialServices, Self::Programme, Self::Police, Self::Words];

    /// The submitted and stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SocialServices => "social_services",
            Self::Programme => "programme",
            Self::Police => "police",
            Self::Words => "words",
        }
    }

    /// Names a kind of recipient (every tick but the person's words).
    pub fn is_recipient(self) -> bool {
        self != Self::Words
    }

    /// The tick that stands for recipients of `kind`, when the forms ask about that kind
    /// (psychiatry, the national agencies and civil society are never consented to on
    /// the forms: the handler asks the person).
    pub fn of_kind(kind: OrgKind) -> Option<Self> {
        match kind {
            OrgKind::SocialServices => Some(Self::SocialServices),
            OrgKind::Programme => Some(Self::Programme),
            OrgKind::Police => Some(Self::Police),
            OrgKind::Emergency
            | OrgKind::RegionPsychiatry
            | OrgKind::Agency
            | OrgKind::CivilSociety
            | OrgKind::ContactPoint => None,
        }
    }

    /// The kind of recipient this tick names (`None` for the person's words).
    pub fn org_kind(self) -> Option<OrgKind> {
        match self {
            Self::SocialServices => Some(OrgKind::SocialServices),
            Self::Programme => Some(OrgKind::Programme),
            Self::Police => Some(OrgKind::Police),
            Self::Words => None,
        }
    }
}

impl std::str::FromStr for ConsentFor {
    type Err = ();

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|c| c.as_str() == value).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_round_trip_and_name_only_the_kinds_the_forms_ask_about() {
        for c in ConsentFor::ALL {
            assert_eq!(c.as_str().parse::<ConsentFor>(), Ok(c));
            assert_eq!(serde_json::to_value(c).ok(), Some(serde_json::json!(c.as_str())));
        }
        assert!("everyone".parse::<ConsentFor>().is_err());
        assert_eq!(
            ConsentFor::of_kind(OrgKind::SocialServices),
            Some(ConsentFor::SocialServices)
        );
        assert_eq!(ConsentFor::of_kind(OrgKind::Police), Some(ConsentFor::Police));
        assert_eq!(ConsentFor::of_kind(OrgKind::Agency), None);
        assert_eq!(ConsentFor::of_kind(OrgKind::CivilSociety), None);
        assert!(!ConsentFor::Words.is_recipient());
        for c in ConsentFor::ALL {
            assert_eq!(
                c.org_kind().and_then(ConsentFor::of_kind),
                c.is_recipient().then_some(c)
            );
        }
    }
}
