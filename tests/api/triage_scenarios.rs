//! Scenario tests of issue #12's triage rules ("Rules to change" in `issues show 12` and
//! the shared design in ISSUE12.md), against the shipped `config/triage` and
//! `config/directory`, through the public API. No server needed. Written before the rules:
//! each test states one decision a domain expert would sign.
//!
//! Issue bullet → tests
//! - Whose consent counts: `a_relatives_consent_never_opens_the_police_track_for_an_adult`,
//!   `a_relatives_consent_about_an_adult_without_a_threat_keeps_the_contact_point_primary`,
//!   `a_relatives_consent_about_a_person_of_unknown_age_is_not_the_persons_consent`,
//!   `a_relatives_consent_never_reaches_migrationsverket_for_an_adult`,
//!   `a_relatives_consent_never_reaches_civil_society_for_an_adult`,
//!   `a_guardians_consent_makes_a_childs_social_services_primary_with_the_guardian_flag`,
//!   `a_guardians_consent_never_makes_the_programme_or_the_police_primary_for_a_child`,
//!   `a_professionals_consent_is_their_statement_and_reaches_the_programme`,
//!   `a_professionals_stated_consent_reaches_migrationsverket_on_the_persons_wish`,
//!   `the_persons_own_consent_sets_no_consent_flag`,
//!   `without_consent_a_childs_reason_names_the_report_of_concern_not_that_nothing_is_shared`
//! - Any threat is same-day: `some_threat_against_an_adult_is_p2`,
//!   `a_child_in_a_criminal_network_without_a_threat_is_p2`,
//!   `a_child_in_violent_extremism_without_a_threat_is_p2`,
//!   `an_adult_in_a_criminal_network_without_a_threat_stays_p3`
//! - The police act when there is danger:
//!   `a_serious_threat_makes_the_police_region_secondary_where_a_programme_exists`,
//!   `a_need_for_protection_makes_the_police_region_at_least_secondary_where_a_programme_exists`,
//!   `a_need_for_protection_without_a_stated_threat_still_involves_the_police_region`,
//!   `a_serious_threat_without_any_programme_goes_to_the_police_region_coordinator`,
//!   `a_serious_threat_without_a_municipality_involves_the_national_police`
//! - Honour-related violence is not the gang defector track:
//!   `honour_related_without_a_network_never_opens_a_programme`,
//!   `honour_related_without_a_network_never_goes_to_the_defector_coordinator`,
//!   `honour_related_for_an_individual_has_the_honour_centre_secondary`,
//!   `honour_related_with_a_threat_has_the_police_region_secondary`,
//!   `honour_related_without_a_threat_or_protection_need_has_no_police`,
//!   `honour_related_with_a_criminal_network_still_opens_the_defector_track`,
//!   `taken_abroad_is_p1_and_tells_staff_to_consider_a_travel_ban`,
//!   `taken_abroad_involves_social_services_the_police_region_and_the_honour_centre`,
//!   `taken_abroad_without_acute_danger_does_not_make_112_primary`
//! - Risks: `self_harm_is_p1_with_the_self_harm_risk_flag`,
//!   `self_harm_tells_the_person_to_call_112_and_90101`,
//!   `self_harm_brings_in_the_regions_psychiatry_when_the_municipality_is_known`,
//!   `self_harm_without_a_municipality_tells_staff_to_find_psychiatry`,
//!   `self_harm_without_acute_danger_does_not_make_112_primary`,
//!   `threat_to_others_is_p1_with_the_threat_to_others_flag`,
//!   `threat_to_others_without_acute_danger_does_not_make_112_primary`,
//!   `threat_to_others_brings_in_the_police_region`,
//!   `threat_to_others_in_violent_extremism_brings_in_sapo`,
//!   `threat_to_others_outside_violent_extremism_never_brings_in_sapo`,
//!   `partner_violence_is_p2`,
//!   `partner_violence_goes_to_social_services`,
//!   `partner_violence_names_kvinnofridslinjen`,
//!   `partner_violence_offers_a_womens_shelter_where_civil_society_is_allowed`,
//!   `partner_violence_never_offers_a_shelter_in_a_childs_case`,
//!   `partner_violence_under_a_serious_threat_offers_no_shelter`,
//!   `partner_violence_told_by_a_relative_offers_no_shelter`,
//!   `threat_to_writer_is_at_least_p2`,
//!   `threat_to_writer_brings_in_the_police_region_for_the_writers_safety`
//! - Where the person is: `abroad_brings_in_ud_for_consular_support`,
//!   `abroad_brings_in_the_police_region`,
//!   `abroad_without_a_municipality_names_the_national_police`,
//!   `abroad_in_violent_extremism_brings_in_sapo_for_returnees`,
//!   `abroad_outside_violent_extremism_never_brings_in_sapo`,
//!   `on_remand_an_adult_goes_to_kriminalvarden_with_a_pending_case`,
//!   `on_remand_a_child_goes_to_social_services_with_a_pending_case`,
//!   `the_remand_reason_speaks_of_remand_not_of_a_sentence`,
//!   `the_custody_reason_speaks_of_a_sentence_not_of_remand`,
//!   `placed_by_social_services_tells_staff_to_find_the_placing_municipality`,
//!   `in_programme_goes_back_to_the_programme_with_existing_contact`,
//!   `in_programme_where_no_programme_exists_goes_back_to_social_services`,
//!   `an_open_social_services_case_goes_back_to_social_services_with_existing_contact`
//! - Children: `a_childs_own_wish_for_voluntary_return_never_reaches_migrationsverket`,
//!   `a_relative_who_is_a_child_gets_the_child_flag_and_bris`,
//!   `a_relative_who_is_a_child_brings_in_social_services`,
//!   `a_relative_who_is_a_child_cannot_consent_as_a_guardian`,
//!   (no-consent reason: see "Whose consent counts")
//! - Civil society: `an_adult_with_work_needs_and_own_consent_is_offered_a_mentor` (the
//!   baseline), `civil_society_is_never_offered_in_a_childs_case`,
//!   `civil_society_is_never_offered_under_a_serious_threat`,
//!   `civil_society_is_never_offered_under_an_acute_threat`,
//!   `civil_society_is_never_offered_with_protected_identity`,
//!   `civil_society_is_never_offered_to_a_protected_witness`,
//!   `a_handler_cannot_add_civil_society_where_the_engine_may_not`
//! - Method support and consultations:
//!   `a_consultation_about_violent_extremism_keeps_the_contact_point_primary_with_cve`,
//!   `method_support_about_honour_keeps_the_contact_point_primary_with_the_honour_centre`,
//!   `a_consultation_is_never_routed_back_to_the_askers_own_social_services`,
//!   `a_consultation_under_a_serious_threat_opens_no_programme_and_no_police_track`,
//!   `method_support_opens_no_programme_no_police_and_no_social_services`,
//!   `a_consultation_in_acute_danger_still_puts_112_first`
//! - Every decision has exactly one primary, and the rules above hold over generated
//!   enquiries with the new fields: the `property_*` tests at the end.

use kontaktpunkt::directory::MunicipalityCode;
use kontaktpunkt::triage::policy::{Breach, breaches};
use kontaktpunkt::triage::tools::{explain, synthetic};
use kontaktpunkt::triage::{
    AgeBand, Channel, Citizenship, Decision, Enquirer, Enquiry, EnquiryType, Environment, Flag, Gender, Need,
    Notice, Priority, ProfessionalOrg, Risk, Role, Situation, Threat, WriterAgeBand,
};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::datetime;

/// Tuesday 24 November 2026, 10:00 in Stockholm (winter time). Tests assert roles, not
/// opening state (the honour centre and CVE keep their own short hours).
const TUESDAY_10: OffsetDateTime = datetime!(2026-11-24 09:00 UTC);

// The shipped engine, directory and small readers are `triage_rules`' own.
use super::triage_rules::{decide_at, directory, engine, enquiry, primary, role};

fn decide(body: Value) -> Decision {
    decide_at(body, TUESDAY_10)
}

/// The decision as `triage explain` prints it, for failure messages.
fn show(d: &Decision) -> String {
    explain(d)
}

/// Primary or secondary: the organisation is asked to act.
fn at_least_secondary(d: &Decision, org: &str) -> bool {
    matches!(role(d, org), Some(Role::Primary | Role::Secondary))
}

/// The organisation is absent or not primary.
fn not_primary(d: &Decision, org: &str) -> bool {
    role(d, org) != Some(Role::Primary)
}

/// Some recipient's id starts with `prefix` (`programme:`, `police:`, `civil:`).
fn any_org(d: &Decision, prefix: &str) -> bool {
    d.recipients.iter().any(|r| r.org.starts_with(prefix))
}

/// `base` with `key` set to `value`.
fn with(mut base: Value, key: &str, value: Value) -> Value {
    base[key] = value;
    base
}

// ---------------------------------------------------------------- whose consent counts

#[test]
fn a_relatives_consent_never_opens_the_police_track_for_an_adult() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "21_25", "threat": "serious",
                          "environment": ["criminal_network"], "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(d.has_flag(Flag::ConsentRequired), "{}", show(&d));
    assert!(not_primary(&d, "programme:exempel-stockholm"), "{}", show(&d));
    assert!(not_primary(&d, "police:region:stockholm"), "{}", show(&d));
}

#[test]
fn a_relatives_consent_about_an_adult_without_a_threat_keeps_the_contact_point_primary() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "26_plus", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(d.has_flag(Flag::ConsentRequired), "{}", show(&d));
    assert!(not_primary(&d, "programme:exempel-malmo"), "{}", show(&d));
}

#[test]
fn a_relatives_consent_about_a_person_of_unknown_age_is_not_the_persons_consent() {
    let d = decide(json!({"enquirer": "relative", "threat": "some",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(d.has_flag(Flag::ConsentRequired), "{}", show(&d));
    assert!(!d.has_flag(Flag::GuardianConsent), "{}", show(&d));
}

#[test]
fn a_relatives_consent_never_reaches_migrationsverket_for_an_adult() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "21_25", "citizenship": "other",
                          "needs": ["voluntary_return"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.recipient("migrationsverket").is_none(), "{}", show(&d));
}

#[test]
fn a_relatives_consent_never_reaches_civil_society_for_an_adult() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "21_25", "threat": "none",
                          "environment": ["criminal_network"], "needs": ["work_education"],
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn a_guardians_consent_makes_a_childs_social_services_primary_with_the_guardian_flag() {
    let d = decide(
        json!({"enquirer": "relative", "writer_age_band": "26_plus", "age_band": "15_17",
                          "threat": "none", "municipality": "1480", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:1480", "{}", show(&d));
    assert!(d.has_flag(Flag::GuardianConsent), "{}", show(&d));
    assert!(!d.has_flag(Flag::ConsentStated), "{}", show(&d));
}

#[test]
fn a_guardians_consent_never_makes_the_programme_or_the_police_primary_for_a_child() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "15_17", "threat": "serious",
                          "environment": ["criminal_network"], "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:0180", "{}", show(&d));
    assert!(not_primary(&d, "programme:exempel-stockholm"), "{}", show(&d));
    assert!(not_primary(&d, "police:region:stockholm"), "{}", show(&d));
}

#[test]
fn a_professionals_consent_is_their_statement_and_reaches_the_programme() {
    let d = decide(json!({"enquirer": "professional", "professional_org": "school",
                          "age_band": "18_20", "threat": "serious",
                          "environment": ["criminal_network"], "municipality": "0180",
                          "consent_to_share": true}));
    assert!(d.has_flag(Flag::ConsentStated), "{}", show(&d));
    assert!(!d.has_flag(Flag::ConsentRequired), "{}", show(&d));
    assert_eq!(primary(&d), "programme:exempel-stockholm", "{}", show(&d));
}

#[test]
fn a_professionals_stated_consent_reaches_migrationsverket_on_the_persons_wish() {
    let d = decide(
        json!({"enquirer": "professional", "professional_org": "municipality",
                          "age_band": "26_plus", "citizenship": "other",
                          "needs": ["voluntary_return"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.has_flag(Flag::ConsentStated), "{}", show(&d));
    assert_eq!(
        role(&d, "migrationsverket"),
        Some(Role::Secondary),
        "{}",
        show(&d)
    );
}

#[test]
fn the_persons_own_consent_sets_no_consent_flag() {
    for enquirer in [Some("self"), None] {
        let mut body = json!({"age_band": "21_25", "threat": "some",
                              "environment": ["criminal_network"], "municipality": "1280",
                              "consent_to_share": true});
        if let Some(who) = enquirer {
            body["enquirer"] = json!(who);
        }
        let d = decide(body);
        for flag in [Flag::ConsentRequired, Flag::ConsentStated, Flag::GuardianConsent] {
            assert!(!d.has_flag(flag), "{enquirer:?} {flag}: {}", show(&d));
        }
    }
}

#[test]
fn without_consent_a_childs_reason_names_the_report_of_concern_not_that_nothing_is_shared() {
    let d = decide(json!({"age_band": "under_15", "municipality": "1280"}));
    assert!(d.has_flag(Flag::MandatoryReport), "{}", show(&d));
    let reason = &d.recipient("contact-point").expect("contact point").reason;
    let (sv, en) = (reason.sv.to_lowercase(), reason.en.to_lowercase());
    assert!(sv.contains("orosanmälan"), "{sv}");
    assert!(en.contains("report of concern"), "{en}");
    assert!(!sv.contains("delar inget"), "{sv}");
    assert!(!en.contains("shares nothing"), "{en}");
}

// ---------------------------------------------------------------- any threat is same-day

#[test]
fn some_threat_against_an_adult_is_p2() {
    let d = decide(
        json!({"threat": "some", "age_band": "26_plus", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P2, "{}", show(&d));
}

#[test]
fn a_child_in_a_criminal_network_without_a_threat_is_p2() {
    let d = decide(
        json!({"age_band": "15_17", "threat": "none", "environment": ["criminal_network"],
                          "municipality": "0180", "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P2, "{}", show(&d));
}

#[test]
fn a_child_in_violent_extremism_without_a_threat_is_p2() {
    let d = decide(
        json!({"age_band": "under_15", "environment": ["violent_extremism"],
                          "municipality": "1980", "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P2, "{}", show(&d));
}

#[test]
fn an_adult_in_a_criminal_network_without_a_threat_stays_p3() {
    let d = decide(
        json!({"age_band": "21_25", "threat": "none", "environment": ["criminal_network"],
                          "municipality": "0180", "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P3, "{}", show(&d));
}

// ---------------------------------------------------------------- the police act on danger

#[test]
fn a_serious_threat_makes_the_police_region_secondary_where_a_programme_exists() {
    let d = decide(
        json!({"threat": "serious", "age_band": "21_25", "environment": ["criminal_network"],
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "programme:exempel-malmo", "{}", show(&d));
    assert_eq!(
        role(&d, "police:region:syd"),
        Some(Role::Secondary),
        "{}",
        show(&d)
    );
}

#[test]
fn a_need_for_protection_makes_the_police_region_at_least_secondary_where_a_programme_exists() {
    let d = decide(
        json!({"threat": "some", "needs": ["protection"], "age_band": "18_20",
                          "environment": ["criminal_network"], "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "police:region:stockholm"), "{}", show(&d));
}

#[test]
fn a_need_for_protection_without_a_stated_threat_still_involves_the_police_region() {
    let d = decide(json!({"needs": ["protection"], "age_band": "26_plus",
                          "environment": ["criminal_network"], "municipality": "2584",
                          "consent_to_share": true}));
    assert!(at_least_secondary(&d, "police:region:nord"), "{}", show(&d));
}

#[test]
fn a_serious_threat_without_any_programme_goes_to_the_police_region_coordinator() {
    let d = decide(
        json!({"threat": "serious", "age_band": "21_25", "environment": ["criminal_network"],
                          "municipality": "2584", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "police:region:nord", "{}", show(&d));
    assert!(!any_org(&d, "programme:"), "{}", show(&d));
}

#[test]
fn a_serious_threat_without_a_municipality_involves_the_national_police() {
    let d = decide(json!({"threat": "serious", "age_band": "21_25", "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(at_least_secondary(&d, "police:national"), "{}", show(&d));
}

// ---------------------------------------------------------------- honour-related violence

#[test]
fn honour_related_without_a_network_never_opens_a_programme() {
    let d = decide(
        json!({"environment": ["honour_related"], "gender": "female", "age_band": "18_20",
                          "threat": "some", "municipality": "1280", "consent_to_share": true}),
    );
    assert!(!any_org(&d, "programme:"), "{}", show(&d));
    assert_eq!(primary(&d), "socialtjanst:1280", "{}", show(&d));
}

#[test]
fn honour_related_without_a_network_never_goes_to_the_defector_coordinator() {
    let d = decide(
        json!({"environment": ["honour_related"], "gender": "female", "age_band": "21_25",
                          "threat": "serious", "municipality": "2584", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:2584", "{}", show(&d));
    // The police region acts for protection, not as the defector coordinator.
    let police = d.recipient("police:region:nord").expect("police region");
    assert_eq!(police.role, Role::Secondary, "{}", show(&d));
    assert!(
        !police.reason.en.to_lowercase().contains("defector"),
        "{}",
        show(&d)
    );
    assert!(
        !police.reason.sv.to_lowercase().contains("avhopp"),
        "{}",
        show(&d)
    );
}

#[test]
fn honour_related_for_an_individual_has_the_honour_centre_secondary() {
    let d = decide(
        json!({"enquirer": "self", "environment": ["honour_related"], "gender": "female",
                          "age_band": "21_25", "threat": "none", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(role(&d, "nck-heder"), Some(Role::Secondary), "{}", show(&d));
}

#[test]
fn honour_related_with_a_threat_has_the_police_region_secondary() {
    let d = decide(
        json!({"environment": ["honour_related"], "gender": "female", "age_band": "21_25",
                          "threat": "some", "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(
        role(&d, "police:region:syd"),
        Some(Role::Secondary),
        "{}",
        show(&d)
    );
}

#[test]
fn honour_related_without_a_threat_or_protection_need_has_no_police() {
    let d = decide(
        json!({"environment": ["honour_related"], "gender": "female", "age_band": "21_25",
                          "threat": "none", "needs": ["housing"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(!any_org(&d, "police:"), "{}", show(&d));
}

#[test]
fn honour_related_with_a_criminal_network_still_opens_the_defector_track() {
    let d = decide(
        json!({"environment": ["honour_related", "criminal_network"], "age_band": "21_25",
                          "threat": "serious", "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "programme:exempel-malmo", "{}", show(&d));
}

#[test]
fn taken_abroad_is_p1_and_tells_staff_to_consider_a_travel_ban() {
    let d = decide(
        json!({"risks": ["taken_abroad"], "environment": ["honour_related"], "gender": "female",
                          "age_band": "15_17", "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P1, "{}", show(&d));
    assert!(d.has_flag(Flag::ConsiderTravelBan), "{}", show(&d));
}

#[test]
fn taken_abroad_involves_social_services_the_police_region_and_the_honour_centre() {
    let d = decide(
        json!({"risks": ["taken_abroad"], "environment": ["honour_related"], "gender": "female",
                          "age_band": "15_17", "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:1280", "{}", show(&d));
    assert!(at_least_secondary(&d, "police:region:syd"), "{}", show(&d));
    assert!(at_least_secondary(&d, "nck-heder"), "{}", show(&d));
}

#[test]
fn taken_abroad_without_acute_danger_does_not_make_112_primary() {
    let d = decide(
        json!({"risks": ["taken_abroad"], "gender": "female", "age_band": "18_20",
                          "threat": "some", "municipality": "1280", "consent_to_share": true}),
    );
    assert_ne!(primary(&d), "emergency:112", "{}", show(&d));
    assert!(!d.has_flag(Flag::AcuteDanger), "{}", show(&d));
}

// ---------------------------------------------------------------- risks

#[test]
fn self_harm_is_p1_with_the_self_harm_risk_flag() {
    let d = decide(
        json!({"risks": ["self_harm"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P1, "{}", show(&d));
    assert!(d.has_flag(Flag::SelfHarmRisk), "{}", show(&d));
}

#[test]
fn self_harm_tells_the_person_to_call_112_and_90101() {
    let d = decide(
        json!({"risks": ["self_harm"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.has_notice(Notice::Call112), "{}", show(&d));
    assert!(d.has_notice(Notice::Call90101), "{}", show(&d));
}

#[test]
fn self_harm_brings_in_the_regions_psychiatry_when_the_municipality_is_known() {
    let d = decide(
        json!({"risks": ["self_harm"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(
        role(&d, "region-psychiatry:12"),
        Some(Role::Secondary),
        "{}",
        show(&d)
    );
    assert!(!d.has_notice(Notice::FindPsychiatry), "{}", show(&d));
}

#[test]
fn self_harm_without_a_municipality_tells_staff_to_find_psychiatry() {
    let d = decide(json!({"risks": ["self_harm"], "age_band": "21_25", "consent_to_share": true}));
    assert!(d.has_notice(Notice::FindPsychiatry), "{}", show(&d));
    assert!(!any_org(&d, "region-psychiatry:"), "{}", show(&d));
}

#[test]
fn self_harm_without_acute_danger_does_not_make_112_primary() {
    let d = decide(
        json!({"risks": ["self_harm"], "age_band": "21_25", "threat": "none",
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert_ne!(primary(&d), "emergency:112", "{}", show(&d));
    assert!(!d.has_flag(Flag::AcuteDanger), "{}", show(&d));
}

#[test]
fn threat_to_others_is_p1_with_the_threat_to_others_flag() {
    let d = decide(json!({"risks": ["threat_to_others"], "age_band": "21_25",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}));
    assert_eq!(d.priority, Priority::P1, "{}", show(&d));
    assert!(d.has_flag(Flag::ThreatToOthers), "{}", show(&d));
}

#[test]
fn threat_to_others_without_acute_danger_does_not_make_112_primary() {
    let d = decide(
        json!({"risks": ["threat_to_others"], "age_band": "21_25", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_ne!(primary(&d), "emergency:112", "{}", show(&d));
    assert!(!d.has_flag(Flag::AcuteDanger), "{}", show(&d));
}

#[test]
fn threat_to_others_brings_in_the_police_region() {
    let d = decide(
        json!({"risks": ["threat_to_others"], "age_band": "21_25", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "police:region:syd"), "{}", show(&d));
}

#[test]
fn threat_to_others_in_violent_extremism_brings_in_sapo() {
    let d = decide(json!({"risks": ["threat_to_others"], "age_band": "21_25",
                          "environment": ["violent_extremism"], "municipality": "1980",
                          "consent_to_share": true}));
    assert!(at_least_secondary(&d, "sapo"), "{}", show(&d));
    assert!(at_least_secondary(&d, "police:region:mitt"), "{}", show(&d));
}

#[test]
fn threat_to_others_outside_violent_extremism_never_brings_in_sapo() {
    let d = decide(json!({"risks": ["threat_to_others"], "age_band": "21_25",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}));
    assert!(d.recipient("sapo").is_none(), "{}", show(&d));
}

#[test]
fn partner_violence_is_p2() {
    let d = decide(
        json!({"risks": ["partner_violence"], "gender": "female", "age_band": "26_plus",
                          "threat": "none", "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(d.priority, Priority::P2, "{}", show(&d));
}

#[test]
fn partner_violence_goes_to_social_services() {
    let d = decide(
        json!({"risks": ["partner_violence"], "age_band": "26_plus", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "socialtjanst:1280"), "{}", show(&d));
}

#[test]
fn partner_violence_names_kvinnofridslinjen() {
    let d = decide(
        json!({"risks": ["partner_violence"], "gender": "female", "age_band": "26_plus",
                          "threat": "none", "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.has_notice(Notice::CallKvinnofridslinjen), "{}", show(&d));
}

/// An adult woman, her own consent, no serious threat: civil society is allowed.
fn partner_violence_base() -> Value {
    json!({"enquirer": "self", "risks": ["partner_violence"], "gender": "female", "age_band": "26_plus",
           "threat": "none", "municipality": "1280", "consent_to_share": true})
}

#[test]
fn partner_violence_offers_a_womens_shelter_where_civil_society_is_allowed() {
    let d = decide(partner_violence_base());
    let shelter = d.recipient("civil:exempel-kvinnojour");
    assert!(
        shelter.is_some_and(|r| r.role != Role::Primary && r.no_offence_data),
        "{}",
        show(&d)
    );
    assert!(d.has_notice(Notice::NoOffenceData), "{}", show(&d));
}

#[test]
fn partner_violence_never_offers_a_shelter_in_a_childs_case() {
    let d = decide(with(partner_violence_base(), "age_band", json!("15_17")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn partner_violence_under_a_serious_threat_offers_no_shelter() {
    let d = decide(with(partner_violence_base(), "threat", json!("serious")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn partner_violence_told_by_a_relative_offers_no_shelter() {
    let d = decide(with(partner_violence_base(), "enquirer", json!("relative")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn threat_to_writer_is_at_least_p2() {
    let d = decide(
        json!({"enquirer": "relative", "risks": ["threat_to_writer"], "age_band": "21_25",
                          "threat": "none", "municipality": "1280", "consent_to_share": true}),
    );
    assert!(d.priority <= Priority::P2, "{}", show(&d));
}

#[test]
fn threat_to_writer_brings_in_the_police_region_for_the_writers_safety() {
    let d = decide(
        json!({"enquirer": "relative", "risks": ["threat_to_writer"], "age_band": "21_25",
                          "threat": "none", "municipality": "1280", "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "police:region:syd"), "{}", show(&d));
}

// ---------------------------------------------------------------- where the person is

#[test]
fn abroad_brings_in_ud_for_consular_support() {
    let d = decide(
        json!({"situation": ["abroad"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(role(&d, "ud"), Some(Role::Secondary), "{}", show(&d));
}

#[test]
fn abroad_brings_in_the_police_region() {
    let d = decide(
        json!({"situation": ["abroad"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "police:region:syd"), "{}", show(&d));
}

#[test]
fn abroad_without_a_municipality_names_the_national_police() {
    let d = decide(json!({"situation": ["abroad"], "age_band": "21_25", "consent_to_share": true}));
    assert!(at_least_secondary(&d, "police:national"), "{}", show(&d));
    assert!(!any_org(&d, "police:region:"), "{}", show(&d));
}

#[test]
fn abroad_in_violent_extremism_brings_in_sapo_for_returnees() {
    let d = decide(
        json!({"situation": ["abroad"], "environment": ["violent_extremism"],
                          "age_band": "21_25", "municipality": "1980", "consent_to_share": true}),
    );
    assert!(at_least_secondary(&d, "sapo"), "{}", show(&d));
}

#[test]
fn abroad_outside_violent_extremism_never_brings_in_sapo() {
    let d = decide(
        json!({"situation": ["abroad"], "environment": ["criminal_network"],
                          "age_band": "21_25", "municipality": "1280", "consent_to_share": true}),
    );
    assert!(d.recipient("sapo").is_none(), "{}", show(&d));
}

#[test]
fn on_remand_an_adult_goes_to_kriminalvarden_with_a_pending_case() {
    let d = decide(
        json!({"situation": ["on_remand"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "kriminalvarden", "{}", show(&d));
    assert!(d.has_flag(Flag::PendingCase), "{}", show(&d));
}

#[test]
fn on_remand_a_child_goes_to_social_services_with_a_pending_case() {
    let d = decide(
        json!({"situation": ["on_remand"], "age_band": "15_17", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:1280", "{}", show(&d));
    assert!(d.has_flag(Flag::PendingCase), "{}", show(&d));
}

#[test]
fn the_remand_reason_speaks_of_remand_not_of_a_sentence() {
    let d = decide(
        json!({"situation": ["on_remand"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    let reason = &d.recipient("kriminalvarden").expect("kriminalvarden").reason;
    let (sv, en) = (reason.sv.to_lowercase(), reason.en.to_lowercase());
    assert!(!sv.contains("verkställighet"), "{sv}");
    assert!(sv.contains("häkt"), "{sv}");
    assert!(en.contains("remand"), "{en}");
}

#[test]
fn the_custody_reason_speaks_of_a_sentence_not_of_remand() {
    let d = decide(
        json!({"situation": ["in_custody"], "age_band": "21_25", "municipality": "1280",
                          "consent_to_share": true}),
    );
    let reason = &d.recipient("kriminalvarden").expect("kriminalvarden").reason;
    let (sv, en) = (reason.sv.to_lowercase(), reason.en.to_lowercase());
    assert!(!sv.contains("häkt"), "{sv}");
    assert!(!en.contains("remand"), "{en}");
    assert!(!d.has_flag(Flag::PendingCase), "{}", show(&d));
}

#[test]
fn placed_by_social_services_tells_staff_to_find_the_placing_municipality() {
    let d = decide(
        json!({"situation": ["placed_by_social_services"], "age_band": "15_17",
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert!(d.has_notice(Notice::PlacingMunicipality), "{}", show(&d));
}

#[test]
fn in_programme_goes_back_to_the_programme_with_existing_contact() {
    let d = decide(
        json!({"situation": ["in_programme"], "age_band": "21_25", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "programme:exempel-malmo", "{}", show(&d));
    assert!(d.has_flag(Flag::ExistingContact), "{}", show(&d));
}

#[test]
fn in_programme_where_no_programme_exists_goes_back_to_social_services() {
    let d = decide(
        json!({"situation": ["in_programme"], "age_band": "21_25", "threat": "none",
                          "environment": ["criminal_network"], "municipality": "2584",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:2584", "{}", show(&d));
    assert!(d.has_flag(Flag::ExistingContact), "{}", show(&d));
}

#[test]
fn an_open_social_services_case_goes_back_to_social_services_with_existing_contact() {
    // Malmö has a programme: without the open case, the programme would be primary.
    let d = decide(
        json!({"situation": ["open_social_services_case"], "age_band": "21_25",
                          "threat": "none", "environment": ["criminal_network"],
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:1280", "{}", show(&d));
    assert!(d.has_flag(Flag::ExistingContact), "{}", show(&d));
}

// ---------------------------------------------------------------- children

#[test]
fn a_childs_own_wish_for_voluntary_return_never_reaches_migrationsverket() {
    let d = decide(
        json!({"enquirer": "self", "age_band": "15_17", "citizenship": "other",
                          "needs": ["voluntary_return"], "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.recipient("migrationsverket").is_none(), "{}", show(&d));
    assert_eq!(primary(&d), "socialtjanst:1280", "{}", show(&d));
}

/// A 16-year-old writes about an adult sibling.
fn child_relative() -> Value {
    json!({"enquirer": "relative", "writer_age_band": "15_17", "age_band": "21_25",
           "environment": ["criminal_network"], "municipality": "1280", "consent_to_share": true})
}

#[test]
fn a_relative_who_is_a_child_gets_the_child_flag_and_bris() {
    let d = decide(child_relative());
    assert!(d.has_flag(Flag::Child), "{}", show(&d));
    assert!(d.has_notice(Notice::CallBris), "{}", show(&d));
}

#[test]
fn a_relative_who_is_a_child_brings_in_social_services() {
    let d = decide(child_relative());
    assert!(at_least_secondary(&d, "socialtjanst:1280"), "{}", show(&d));
}

#[test]
fn a_relative_who_is_a_child_cannot_consent_as_a_guardian() {
    let d = decide(
        json!({"enquirer": "relative", "writer_age_band": "under_15", "age_band": "15_17",
                          "municipality": "1280", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(d.has_flag(Flag::ConsentRequired), "{}", show(&d));
    assert!(!d.has_flag(Flag::GuardianConsent), "{}", show(&d));
}

// ---------------------------------------------------------------- civil society

/// An adult in Malmö who wants work or education, with their own consent and no threat:
/// the case where a mentor is offered.
fn civil_base() -> Value {
    json!({"enquirer": "self", "age_band": "21_25", "threat": "none", "environment": ["criminal_network"],
           "needs": ["work_education"], "municipality": "1280", "consent_to_share": true})
}

#[test]
fn an_adult_with_work_needs_and_own_consent_is_offered_a_mentor() {
    let d = decide(civil_base());
    assert!(d.recipient("civil:exempel-mentorer").is_some(), "{}", show(&d));
}

#[test]
fn civil_society_is_never_offered_in_a_childs_case() {
    assert!(decide(civil_base()).recipient("civil:exempel-mentorer").is_some());
    let d = decide(with(civil_base(), "age_band", json!("15_17")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn civil_society_is_never_offered_under_a_serious_threat() {
    let some = decide(with(civil_base(), "threat", json!("some")));
    assert!(
        some.recipient("civil:exempel-mentorer").is_some(),
        "{}",
        show(&some)
    );
    let d = decide(with(civil_base(), "threat", json!("serious")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn civil_society_is_never_offered_under_an_acute_threat() {
    assert!(decide(civil_base()).recipient("civil:exempel-mentorer").is_some());
    let d = decide(with(civil_base(), "threat", json!("acute")));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn civil_society_is_never_offered_with_protected_identity() {
    assert!(decide(civil_base()).recipient("civil:exempel-mentorer").is_some());
    let d = decide(with(civil_base(), "situation", json!(["protected_identity"])));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn civil_society_is_never_offered_to_a_protected_witness() {
    assert!(decide(civil_base()).recipient("civil:exempel-mentorer").is_some());
    let d = decide(with(civil_base(), "situation", json!(["protected_witness"])));
    assert!(!any_org(&d, "civil:"), "{}", show(&d));
}

#[test]
fn a_handler_cannot_add_civil_society_where_the_engine_may_not() {
    let dir = directory();
    let check = |body: Value| {
        breaches(
            &dir,
            "civil:exempel-mentorer",
            Role::Secondary,
            Some(Priority::P3),
            &enquiry(body),
            TUESDAY_10,
        )
    };
    assert!(check(civil_base()).is_empty());
    assert!(check(with(civil_base(), "age_band", json!("under_15"))).contains(&Breach::CivilSocietyChild));
    assert!(check(with(civil_base(), "threat", json!("serious"))).contains(&Breach::CivilSocietyThreat));
    assert!(
        check(with(civil_base(), "situation", json!(["protected_identity"])))
            .contains(&Breach::CivilSocietyProtected)
    );
    assert!(
        check(with(civil_base(), "situation", json!(["protected_witness"])))
            .contains(&Breach::CivilSocietyProtected)
    );
}

// ---------------------------------------------------------------- consultations and method support

#[test]
fn a_consultation_about_violent_extremism_keeps_the_contact_point_primary_with_cve() {
    let d = decide(json!({"enquiry_type": "consultation", "enquirer": "professional",
                          "professional_org": "municipality", "environment": ["violent_extremism"],
                          "age_band": "18_20", "municipality": "1980", "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert_eq!(role(&d, "cve"), Some(Role::Secondary), "{}", show(&d));
    assert!(d.recipient("socialtjanst:1980").is_none(), "{}", show(&d));
}

#[test]
fn method_support_about_honour_keeps_the_contact_point_primary_with_the_honour_centre() {
    let d = decide(
        json!({"enquiry_type": "method_support", "enquirer": "professional",
                          "professional_org": "school", "environment": ["honour_related"],
                          "municipality": "0484", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert_eq!(role(&d, "nck-heder"), Some(Role::Secondary), "{}", show(&d));
    assert!(d.recipient("socialtjanst:0484").is_none(), "{}", show(&d));
}

#[test]
fn a_consultation_is_never_routed_back_to_the_askers_own_social_services() {
    let d = decide(json!({"enquiry_type": "consultation", "enquirer": "professional",
                          "professional_org": "municipality", "environment": ["criminal_network"],
                          "age_band": "18_20", "needs": ["housing", "family"], "municipality": "1280",
                          "consent_to_share": true}));
    assert!(d.recipient("socialtjanst:1280").is_none(), "{}", show(&d));
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
}

#[test]
fn a_consultation_under_a_serious_threat_opens_no_programme_and_no_police_track() {
    let d = decide(json!({"enquiry_type": "consultation", "enquirer": "professional",
                          "professional_org": "school", "environment": ["criminal_network"],
                          "age_band": "21_25", "threat": "serious", "municipality": "1280",
                          "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(!any_org(&d, "programme:"), "{}", show(&d));
    assert!(!any_org(&d, "police:"), "{}", show(&d));
}

#[test]
fn method_support_opens_no_programme_no_police_and_no_social_services() {
    let d = decide(
        json!({"enquiry_type": "method_support", "enquirer": "professional",
                          "professional_org": "municipality", "environment": ["criminal_network"],
                          "threat": "some", "municipality": "0180", "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "contact-point", "{}", show(&d));
    assert!(!any_org(&d, "programme:"), "{}", show(&d));
    assert!(!any_org(&d, "police:"), "{}", show(&d));
    assert!(d.recipient("socialtjanst:0180").is_none(), "{}", show(&d));
}

#[test]
fn a_consultation_in_acute_danger_still_puts_112_first() {
    let d = decide(json!({"enquiry_type": "consultation", "enquirer": "professional",
                          "environment": ["criminal_network"], "threat": "acute", "municipality": "1280",
                          "consent_to_share": true}));
    assert_eq!(d.priority, Priority::P1, "{}", show(&d));
    assert_eq!(primary(&d), "emergency:112", "{}", show(&d));
}

// ---------------------------------------------------------------- properties

/// A small deterministic generator (xorshift), so the property tests need no new crate.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// One of `all`, or `None` (as likely as each value).
    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        let i = (self.next() % (all.len() as u64 + 1)) as usize;
        all.get(i).copied()
    }
    /// Each value with probability 1/4.
    fn subset<T: Copy>(&mut self, all: &[T]) -> Vec<T> {
        let bits = self.next();
        all.iter()
            .enumerate()
            .filter(|(i, _)| bits >> (i * 2) & 3 == 0)
            .map(|(_, v)| *v)
            .collect()
    }
}

/// With a programme (Malmö, Lund, Stockholm, Göteborg), without one (Kiruna, Västerås,
/// Eskilstuna), and none given.
const CODES: [&str; 7] = ["1280", "1281", "0180", "1480", "2584", "1980", "0484"];

fn random_enquiry(g: &mut Gen) -> Enquiry {
    Enquiry {
        channel: g.pick(Channel::ALL),
        enquirer: g.pick(Enquirer::ALL),
        professional_org: g.pick(ProfessionalOrg::ALL),
        age_band: g.pick(AgeBand::ALL),
        gender: g.pick(Gender::ALL),
        environment: g.subset(Environment::ALL),
        municipality: g.pick(&CODES).map(|c| MunicipalityCode::parse(c).expect("code")),
        enquiry_type: g.pick(EnquiryType::ALL),
        writer_age_band: g.pick(WriterAgeBand::ALL),
        situation: g.subset(Situation::ALL),
        risks: g.subset(Risk::ALL),
        threat: g.pick(Threat::ALL),
        needs: g.subset(Need::ALL),
        citizenship: g.pick(Citizenship::ALL),
        consent_to_share: g.pick(&[true, false]),
        language: g.pick(&["sv", "en", "ar", "so"]).map(str::to_owned),
        message: None,
    }
}

/// Generated enquiries with every new field, decided on a Tuesday morning, at night and on
/// a Saturday.
fn generated(seed: u64, count: usize) -> impl Iterator<Item = (Enquiry, Decision)> {
    let times = [
        TUESDAY_10,
        datetime!(2026-11-24 23:30 UTC),
        datetime!(2026-11-28 11:00 UTC),
    ];
    let mut g = Gen(seed);
    (0..count).map(move |i| {
        let e = random_enquiry(&mut g);
        let d = engine().decide(&e, times[i % times.len()]);
        (e, d)
    })
}

fn is_case(e: &Enquiry) -> bool {
    !e.enquiry_type.is_some_and(EnquiryType::is_advice)
}

#[test]
fn property_every_decision_has_exactly_one_primary_with_the_new_facts() {
    for (e, d) in generated(0x5eed_0012_0000_0001, 30_000) {
        let primaries = d.recipients.iter().filter(|r| r.role == Role::Primary).count();
        assert_eq!(primaries, 1, "{e:?}\n{}", show(&d));
    }
    let dir = directory();
    for (label, e, at) in synthetic(&dir, 30_000, TUESDAY_10) {
        let d = engine().decide(&e, at);
        let primaries = d.recipients.iter().filter(|r| r.role == Role::Primary).count();
        assert_eq!(primaries, 1, "{label} {e:?}\n{}", show(&d));
    }
}

#[test]
fn property_the_danger_risks_are_always_p1() {
    let danger = [Risk::SelfHarm, Risk::ThreatToOthers, Risk::TakenAbroad];
    for (e, d) in generated(0x5eed_0012_0000_0002, 20_000) {
        if is_case(&e) && e.risks.iter().any(|r| danger.contains(r)) {
            assert_eq!(d.priority, Priority::P1, "{e:?}\n{}", show(&d));
        }
    }
}

#[test]
fn property_any_threat_is_at_least_p2() {
    for (e, d) in generated(0x5eed_0012_0000_0003, 20_000) {
        let threatened = matches!(e.threat, Some(Threat::SomeThreat | Threat::Serious));
        let child_at_risk = e.is_child()
            && e.environment
                .iter()
                .any(|x| matches!(x, Environment::CriminalNetwork | Environment::ViolentExtremism));
        if is_case(&e) && (threatened || child_at_risk) {
            assert!(d.priority <= Priority::P2, "{e:?}\n{}", show(&d));
        }
    }
}

#[test]
fn property_civil_society_never_reaches_a_barred_case() {
    for (e, d) in generated(0x5eed_0012_0000_0004, 20_000) {
        let protected = e
            .situation
            .iter()
            .any(|s| matches!(s, Situation::ProtectedIdentity | Situation::ProtectedWitness));
        let barred = e.is_child() || matches!(e.threat, Some(Threat::Serious | Threat::Acute)) || protected;
        if barred {
            assert!(!any_org(&d, "civil:"), "{e:?}\n{}", show(&d));
        }
    }
}

#[test]
fn property_advice_enquiries_keep_the_contact_point_primary_and_leave_no_track_open() {
    for (e, d) in generated(0x5eed_0012_0000_0005, 20_000) {
        // An advice enquiry comes from a professional (or an unnamed asker).
        if is_case(&e) || e.threat == Some(Threat::Acute) || e.enquirer == Some(Enquirer::Relative) {
            continue;
        }
        assert_eq!(primary(&d), "contact-point", "{e:?}\n{}", show(&d));
        assert!(!any_org(&d, "programme:"), "{e:?}\n{}", show(&d));
        if let Some(code) = &e.municipality {
            assert!(
                d.recipient(&format!("socialtjanst:{code}")).is_none(),
                "{e:?}\n{}",
                show(&d)
            );
        }
    }
}

#[test]
fn property_a_childs_case_never_reaches_migrationsverket() {
    for (e, d) in generated(0x5eed_0012_0000_0006, 20_000) {
        if e.is_child() {
            assert!(d.recipient("migrationsverket").is_none(), "{e:?}\n{}", show(&d));
        }
    }
}

#[test]
fn property_a_relatives_consent_never_makes_anyone_but_the_contact_point_or_112_primary_for_an_adult() {
    for (e, d) in generated(0x5eed_0012_0000_0007, 20_000) {
        let relative = e.enquirer == Some(Enquirer::Relative);
        if relative && !e.is_child() {
            let p = primary(&d);
            assert!(
                p == "contact-point" || p == "emergency:112",
                "{e:?}\n{}",
                show(&d)
            );
        }
    }
}
