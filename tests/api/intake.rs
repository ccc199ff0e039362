use reqwest::StatusCode;

use crate::helpers::{TestApp, csrf_token, receipt_code};

#[tokio::test]
async fn enquiry_form_asks_the_municipality_by_name_and_warns_about_crimes() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/enquiry").await;
    assert_eq!(page.status, StatusCode::OK);
    // A text field with a hint, not a list of 290 (facts_forms tests the names it takes).
    assert!(page.body.contains("name=\"municipality\" type=\"text\""));
    assert!(page.body.contains("Skriv kommunens namn, till exempel Malmö"));
    assert!(!page.body.contains("<option value=1280>"));
    assert!(page.body.contains("Skriv inte om brott som du har begått"));
    assert!(page.body.contains("name=\"_csrf\""));
}

#[tokio::test]
async fn enquiry_is_stored_then_answered_303_to_a_page_showing_the_receipt_code() {
    let app = TestApp::spawn().await;
    let handoff = app
        .send_enquiry(
            "en",
            &[
                ("enquirer", "relative"),
                ("age_band", "15_17"),
                ("environment", "criminal_network"),
                ("environment", "honour_related"),
                ("municipality", "1280"),
                ("threat", "some"),
                ("needs", "protection"),
                ("consent_to_share", "true"),
                ("language", "ar"),
                ("message", "My son wants out."),
            ],
        )
        .await;
    assert!(handoff.starts_with("/en/enquiry/sent/"), "{handoff}");
    assert_eq!(app.count("enquiries").await, 1, "committed before the 303");
    let page = app.get(&handoff).await;
    assert_eq!(page.status, StatusCode::OK);
    let code = receipt_code(&page.body);
    assert_eq!(code.len(), 19, "{code}");
    assert_eq!(code.split('-').count(), 4);
    assert!(
        code.chars()
            .all(|c| c == '-' || "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c))
    );
    assert!(page.body.contains("I have saved my code"));
}

#[tokio::test]
async fn the_stored_enquiry_carries_the_triage_decision() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("threat", "acute"),
            ("municipality", "0180"),
            ("message", "hjälp"),
        ],
    )
    .await;
    let priority: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select priority from enquiries"
    )
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(priority, "P1");
}

#[tokio::test]
async fn a_wish_to_be_contacted_is_enough_without_a_message() {
    let app = TestApp::spawn().await;
    let handoff = app.send_enquiry("sv", &[("wants_contact", "true")]).await;
    assert!(handoff.starts_with("/sv/enquiry/sent/"));
}

#[tokio::test]
async fn invalid_values_show_the_form_again_with_everything_typed_kept() {
    let app = TestApp::spawn().await;
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case<'_>; 4] = [
        (
            &[("age_band", "ancient"), ("message", "Jag vill ut <nu>")],
            "age_band",
            "the unknown age band",
        ),
        (
            &[("municipality", "9999"), ("message", "Jag vill ut <nu>")],
            "municipality",
            "an unknown municipality",
        ),
        (
            &[
                ("environment", "criminal_network"),
                ("environment", "bogus"),
                ("message", "Jag vill ut <nu>"),
            ],
            "environment",
            "an unknown list value",
        ),
        (
            &[("environment", "criminal_network"), ("message", "   ")],
            "message",
            "neither a message nor a wish to be contacted",
        ),
    ];
    for (fields, field, why) in cases {
        let answer = app.post_form("/sv/enquiry", "/sv/enquiry", fields).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        assert!(
            answer.body.contains("class=\"error-summary\""),
            "{why}: error summary"
        );
        assert!(
            answer.body.contains(&format!("href=\"#i-{field}\"")),
            "{why}: summary links the field"
        );
        assert!(
            answer.body.contains(&format!("id=\"i-{field}\"")),
            "{why}: the linked field exists"
        );
        assert!(
            answer
                .body
                .contains("<title>Något behöver rättas: Skriv till oss"),
            "{why}: the title says so"
        );
        if field != "message" {
            assert!(
                answer.body.contains("Jag vill ut &lt;nu&gt;"),
                "{why}: the message is kept, escaped"
            );
        }
        if fields
            .iter()
            .any(|(k, v)| *k == "environment" && *v == "criminal_network")
        {
            assert!(
                answer.body.contains("value=\"criminal_network\" checked"),
                "{why}: ticks are kept"
            );
        }
    }
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn a_selected_municipality_is_kept_when_another_field_is_wrong() {
    let app = TestApp::spawn().await;
    let answer = app
        .post_form(
            "/sv/enquiry",
            "/sv/enquiry",
            &[("municipality", "1280"), ("gender", "x"), ("message", "m")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer
            .body
            .contains("aria-describedby=\"h-municipality\" value=\"1280\"")
    );
}

#[tokio::test]
async fn missing_or_forged_csrf_token_is_403_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/enquiry").await;
    let token = csrf_token(&page.body);
    let missing = app.post_raw("/sv/enquiry", &[("message", "hej")]).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let forged = app
        .post_raw("/sv/enquiry", &[("_csrf", "forged-token"), ("message", "hej")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Issue #14: a localized page that keeps the text, with a new token to send again.
    assert!(
        forged.body.contains("Formuläret hade gått ut"),
        "a localized page"
    );
    assert!(forged.body.contains(">hej</textarea>"), "the text is kept");
    let fresh = reqwest::Client::new();
    let no_cookie = fresh
        .post(app.url("/sv/enquiry"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("_csrf={token}&message=hej"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        no_cookie.status(),
        StatusCode::FORBIDDEN,
        "a token without its cookie"
    );
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn oversize_body_gets_a_413_page_in_the_persons_language() {
    let app = TestApp::spawn().await;
    let page = app.get("/en/enquiry").await;
    let token = csrf_token(&page.body);
    let huge = "a".repeat(300_000);
    let answer = app
        .post_raw("/en/enquiry", &[("_csrf", &token), ("message", &huge)])
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answer.body.contains("<html lang=\"en\""));
    assert!(answer.body.contains("Too much text"));
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn a_message_longer_than_the_limit_is_refused_and_kept() {
    let app = TestApp::spawn().await;
    let long = "ö".repeat(8001);
    let answer = app
        .post_form("/sv/enquiry", "/sv/enquiry", &[("message", &long)])
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains(&long));
}
