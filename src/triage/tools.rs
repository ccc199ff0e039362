//! Tools for the people who own the rules: `triage explain`, `triage replay` and
//! `directory check`. They read enquiries and configuration and write nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use time::OffsetDateTime;

use super::{
    AgeBand, Channel, Citizenship, Decision, Engine, Enquirer, Enquiry, EnquiryType, Environment, Gender,
    Need, ProfessionalOrg, Risk, Situation, Threat, WriterAgeBand,
};
use crate::directory::Directory;

/// A decision as a person reads it: the JSON, then each recipient and the rule trail.
pub fn explain(decision: &Decision) -> String {
    let mut out = serde_json::to_string_pretty(decision).unwrap_or_default();
    let _ = write!(out, "\n\npriority {}\n", decision.priority);
    for r in &decision.recipients {
        let hours = if r.open { "" } else { " (closed now)" };
        let _ = writeln!(
            out,
            "  {:<9} {}{hours} — {} [{}]",
            r.role.as_str(),
            r.org,
            r.reason.en,
            r.rules.join(", ")
        );
    }
    let _ = writeln!(out, "rule trail: {}", decision.trail.join(" → "));
    out
}

/// One enquiry whose decision differs between two rule sets.
#[derive(Debug)]
pub struct Change {
    /// Which enquiry (a stored id, or `synthetic #n`).
    pub label: String,
    /// Priority now and with the candidate rules.
    pub priority: (String, String),
    /// Primary recipient now and with the candidate rules.
    pub primary: (String, String),
}

/// What a candidate rule set would change.
#[derive(Debug, Default)]
pub struct Replay {
    /// Enquiries replayed.
    pub total: usize,
    /// Enquiries whose priority, primary, recipients, flags or notices change.
    pub changed: usize,
    /// Count by priority: (current, candidate) → n.
    pub priorities: BTreeMap<(String, String), usize>,
    /// Count of primary changes: (current, candidate) → n (only where it changes).
    pub primaries: BTreeMap<(String, String), usize>,
    /// The first few changes.
    pub examples: Vec<Change>,
}

/// Decides every enquiry with both engines and counts the differences.
pub fn replay(
    current: &Engine,
    candidate: &Engine,
    enquiries: impl IntoIterator<Item = (String, Enquiry, OffsetDateTime)>,
    max_examples: usize,
) -> Replay {
    let mut out = Replay::default();
    for (label, enquiry, at) in enquiries {
        let a = current.decide(&enquiry, at);
        let b = candidate.decide(&enquiry, at);
        out.total += 1;
        let primary = |d: &Decision| d.primary().map_or_else(String::new, |r| r.org.clone());
        let priority = (a.priority.to_string(), b.priority.to_string());
        *out.priorities.entry(priority.clone()).or_default() += 1;
        let same = a.priority == b.priority
            && a.recipients
                .iter()
                .map(|r| (&r.org, r.role))
                .eq(b.recipients.iter().map(|r| (&r.org, r.role)))
            && a.flags == b.flags
            && a.notices == b.notices;
        if same {
            continue;
        }
        out.changed += 1;
        let primaries = (primary(&a), primary(&b));
        if primaries.0 != primaries.1 {
            *out.primaries.entry(primaries.clone()).or_default() += 1;
        }
        if out.examples.len() < max_examples {
            out.examples.push(Change {
                label,
                priority,
                primary: primaries,
            });
        }
    }
    out
}

impl std::fmt::Display for Replay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        #[expect(clippy::cast_precision_loss, reason = "a percentage for people to read")]
        let share = if self.total == 0 {
            0.0
        } else {
            100.0 * self.changed as f64 / self.total as f64
        };
        writeln!(
            f,
            "replayed {} enquiries; {} decisions change ({share:.1} %)",
            self.total, self.changed
        )?;
        writeln!(f, "\npriority (current → candidate): count")?;
        for ((a, b), n) in &self.priorities {
            writeln!(f, "  {a} → {b}: {n}")?;
        }
        writeln!(f, "\nprimary recipient changes (current → candidate): count")?;
        if self.primaries.is_empty() {
            writeln!(f, "  none")?;
        }
        for ((a, b), n) in &self.primaries {
            writeln!(f, "  {a} → {b}: {n}")?;
        }
        writeln!(f, "\nexamples")?;
        for c in &self.examples {
            writeln!(
                f,
                "  {}: {} → {}, primary {} → {}",
                c.label, c.priority.0, c.priority.1, c.primary.0, c.primary.1
            )?;
        }
        Ok(())
    }
}

/// `count` varied enquiries from a fixed seed (the same every run), for benchmarks and
/// for replaying a rule change when no stored enquiries are at hand.
pub fn synthetic(
    directory: &Directory,
    count: usize,
    at: OffsetDateTime,
) -> impl Iterator<Item = (String, Enquiry, OffsetDateTime)> + '_ {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        // xorshift64*: cheap, deterministic, good enough to spread over the enum values.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    (0..count).map(move |i| {
        let mut pick = |n: usize| usize::try_from(next() % n.max(1) as u64).unwrap_or(0);
        fn one<T: Copy>(all: &[T], k: usize) -> Option<T> {
            all.get(k).copied()
        }
        let municipalities = directory.municipalities();
        let enquiry = Enquiry {
            channel: one(Channel::ALL, pick(Channel::ALL.len())),
            enquirer: one(Enquirer::ALL, pick(Enquirer::ALL.len())),
            professional_org: one(ProfessionalOrg::ALL, pick(ProfessionalOrg::ALL.len() * 3)),
            age_band: one(AgeBand::ALL, pick(AgeBand::ALL.len() + 1)),
            gender: one(Gender::ALL, pick(Gender::ALL.len() + 1)),
            environment: one(Environment::ALL, pick(Environment::ALL.len()))
                .into_iter()
                .collect(),
            municipality: municipalities
                .get(pick(municipalities.len() + 20))
                .map(|m| m.code.clone()),
            enquiry_type: one(EnquiryType::ALL, pick(EnquiryType::ALL.len() * 6)),
            writer_age_band: one(WriterAgeBand::ALL, pick(WriterAgeBand::ALL.len() * 3)),
            situation: one(Situation::ALL, pick(Situation::ALL.len() * 3))
                .into_iter()
                .collect(),
            risks: one(Risk::ALL, pick(Risk::ALL.len() * 4)).into_iter().collect(),
            threat: one(Threat::ALL, pick(Threat::ALL.len() + 1)),
            needs: (0..pick(3))
                .filter_map(|_| one(Need::ALL, pick(Need::ALL.len())))
                .collect(),
            citizenship: one(Citizenship::ALL, pick(Citizenship::ALL.len() + 1)),
            consent_to_share: Some(pick(4) != 0),
            language: Some(["sv", "en", "ar", "so", "ti", "fa"][pick(6)].to_owned()),
            message: None,
        };
        (format!("synthetic #{i}"), enquiry, at)
    })
}

/// Problems `directory check` found (empty: all good) and warnings that do not fail it.
#[derive(Debug, Default)]
pub struct DirectoryReport {
    /// What makes the check fail.
    pub problems: Vec<String>,
    /// What someone should look at.
    pub warnings: Vec<String>,
}

/// The instant `directory check` asks about, given the time now: noon in Sweden on
/// today's date, or on the next Monday when today is a Saturday or Sunday. Vetting is
/// judged by today's date; on a weekday at noon the offices are open, so what the check
/// finds is about routes, not opening hours.
pub fn check_instant(now: OffsetDateTime) -> OffsetDateTime {
    let today = crate::clock::stockholm(now).date();
    let skip = match today.weekday() {
        time::Weekday::Saturday => 2,
        time::Weekday::Sunday => 1,
        _ => 0,
    };
    let date = today.saturating_add(time::Duration::days(skip));
    crate::clock::stockholm_day_start(date) + time::Duration::hours(12)
}

/// Every municipality must have a local route for every environment (with consent and a
/// threat, and without a threat), every routed organisation must exist, and no expired
/// vetting may be routed to. Shipped examples (`example = true`) are warned about: they
/// are routed to, marked as examples, until real ones replace them.
pub fn check_directory(engine: &Engine, at: OffsetDateTime) -> DirectoryReport {
    let mut report = DirectoryReport::default();
    let directory = engine.directory();
    for org in directory.expired_vetting(at) {
        report.warnings.push(format!(
            "{}: vetting has expired; it is never routed to — renew or remove it",
            org.id
        ));
    }
    for org in directory.orgs().iter().filter(|o| o.example) {
        report.warnings.push(format!(
            "{}: an example (\"{}\"), not a real organisation — replace it before going live",
            org.id, org.name
        ));
    }
    let environments = [
        Environment::CriminalNetwork,
        Environment::ViolentExtremism,
        Environment::HonourRelated,
    ];
    for m in directory.municipalities() {
        for environment in environments {
            for threat in [Threat::SomeThreat, Threat::NoThreat] {
                let enquiry = Enquiry {
                    municipality: Some(m.code.clone()),
                    environment: vec![environment],
                    threat: Some(threat),
                    consent_to_share: Some(true),
                    ..Enquiry::default()
                };
                let decision = engine.decide(&enquiry, at);
                let primary = decision.primary().map(|r| r.org.as_str()).unwrap_or_default();
                if primary == "contact-point" {
                    report.problems.push(format!(
                        "{} {}: no local route for {} ({}); the contact point would stay primary",
                        m.code.as_str(),
                        m.name,
                        environment.as_str(),
                        threat.as_str()
                    ));
                }
                for r in &decision.recipients {
                    match directory.org(&r.org) {
                        None => report.problems.push(format!(
                            "{}: routes to unknown organisation {}",
                            m.code.as_str(),
                            r.org
                        )),
                        Some(org) if !org.is_vetted_at(at) => {
                            report.problems.push(format!(
                                "{}: routes to {} whose vetting has expired",
                                m.code.as_str(),
                                r.org
                            ));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::check_instant;

    #[test]
    fn the_directory_check_asks_about_noon_on_todays_date_or_the_next_weekday() {
        let cases = [
            (
                datetime!(2031-03-12 07:00 UTC),
                datetime!(2031-03-12 11:00 UTC),
                "a Wednesday in winter: noon is 11:00 UTC that day",
            ),
            (
                datetime!(2031-07-09 21:30 UTC),
                datetime!(2031-07-09 10:00 UTC),
                "a Wednesday evening in summer: noon the same Swedish day",
            ),
            (
                datetime!(2031-07-09 22:30 UTC),
                datetime!(2031-07-10 10:00 UTC),
                "past midnight in Sweden it is already Thursday",
            ),
            (
                datetime!(2031-03-15 12:00 UTC),
                datetime!(2031-03-17 11:00 UTC),
                "a Saturday: the next Monday",
            ),
            (
                datetime!(2031-03-16 12:00 UTC),
                datetime!(2031-03-17 11:00 UTC),
                "a Sunday: the next Monday",
            ),
        ];
        for (now, expected, why) in cases {
            assert_eq!(check_instant(now), expected, "{why}");
        }
    }
}
