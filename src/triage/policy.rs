//! The engine's policy, asked by the people who change a decision (a handler's
//! override): which recipients may hold which role, and how a changed decision is
//! stated. [`crate::triage::Engine::decide`] states its own proposals with the same
//! functions ([`out_of_hours`], [`civil_society_may_receive`]); here they are also
//! answered one question at a time, so the override form restates none of them.
//!
//! Pure, like the rest of triage: no I/O, no clock (`now` is passed in).

use time::OffsetDateTime;

use super::{Decision, Enquiry, Notice, Priority, Reason, Recipient, Role, Situation, Threat};
use crate::directory::{Directory, OrgKind, OutOfHours};

/// How many primaries a decision has: exactly one.
pub const PRIMARIES: usize = 1;

/// A rule of the policy that a chosen recipient would break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breach {
    /// Civil society is never primary (it may not receive offence data).
    CivilSocietyPrimary,
    /// Civil society is a recipient only while its vetting is valid.
    CivilSocietyUnvetted,
    /// Civil society is never a recipient on an acute (P1) case.
    CivilSocietyAcute,
    /// Civil society is never a recipient in a child's case.
    CivilSocietyChild,
    /// Civil society is never a recipient under a serious or acute threat.
    CivilSocietyThreat,
    /// Civil society is never a recipient for a person with protected identity or a
    /// protected witness.
    CivilSocietyProtected,
}

/// What a recipient that is closed at the time of the decision offers instead: 112 on an
/// acute case, else its own out-of-hours alternative (`own`); `None` while it is open.
/// The engine states its own proposals with it, and [`overridden`] a handler's additions.
pub fn out_of_hours(own: OutOfHours, acute: bool, open: bool) -> Option<OutOfHours> {
    let alternative = if acute { OutOfHours::Emergency112 } else { own };
    (!open).then_some(alternative)
}

/// Whether civil society may receive a case at all: never an acute one, never one the
/// enquiry's facts bar ([`civil_society_barred`]), and only while its vetting is valid at
/// `now` (the engine also needs the person's own consent; a handler's override is told
/// each of these as a [`Breach`]).
pub fn civil_society_may_receive(vetted: bool, acute: bool, enquiry: &Enquiry) -> bool {
    vetted && !acute && civil_society_barred(enquiry).is_none()
}

/// Why the enquiry's facts keep civil society out, whatever a rule or a handler proposes:
/// a child's case, a serious or acute threat, protected identity or a protected witness.
pub fn civil_society_barred(enquiry: &Enquiry) -> Option<Breach> {
    let protected = enquiry
        .situation
        .iter()
        .any(|s| matches!(s, Situation::ProtectedIdentity | Situation::ProtectedWitness));
    if enquiry.is_child() {
        Some(Breach::CivilSocietyChild)
    } else if matches!(enquiry.threat, Some(Threat::Serious | Threat::Acute)) {
        Some(Breach::CivilSocietyThreat)
    } else if protected {
        Some(Breach::CivilSocietyProtected)
    } else {
        None
    }
}

/// Whether `org` is civil society: as the directory says, or (for an organisation the
/// directory no longer lists) by its `civil:` id.
pub fn is_civil_society(directory: &Directory, org: &str) -> bool {
    directory
        .org(org)
        .map_or(org.starts_with("civil:"), |o| o.kind == OrgKind::CivilSociety)
}

/// What the policy forbids about giving `org` the `role` on a decision of `priority`
/// (`None` when no valid priority was chosen) about `enquiry` at `now`, in the order a
/// form names them.
pub fn breaches(
    directory: &Directory,
    org: &str,
    role: Role,
    priority: Option<Priority>,
    enquiry: &Enquiry,
    now: OffsetDateTime,
) -> Vec<Breach> {
    if !is_civil_society(directory, org) {
        return Vec::new();
    }
    let vetted = directory.org(org).is_some_and(|o| o.is_vetted_at(now));
    [
        (role == Role::Primary, Breach::CivilSocietyPrimary),
        (!vetted, Breach::CivilSocietyUnvetted),
        (priority == Some(Priority::P1), Breach::CivilSocietyAcute),
    ]
    .into_iter()
    .filter_map(|(fault, breach)| fault.then_some(breach))
    .chain(civil_society_barred(enquiry))
    .collect()
}

/// The decision in force after a person chose `priority` and `recipients` (org, role)
/// over `current`: kept recipients keep their reasons and rule ids; added ones get
/// `added` as their reason, and their hours as the engine states them (112 out of hours
/// on an acute case, the directory's alternative otherwise; civil society marked as
/// receiving no offence data). Flags, rules version and trail stay the engine's; the
/// notices about civil society and a closed primary follow the new recipients.
pub fn overridden(
    current: &Decision,
    priority: Priority,
    recipients: &[(String, Role)],
    directory: &Directory,
    now: OffsetDateTime,
    added: &Reason,
) -> Decision {
    let acute = priority == Priority::P1;
    let mut recipients: Vec<Recipient> = recipients
        .iter()
        .map(|(org, role)| match current.recipient(org) {
            Some(kept) => Recipient {
                role: *role,
                ..kept.clone()
            },
            None => {
                let found = directory.org(org);
                let open = found.is_none_or(|o| o.is_open(now));
                let own = found.map_or(OutOfHours::ContactPoint, |o| o.out_of_hours);
                Recipient {
                    org: org.clone(),
                    role: *role,
                    rules: Vec::new(),
                    reason: added.clone(),
                    open,
                    out_of_hours: out_of_hours(own, acute, open),
                    no_offence_data: found.is_some_and(|o| o.kind == OrgKind::CivilSociety),
                }
            }
        })
        .collect();
    recipients.sort_by_key(|r| r.role);
    let civil = recipients.iter().any(|r| r.no_offence_data);
    let primary_closed = recipients.first().is_some_and(|r| !r.open);
    let notices = Notice::ALL
        .iter()
        .copied()
        .filter(|n| match n {
            Notice::NoOffenceData => civil,
            Notice::PrimaryClosed => primary_closed,
            other => current.has_notice(*other),
        })
        .collect();
    Decision {
        priority,
        recipients,
        flags: current.flags.clone(),
        notices,
        rules_version: current.rules_version.clone(),
        trail: current.trail.clone(),
    }
}
