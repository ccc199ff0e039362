//! Issue #14: protected identity reaches the referrals already made. Before, marking a
//! case protected left its contact data in every referral's payload, unmarked, and no
//! recipient was told.

use kontaktpunkt::crypto::{Column, Context};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::TestApp;

/// The live payload of a referral, opened as the recipient would read it.
async fn payload(app: &TestApp, referral_id: &str) -> Value {
    let sealed = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Vec<u8>>(
        "select payload_sealed from referrals where id = $1 and withdrawn_at is null"
    )
    .bind(referral_id)
    .fetch_one(pool)
    .await
    .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::ReferralPayload, referral_id), &sealed)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn marking_a_case_protected_strips_the_contact_data_from_referrals_already_made_and_tells_their_recipients()
 {
    // Arrange: a callback request, referred to the police region with its contact data,
    // and a webhook (dev mode: a local receiver) serving that region.
    let app = TestApp::spawn_with(|c| {
        c.dev = true;
        c.email.enabled = false;
        c.notify.poll_ms = 3_600_000;
    })
    .await;
    let answer = app
        .post_form(
            "/sv/callback",
            "/sv/callback",
            &[
                ("phone", "070-123 45 67"),
                ("windows", "weekday_morning"),
                ("code_word", "blåklocka"),
                ("enquirer", "self"),
                ("municipality", "Malmö"),
                ("consent_for", "police"),
                ("message", "ring mig"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let id = app.newest_enquiry_id().await;
    let admin = app.staff("admin").await;
    let hook = app
        .post_as(
            &admin,
            "/console/webhooks",
            "/console/webhooks",
            &[("url", "http://127.0.0.1:9/hook"), ("orgs", "police:region:syd")],
        )
        .await;
    assert_eq!(hook.status, StatusCode::OK, "{}", hook.body);
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;
    let page = format!("/console/cases/{id}");
    let referred = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", "police:region:syd"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("categories", "contact"),
                ("consent_how", "form"),
            ],
        )
        .await;
    assert_eq!(referred.status, StatusCode::SEE_OTHER, "{}", referred.body);
    let referral: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select id from referrals where enquiry_id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert!(
        payload(&app, &referral)
            .await
            .to_string()
            .contains("+46701234567")
    );

    // Act: the handler marks the case protected.
    let marked = app
        .post_as(&handler, &page, &format!("{page}/protect"), &[])
        .await;
    assert!(
        marked.status.is_redirection() || marked.status.is_success(),
        "{}",
        marked.status
    );

    // Assert: the referral keeps what it shared but the contact data, and says so.
    let after = payload(&app, &referral).await;
    let text = after.to_string();
    assert!(
        !text.contains("+46701234567") && !text.contains("blåklocka"),
        "{text}"
    );
    assert_eq!(after["protected_identity"], Value::Bool(true));
    assert_eq!(after["referral"]["categories"], serde_json::json!(["basic"]));
    let marked_row: bool = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select protected from referrals where id = $1"
    )
    .bind(&referral)
    .fetch_one(pool)
    .await
    .unwrap());
    assert!(marked_row, "the referral carries the marker");
    // And the recipient is told: a "protected" delivery beside the "waiting" one.
    let events: Vec<String> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select event from outbox where referral_id = $1 order by event"
    )
    .bind(&referral)
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(events, ["protected", "waiting"]);

    // No log line that names this case or referral names its recipient or place.
    let logs = crate::helpers::captured_logs();
    let lines: Vec<&str> = logs
        .lines()
        .filter(|l| l.contains(&id) || l.contains(&referral))
        .collect();
    assert!(!lines.is_empty(), "the case is logged by id");
    for line in lines {
        for quasi in ["police:region", "socialtjanst:", "1280", "Malmö", "priority"] {
            assert!(!line.contains(quasi), "{quasi} beside a case id: {line}");
        }
    }
}
