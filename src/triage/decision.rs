//! The decision: CONTRACT "Decision" JSON plus a few added fields (`trail`, and per
//! recipient `open`, `out_of_hours`, `no_offence_data`).

use serde::{Deserialize, Serialize};

use super::values::{Flag, Notice, Priority, Role};
use crate::directory::OutOfHours;

/// A reason in Swedish and English, written in the rule files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

/// One organisation asked to act (or be informed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recipient {
    /// The organisation id (CONTRACT "Organisation ids").
    pub org: String,
    /// Its role; exactly one recipient per decision is `primary`.
    pub role: Role,
    /// The ids of the rules that named it (`engine:…` for the engine's own safety nets).
    pub rules: Vec<String>,
    /// Why, in both languages.
    pub reason: Reason,
    /// Whether it answers at the decision's time (added field).
    #[serde(default = "yes")]
    pub open: bool,
    /// The line to name while it is closed (added field; only when `open` is false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_hours: Option<OutOfHours>,
    /// Civil society: send no data about offences (GDPR art. 10) (added field).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_offence_data: bool,
}

fn yes() -> bool {
    true
}

/// What the engine decided for one enquiry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// P1 = act now (acute), P2 = same day, P3 = within two working days.
    pub priority: Priority,
    /// The primary first, then secondaries, then those informed.
    pub recipients: Vec<Recipient>,
    /// Flags, in CONTRACT order.
    pub flags: Vec<Flag>,
    /// Notices, in declaration order.
    pub notices: Vec<Notice>,
    /// `sha256:…` over the rule files and the directory that produced this decision.
    pub rules_version: String,
    /// The ids of the rules that fired, in order (added field).
    #[serde(default)]
    pub trail: Vec<String>,
}

impl Decision {
    /// The primary recipient.
    pub fn primary(&self) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.role == Role::Primary)
    }

    /// The recipient with this organisation id.
    pub fn recipient(&self, org: &str) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.org == org)
    }

    /// Whether the flag is set.
    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    /// Whether the notice is present.
    pub fn has_notice(&self, notice: Notice) -> bool {
        self.notices.contains(&notice)
    }
}
