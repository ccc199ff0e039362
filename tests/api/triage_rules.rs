//! Scenario and property tests of the shipped triage rules and directory, through the
//! public API (`kontaktpunkt::triage`, `kontaktpunkt::directory`). No server needed.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use kontaktpunkt::directory::{Directory, MunicipalityCode, OutOfHours, PoliceRegion};
use kontaktpunkt::triage::{
    AgeBand, Citizenship, ConsentFrom, Decision, Engine, EngineSettings, Enquirer, Enquiry, EnquiryType,
    Environment, Flag, Gender, Need, Notice, Priority, Risk, Role, RuleSet, Situation, Threat, WriterAgeBand,
};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::datetime;

/// Tuesday 12:00 in Stockholm (winter time): every office is open.
const WEEKDAY_NOON: OffsetDateTime = datetime!(2026-11-24 11:00 UTC);
/// Wednesday 00:30 in Stockholm: offices are closed.
const NIGHT: OffsetDateTime = datetime!(2026-11-24 23:30 UTC);
/// Saturday 12:00 in Stockholm.
const SATURDAY_NOON: OffsetDateTime = datetime!(2026-11-28 11:00 UTC);

fn config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config")
}

pub(super) fn directory() -> Arc<Directory> {
    static DIR: OnceLock<Arc<Directory>> = OnceLock::new();
    DIR.get_or_init(|| Arc::new(Directory::load(&config().join("directory")).expect("directory loads")))
        .clone()
}

pub(super) fn engine_with(settings: EngineSettings) -> Engine {
    let dir = directory();
    let rules = RuleSet::load(&config().join("triage"), &dir).expect("shipped rules load");
    Engine::new(rules, dir, settings)
}

pub(super) fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| engine_with(EngineSettings::default()))
}

pub(super) fn enquiry(body: Value) -> Enquiry {
    let enquiry: Enquiry = serde_json::from_value(body).expect("valid enquiry");
    enquiry.validate().expect("valid language tag");
    enquiry
}

pub(super) fn decide_at(body: Value, now: OffsetDateTime) -> Decision {
    engine().decide(&enquiry(body), now)
}

fn decide(body: Value) -> Decision {
    decide_at(body, WEEKDAY_NOON)
}

pub(super) fn primary(d: &Decision) -> &str {
    &d.primary().expect("a primary").org
}

pub(super) fn role(d: &Decision, org: &str) -> Option<Role> {
    d.recipient(org).map(|r| r.role)
}

fn has_police(d: &Decision) -> bool {
    d.recipients.iter().any(|r| r.org.starts_with("police:"))
}

// ---------------------------------------------------------------- acute danger

#[test]
fn acute_danger_is_p1_with_112_primary_and_call_112() {
    let d = decide(json!({"threat": "acute", "municipality": "1280", "consent_to_share": true}));
    assert_eq!(d.priority, Priority::P1);
    assert_eq!(primary(&d), "emergency:112");
    assert!(d.has_notice(Notice::Call112));
    assert!(d.has_flag(Flag::AcuteDanger));
}

#[test]
fn acute_danger_lists_112_then_the_police_region_first() {
    let d = decide(
        json!({"threat": "acute", "municipality": "1280", "consent_to_share": true,
                          "needs": ["housing"]}),
    );
    assert_eq!(d.recipients[0].org, "emergency:112");
    assert_eq!(d.recipients[1].org, "police:region:syd");
}

#[test]
fn acute_danger_without_consent_keeps_112_primary_and_asks_for_consent() {
    let d = decide(json!({"threat": "acute", "municipality": "0180"}));
    assert_eq!(primary(&d), "emergency:112");
    assert!(d.has_flag(Flag::ConsentRequired));
    assert_eq!(role(&d, "contact-point"), Some(Role::Secondary));
    assert_eq!(role(&d, "police:region:stockholm"), Some(Role::Secondary));
}

#[test]
fn acute_danger_without_municipality_names_national_police() {
    let d = decide(json!({"threat": "acute", "consent_to_share": true}));
    assert_eq!(primary(&d), "emergency:112");
    assert!(d.recipient("police:national").is_some());
}

#[test]
fn acute_honour_related_danger_puts_112_before_social_services() {
    let d = decide(json!({"threat": "acute", "environment": ["honour_related"],
                          "municipality": "1480", "consent_to_share": true, "gender": "female"}));
    assert_eq!(primary(&d), "emergency:112");
    assert_eq!(role(&d, "socialtjanst:1480"), Some(Role::Secondary));
    assert!(d.has_notice(Notice::CallKvinnofridslinjen));
}

#[test]
fn acute_danger_never_routes_to_civil_society() {
    let d = decide(
        json!({"threat": "acute", "municipality": "1280", "consent_to_share": true,
                          "environment": ["criminal_network"], "needs": ["work_education"]}),
    );
    assert!(d.recipients.iter().all(|r| !r.org.starts_with("civil:")));
}

#[test]
fn acute_danger_at_night_names_112_for_closed_recipients() {
    let d = decide_at(
        json!({"threat": "acute", "municipality": "2580", "consent_to_share": true}),
        NIGHT,
    );
    assert!(d.recipient("emergency:112").expect("112").open);
    let police = d.recipient("police:region:nord").expect("police region");
    assert!(!police.open);
    assert_eq!(police.out_of_hours, Some(OutOfHours::Emergency112));
    assert!(!d.has_notice(Notice::PrimaryClosed));
}

// ---------------------------------------------------------------- priority

#[test]
fn serious_threat_against_an_adult_is_p2() {
    let d = decide(json!({"threat": "serious", "age_band": "21_25", "municipality": "1280"}));
    assert_eq!(d.priority, Priority::P2);
}

#[test]
fn some_threat_against_an_adult_is_same_day() {
    let d = decide(json!({"threat": "some", "age_band": "26_plus", "municipality": "1280"}));
    assert_eq!(d.priority, Priority::P2);
}

#[test]
fn child_under_some_threat_is_p2() {
    for age in ["under_15", "15_17"] {
        let d = decide(json!({"threat": "some", "age_band": age, "municipality": "0180"}));
        assert_eq!(d.priority, Priority::P2, "{age}");
    }
}

#[test]
fn child_without_threat_is_p3() {
    let d = decide(json!({"threat": "none", "age_band": "15_17", "municipality": "0180"}));
    assert_eq!(d.priority, Priority::P3);
}

#[test]
fn an_empty_enquiry_goes_to_the_contact_point_at_p3() {
    let d = decide(json!({}));
    assert_eq!(d.priority, Priority::P3);
    assert_eq!(primary(&d), "contact-point");
    assert_eq!(d.recipients.len(), 1);
}

// ---------------------------------------------------------------- threat / no threat

#[test]
fn adult_without_threat_goes_to_the_municipal_programme_not_the_police() {
    let d = decide(
        json!({"threat": "none", "age_band": "18_20", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "programme:exempel-malmo");
    assert!(!has_police(&d));
}

#[test]
fn adult_without_threat_and_without_programme_goes_to_social_services() {
    let d = decide(json!({"threat": "none", "municipality": "2580", "consent_to_share": true}));
    assert_eq!(primary(&d), "socialtjanst:2580");
    assert!(!has_police(&d));
}

#[test]
fn unknown_threat_does_not_involve_the_police() {
    let d = decide(
        json!({"threat": "unknown", "municipality": "0180", "consent_to_share": true,
                          "environment": ["criminal_network"]}),
    );
    assert!(!has_police(&d));
    assert_eq!(primary(&d), "programme:exempel-stockholm");
}

#[test]
fn threat_opens_the_defector_track_with_the_local_programme() {
    let d = decide(
        json!({"threat": "some", "municipality": "0180", "consent_to_share": true,
                          "environment": ["criminal_network"]}),
    );
    assert_eq!(primary(&d), "programme:exempel-stockholm");
    assert_eq!(role(&d, "police:region:stockholm"), Some(Role::Inform));
}

#[test]
fn a_municipality_without_its_own_programme_uses_the_programme_covering_it() {
    let d = decide(json!({"threat": "serious", "municipality": "1281", "consent_to_share": true}));
    assert_eq!(primary(&d), "programme:exempel-malmo");
}

#[test]
fn a_municipality_without_any_programme_goes_to_the_police_region_coordinator() {
    let d = decide(json!({"threat": "serious", "municipality": "2580", "consent_to_share": true}));
    assert_eq!(primary(&d), "police:region:nord");
}

#[test]
fn police_regions_follow_the_reference_data() {
    for (code, region) in [
        ("2281", "nord"),
        ("1980", "mitt"),
        ("0484", "ost"),
        ("0980", "stockholm"),
        ("1880", "bergslagen"),
        ("1380", "vast"),
    ] {
        let d = decide(json!({"threat": "serious", "municipality": code, "consent_to_share": true}));
        assert_eq!(primary(&d), format!("police:region:{region}"), "{code}");
    }
}

// ---------------------------------------------------------------- children

#[test]
fn a_child_always_has_social_services_the_child_flag_and_mandatory_report() {
    let d = decide(json!({"age_band": "under_15", "municipality": "1480", "consent_to_share": true}));
    assert_eq!(primary(&d), "socialtjanst:1480");
    assert!(d.has_flag(Flag::Child));
    assert!(d.has_flag(Flag::MandatoryReport));
}

#[test]
fn mandatory_report_needs_an_authority_host() {
    let ngo = engine_with(EngineSettings {
        host_is_authority: false,
    });
    let d = ngo.decide(
        &enquiry(json!({"age_band": "15_17", "municipality": "1480"})),
        WEEKDAY_NOON,
    );
    assert!(d.has_flag(Flag::Child));
    assert!(!d.has_flag(Flag::MandatoryReport));
    assert!(d.recipient("socialtjanst:1480").is_some());
}

#[test]
fn a_threatened_child_goes_to_social_services_with_the_police_involved() {
    let d = decide(
        json!({"age_band": "15_17", "threat": "serious", "municipality": "2580",
                          "consent_to_share": true, "environment": ["criminal_network"]}),
    );
    assert_eq!(primary(&d), "socialtjanst:2580");
    assert!(has_police(&d));
    assert_eq!(d.priority, Priority::P2);
}

#[test]
fn a_child_without_consent_keeps_the_contact_point_primary_and_social_services_listed() {
    let d = decide(json!({"age_band": "under_15", "municipality": "1280"}));
    assert_eq!(primary(&d), "contact-point");
    assert_eq!(role(&d, "socialtjanst:1280"), Some(Role::Secondary));
    assert!(d.has_flag(Flag::ConsentRequired));
    assert!(d.has_flag(Flag::MandatoryReport));
}

#[test]
fn a_relative_writing_about_a_child_routes_on_the_childs_facts() {
    let d = decide(
        json!({"enquirer": "relative", "age_band": "under_15", "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "socialtjanst:0180");
    assert!(d.has_flag(Flag::Child));
}

// ---------------------------------------------------------------- situations

#[test]
fn in_custody_goes_to_kriminalvarden_with_a_hand_over_at_release() {
    let d = decide(json!({"situation": ["in_custody"], "municipality": "1280", "consent_to_share": true}));
    assert_eq!(primary(&d), "kriminalvarden");
    let reason = &d.recipient("kriminalvarden").expect("kriminalvarden").reason;
    assert!(reason.en.contains("release") && reason.sv.contains("frigivning"));
}

#[test]
fn on_probation_goes_to_kriminalvarden() {
    let d = decide(
        json!({"situation": ["on_probation"], "threat": "some", "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "kriminalvarden");
    assert!(d.recipient("programme:exempel-stockholm").is_some());
}

#[test]
fn a_child_at_a_sis_home_goes_to_sis_and_social_services() {
    let d = decide(
        json!({"situation": ["sis_placement"], "age_band": "15_17", "municipality": "1480",
                          "consent_to_share": true}),
    );
    assert!(d.recipient("sis").is_some());
    assert!(d.recipient("socialtjanst:1480").is_some());
}

#[test]
fn a_protected_witness_goes_to_police_personal_security_not_the_defector_track() {
    let d = decide(
        json!({"situation": ["protected_witness"], "threat": "serious", "municipality": "0180",
                          "consent_to_share": true}),
    );
    assert_eq!(primary(&d), "police:region:stockholm");
    let reason = &d.recipient("police:region:stockholm").expect("police").reason;
    assert!(reason.en.contains("personal security"));
    assert!(d.recipient("programme:exempel-stockholm").is_none());
    assert!(!d.trail.iter().any(|r| r == "defector-track"));
}

#[test]
fn a_protected_witness_without_municipality_names_national_police_personal_security() {
    let d = decide(json!({"situation": ["protected_witness"], "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point");
    let police = d.recipient("police:national").expect("national police");
    assert!(police.reason.en.contains("personal security"));
}

#[test]
fn protected_identity_is_flagged() {
    let d = decide(json!({"situation": ["protected_identity"], "municipality": "0180"}));
    assert!(d.has_flag(Flag::ProtectedIdentity));
}

// ---------------------------------------------------------------- environments

#[test]
fn violent_extremism_under_threat_goes_to_police_and_social_services() {
    let d = decide(
        json!({"environment": ["violent_extremism"], "threat": "some", "municipality": "1980",
                          "consent_to_share": true}),
    );
    assert!(d.recipient("police:region:mitt").is_some());
    assert!(d.recipient("socialtjanst:1980").is_some());
}

#[test]
fn violent_extremism_without_threat_goes_to_social_services_only() {
    let d = decide(
        json!({"environment": ["violent_extremism"], "threat": "none", "municipality": "1980",
                          "consent_to_share": true}),
    );
    assert!(!has_police(&d));
    assert_eq!(primary(&d), "socialtjanst:1980");
}

#[test]
fn a_professional_asking_about_violent_extremism_gets_cve() {
    let d = decide(json!({"enquirer": "professional", "professional_org": "school",
                          "environment": ["violent_extremism"], "municipality": "1980", "consent_to_share": true}));
    assert_eq!(role(&d, "cve"), Some(Role::Secondary));
    let own =
        decide(json!({"enquirer": "self", "environment": ["violent_extremism"], "municipality": "1980"}));
    assert!(own.recipient("cve").is_none());
}

#[test]
fn honour_related_goes_to_social_services() {
    let d = decide(
        json!({"environment": ["honour_related"], "age_band": "21_25", "municipality": "0484",
                          "consent_to_share": true, "threat": "some"}),
    );
    assert_eq!(primary(&d), "socialtjanst:0484");
}

#[test]
fn a_professional_asking_about_honour_related_gets_the_national_team() {
    let d = decide(
        json!({"enquirer": "professional", "environment": ["honour_related"],
                          "municipality": "0484", "consent_to_share": true}),
    );
    assert!(d.recipient("nck-heder").is_some());
}

#[test]
fn girls_and_women_are_gender_specific_in_every_environment() {
    for env in Environment::ALL {
        let d = decide(json!({"gender": "female", "environment": [env.as_str()], "municipality": "1280"}));
        assert!(d.has_flag(Flag::GenderSpecific), "{env}");
    }
    let d = decide(json!({"gender": "male", "environment": ["honour_related"], "municipality": "1280"}));
    assert!(!d.has_flag(Flag::GenderSpecific));
}

#[test]
fn a_threatened_woman_is_told_about_kvinnofridslinjen() {
    let d = decide(json!({"gender": "female", "threat": "some", "municipality": "1280"}));
    assert!(d.has_notice(Notice::CallKvinnofridslinjen));
    let calm = decide(json!({"gender": "female", "threat": "none", "municipality": "1280"}));
    assert!(!calm.has_notice(Notice::CallKvinnofridslinjen));
}

// ---------------------------------------------------------------- needs

#[test]
fn a_threat_requiring_a_move_is_a_relocation_candidate_for_the_home_programme() {
    let d = decide(
        json!({"threat": "serious", "needs": ["relocation"], "municipality": "1480",
                          "consent_to_share": true}),
    );
    assert!(d.has_flag(Flag::RelocationCandidate));
    assert!(
        d.recipient("programme:exempel-goteborg")
            .expect("programme")
            .rules
            .contains(&"relocation".to_owned())
    );
}

#[test]
fn relocation_without_threat_is_not_a_relocation_candidate() {
    let d = decide(json!({"threat": "none", "needs": ["relocation"], "municipality": "1480"}));
    assert!(!d.has_flag(Flag::RelocationCandidate));
}

#[test]
fn psychiatric_needs_go_to_the_countys_region_psychiatry() {
    let d = decide(json!({"needs": ["psychiatric"], "municipality": "2580", "consent_to_share": true}));
    assert!(d.has_flag(Flag::PsychiatricNeeds));
    assert_eq!(role(&d, "region-psychiatry:25"), Some(Role::Secondary));
}

#[test]
fn a_non_citizen_under_serious_threat_gets_voluntary_return_info_but_not_migrationsverket() {
    let d = decide(
        json!({"citizenship": "other", "threat": "serious", "municipality": "1280",
                          "consent_to_share": true}),
    );
    assert!(d.has_flag(Flag::VoluntaryReturnInfo));
    assert!(d.recipient("migrationsverket").is_none());
}

#[test]
fn migrationsverket_only_on_own_wish_and_with_consent() {
    let asks = json!({"citizenship": "other", "needs": ["voluntary_return"], "municipality": "1280",
                      "consent_to_share": true});
    let d = decide(asks.clone());
    assert!(d.has_flag(Flag::VoluntaryReturnInfo));
    assert_eq!(role(&d, "migrationsverket"), Some(Role::Secondary));
    let mut no_consent = asks;
    no_consent["consent_to_share"] = json!(false);
    let d = decide(no_consent);
    assert!(d.has_flag(Flag::VoluntaryReturnInfo));
    assert!(d.recipient("migrationsverket").is_none());
}

#[test]
fn a_swedish_citizen_under_serious_threat_gets_no_voluntary_return_info() {
    let d = decide(json!({"citizenship": "swedish", "threat": "serious", "municipality": "1280"}));
    assert!(!d.has_flag(Flag::VoluntaryReturnInfo));
}

// ---------------------------------------------------------------- consent and civil society

#[test]
fn without_consent_the_contact_point_stays_primary_and_others_are_proposals() {
    let d = decide(json!({"threat": "serious", "municipality": "0180", "consent_to_share": false}));
    assert_eq!(primary(&d), "contact-point");
    assert!(d.has_flag(Flag::ConsentRequired));
    assert_eq!(role(&d, "programme:exempel-stockholm"), Some(Role::Secondary));
}

#[test]
fn with_consent_no_consent_flag_is_set() {
    let d = decide(json!({"threat": "serious", "municipality": "0180", "consent_to_share": true}));
    assert!(!d.has_flag(Flag::ConsentRequired));
    assert_ne!(primary(&d), "contact-point");
}

#[test]
fn no_municipality_makes_the_contact_point_primary() {
    let d = decide(json!({"threat": "some", "age_band": "26_plus", "consent_to_share": true}));
    assert_eq!(primary(&d), "contact-point");
    assert!(d.recipient("police:national").is_some());
}

#[test]
fn vetted_civil_society_is_informed_only_and_gets_no_offence_data() {
    let d = decide(
        json!({"environment": ["criminal_network"], "needs": ["work_education"],
                          "municipality": "1280", "consent_to_share": true}),
    );
    let civil: Vec<_> = d
        .recipients
        .iter()
        .filter(|r| r.org.starts_with("civil:"))
        .collect();
    let ids: Vec<_> = civil.iter().map(|r| r.org.as_str()).collect();
    assert_eq!(ids, ["civil:exempel-mentorer", "civil:exempel-forening-syd"]);
    assert!(civil.iter().all(|r| r.role == Role::Inform && r.no_offence_data));
    assert!(d.has_notice(Notice::NoOffenceData));
}

#[test]
fn civil_society_outside_its_area_or_without_consent_is_not_listed() {
    let d = decide(json!({"environment": ["criminal_network"], "needs": ["family"],
                          "municipality": "2580", "consent_to_share": true}));
    assert!(d.recipient("civil:exempel-forening-syd").is_none());
    assert!(d.recipient("civil:exempel-mentorer").is_some());
    let d = decide(json!({"environment": ["criminal_network"], "needs": ["family"], "municipality": "2580"}));
    assert!(d.recipients.iter().all(|r| !r.org.starts_with("civil:")));
}

#[test]
fn civil_society_whose_vetting_expired_is_never_routed_to() {
    let body = json!({"needs": ["other"], "municipality": "0180", "consent_to_share": true});
    assert!(decide(body.clone()).recipient("civil:exempel-utgangen").is_none());
    // The same organisation before its vetting ran out (2026-06-30) is listed.
    let before = decide_at(body, datetime!(2026-06-30 10:00 UTC));
    assert!(before.recipient("civil:exempel-utgangen").is_some());
}

// ---------------------------------------------------------------- who writes, language

#[test]
fn a_professional_routes_on_the_subjects_facts_and_a_relative_keeps_the_contact_point() {
    let facts = json!({"age_band": "21_25", "threat": "serious", "municipality": "1480",
                       "environment": ["criminal_network"], "needs": ["housing"], "consent_to_share": true});
    let own = decide(facts.clone());
    let mut body = facts.clone();
    body["enquirer"] = json!("professional");
    let professional = decide(body);
    assert_eq!(professional.recipients, own.recipients);
    assert_eq!(professional.priority, own.priority);
    assert!(professional.has_flag(Flag::ConsentStated));
    // A relative's tick is not the adult's consent: the same facts, the same priority and
    // the same proposals, but the contact point keeps the case.
    let mut body = facts;
    body["enquirer"] = json!("relative");
    let relative = decide(body);
    assert_eq!(relative.priority, own.priority);
    assert_eq!(primary(&relative), "contact-point");
    assert!(relative.has_flag(Flag::ConsentRequired));
    assert_eq!(
        role(&relative, "programme:exempel-goteborg"),
        Some(Role::Secondary)
    );
}

#[test]
fn languages_other_than_swedish_and_english_need_an_interpreter() {
    for (lang, needed) in [
        ("ar", true),
        ("fa-AF", true),
        ("ti", true),
        ("sv", false),
        ("sv-SE", false),
        ("en", false),
    ] {
        let d = decide(json!({"language": lang}));
        assert_eq!(d.has_flag(Flag::NeedsInterpreter), needed, "{lang}");
    }
    assert!(!decide(json!({})).has_flag(Flag::NeedsInterpreter));
}

// ---------------------------------------------------------------- opening hours

#[test]
fn on_christmas_eve_an_office_is_closed_and_socialjour_is_named() {
    // Thursday 24 December 2026, 10:00 in Stockholm: a weekday, but a day off.
    let d = decide_at(
        json!({"threat": "none", "municipality": "2580", "consent_to_share": true}),
        time::macros::datetime!(2026-12-24 09:00 UTC),
    );
    let social = d.recipient("socialtjanst:2580").expect("social services");
    assert!(!social.open);
    assert_eq!(social.out_of_hours, Some(OutOfHours::Socialjour));
    // The day before, at the same hour, it is open.
    let d = decide_at(
        json!({"threat": "none", "municipality": "2580", "consent_to_share": true}),
        time::macros::datetime!(2026-12-23 09:00 UTC),
    );
    assert!(d.recipient("socialtjanst:2580").expect("social services").open);
}

#[test]
fn a_closed_office_names_socialjour_at_night() {
    let d = decide_at(
        json!({"threat": "none", "municipality": "2580", "consent_to_share": true}),
        NIGHT,
    );
    let social = d.recipient("socialtjanst:2580").expect("social services");
    assert!(!social.open);
    assert_eq!(social.out_of_hours, Some(OutOfHours::Socialjour));
    assert!(d.has_notice(Notice::PrimaryClosed) && d.has_notice(Notice::CallSocialjour));
}

#[test]
fn a_child_writing_at_the_weekend_is_told_about_bris() {
    let d = decide_at(
        json!({"age_band": "under_15", "municipality": "1280", "consent_to_share": true}),
        SATURDAY_NOON,
    );
    assert!(!d.primary().expect("primary").open);
    assert!(d.has_notice(Notice::CallBris));
}

#[test]
fn a_closed_police_coordinator_names_114_14() {
    let d = decide_at(
        json!({"threat": "serious", "municipality": "2580", "consent_to_share": true}),
        NIGHT,
    );
    assert_eq!(
        d.primary().expect("primary").out_of_hours,
        Some(OutOfHours::Police11414)
    );
    assert!(d.has_notice(Notice::Call11414));
}

#[test]
fn opening_hours_use_swedish_summer_time() {
    // 06:30 UTC in July is 08:30 in Stockholm: open. In November it is 07:30: closed.
    let body = json!({"threat": "none", "municipality": "2580", "consent_to_share": true});
    assert!(
        decide_at(body.clone(), datetime!(2026-07-01 06:30 UTC))
            .primary()
            .expect("p")
            .open
    );
    assert!(
        !decide_at(body, datetime!(2026-11-25 06:30 UTC))
            .primary()
            .expect("p")
            .open
    );
}

#[test]
fn the_contact_point_is_always_open() {
    let d = decide_at(json!({}), NIGHT);
    assert!(d.primary().expect("primary").open);
    assert!(!d.has_notice(Notice::PrimaryClosed));
}

// ---------------------------------------------------------------- contract shape

#[test]
fn the_decision_json_has_the_contract_fields() {
    let d = decide(json!({"threat": "acute", "municipality": "1280"}));
    let v = serde_json::to_value(&d).expect("serialises");
    for key in ["priority", "recipients", "flags", "notices", "rules_version"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["priority"], "P1");
    let first = &v["recipients"][0];
    assert_eq!(first["org"], "emergency:112");
    assert_eq!(first["role"], "primary");
    assert!(
        first["rules"]
            .as_array()
            .is_some_and(|r| r.contains(&json!("acute-danger")))
    );
    assert!(first["reason"]["sv"].is_string() && first["reason"]["en"].is_string());
    assert!(
        v["notices"]
            .as_array()
            .is_some_and(|n| n.contains(&json!("call_112")))
    );
    let back: Decision = serde_json::from_value(v).expect("round trip");
    assert_eq!(back, d);
}

#[test]
fn rules_version_is_a_sha256_and_stable() {
    let v = engine().rules_version();
    let hex = v.strip_prefix("sha256:").expect("prefix");
    assert!(hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(engine_with(EngineSettings::default()).rules_version(), v);
    assert_eq!(decide(json!({})).rules_version, v);
}

#[test]
fn decisions_are_deterministic() {
    let body = json!({"threat": "serious", "age_band": "15_17", "gender": "female", "municipality": "1480",
                      "environment": ["honour_related", "criminal_network"], "needs": ["psychiatric", "relocation"],
                      "language": "ar", "consent_to_share": true});
    assert_eq!(decide(body.clone()), decide(body));
}

#[test]
fn the_message_never_changes_the_decision() {
    let plain = decide(json!({"municipality": "1280"}));
    let with_text = decide(json!({"municipality": "1280", "message": "they will kill me tonight, 112"}));
    assert_eq!(plain, with_text);
}

#[test]
fn unknown_values_and_fields_name_the_field() {
    for (body, field) in [
        (json!({"threat": "grave"}), "threat"),
        (json!({"age_band": "17"}), "age_band"),
        (json!({"environment": ["gang"]}), "environment"),
        (json!({"municipality": "12800"}), "municipality"),
        (json!({"name": "Anna"}), "name"),
    ] {
        let err = Enquiry::from_json(body.to_string().as_bytes()).expect_err("rejected");
        assert_eq!(err.field.as_deref(), Some(field), "{body}");
    }
    let err = Enquiry::from_json(br#"{"threat":"grave"}"#).expect_err("rejected");
    assert!(err.message.contains("acute") && err.message.contains("serious"));
}

#[test]
fn an_unknown_municipality_is_reported_against_the_directory() {
    let e = enquiry(json!({"municipality": "9999"}));
    let err = e.check_municipality(&directory()).expect_err("unknown");
    assert_eq!(err.field.as_deref(), Some("municipality"));
    assert!(
        enquiry(json!({"municipality": "1280"}))
            .check_municipality(&directory())
            .is_ok()
    );
}

#[test]
fn contract_enums_round_trip_through_their_values() {
    fn check<T: std::str::FromStr + PartialEq + std::fmt::Debug + Copy>(
        all: &[T],
        s: impl Fn(T) -> &'static str,
    ) {
        for &v in all {
            assert_eq!(s(v).parse::<T>().ok(), Some(v));
        }
    }
    check(AgeBand::ALL, |v| v.as_str());
    check(Threat::ALL, |v| v.as_str());
    check(Need::ALL, |v| v.as_str());
    check(Situation::ALL, |v| v.as_str());
    check(Flag::ALL, |v| v.as_str());
    assert_eq!(AgeBand::From15To17.as_str(), "15_17");
    assert!("P4".parse::<Priority>().is_err());
}

// ---------------------------------------------------------------- directory

#[test]
fn the_directory_has_every_municipality_county_and_region() {
    let dir = directory();
    assert_eq!(dir.municipalities().len(), 290);
    assert_eq!(dir.counties().len(), 21);
    let count = |r: PoliceRegion| {
        dir.municipalities()
            .iter()
            .filter(|m| m.police_region == r)
            .count()
    };
    for (region, n) in [
        (PoliceRegion::Stockholm, 27),
        (PoliceRegion::Mitt, 28),
        (PoliceRegion::Ost, 35),
        (PoliceRegion::Syd, 58),
        (PoliceRegion::Vast, 55),
        (PoliceRegion::Bergslagen, 43),
        (PoliceRegion::Nord, 44),
    ] {
        assert_eq!(count(region), n, "{region}");
        assert!(dir.org(&region.org_id()).is_some());
    }
    let malmo = dir
        .municipality(&MunicipalityCode::parse("1280").expect("code"))
        .expect("Malmö");
    assert_eq!(
        (
            malmo.name.as_str(),
            malmo.county_code.as_str(),
            malmo.police_region.slug()
        ),
        ("Malmö", "12", "syd")
    );
    for m in dir.municipalities() {
        assert!(dir.org(&format!("socialtjanst:{}", m.code)).is_some());
        assert!(dir.org(&format!("region-psychiatry:{}", m.county_code)).is_some());
    }
}

#[test]
fn municipalities_are_sorted_the_swedish_way() {
    let names: Vec<_> = directory()
        .municipalities()
        .iter()
        .map(|m| m.name.clone())
        .collect();
    assert_eq!(names.first().map(String::as_str), Some("Ale"));
    let first_a_ring = names.iter().position(|n| n.starts_with('Å')).expect("Å");
    let last_z = names
        .iter()
        .rposition(|n| n.starts_with(['Z', 'Y', 'V']))
        .expect("V–Z");
    assert!(last_z < first_a_ring);
    assert!(names.last().is_some_and(|n| n.starts_with('Ö')));
}

#[test]
fn expired_vetting_is_reported_for_the_directory_check() {
    let dir = directory();
    let expired: Vec<_> = dir
        .expired_vetting(WEEKDAY_NOON)
        .iter()
        .map(|o| o.id.clone())
        .collect();
    assert_eq!(expired, ["civil:exempel-utgangen"]);
    assert!(dir.expired_vetting(datetime!(2026-06-30 21:59 UTC)).is_empty());
}

#[test]
fn shipped_programmes_and_civil_society_are_marked_as_examples() {
    let dir = directory();
    for org in dir
        .orgs()
        .iter()
        .filter(|o| o.id.starts_with("programme:") || o.id.starts_with("civil:"))
    {
        assert!(org.example && org.name.starts_with("Exempel"), "{}", org.id);
    }
}

// ---------------------------------------------------------------- broken configuration

fn broken_rules(text: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("10-test.toml"), text).expect("write");
    match RuleSet::load(dir.path(), &directory()) {
        Ok(_) => panic!("rules should be rejected:\n{text}"),
        Err(e) => e.to_string(),
    }
}

const OK_RULE: &str = "[[rule]]\nid = \"ok\"\ndescription = \"x\"\nflags = [\"child\"]\n";

#[test]
fn broken_rule_files_are_rejected_with_file_and_line() {
    let cases = [
        (format!("{OK_RULE}colour = \"red\"\n"), ":5:", "unknown field"),
        (format!("{OK_RULE}\n[[rule]]\nid = \"b\"\ndescription = \"x\"\nwhen = {{ field = \"threat\", is = \"grave\" }}\nflags = [\"child\"]\n"), ":9:", "grave"),
        (format!("{OK_RULE}\n[[rule]]\nid = \"b\"\ndescription = \"x\"\n[[rule.recipient]]\norg = \"police:region:narnia\"\nrole = \"primary\"\nsv = \"x\"\nen = \"x\"\n"), ":9:", "narnia"),
        (format!("{OK_RULE}\n[[rule]]\nid = \"ok\"\ndescription = \"x\"\nflags = [\"child\"]\n"), ":6:", "twice"),
        ("[[rule]]\nid = \"p\"\ndescription = \"x\"\npriority = \"P1\"\n".to_owned(), ":1:", "acute"),
        ("[[rule]]\nid = \"s\"\ndescription = \"x\"\nstop = true\n\n[[rule]]\nid = \"t\"\ndescription = \"x\"\nflags = [\"child\"]\n".to_owned(), ":6:", "unreachable"),
        ("[[rule]]\nid = \"u\"\ndescription = \"x\"\nflags = [\"child\"]\n[rule.when]\nall = [{ field = \"threat\", is = \"acute\" }, { field = \"threat\", is = \"none\" }]\n".to_owned(), ":1:", "unreachable"),
        ("[[rule]]\nid = \"m\"\ndescription = \"x\"\nflags = [\"child\"]\nwhen = { field = \"message\", present = true }\n".to_owned(), ":5:", "free text"),
        ("[[rule]]\nid = \"c\"\ndescription = \"x\"\n[[rule.recipient]]\nresolve = \"civil_society\"\nrole = \"primary\"\nsv = \"x\"\nen = \"x\"\n".to_owned(), ":4:", "civil"),
        ("[[rule]]\nid = \"n\"\ndescription = \"x\"\n".to_owned(), ":1:", "no action"),
        ("[[rule]]\nid = \"k\"\ndescription = \"x\"\nflags = [\"child\"]\nwhen = { field = \"municipality\", in = [\"9999\"] }\n".to_owned(), ":1:", "9999"),
    ];
    for (text, line, needle) in cases {
        let message = broken_rules(&text);
        assert!(
            message.contains("10-test.toml") && message.contains(line) && message.contains(needle),
            "expected {line} and {needle:?} in: {message}"
        );
    }
}

#[test]
fn a_broken_directory_names_the_file_and_line() {
    let src = config().join("directory");
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(&src).expect("read") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    let csv = dir.path().join("municipalities.csv");
    let text = std::fs::read_to_string(&csv).expect("read");
    std::fs::write(
        &csv,
        text.replacen("1280,Malmö,12,Skåne län,Syd", "1280,Malmö,12,Skåne län,Nord", 1),
    )
    .expect("write");
    let err = Directory::load(dir.path()).expect_err("rejected").to_string();
    let line = text.lines().position(|l| l.starts_with("1280,")).expect("Malmö") + 1;
    assert!(
        err.contains("municipalities.csv") && err.contains(&format!(":{line}:")),
        "{err}"
    );
}

// ---------------------------------------------------------------- properties

/// A small deterministic generator (xorshift) so the property tests need no new crate.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        let i = (self.next() % (all.len() as u64 + 1)) as usize;
        all.get(i).copied()
    }
    fn subset<T: Copy>(&mut self, all: &[T]) -> Vec<T> {
        let bits = self.next();
        all.iter()
            .enumerate()
            .filter(|(i, _)| bits >> (i * 2) & 3 == 0)
            .map(|(_, v)| *v)
            .collect()
    }
}

const CODES: [&str; 8] = ["1280", "1281", "0180", "1480", "2580", "2281", "0980", "1880"];

fn random_enquiry(g: &mut Gen) -> Enquiry {
    Enquiry {
        channel: g.pick(kontaktpunkt::triage::Channel::ALL),
        enquirer: g.pick(Enquirer::ALL),
        professional_org: g.pick(kontaktpunkt::triage::ProfessionalOrg::ALL),
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

/// Every invariant the engine promises, checked on one decision.
fn check_invariants(e: &Enquiry, d: &Decision, dir: &Directory) {
    let ctx = || format!("{e:?} -> {d:#?}");
    let primaries = d.recipients.iter().filter(|r| r.role == Role::Primary).count();
    assert_eq!(primaries, 1, "exactly one primary: {}", ctx());
    let acute = e.threat == Some(Threat::Acute);
    let danger = e
        .risks
        .iter()
        .any(|r| matches!(r, Risk::SelfHarm | Risk::ThreatToOthers | Risk::TakenAbroad));
    assert_eq!(
        d.priority == Priority::P1,
        acute || danger,
        "P1 iff danger: {}",
        ctx()
    );
    let advice = e.enquiry_type.is_some_and(EnquiryType::is_advice);
    let civil_barred = e.is_child()
        || matches!(e.threat, Some(Threat::Serious | Threat::Acute))
        || e.situation.contains(&Situation::ProtectedIdentity)
        || e.situation.contains(&Situation::ProtectedWitness);
    for r in &d.recipients {
        assert!(dir.org(&r.org).is_some(), "org {} resolves: {}", r.org, ctx());
        assert_eq!(
            r.open,
            r.out_of_hours.is_none(),
            "closed names an alternative: {}",
            ctx()
        );
        if r.org.starts_with("civil:") {
            assert!(
                !civil_barred && r.role != Role::Primary && r.no_offence_data,
                "civil rules: {}",
                ctx()
            );
            assert!(
                matches!(e.consent_from(), ConsentFrom::Person | ConsentFrom::Professional),
                "civil needs the person's own consent: {}",
                ctx()
            );
        }
    }
    if acute {
        assert_eq!(primary(d), "emergency:112", "{}", ctx());
        assert!(d.has_notice(Notice::Call112));
    }
    if advice {
        if !acute {
            assert_eq!(primary(d), "contact-point", "{}", ctx());
        }
        let own = e.municipality.as_ref().map(|c| format!("socialtjanst:{c}"));
        assert!(
            own.is_none_or(|o| d.recipient(&o).is_none()),
            "advice stays: {}",
            ctx()
        );
        assert!(
            !d.recipients.iter().any(|r| r.org.starts_with("programme:")),
            "{}",
            ctx()
        );
    }
    let reaches_all = matches!(e.consent_from(), ConsentFrom::Person | ConsentFrom::Professional);
    if !advice && matches!(e.consent_from(), ConsentFrom::None | ConsentFrom::Relative) {
        assert!(d.has_flag(Flag::ConsentRequired), "{}", ctx());
        if !acute {
            assert_eq!(primary(d), "contact-point", "{}", ctx());
        }
    }
    if e.municipality.is_none() && !acute {
        assert_eq!(primary(d), "contact-point", "{}", ctx());
    }
    if e.is_child() && !advice {
        assert!(d.has_flag(Flag::Child));
        if let Some(code) = &e.municipality {
            assert!(
                d.recipient(&format!("socialtjanst:{code}")).is_some(),
                "child → social services: {}",
                ctx()
            );
        }
    }
    let threatened = matches!(
        e.threat,
        Some(Threat::Acute | Threat::Serious | Threat::SomeThreat)
    );
    let police_reason = threatened
        || e.needs.contains(&Need::Protection)
        || e.situation.contains(&Situation::ProtectedWitness)
        || e.situation.contains(&Situation::Abroad)
        || e.risks
            .iter()
            .any(|r| matches!(r, Risk::ThreatToOthers | Risk::ThreatToWriter | Risk::TakenAbroad));
    if !police_reason {
        assert!(!has_police(d), "no danger, no police: {}", ctx());
    }
    if matches!(e.threat, Some(Threat::Serious | Threat::SomeThreat)) {
        assert!(d.priority <= Priority::P2, "any threat is same-day: {}", ctx());
    }
    if e.threat == Some(Threat::Serious) && !advice && !e.situation.contains(&Situation::ProtectedWitness) {
        assert!(
            d.recipients
                .iter()
                .any(|r| r.org.starts_with("police:") && r.role <= Role::Secondary),
            "serious threat → police act: {}",
            ctx()
        );
    }
    if d.recipient("migrationsverket").is_some() {
        assert!(
            reaches_all && !e.is_child() && e.needs.contains(&Need::VoluntaryReturn),
            "{}",
            ctx()
        );
    }
}

#[test]
fn property_invariants_hold_over_every_threat_age_consent_and_place() {
    let dir = directory();
    let mut municipalities: Vec<Option<&str>> = vec![None];
    municipalities.extend(CODES.iter().map(|c| Some(*c)));
    let mut count = 0;
    for &host in &[true, false] {
        let engine = engine_with(EngineSettings {
            host_is_authority: host,
        });
        for threat in std::iter::once(None).chain(Threat::ALL.iter().copied().map(Some)) {
            for age in std::iter::once(None).chain(AgeBand::ALL.iter().copied().map(Some)) {
                for consent in [None, Some(true), Some(false)] {
                    for m in &municipalities {
                        for situation in [
                            vec![],
                            vec![Situation::ProtectedWitness],
                            vec![Situation::InCustody, Situation::SisPlacement],
                        ] {
                            for now in [WEEKDAY_NOON, NIGHT] {
                                let e = Enquiry {
                                    threat,
                                    age_band: age,
                                    consent_to_share: consent,
                                    municipality: m.map(|c| MunicipalityCode::parse(c).expect("code")),
                                    situation: situation.clone(),
                                    needs: vec![Need::VoluntaryReturn, Need::WorkEducation],
                                    environment: vec![Environment::CriminalNetwork],
                                    ..Enquiry::default()
                                };
                                let d = engine.decide(&e, now);
                                check_invariants(&e, &d, &dir);
                                assert_eq!(d.has_flag(Flag::MandatoryReport), host && e.is_child());
                                count += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(count > 10_000, "{count}");
}

#[test]
fn property_invariants_hold_for_generated_enquiries() {
    let dir = directory();
    let mut g = Gen(0x5eed_1234_abcd_0001);
    let times = [
        WEEKDAY_NOON,
        NIGHT,
        SATURDAY_NOON,
        datetime!(2026-07-01 06:30 UTC),
    ];
    for i in 0..20_000 {
        let e = random_enquiry(&mut g);
        let d = engine().decide(&e, times[i % times.len()]);
        check_invariants(&e, &d, &dir);
    }
}
