//! The engine: runs the rule set over one enquiry and applies the fixed precedence.

use std::sync::Arc;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::condition::Facts;
use super::decision::{Decision, Reason, Recipient};
use super::enquiry::{Enquiry, Wishes};
use super::policy;
use super::resolve::resolve;
use super::rules::RuleSet;
use super::values::{Flag, Notice, Priority, Role, Threat};
use crate::directory::{Directory, OrgKind, Organisation, OutOfHours};

/// Switches that change routing without changing the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EngineSettings {
    /// The contact point is run by an authority (default: yes, the police host it), so
    /// its staff must report concern about a child (`mandatory_report`).
    pub host_is_authority: bool,
}

impl Default for EngineSettings {
    fn default() -> Self {
        Self {
            host_is_authority: true,
        }
    }
}

/// The triage engine: a checked rule set over a directory. Cheap to share behind an `Arc`.
#[derive(Debug, Clone)]
pub struct Engine {
    rules: RuleSet,
    directory: Arc<Directory>,
    settings: EngineSettings,
    version: String,
}

/// Engine safety net: 112 when acute and no rule named it.
const ACUTE_FLOOR: (&str, &str) = (
    "Akut fara för livet: larma 112 nu.",
    "Acute danger to life: call 112 now.",
);
/// Engine safety net: the contact point when no rule named a primary.
const FALLBACK: (&str, &str) = (
    "Kontaktpunkten tar ärendet och hänvisar vidare.",
    "The contact point takes the case and refers it on.",
);

/// A recipient being built up while rules fire.
struct Acc<'a> {
    org: &'a Organisation,
    role: Role,
    /// Order in which it first claimed `primary`; the lowest wins.
    claim: Option<u32>,
    rules: Vec<&'a str>,
    reasons: Vec<(&'a str, &'a str)>,
}

impl Engine {
    /// Builds an engine. `rules` must have been loaded against the same directory.
    pub fn new(rules: RuleSet, directory: Arc<Directory>, settings: EngineSettings) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(rules.hash);
        hasher.update(directory.fingerprint());
        let hex: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Self {
            rules,
            directory,
            settings,
            version: format!("sha256:{hex}"),
        }
    }

    /// `sha256:…` over the rule files' bytes and the directory's files.
    pub fn rules_version(&self) -> &str {
        &self.version
    }

    /// The directory the engine routes into.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The directory the engine routes into, to hold beyond the engine's borrow.
    pub fn shared_directory(&self) -> Arc<Directory> {
        Arc::clone(&self.directory)
    }

    /// The rule set.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The settings.
    pub fn settings(&self) -> EngineSettings {
        self.settings
    }

    /// Decides one enquiry. Pure: no I/O, no clock; `now` is used only for opening
    /// hours and civil-society vetting dates.
    ///
    /// Precedence, after every matching rule has fired in order:
    /// 1. Acute danger: P1, `call_112`, `acute_danger`, and `emergency:112` is primary —
    ///    always, consent or not (added by the engine if a rule forgot it).
    /// 2. Otherwise the first rule that named a `primary` wins; the shipped rules put
    ///    "no consent → contact point" and "no municipality → contact point" before any
    ///    other primary, so without consent the contact point stays primary.
    /// 3. If no rule named a primary, the contact point is primary.
    ///
    /// Every other would-be primary becomes `secondary`. Civil society is dropped in
    /// acute cases, in a child's case, under a serious threat, for protected identity or a
    /// protected witness, without the person's own consent, or when unvetted or expired at
    /// `now`; otherwise it is at most `secondary` and marked `no_offence_data`. An
    /// organisation marked `needs_consent` in the directory (Migrationsverket, UD) is
    /// dropped unless the consent given reaches it ([`Enquiry::consent_reaches`]).
    pub fn decide(&self, enquiry: &Enquiry, now: OffsetDateTime) -> Decision {
        self.decide_with(enquiry, Wishes::default(), now)
    }

    /// Decides one enquiry with the person's [`Wishes`] as further facts for the rules
    /// (the interpreter wish sets `needs_interpreter` through a rule, like every flag).
    pub fn decide_with(&self, enquiry: &Enquiry, wishes: Wishes, now: OffsetDateTime) -> Decision {
        let facts = Facts::new(enquiry, wishes, self.settings.host_is_authority);
        let acute = enquiry.threat == Some(Threat::Acute);
        let mut priority = Priority::P3;
        let (mut flags, mut notices) = (0u32, 0u32);
        let mut trail: Vec<&str> = Vec::new();
        let mut acc: Vec<Acc<'_>> = Vec::new();
        let mut claims = 0u32;
        let mut targets = Vec::new();

        for rule in &self.rules.rules {
            if !rule.when.eval(&facts) {
                continue;
            }
            trail.push(&rule.id);
            if let Some(p) = rule.priority {
                priority = priority.min(p);
            }
            flags |= rule.flags.iter().fold(0, |m, f| m | 1 << f.index());
            notices |= rule.notices.iter().fold(0, |m, n| m | 1 << n.index());
            for spec in &rule.recipients {
                targets.clear();
                resolve(&self.directory, spec.target, enquiry, now, &mut targets);
                for &org in &targets {
                    let claim = (spec.role == Role::Primary).then(|| {
                        claims += 1;
                        claims
                    });
                    add(&mut acc, org, spec.role, claim, &rule.id, (&spec.sv, &spec.en));
                }
            }
            if rule.stop {
                break;
            }
        }

        if acute {
            priority = Priority::P1;
            flags |= 1 << Flag::AcuteDanger.index();
            notices |= 1 << Notice::Call112.index();
            match acc.iter_mut().find(|a| a.org.kind == OrgKind::Emergency) {
                // 112 outranks every claim, whichever rule named it.
                Some(a) => a.claim = Some(0),
                None => {
                    if let Some(org) = self.directory.org("emergency:112") {
                        add(
                            &mut acc,
                            org,
                            Role::Primary,
                            Some(0),
                            "engine:acute-floor",
                            ACUTE_FLOOR,
                        );
                    }
                }
            }
        }

        // Whose consent it is decides how far it reaches (a relative's never stands in
        // for an adult's; a guardian's reaches a child's social services only).
        let consent = enquiry.consent_from();
        acc.retain(|a| match a.org.kind {
            OrgKind::CivilSociety => {
                consent.reaches(a.org.kind)
                    && policy::civil_society_may_receive(a.org.is_vetted_at(now), acute, enquiry)
            }
            kind => consent.reaches(kind) || !a.org.needs_consent,
        });
        for a in acc.iter_mut().filter(|a| a.org.kind == OrgKind::CivilSociety) {
            a.claim = None;
            a.role = a.role.max(Role::Secondary);
        }

        let winner = acc
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.claim.map(|c| (c, i)))
            .min();
        let winner = match winner {
            Some((_, i)) => i,
            None => {
                if let Some(org) = self.directory.org("contact-point") {
                    add(
                        &mut acc,
                        org,
                        Role::Primary,
                        Some(u32::MAX),
                        "engine:fallback",
                        FALLBACK,
                    );
                }
                acc.iter()
                    .position(|a| a.org.kind == OrgKind::ContactPoint)
                    .unwrap_or(0)
            }
        };
        for (i, a) in acc.iter_mut().enumerate() {
            a.role = if i == winner {
                Role::Primary
            } else {
                a.role.max(Role::Secondary)
            };
        }

        let mut recipients: Vec<Recipient> = acc
            .iter()
            .map(|a| {
                let open = a.org.is_open(now);
                let out_of_hours = policy::out_of_hours(a.org.out_of_hours, acute, open);
                if let Some(notice) = out_of_hours
                    .and_then(notice_for)
                    .filter(|_| a.role != Role::Inform)
                {
                    notices |= 1 << notice.index();
                }
                let civil = a.org.kind == OrgKind::CivilSociety;
                if civil {
                    notices |= 1 << Notice::NoOffenceData.index();
                }
                Recipient {
                    org: a.org.id.clone(),
                    role: a.role,
                    rules: a.rules.iter().map(|r| (*r).to_owned()).collect(),
                    reason: Reason {
                        sv: join(a.reasons.iter().map(|r| r.0)),
                        en: join(a.reasons.iter().map(|r| r.1)),
                    },
                    open,
                    out_of_hours,
                    no_offence_data: civil,
                }
            })
            .collect();
        // Stable: the primary first, then secondaries, then informed, each in rule order.
        recipients.sort_by_key(|r| r.role);

        if recipients.first().is_some_and(|r| !r.open) {
            notices |= 1 << Notice::PrimaryClosed.index();
        }
        // Someone who must act is closed: name the 24/7 lines for children and women too.
        if recipients.iter().any(|r| !r.open && r.role != Role::Inform) {
            if enquiry.is_child() {
                notices |= 1 << Notice::CallBris.index();
            }
            if flags & (1 << Flag::GenderSpecific.index()) != 0 {
                notices |= 1 << Notice::CallKvinnofridslinjen.index();
            }
        }

        Decision {
            priority,
            recipients,
            flags: Flag::ALL
                .iter()
                .copied()
                .filter(|f| flags & (1 << f.index()) != 0)
                .collect(),
            notices: Notice::ALL
                .iter()
                .copied()
                .filter(|n| notices & (1 << n.index()) != 0)
                .collect(),
            rules_version: self.version.clone(),
            trail: trail.into_iter().map(str::to_owned).collect(),
        }
    }
}

/// Adds a recipient, or merges into the one already there (strongest role, first claim).
fn add<'a>(
    acc: &mut Vec<Acc<'a>>,
    org: &'a Organisation,
    role: Role,
    claim: Option<u32>,
    rule: &'a str,
    reason: (&'a str, &'a str),
) {
    match acc.iter_mut().find(|a| std::ptr::eq(a.org, org)) {
        Some(a) => {
            a.role = a.role.min(role);
            a.claim = a.claim.or(claim);
            if !a.rules.contains(&rule) {
                a.rules.push(rule);
            }
            if !a.reasons.contains(&reason) {
                a.reasons.push(reason);
            }
        }
        None => acc.push(Acc {
            org,
            role,
            claim,
            rules: vec![rule],
            reasons: vec![reason],
        }),
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" ")
}

/// The notice that tells the person about an out-of-hours line.
fn notice_for(alt: OutOfHours) -> Option<Notice> {
    match alt {
        OutOfHours::Emergency112 => Some(Notice::Call112),
        OutOfHours::Police11414 => Some(Notice::Call11414),
        OutOfHours::Socialjour => Some(Notice::CallSocialjour),
        OutOfHours::Bris => Some(Notice::CallBris),
        OutOfHours::Kvinnofridslinjen => Some(Notice::CallKvinnofridslinjen),
        OutOfHours::Vardguiden1177 => Some(Notice::Call1177),
        OutOfHours::ContactPoint => None,
    }
}
