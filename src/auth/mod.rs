//! Who is calling: staff and municipality users, their passwords (argon2id) and second
//! factor (TOTP), sessions (a signed, short-lived JWT in an `HttpOnly`, `SameSite=Strict`
//! browser-session cookie that points at a revocable session row with an idle timeout),
//! changing one's own password, and the one policy that says which role may do what.

pub(crate) mod cli;
pub mod password;
pub(crate) mod password_change;
pub mod session;
pub(crate) mod sign_in;
pub mod store;
pub mod totp;

use std::fmt;
use std::str::FromStr;

pub use session::StaffUser;

/// A user's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Answers and routes cases.
    Handler,
    /// A handler who also edits reply templates and overrides.
    Supervisor,
    /// Manages users and configuration.
    Admin,
    /// Reads the audit log; sees no case content.
    Auditor,
    /// A municipality's referral inbox (another area of the service).
    Municipality,
}

impl Role {
    /// Every role.
    pub const ALL: [Self; 5] = [
        Self::Handler,
        Self::Supervisor,
        Self::Admin,
        Self::Auditor,
        Self::Municipality,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Handler => "handler",
            Self::Supervisor => "supervisor",
            Self::Admin => "admin",
            Self::Auditor => "auditor",
            Self::Municipality => "municipality",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|r| r.as_str() == s).ok_or_else(|| {
            format!("unknown role {s:?}; one of handler, supervisor, admin, auditor, municipality")
        })
    }
}

/// Something a signed-in user may try to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// See the queue of open enquiries.
    ViewQueue,
    /// Read the audit log.
    ViewAudit,
    /// Open a case: its facts, decision and history (its content needs [`Self::ReadContent`]
    /// and holding the case, or a reason given: `console::access`).
    ViewCase,
    /// Reply to the person.
    Reply,
    /// Read case content — the person's words, the conversation, contact data, what a
    /// referral shared — on a case the user holds or has given a reason to read
    /// (`console::access`). Admins and auditors never read case content.
    ReadContent,
    /// Work a case: claim it, override the proposal with a reason, refer, record callback
    /// attempts and reports, close and reopen, take a phone enquiry.
    WorkCase,
    /// Supervise: take over a colleague's case, edit reply templates, name the handlers of
    /// a protected case.
    Supervise,
    /// Administer: users (disable, reset a second factor) and reloading the triage rules.
    Administer,
}

/// The one authorization policy: whether `role` may do `permission`.
pub fn can(role: Role, permission: Permission) -> bool {
    match permission {
        Permission::ViewQueue | Permission::ViewCase | Permission::Reply => {
            matches!(role, Role::Handler | Role::Supervisor | Role::Admin)
        }
        Permission::ViewAudit => matches!(role, Role::Auditor | Role::Admin),
        Permission::ReadContent => matches!(role, Role::Handler | Role::Supervisor),
        Permission::WorkCase => matches!(role, Role::Handler | Role::Supervisor | Role::Admin),
        Permission::Supervise => matches!(role, Role::Supervisor | Role::Admin),
        Permission::Administer => matches!(role, Role::Admin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_policy_is_least_privilege() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("root".parse::<Role>().is_err());
        assert!(
            !can(Role::Auditor, Permission::ViewQueue),
            "auditors see no case content"
        );
        assert!(!can(Role::Municipality, Permission::ViewQueue));
        assert!(
            !can(Role::Admin, Permission::ReadContent),
            "admins read no case content"
        );
        assert!(!can(Role::Auditor, Permission::ReadContent));
        assert!(!can(Role::Handler, Permission::ViewAudit));
        assert!(can(Role::Auditor, Permission::ViewAudit));
    }
}
