//! Every flag and notice of a decision reads in words wherever staff or the person see it:
//! each has its label in every locale, the person's urgent notices (`call_90101` among
//! them) act first on the page after sending and on the receipt page, and the staff-only
//! notices are shown on the console's case page and never on a public page.

use kontaktpunkt::i18n::{Lang, Locales};
use kontaktpunkt::triage::{Flag, Notice};
use reqwest::StatusCode;

use crate::helpers::{TestApp, receipt_code, root};

/// The notices the person acts on, each with its `tel:` number (CONTRACT, "Public site");
/// `call_socialjour` says how to reach the municipality's out-of-hours service instead.
const PUBLIC: [(Notice, Option<&str>); 5] = [
    (Notice::Call112, Some("tel:112")),
    (Notice::Call90101, Some("tel:90101")),
    (Notice::CallBris, Some("tel:116111")),
    (Notice::CallKvinnofridslinjen, Some("tel:020505050")),
    (Notice::CallSocialjour, None),
];

/// Notices for staff only: shown on the case page, never to the person.
const STAFF_ONLY: [Notice; 2] = [Notice::PlacingMunicipality, Notice::FindPsychiatry];

/// The flags and notices #12 added.
const NEW_FLAGS: [Flag; 7] = [
    Flag::SelfHarmRisk,
    Flag::ThreatToOthers,
    Flag::PendingCase,
    Flag::ExistingContact,
    Flag::ConsiderTravelBan,
    Flag::GuardianConsent,
    Flag::ConsentStated,
];

/// A rule added to a copy of the shipped rules, so a public form can store a decision that
/// carries every new flag, `call_90101` and both staff notices whatever the shipped rules
/// decide (it fires on a pair of needs no shipped rule tests together).
const TEST_RULE: &str = r#"
[[rule]]
id = "test-flags-notices"
description = "Test only: every new flag, call_90101 and the staff notices."
flags = ["self_harm_risk", "threat_to_others", "pending_case", "existing_contact", "consider_travel_ban", "guardian_consent", "consent_stated"]
notices = ["call_90101", "placing_municipality", "find_psychiatry"]

[rule.when]
all = [
  { field = "needs", has = "legal" },
  { field = "needs", has = "other" },
]
"#;

/// The fields of a public enquiry the test rule fires on.
fn fields(message: &str) -> [(&str, &str); 3] {
    [("needs", "legal"), ("needs", "other"), ("message", message)]
}

fn locales() -> Locales {
    Locales::load(&root().join("locales")).expect("locales load")
}

/// Text as the templates write it into a page (tera's HTML escaping).
fn html(text: &str) -> String {
    let mut out = Vec::new();
    tera::escape_html(text, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Where `needle` first stands in `page`, or a failure naming what was missing.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("the page has {needle}"))
}

/// An app whose rules are the shipped ones plus [`TEST_RULE`].
async fn app_with_test_rule() -> (TestApp, tempfile::TempDir) {
    let rules = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("config/triage")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, rules.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(rules.path().join("99-test-flags-notices.toml"), TEST_RULE).unwrap();
    let path = rules.path().to_path_buf();
    let app = TestApp::spawn_with(move |c| c.triage.rules_dir = path).await;
    (app, rules)
}

#[test]
fn every_flag_and_notice_has_its_words_in_every_locale() {
    let locales = locales();
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let ids = locales.ids(lang);
        let wanted = Flag::ALL
            .iter()
            .map(|f| format!("queue-flag-{}", f.as_str()))
            .chain(
                Notice::ALL
                    .iter()
                    .map(|n| format!("decisions-notice-{}", n.as_str())),
            )
            .chain(
                ["child", "threat", "protected"]
                    .iter()
                    .map(|b| format!("decisions-error-civil-{b}")),
            )
            .chain(["urgent-90101-text".to_owned(), "urgent-90101-call".to_owned()]);
        for id in wanted {
            if !ids.contains(&id) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "labels missing: {missing:#?}");
}

#[test]
fn the_public_urgent_block_has_a_line_for_each_public_notice_and_none_for_staff() {
    let partial = std::fs::read_to_string(root().join("templates/partials/urgent.html")).unwrap();
    for (notice, tel) in PUBLIC {
        assert!(
            partial.contains(&format!("notice == \"{}\"", notice.as_str())),
            "{notice} has its line"
        );
        if let Some(tel) = tel {
            assert!(
                partial.contains(&format!("href=\"{tel}\"")),
                "{notice} links {tel}"
            );
        }
    }
    for notice in STAFF_ONLY {
        assert!(
            !partial.contains(notice.as_str()),
            "{notice} is for staff, never on a public page"
        );
    }
}

#[tokio::test]
async fn call_90101_comes_before_the_code_after_sending_and_on_the_receipt_page() {
    // Arrange
    let (app, _rules) = app_with_test_rule().await;
    let locales = locales();

    // Act: the hand-off page right after sending.
    let handoff = app.send_enquiry("sv", &fields("promise-90101")).await;
    let page = app.get(&handoff).await;

    // Assert: Självmordslinjen's line and tel: link in the urgent block, before the code.
    assert_eq!(page.status, StatusCode::OK);
    let urgent = at(&page.body, "id=\"urgent\"");
    let call = at(&page.body, "href=\"tel:90101\"");
    let code_at = at(&page.body, "class=\"receipt-code\"");
    assert!(urgent < call && call < code_at, "90101 comes before the code");
    assert!(
        page.body
            .contains(&html(&locales.t(Lang::Sv, "urgent-90101-text")))
    );
    assert!(
        page.body
            .contains(&html(&locales.t(Lang::Sv, "urgent-90101-call")))
    );
    let code = receipt_code(&page.body);

    // Act: the receipt page, looked up with the code.
    let status = app.look_up("sv", &code).await;

    // Assert: the same line before the conversation.
    assert_eq!(status.status, StatusCode::OK);
    let urgent = at(&status.body, "id=\"urgent\"");
    let call = at(&status.body, "href=\"tel:90101\"");
    assert!(urgent < call && call < at(&status.body, "promise-90101"));
}

#[tokio::test]
async fn call_90101_reads_in_the_persons_language_and_staff_notices_never_show() {
    let (app, _rules) = app_with_test_rule().await;
    let locales = locales();
    for lang in Lang::ALL {
        let handoff = app.send_enquiry(lang.tag(), &fields("promise-90101-lang")).await;
        let page = app.get(&handoff).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert!(page.body.contains("href=\"tel:90101\""), "{lang}");
        assert!(
            page.body.contains(&html(&locales.t(lang, "urgent-90101-call"))),
            "{lang}: the call in the page's language"
        );
        let code = receipt_code(&page.body);
        let status = app.look_up(lang.tag(), &code).await;
        assert_eq!(status.status, StatusCode::OK, "{lang}");
        for body in [&page.body, &status.body] {
            for notice in STAFF_ONLY {
                let words = html(&locales.t(lang, &format!("decisions-notice-{}", notice.as_str())));
                assert!(!body.contains(notice.as_str()), "{lang}: no {notice}");
                assert!(!body.contains(&words), "{lang}: no words of {notice}");
            }
        }
    }
}

#[tokio::test]
async fn the_case_page_shows_each_new_flag_and_the_staff_notices_in_words() {
    // Arrange: a stored enquiry whose decision carries every new flag and notice.
    let (app, _rules) = app_with_test_rule().await;
    let locales = locales();
    app.send_enquiry("sv", &fields("flags-in-words")).await;
    let id = app.newest_enquiry_id().await;
    let (handler, _) = app.signed_in("handler", "hanna").await;

    // Act
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;

    // Assert: each label in words (Swedish, the console's default), never as a code.
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    for flag in NEW_FLAGS {
        let words = html(&locales.t(Lang::Sv, &format!("queue-flag-{}", flag.as_str())));
        assert!(
            body.contains(&format!(
                "data-flag=\"{}\"><strong>{words}</strong>",
                flag.as_str()
            )),
            "{flag} in words: {words}"
        );
    }
    for notice in [
        Notice::Call90101,
        Notice::PlacingMunicipality,
        Notice::FindPsychiatry,
    ] {
        let words = html(&locales.t(Lang::Sv, &format!("decisions-notice-{}", notice.as_str())));
        assert!(
            body.contains(&format!("data-notice=\"{}\">{words}</li>", notice.as_str())),
            "{notice} in words: {words}"
        );
    }
    assert!(
        body.contains(&html("Kommunen som placerade personen är ansvarig")),
        "the placing municipality, in plain Swedish"
    );

    // And in English for a browser that asks for it.
    let english = app
        .send(
            handler
                .get(app.url(&format!("/console/cases/{id}")))
                .header("accept-language", "en"),
        )
        .await;
    assert!(english.body.contains(&html(
        "Consider a travel ban (utreseförbud); do not contact the guardians first"
    )));
    assert!(english.body.contains(&html(
        "Psychiatry of the region is needed, but no municipality is known: find the region"
    )));
}

#[tokio::test]
async fn the_queue_filter_names_every_flag_in_words() {
    let app = TestApp::spawn().await;
    let locales = locales();
    let (handler, _) = app.signed_in("handler", "hanna").await;
    let page = app.get_as(&handler, "/console/?flag=consider_travel_ban").await;
    assert_eq!(page.status, StatusCode::OK);
    for flag in Flag::ALL {
        let words = html(&locales.t(Lang::Sv, &format!("queue-flag-{}", flag.as_str())));
        let selected = if *flag == Flag::ConsiderTravelBan {
            " selected"
        } else {
            ""
        };
        assert!(
            page.body.contains(&format!(
                "<option value=\"{}\"{selected}>{words}</option>",
                flag.as_str()
            )),
            "{flag} is offered as {words}"
        );
    }
}
