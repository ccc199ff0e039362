//! The child form `/{lang}/young/enquiry` (issue #13): few questions in plain words, its own
//! consent, and the written enquiry's own path — a receipt code, the decision (a child,
//! BRIS's number; 112 first when in danger), a 422 that keeps what was typed.

use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::i18n::Lang;
use kontaktpunkt::triage::{Decision, Flag, Notice};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, receipt_code};

const FORM: &str = "/sv/young/enquiry";

/// Where `needle` first stands in `page`, or a failure naming what was missing.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("the page has {needle}"))
}

/// The stored facts and decision of enquiry `id`, opened.
async fn stored(app: &TestApp, id: &str) -> (Value, Decision) {
    let (facts, decision): (Vec<u8>, Vec<u8>) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select facts_sealed, decision_sealed from enquiries where id = $1"
        )
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap());
    let keys = app.state.keys();
    let facts = serde_json::from_slice(
        &keys
            .open(&Context::new(Column::EnquiryFacts, id), &facts)
            .unwrap(),
    )
    .unwrap();
    let decision = serde_json::from_slice(
        &keys
            .open(&Context::new(Column::EnquiryDecision, id), &decision)
            .unwrap(),
    )
    .unwrap();
    (facts, decision)
}

#[tokio::test]
async fn the_child_form_renders_in_every_language_and_stays_light() {
    let app = TestApp::spawn().await;
    for lang in Lang::ALL {
        let path = format!("/{}/young/enquiry", lang.tag());
        let answer = app.get(&path).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        let html = &answer.body;
        assert!(html.contains(&format!("<html lang=\"{}\"", lang.tag())), "{path}");
        assert!(html.contains(&format!("action=\"/{}/young/enquiry\"", lang.tag())));
        for field in [
            "age_band",
            "environment",
            "threat",
            "municipality",
            "message",
            "wants_contact",
        ] {
            assert!(html.contains(&format!("name=\"{field}\"")), "{path} asks {field}");
        }
        assert!(html.contains("name=\"consent_for\" value=\"social_services\""));
        assert!(!html.contains("t(id="), "{path} has an unrendered call");
        assert!(
            !html.contains("<script>") && !html.contains("style="),
            "{path}: no inline script or style"
        );
        // The page-weight budget of the other forms (tests/api/security.rs): HTML alone here.
        assert!(html.len() <= 20 * 1024, "{path}: {} bytes", html.len());
    }
    // The young page sends children here.
    let young = app.get("/sv/young").await.body;
    assert!(young.contains("href=\"/sv/young/enquiry\""));
}

#[tokio::test]
async fn a_child_gets_a_receipt_code_and_the_decision_names_a_child_and_bris() {
    let app = TestApp::spawn().await;
    let answer = app
        .post_form(
            FORM,
            FORM,
            &[
                ("age_band", "under_15"),
                ("environment", "criminal_network"),
                ("threat", "none"),
                ("municipality", "Malmö"),
                ("message", "young-form-child"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let page = app.get(answer.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    let code = receipt_code(&page.body);
    assert!(!code.is_empty());
    // BRIS's number stands before the code.
    assert!(at(&page.body, "href=\"tel:116111\"") < at(&page.body, "class=\"receipt-code\""));

    let id = app.newest_enquiry_id().await;
    let (facts, decision) = stored(&app, &id).await;
    assert_eq!(facts["enquiry"]["enquirer"], "self");
    assert_eq!(facts["enquiry"]["age_band"], "under_15");
    assert_eq!(facts["enquiry"]["municipality"], "1280");
    assert_eq!(facts["enquiry"]["channel"], "web_form");
    assert_eq!(facts["enquiry"]["language"], "sv");
    assert!(decision.has_flag(Flag::Child), "{decision:?}");
    assert!(decision.notices.contains(&Notice::CallBris), "{decision:?}");
}

#[tokio::test]
async fn a_child_in_danger_is_told_to_call_112_before_the_code() {
    let app = TestApp::spawn().await;
    let answer = app
        .post_form(
            FORM,
            FORM,
            &[
                ("age_band", "15_17"),
                ("threat", "acute"),
                ("message", "young-form-acute"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let page = app.get(answer.location()).await.body;
    let call = at(&page, "class=\"button button-danger\" href=\"tel:112\"");
    assert!(
        call < at(&page, "class=\"receipt-code\""),
        "112 comes before the code"
    );
}

#[tokio::test]
async fn a_too_long_message_is_a_422_that_keeps_everything_typed() {
    let app = TestApp::spawn().await;
    let long = format!("young-form-long {}", "a".repeat(8001));
    let answer = app
        .post_form(
            FORM,
            FORM,
            &[
                ("age_band", "15_17"),
                ("environment", "honour_related"),
                ("threat", "unknown"),
                ("municipality", "Lund"),
                ("wants_contact", "true"),
                ("consent_for", "social_services"),
                ("message", long.as_str()),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &answer.body;
    assert!(body.contains("id=\"error-summary\""));
    assert!(body.contains("href=\"#i-message\""));
    assert!(body.contains(&long), "the message is kept");
    assert!(body.contains("value=\"15_17\" checked"));
    assert!(body.contains("value=\"honour_related\" checked"));
    assert!(body.contains("value=\"unknown\" checked"));
    assert!(body.contains("value=\"Lund\""));
    assert!(body.contains("name=\"wants_contact\" value=\"true\" checked"));
    assert!(body.contains("value=\"social_services\" checked"));
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");
}

/// `young-field-consent`: the tick is stored as the child's consent (for social services),
/// and no tick is no consent.
#[tokio::test]
async fn the_consent_tick_is_stored_as_consent_for_social_services() {
    let app = TestApp::spawn().await;
    let ticked = app
        .post_form(
            FORM,
            FORM,
            &[
                ("age_band", "15_17"),
                ("consent_for", "social_services"),
                ("message", "young-form-consent"),
            ],
        )
        .await;
    assert_eq!(ticked.status, StatusCode::SEE_OTHER, "{}", ticked.body);
    let (facts, _) = stored(&app, &app.newest_enquiry_id().await).await;
    assert_eq!(facts["enquiry"]["consent_to_share"], true, "{facts}");
    app.clock.advance(time::Duration::seconds(5));
    let unticked = app
        .post_form(
            FORM,
            FORM,
            &[("age_band", "15_17"), ("message", "young-form-no-consent")],
        )
        .await;
    assert_eq!(unticked.status, StatusCode::SEE_OTHER, "{}", unticked.body);
    let (facts, _) = stored(&app, &app.newest_enquiry_id().await).await;
    assert!(facts["enquiry"]["consent_to_share"].is_null(), "{facts}");
}

/// `young-anonymous-details`, `young-who`: the young page names who runs the service and
/// warns that small details can show who you are, in every language.
#[tokio::test]
async fn the_young_page_names_the_host_and_warns_about_details() {
    let app = TestApp::spawn().await;
    let sv = app.get("/sv/young").await.body;
    assert!(sv.contains("Kontaktpunkten drivs av polisen."));
    assert!(sv.contains("ett telefonnummer, en skola, ett smeknamn eller en plats också kan visa vem du är"));
    assert!(sv.contains("Vi berättar inte själva för dina föräldrar"));
    let en = app.get("/en/young").await.body;
    assert!(en.contains("a phone number, a school, a nickname or a place can also show who you are"));
    assert!(en.contains("The contact point is run by the police."));
}
