//! The override form's checks and the decision an override puts in force.

use std::path::PathBuf;

use time::OffsetDateTime;
use time::macros::datetime;

use super::form::{Chosen, FormRow, OverrideForm, validate};
use super::history::differences;
use crate::directory::Directory;
use crate::triage::policy;
use crate::triage::{
    AgeBand, Decision, Enquiry, Flag, Notice, Priority, Reason, Recipient, Role, Situation, Threat,
};
use crate::web::FieldError;

fn directory() -> Directory {
    Directory::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/directory"))
        .expect("the shipped directory loads")
}

fn recipient(org: &str, role: Role) -> Recipient {
    Recipient {
        org: org.to_owned(),
        role,
        rules: vec!["some-rule".to_owned()],
        reason: Reason {
            sv: "regel".to_owned(),
            en: "rule".to_owned(),
        },
        open: true,
        out_of_hours: None,
        no_offence_data: false,
    }
}

fn proposal() -> Decision {
    Decision {
        priority: Priority::P2,
        recipients: vec![
            recipient("socialtjanst:1280", Role::Primary),
            recipient("police:region:syd", Role::Secondary),
        ],
        flags: vec![Flag::Child],
        notices: vec![],
        rules_version: "sha256:x".to_owned(),
        trail: vec!["child".to_owned()],
    }
}

fn form(priority: &str, rows: &[(&str, &str)], add: (&str, &str), reason: &str) -> OverrideForm {
    OverrideForm {
        priority: priority.to_owned(),
        rows: rows
            .iter()
            .map(|(org, role)| FormRow {
                org: (*org).to_owned(),
                name: String::new(),
                role: (*role).to_owned(),
                invalid: false,
            })
            .collect(),
        add_org: add.0.to_owned(),
        add_role: add.1.to_owned(),
        reason: reason.to_owned(),
        priority_invalid: false,
        add_invalid: false,
        reason_invalid: false,
    }
}

const NOW: OffsetDateTime = datetime!(2026-11-23 09:30 UTC);
const ROWS: [(&str, &str); 2] = [
    ("socialtjanst:1280", "primary"),
    ("police:region:syd", "secondary"),
];

fn messages(result: Result<Chosen, Vec<FieldError>>) -> Vec<&'static str> {
    result
        .err()
        .unwrap_or_default()
        .iter()
        .map(|e| e.message_id)
        .collect()
}

#[test]
fn each_broken_override_names_its_problem() {
    let dir = directory();
    let cases: [(OverrideForm, &str, &str); 9] = [
        (
            form("P1", &ROWS, ("", ""), "  "),
            "decisions-error-reason",
            "no reason",
        ),
        (
            form("P9", &ROWS, ("", ""), "r"),
            "decisions-error-priority",
            "unknown priority",
        ),
        (
            form("P2", &[ROWS[0], ("police:region:syd", "primary")], ("", ""), "r"),
            "decisions-error-primary",
            "two primaries",
        ),
        (
            form("P2", &[("socialtjanst:1280", "remove"), ROWS[1]], ("", ""), "r"),
            "decisions-error-primary",
            "no primary",
        ),
        (
            form("P2", &ROWS, ("nowhere:1", "inform"), "r"),
            "decisions-error-unknown-org",
            "unknown org",
        ),
        (
            form("P2", &ROWS, ("civil:exempel-mentorer", "primary"), "r"),
            "decisions-error-civil-primary",
            "civil primary",
        ),
        (
            form("P2", &ROWS, ("civil:exempel-utgangen", "inform"), "r"),
            "decisions-error-civil-vetting",
            "civil expired",
        ),
        (
            form("P1", &ROWS, ("civil:exempel-mentorer", "inform"), "r"),
            "decisions-error-civil-acute",
            "civil on P1",
        ),
        (
            form("P2", &ROWS, ("", ""), "r"),
            "decisions-error-unchanged",
            "nothing changed",
        ),
    ];
    for (mut typed, expected, why) in cases {
        let got = messages(validate(&mut typed, &proposal(), &Enquiry::default(), &dir, NOW));
        assert!(got.contains(&expected), "{why}: {got:?}");
    }
}

#[test]
fn civil_society_is_refused_for_a_child_a_serious_threat_and_protected_identity() {
    let dir = directory();
    let child = Enquiry {
        age_band: Some(AgeBand::From15To17),
        ..Enquiry::default()
    };
    let threatened = Enquiry {
        threat: Some(Threat::Serious),
        ..Enquiry::default()
    };
    let protected = Enquiry {
        situation: vec![Situation::ProtectedIdentity],
        ..Enquiry::default()
    };
    let cases = [
        (child, "decisions-error-civil-child", "a child's case"),
        (threatened, "decisions-error-civil-threat", "a serious threat"),
        (protected, "decisions-error-civil-protected", "protected identity"),
    ];
    for (enquiry, expected, why) in cases {
        // A secondary civil-society recipient on a P2 case: allowed but for the enquiry.
        let mut typed = form("P2", &ROWS, ("civil:exempel-mentorer", "secondary"), "r");
        let got = messages(validate(&mut typed, &proposal(), &enquiry, &dir, NOW));
        assert_eq!(got, [expected], "{why}");
        assert!(typed.add_invalid, "{why}: the added row is marked");
    }
    // The same recipient on an adult's case without those facts is accepted.
    let mut typed = form("P2", &ROWS, ("civil:exempel-mentorer", "secondary"), "r");
    assert!(validate(&mut typed, &proposal(), &Enquiry::default(), &dir, NOW).is_ok());
}

#[test]
fn a_valid_override_keeps_reasons_and_marks_civil_society() {
    let dir = directory();
    let mut typed = form(
        "P3",
        &[ROWS[0], ("police:region:syd", "remove")],
        ("civil:exempel-mentorer", "secondary"),
        " because ",
    );
    let chosen = validate(&mut typed, &proposal(), &Enquiry::default(), &dir, NOW).expect("valid");
    assert_eq!(chosen.reason, "because");
    let added = Reason {
        sv: "Tillagd".to_owned(),
        en: "Added".to_owned(),
    };
    let decision = policy::overridden(
        &proposal(),
        chosen.priority,
        &chosen.recipients,
        &dir,
        NOW,
        &added,
    );
    assert_eq!(decision.priority, Priority::P3);
    assert_eq!(decision.recipients.len(), 2);
    assert_eq!(
        decision.recipients[0].reason.en, "rule",
        "a kept recipient keeps its reason"
    );
    let civil = &decision.recipients[1];
    assert_eq!(
        (civil.org.as_str(), civil.role),
        ("civil:exempel-mentorer", Role::Secondary)
    );
    assert!(civil.no_offence_data && civil.reason == added && civil.rules.is_empty());
    assert!(decision.has_notice(Notice::NoOffenceData));
    assert_eq!(
        decision.trail,
        proposal().trail,
        "the rule trail stays the engine's"
    );
    let diff = differences(&proposal(), &decision, &dir);
    let whats: Vec<&str> = diff.iter().map(|d| d.what).collect();
    assert_eq!(whats, ["priority", "added", "removed"]);
}
