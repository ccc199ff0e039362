//! Consent per kind of recipient, and for the person's own words (issue #13): the public
//! forms ask it tick by tick (`consent_for`), the console shows what was ticked and whose
//! ticks they are, and a referral may rest on "consent given in the form" only for the
//! kinds ticked — never for the person's words unless that was ticked too. The promises
//! in `locales/sv/intake.ftl` (`hint-consent_for`, `opt-consent_for-words`,
//! `hint-consent_for-others`) name the tests here.

use kontaktpunkt::crypto::{Column, Context};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Answer, TestApp};

/// The error when a kind of recipient was not ticked.
const NOT_TICKED: &str = "Personen kryssade inte i den här sortens mottagare i formuläret";
/// The error when the person's words were not ticked.
const WORDS_NOT_TICKED: &str = "Personen kryssade inte i att det hen skrev får lämnas vidare";
/// The error when a relative ticked about an adult.
const NOT_THEIRS: &str = "Rutan för samtycke kryssades i av en anhörig";

/// Sends an enquiry through the public form and returns its case id.
async fn case_with(app: &TestApp, fields: &[(&str, &str)]) -> String {
    // A second apart, so "the newest" is this one.
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry("sv", fields).await;
    app.newest_enquiry_id().await
}

/// An adult writing for themself in Malmö with a serious threat, who ticked `ticks`.
async fn adult_ticking(app: &TestApp, ticks: &[&'static str], message: &'static str) -> String {
    let mut fields = vec![
        ("enquirer", "self"),
        ("age_band", "21_25"),
        ("municipality", "1280"),
        ("environment", "criminal_network"),
        ("threat", "serious"),
        ("message", message),
    ];
    fields.extend(ticks.iter().map(|t| ("consent_for", *t)));
    case_with(app, &fields).await
}

/// Posts the referral form of case `id` as `client`.
async fn refer(app: &TestApp, client: &reqwest::Client, id: &str, fields: &[(&str, &str)]) -> Answer {
    let page = format!("/console/cases/{id}");
    app.post_as(client, &page, &format!("{page}/referrals"), fields)
        .await
}

/// A referral to `org` sharing `categories` on the form's consent.
fn on_form_consent<'a>(org: &'a str, categories: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("org", org), ("kind", "referral"), ("consent_how", "form")];
    fields.extend(categories.iter().map(|c| ("categories", *c)));
    fields
}

/// The stored facts of case `id`, opened.
async fn stored_facts(app: &TestApp, id: &str) -> Value {
    let sealed = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Vec<u8>>(
        "select facts_sealed from enquiries where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::EnquiryFacts, id), &sealed)
        .expect("the facts open with their context");
    serde_json::from_slice(&bytes).unwrap()
}

/// The decision's flags of case `id`, as stored for the queue (`,a,b,` of keyed tags),
/// named again: `,consent_required,` when the tags hold that flag's.
async fn flags_of(app: &TestApp, id: &str) -> String {
    let stored = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select flags from enquiries where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    let mut named = String::from(",");
    for flag in kontaktpunkt::triage::Flag::ALL {
        let tag = app.state.keys().tag("flag", flag.as_str());
        if stored.contains(&format!(",{tag},")) {
            named.push_str(flag.as_str());
            named.push(',');
        }
    }
    named
}

/// What the recipient of the case's only referral may read, opened.
async fn only_payload(app: &TestApp, id: &str) -> Value {
    let (rid, sealed) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, (String, Vec<u8>)>(
            "select id, payload_sealed from referrals where enquiry_id = $1"
        )
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::ReferralPayload, &rid), &sealed)
        .expect("the payload opens with its context");
    serde_json::from_slice(&bytes).unwrap()
}

async fn referrals_of(app: &TestApp, id: &str) -> i64 {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
        "select count(*) from referrals where enquiry_id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

#[tokio::test]
async fn both_forms_ask_per_recipient_and_the_ticks_are_stored_and_shown() {
    let app = TestApp::spawn().await;
    for path in ["/sv/enquiry", "/sv/callback"] {
        let form = app.get(path).await;
        assert_eq!(form.status, StatusCode::OK);
        let body = &form.body;
        assert!(
            body.contains("<legend>Vem får vi lämna dina uppgifter till?</legend>"),
            "{path}: one question, a fieldset with its legend"
        );
        for (value, words) in [
            (
                "social_services",
                "Socialtjänsten i kommunen – kan ge stöd, boende och skydd",
            ),
            (
                "programme",
                "Ett avhopparprogram – kommunens eller regionens stöd för att lämna",
            ),
            (
                "police",
                "Polisen – avhopparsamordnaren, som kan ge skydd när du är hotad",
            ),
            ("words", "Det jag har skrivit, ordagrant"),
        ] {
            assert!(
                body.contains(&format!("name=\"consent_for\" value=\"{value}\"> {words}")),
                "{path}: {value} is one labelled tick"
            );
        }
        assert!(body.contains("En anhörigs kryss ersätter aldrig en vuxens eget samtycke."));
        assert!(
            !body.contains("name=\"consent_to_share\""),
            "{path}: no single tick"
        );
    }

    let id = adult_ticking(&app, &["words", "social_services"], "ticks-probe").await;
    let facts = stored_facts(&app, &id).await;
    assert_eq!(
        facts["consent_for"],
        serde_json::json!(["social_services", "words"])
    );
    assert_eq!(facts["enquiry"]["consent_to_share"], true);

    // The callback form asks the same and stores its ticks too.
    app.clock.advance(time::Duration::seconds(1));
    let answer = app
        .post_form(
            "/sv/callback",
            "/sv/callback",
            &[
                ("phone", "070-123 45 67"),
                ("windows", "weekday_evening"),
                ("voicemail_ok", "false"),
                ("may_say_who", "false"),
                ("consent_for", "police"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let called = app.newest_enquiry_id().await;
    assert_eq!(
        stored_facts(&app, &called).await["consent_for"],
        serde_json::json!(["police"])
    );

    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Samtycke i formuläret, per mottagare"));
    assert!(
        page.body
            .contains("<li data-consent-for=\"social_services\">Socialtjänsten</li>")
    );
    assert!(
        page.body
            .contains("<li data-consent-for=\"words\">Personens egna ord, ordagrant</li>")
    );
    assert!(!page.body.contains("data-consent-for=\"police\""));
    assert!(
        !page.body.contains("data-consent-whose"),
        "the person's own ticks need no warning"
    );
    assert!(
        page.body.contains(
            "Samtycke i formuläret kan användas för: Socialtjänsten. Personen kryssade i att det hen skrev får lämnas vidare ordagrant."
        ),
        "the referral form says for whom the form's consent counts"
    );
}

#[tokio::test]
async fn an_unknown_tick_is_a_422_that_keeps_the_ticks_and_the_text() {
    let app = TestApp::spawn().await;
    let answer = app
        .post_form(
            "/sv/enquiry",
            "/sv/enquiry",
            &[
                ("consent_for", "programme"),
                ("consent_for", "words"),
                ("consent_for", "everyone"),
                ("threat", "some"),
                ("message", "keep-this-text"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &answer.body;
    assert!(
        body.contains("href=\"#i-consent_for\""),
        "the summary links the question"
    );
    assert!(body.contains("id=\"i-consent_for\""));
    assert!(body.contains("field-error\" id=\"f-consent_for\""));
    for kept in ["programme", "words"] {
        assert!(
            body.contains(&format!("value=\"{kept}\" checked")),
            "{kept} stays ticked"
        );
    }
    assert!(!body.contains("value=\"police\" checked"));
    assert!(body.contains("keep-this-text"));
    assert!(body.contains("value=\"some\" checked"));
    assert_eq!(app.count("enquiries").await, 0);

    // The callback form keeps them through its own errors too (no number here).
    let answer = app
        .post_form(
            "/sv/callback",
            "/sv/callback",
            &[
                ("consent_for", "social_services"),
                ("consent_for", "words"),
                ("message", "call-me-text"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("value=\"social_services\" checked"));
    assert!(answer.body.contains("value=\"words\" checked"));
    assert!(answer.body.contains("call-me-text"));
}

#[tokio::test]
async fn form_consent_reaches_only_the_kinds_of_recipient_ticked() {
    let app = TestApp::spawn().await;
    let id = adult_ticking(&app, &["social_services"], "only-social-services").await;
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;

    for org in [
        "programme:exempel-malmo",
        "police:region:syd",
        // A kind the form never asks about is never reached by it.
        "kriminalvarden",
    ] {
        let answer = refer(&app, &handler, &id, &on_form_consent(org, &["basic"])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{org}");
        assert!(answer.body.contains(NOT_TICKED), "{org}: {}", answer.body);
        assert!(answer.body.contains("value=\"basic\" checked"), "{org}: kept");
    }
    assert_eq!(referrals_of(&app, &id).await, 0);

    // The police still, on a consent the handler records otherwise: as before.
    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "police:region:syd"),
            ("kind", "referral"),
            ("categories", "threat"),
            ("consent_how", "phone"),
            ("consent_at", "2026-11-23T10:05"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    let answer = refer(
        &app,
        &handler,
        &id,
        &on_form_consent("socialtjanst:1280", &["basic", "needs"]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(referrals_of(&app, &id).await, 2);

    // Ticking a programme and the police reaches them too.
    let both = adult_ticking(&app, &["programme", "police"], "programme-and-police").await;
    app.claim(&handler, &both).await;
    for org in ["programme:exempel-malmo", "police:region:syd"] {
        let answer = refer(&app, &handler, &both, &on_form_consent(org, &["basic"])).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{org}: {}", answer.body);
    }
    let answer = refer(
        &app,
        &handler,
        &both,
        &on_form_consent("socialtjanst:1280", &["basic"]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains(NOT_TICKED));
}

#[tokio::test]
async fn the_persons_own_words_go_on_form_consent_only_when_ticked() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let without = adult_ticking(&app, &["social_services"], "words-not-ticked").await;
    app.claim(&handler, &without).await;
    let answer = refer(
        &app,
        &handler,
        &without,
        &on_form_consent("socialtjanst:1280", &["basic", "message"]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains(WORDS_NOT_TICKED), "{}", answer.body);
    assert!(!answer.body.contains(NOT_TICKED), "social services were ticked");
    assert_eq!(referrals_of(&app, &without).await, 0);
    let page = app.get_as(&handler, &format!("/console/cases/{without}")).await;
    assert!(
        page.body
            .contains("Personens egna ord får inte lämnas vidare med samtycket i formuläret.")
    );

    // Consent the handler records (here in writing) may carry the words, as before.
    let answer = refer(
        &app,
        &handler,
        &without,
        &[
            ("org", "socialtjanst:1280"),
            ("kind", "referral"),
            ("categories", "message"),
            ("consent_how", "writing"),
            ("consent_at", "2026-11-23T10:05"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    let with = adult_ticking(&app, &["social_services", "words"], "words-ticked").await;
    app.claim(&handler, &with).await;
    let answer = refer(
        &app,
        &handler,
        &with,
        &on_form_consent("socialtjanst:1280", &["basic", "message"]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let payload = only_payload(&app, &with).await;
    assert_eq!(payload["message"]["messages"][0]["text"], "words-ticked");
    assert_eq!(payload["referral"]["consent"]["how"], "form");
}

#[tokio::test]
async fn a_relatives_ticks_about_an_adult_reach_nobody() {
    let app = TestApp::spawn().await;
    let id = case_with(
        &app,
        &[
            ("enquirer", "relative"),
            ("age_band", "26_plus"),
            ("municipality", "1280"),
            ("threat", "serious"),
            ("consent_for", "social_services"),
            ("consent_for", "programme"),
            ("consent_for", "police"),
            ("consent_for", "words"),
            ("message", "my brother"),
        ],
    )
    .await;
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert!(
        page.body
            .contains("Kryssen gjordes av en anhörig: de är den anhörigas samtycke, inte personens"),
        "the page says whose ticks they are"
    );
    assert!(
        !page
            .body
            .contains("I formuläret (för de mottagare personen kryssade i)"),
        "a relative's ticks are not offered as consent"
    );
    assert!(
        page.body
            .contains("Samtycke i formuläret kan inte användas för någon mottagare")
    );
    for org in [
        "socialtjanst:1280",
        "programme:exempel-malmo",
        "police:region:syd",
    ] {
        let answer = refer(&app, &handler, &id, &on_form_consent(org, &["basic"])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{org}");
        assert!(answer.body.contains(NOT_THEIRS), "{org}: {}", answer.body);
    }
    assert_eq!(referrals_of(&app, &id).await, 0);
}

#[tokio::test]
async fn the_engine_still_sees_consent_to_share() {
    let app = TestApp::spawn().await;
    // A recipient ticked is consent for the engine: nothing waits for consent.
    let ticked = adult_ticking(&app, &["programme"], "engine-ticked").await;
    assert!(!flags_of(&app, &ticked).await.contains(",consent_required,"));
    assert_eq!(
        stored_facts(&app, &ticked).await["enquiry"]["consent_to_share"],
        true
    );

    // Only the words ticked is no recipient: the engine waits for consent.
    let words = adult_ticking(&app, &["words"], "engine-words").await;
    assert!(flags_of(&app, &words).await.contains(",consent_required,"));
    assert_eq!(
        stored_facts(&app, &words).await["enquiry"]["consent_to_share"],
        false
    );

    // A `consent_to_share` posted on its own (an API client, an older form) counts for the
    // engine, but names no recipient: the form's consent reaches nobody.
    let posted = case_with(
        &app,
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("threat", "serious"),
            ("consent_to_share", "true"),
            ("message", "engine-posted"),
        ],
    )
    .await;
    assert!(!flags_of(&app, &posted).await.contains(",consent_required,"));
    let facts = stored_facts(&app, &posted).await;
    assert_eq!(facts["enquiry"]["consent_to_share"], true);
    assert!(facts.get("consent_for").is_none(), "no ticks stored: {facts}");
    let handler = app.staff("handler").await;
    app.claim(&handler, &posted).await;
    let answer = refer(
        &app,
        &handler,
        &posted,
        &on_form_consent("socialtjanst:1280", &["basic"]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains(NOT_TICKED), "{}", answer.body);

    // Nothing ticked, nothing posted: as before, no consent.
    let none = adult_ticking(&app, &[], "engine-none").await;
    assert!(flags_of(&app, &none).await.contains(",consent_required,"));
}
