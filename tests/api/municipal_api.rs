//! The municipal JSON API: tokens issued and revoked in the console, scopes, the
//! municipality boundary, pagination, idempotent steps, JSON errors, and the OpenAPI
//! document kept in sync with the routes.

use std::collections::BTreeSet;

use kontaktpunkt::clock::Clock as _;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Answer, TestApp};

/// Form fields as name and value.
type Fields<'a> = &'a [(&'a str, &'a str)];

const READ: &str = "referrals:read";
const WRITE: &str = "referrals:write";

/// An admin's signed-in client.
async fn admin(app: &TestApp) -> reqwest::Client {
    app.staff("admin").await
}

/// A municipality user bound to `codes`; returns their id.
async fn municipality_user(app: &TestApp, name: &str, codes: &[&str]) -> String {
    app.create_user("municipality", name, codes).await;
    app.user_id(name).await
}

/// Posts the token form as the admin.
async fn post_token_form(app: &TestApp, admin: &reqwest::Client, fields: &[(&str, &str)]) -> Answer {
    app.post_as(admin, "/console/api-tokens", "/console/api-tokens", fields)
        .await
}

/// The token shown once on the answer to the issuing form.
fn shown_token(page: &Answer) -> String {
    let marker = "id=\"api-token\">";
    let start = page.body.find(marker).expect("the token is shown") + marker.len();
    page.body[start..].split('<').next().unwrap().trim().to_owned()
}

/// Issues a token through the console; returns it.
async fn issue(app: &TestApp, admin: &reqwest::Client, user_id: &str, scopes: &[&str], days: &str) -> String {
    let mut fields = vec![("user", user_id), ("label", "Ärendesystem"), ("days", days)];
    fields.extend(scopes.iter().map(|s| ("scopes", *s)));
    let page = post_token_form(app, admin, &fields).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    shown_token(&page)
}

/// A referral from the console to social services of `municipality`; returns its id.
async fn referral_to(app: &TestApp, handler: &reqwest::Client, municipality: &str) -> String {
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", municipality),
            ("environment", "criminal_network"),
            ("threat", "some"),
            ("needs", "housing"),
            ("consent_for", "social_services"),
            ("message", "api-words-probe"),
        ],
    )
    .await;
    let case = app.newest_enquiry_id().await;
    let page = format!("/console/cases/{case}");
    let answer = app
        .post_as(
            handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", &format!("socialtjanst:{municipality}")),
                ("kind", "referral"),
                ("categories", "basic"),
                ("categories", "needs"),
                ("consent_how", "form"),
                ("note", "api-note-probe"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from referrals where enquiry_id = $1"
    )
    .bind(&case)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// `GET path` with a bearer token.
async fn api_get(app: &TestApp, token: &str, path: &str) -> (StatusCode, Value, Answer) {
    let answer = app.send(app.client.get(app.url(path)).bearer_auth(token)).await;
    let value = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
    (answer.status, value, answer)
}

/// `POST path` with a bearer token, an idempotency key and a JSON body.
async fn api_post(
    app: &TestApp,
    token: &str,
    path: &str,
    key: &str,
    body: &Value,
) -> (StatusCode, Value, Answer) {
    let answer = app
        .send(
            app.client
                .post(app.url(path))
                .bearer_auth(token)
                .header("idempotency-key", key)
                .json(body),
        )
        .await;
    let value = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
    (answer.status, value, answer)
}

fn code_of(value: &Value) -> &str {
    value["error"]["code"].as_str().unwrap_or_default()
}

async fn referral_state(app: &TestApp, id: &str) -> String {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select status from referrals where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

async fn events_of(app: &TestApp, id: &str) -> i64 {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
        "select count(*) from referral_events where referral_id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

async fn audited(app: &TestApp, action: &str) -> Vec<String> {
    kontaktpunkt::audit::recent(app.state.db(), 500, Some(action))
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.detail)
        .collect()
}

#[tokio::test]
async fn an_admin_issues_a_token_once_that_reads_its_referrals_until_revoked() {
    // Arrange
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let malmo = municipality_user(&app, "malmo-api", &["1280"]).await;
    let admin = admin(&app).await;

    // Act: issue in the console.
    let page = app.get_as(&admin, "/console/api-tokens").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("malmo-api (socialtjanst:1280)"),
        "the user is offered, with the organisations they are bound to"
    );
    let token = issue(&app, &admin, &malmo, &[READ, WRITE], "30").await;

    // Assert: the token works, is not kept, and the issue is audited.
    assert_eq!(token.split('.').count(), 3, "a JWT");
    let stored: Vec<(String, String)> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select id, scopes from api_tokens"
    )
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].1, ",referrals:read,referrals:write,");
    assert_eq!(
        audited(&app, "grant_access").await,
        [format!("api-token:{}", stored[0].0)]
    );
    let list = app.get_as(&admin, "/console/api-tokens").await;
    assert!(list.body.contains("Ärendesystem"));
    assert!(
        !list.body.contains(&token),
        "the list never shows the token again"
    );
    assert!(list.body.contains("Aldrig"), "not used yet");

    let (status, page, answer) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(answer.headers["cache-control"], "no-store");
    assert!(
        answer.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["id"], referral.as_str());
    assert_eq!(page["items"][0]["state"], "sent");
    assert_eq!(page["next_cursor"], Value::Null);

    let (status, one, _) = api_get(&app, &token, &format!("/api/v1/referrals/{referral}")).await;
    assert_eq!(status, StatusCode::OK, "{one}");
    assert_eq!(one["org"], "socialtjanst:1280");
    assert_eq!(one["note"], "api-note-probe");
    assert_eq!(one["shared"]["basic"]["age_band"], "21_25");
    assert_eq!(one["categories"], json!(["basic", "needs"]));
    assert!(
        !one.to_string().contains("api-words-probe"),
        "the message was not shared"
    );
    assert_eq!(
        one["allowed_actions"],
        json!(["accept", "decline", "forward", "question"])
    );
    let list = app.get_as(&admin, "/console/api-tokens").await;
    assert!(!list.body.contains("Aldrig"), "the last use is shown");

    // Revoke: refused on the very next request.
    let revoke = format!("/console/api-tokens/{}/revoke", stored[0].0);
    let answer = app.post_as(&admin, "/console/api-tokens", &revoke, &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let (status, body, answer) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(code_of(&body), "unauthorized");
    assert!(
        answer.headers["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    assert_eq!(
        audited(&app, "revoke_access").await,
        [format!("api-token:{}", stored[0].0)]
    );
    let list = app.get_as(&admin, "/console/api-tokens").await;
    assert!(list.body.contains("Återkallad"));

    let logs = crate::helpers::captured_logs();
    assert!(!logs.contains(&token), "the token is never logged");
    let signature = token.rsplit('.').next().unwrap();
    assert!(!logs.contains(signature));
}

#[tokio::test]
async fn only_admins_issue_tokens_and_a_bad_form_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let user = municipality_user(&app, "goteborg-api", &["1480"]).await;
    for role in ["handler", "supervisor", "auditor", "municipality"] {
        let client = app.staff(role).await;
        let page = app.get_as(&client, "/console/api-tokens").await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{role} may not see tokens");
    }
    // A non-admin with a valid form token is refused by role, and nothing is issued.
    let handler = app.staff("handler").await;
    let answer = app
        .post_as(
            &handler,
            "/console/",
            "/console/api-tokens",
            &[
                ("user", user.as_str()),
                ("label", "x"),
                ("scopes", READ),
                ("days", "10"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let anonymous = app.get("/console/api-tokens").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);

    let admin = admin(&app).await;
    let cases: [(Fields<'_>, &str, &str); 4] = [
        (
            &[
                ("user", user.as_str()),
                ("label", "Sys-kept"),
                ("scopes", READ),
                ("days", "91"),
            ],
            "k-days",
            "Ange ett helt antal dagar, från 1 till 90.",
        ),
        (
            &[("user", user.as_str()), ("label", "Sys-kept"), ("days", "10")],
            "k-scopes",
            "Välj minst en sak som nyckeln får göra.",
        ),
        (
            &[
                ("user", user.as_str()),
                ("label", "Sys-kept"),
                ("scopes", READ),
                ("days", "10"),
                ("codes", "1280"),
            ],
            "k-codes",
            "Ange organisationer som användaren är knuten till",
        ),
        (
            &[
                ("user", "nobody"),
                ("label", "Sys-kept"),
                ("scopes", READ),
                ("days", "10"),
            ],
            "k-user",
            "Välj den kommunanvändare som nyckeln ska gälla för.",
        ),
    ];
    for (fields, anchor, message) in cases {
        let page = post_token_form(&app, &admin, fields).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{anchor}");
        assert!(page.body.contains("role=\"alert\""), "{anchor}");
        assert!(page.body.contains(&format!("href=\"#{anchor}\"")), "{anchor}");
        assert!(page.body.contains(message), "{anchor}: {message}");
        assert!(
            page.body.contains("value=\"Sys-kept\""),
            "{anchor}: the label is kept"
        );
        assert!(page.body.contains("aria-invalid=\"true\"") || anchor == "k-scopes");
    }
    assert_eq!(app.count("api_tokens").await, 0, "nothing issued");
}

#[tokio::test]
async fn a_token_expires_by_the_services_clock() {
    let app = TestApp::spawn().await;
    let user = municipality_user(&app, "uppsala-api", &["0380"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ], "1").await;
    let (status, _, _) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::OK);
    app.clock.advance(time::Duration::hours(23));
    let (status, _, _) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::OK, "still within the day");
    app.clock.advance(time::Duration::hours(2));
    let (status, body, _) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(code_of(&body), "unauthorized");
    // The admin's session has ended meanwhile (a working day): sign in again.
    let admin = self::admin(&app).await;
    let list = app.get_as(&admin, "/console/api-tokens").await;
    assert!(list.body.contains("Har gått ut"), "{}", list.body);

    // A disabled user's token stops too.
    let token = issue(&app, &admin, &user, &[READ], "30").await;
    let (status, _, _) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::OK);
    kontaktpunkt::transact!(app.state.db(), |tx| {
        kontaktpunkt::auth::store::set_disabled(tx, &user, true).await
    })
    .unwrap();
    let (status, _, _) = api_get(&app, &token, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_token_may_do_only_what_its_scopes_say() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-scopes", &["1280"]).await;
    let admin = admin(&app).await;
    let reader = issue(&app, &admin, &user, &[READ], "30").await;
    let writer = issue(&app, &admin, &user, &[WRITE], "30").await;

    let accept = format!("/api/v1/referrals/{referral}/accept");
    let (status, body, _) = api_post(&app, &reader, &accept, "k-1", &json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(code_of(&body), "insufficient_scope");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("referrals:write")
    );
    assert_eq!(referral_state(&app, &referral).await, "sent");

    let (status, body, _) = api_get(&app, &writer, "/api/v1/referrals").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(code_of(&body), "insufficient_scope");
    let (status, _, _) = api_get(&app, &writer, &format!("/api/v1/referrals/{referral}")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, body, _) = api_post(&app, &writer, &accept, "k-1", &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(referral_state(&app, &referral).await, "accepted");
}

#[tokio::test]
async fn municipality_a_sees_and_touches_nothing_of_municipality_b() {
    // Arrange: one referral each to Malmö (1280) and Stockholm (0180).
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let ours = referral_to(&app, &handler, "1280").await;
    let theirs = referral_to(&app, &handler, "0180").await;
    let a = municipality_user(&app, "malmo-a", &["1280"]).await;
    let both = municipality_user(&app, "both-b", &["0180", "1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &a, &[READ, WRITE], "30").await;

    // Act and assert: the list, a read, a step and a cursor of B's.
    let (_, page, _) = api_get(&app, &token, "/api/v1/referrals").await;
    let ids: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [ours.as_str()]);

    let guessed = uuid::Uuid::new_v4().to_string();
    let (status, foreign, _) = api_get(&app, &token, &format!("/api/v1/referrals/{theirs}")).await;
    let (guessed_status, unknown, _) = api_get(&app, &token, &format!("/api/v1/referrals/{guessed}")).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another municipality's id is not found"
    );
    assert_eq!(guessed_status, StatusCode::NOT_FOUND);
    assert_eq!(
        foreign, unknown,
        "B's id answers exactly like an id that does not exist"
    );

    for (segment, body) in [
        ("accept", json!({})),
        ("decline", json!({ "reason": "not ours" })),
        ("state", json!({ "state": "assessment" })),
        ("questions", json!({ "text": "?" })),
    ] {
        let path = format!("/api/v1/referrals/{theirs}/{segment}");
        let (status, body, _) = api_post(&app, &token, &path, &format!("b-{segment}"), &body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{segment}");
        assert_eq!(code_of(&body), "not_found");
    }
    assert_eq!(referral_state(&app, &theirs).await, "sent");
    assert_eq!(events_of(&app, &theirs).await, 0);

    // A cursor naming B's referral says nothing about it: the list simply ends.
    let cursor = base64_cursor(&theirs);
    let (status, page, _) = api_get(&app, &token, &format!("/api/v1/referrals?cursor={cursor}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["items"], json!([]));

    // A token narrowed to one of its user's municipalities sees only that one.
    let narrowed = {
        let page = post_token_form(
            &app,
            &admin,
            &[
                ("user", both.as_str()),
                ("label", "Only Stockholm"),
                ("scopes", READ),
                ("days", "5"),
                ("codes", "0180"),
            ],
        )
        .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        shown_token(&page)
    };
    let (_, page, _) = api_get(&app, &narrowed, "/api/v1/referrals").await;
    let ids: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [theirs.as_str()]);
    let (status, _, _) = api_get(&app, &narrowed, &format!("/api/v1/referrals/{ours}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A cursor as the API writes one (the test knows its form only to forge a foreign one).
fn base64_cursor(id: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("r1:{id}"))
}

#[tokio::test]
async fn pages_walk_every_referral_once_newest_first() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let mut made = Vec::new();
    for _ in 0..5 {
        made.push(referral_to(&app, &handler, "1280").await);
    }
    let accepted = made[1].clone();
    let user = municipality_user(&app, "malmo-pages", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;

    let mut seen = Vec::new();
    let mut path = "/api/v1/referrals?limit=2".to_owned();
    let mut pages = 0;
    loop {
        let (status, page, _) = api_get(&app, &token, &path).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        pages += 1;
        for item in page["items"].as_array().unwrap() {
            seen.push(item["id"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/referrals?limit=2&cursor={cursor}"),
            None => break,
        }
        assert!(pages < 10, "the walk ends");
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = made.iter().rev().cloned().collect();
    assert_eq!(seen, expected, "every referral once, newest first");

    // The state filter.
    let (status, _, _) = api_post(
        &app,
        &token,
        &format!("/api/v1/referrals/{accepted}/accept"),
        "p-1",
        &json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page, _) = api_get(&app, &token, "/api/v1/referrals?state=accepted").await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["id"], accepted.as_str());

    for (query, status, code, field) in [
        (
            "limit=0",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("limit"),
        ),
        (
            "limit=101",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("limit"),
        ),
        (
            "limit=ten",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("limit"),
        ),
        (
            "state=lost",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("state"),
        ),
        (
            "cursor=not-a-cursor",
            StatusCode::BAD_REQUEST,
            "invalid_cursor",
            None,
        ),
    ] {
        let (got, body, _) = api_get(&app, &token, &format!("/api/v1/referrals?{query}")).await;
        assert_eq!(got, status, "{query}");
        assert_eq!(code_of(&body), code, "{query}");
        assert_eq!(body["error"]["field"].as_str(), field, "{query}");
    }
}

#[tokio::test]
async fn an_empty_cursor_is_the_first_page_as_the_document_says() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-empty-cursor", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ], "30").await;

    let (status, page, _) = api_get(&app, &token, "/api/v1/referrals?cursor=").await;

    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["items"][0]["id"], referral.as_str());
    assert_eq!(page["next_cursor"], Value::Null);
}

#[tokio::test]
async fn a_retry_with_the_same_key_acts_once_and_another_body_is_refused() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-idem", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;
    let accept = format!("/api/v1/referrals/{referral}/accept");

    let (status, first, answer) = api_post(&app, &token, &accept, "key-accept-1", &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert!(answer.headers.get("idempotent-replayed").is_none());
    assert_eq!(first["action"], "accept");
    assert_eq!(first["referral"]["state"], "accepted");
    assert!(first["referral"]["timeline"]["accepted_at"].is_string());

    app.clock.advance(time::Duration::minutes(5));
    let (status, again, answer) = api_post(&app, &token, &accept, "key-accept-1", &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, first, "the first answer, word for word");
    assert_eq!(answer.headers["idempotent-replayed"], "true");
    assert_eq!(events_of(&app, &referral).await, 1, "acted once");

    let decline = format!("/api/v1/referrals/{referral}/decline");
    let (status, body, _) = api_post(&app, &token, &decline, "key-accept-1", &json!({ "reason": "x" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code_of(&body), "idempotency_key_reused");
    assert_eq!(referral_state(&app, &referral).await, "accepted");

    // A new key for the same step: the state machine refuses it.
    let (status, body, _) = api_post(&app, &token, &accept, "key-accept-2", &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(code_of(&body), "invalid_transition");

    // A refusal is kept too: the retry gets the same refusal and nothing happens.
    let question = format!("/api/v1/referrals/{referral}/questions");
    let (status, refused, _) = api_post(&app, &token, &question, "key-q", &json!({ "text": 5 })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["error"]["field"], "text");
    let (status, again, answer) = api_post(&app, &token, &question, "key-q", &json!({ "text": 5 })).await;
    assert_eq!((status, &again), (StatusCode::UNPROCESSABLE_ENTITY, &refused));
    assert_eq!(answer.headers["idempotent-replayed"], "true");

    // Keys are kept per token, for a day; none of them readable, nor any request.
    let kept: Vec<(Vec<u8>, i64)> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select key_hash, expires_at - created_at from api_idempotency"
    )
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(kept.len(), 3);
    assert!(
        kept.iter()
            .all(|(hash, ttl)| hash.len() == 32 && *ttl == 86_400_000)
    );
    app.clock.advance(time::Duration::hours(25));
    let (status, body, _) = api_post(&app, &token, &accept, "key-accept-1", &json!({})).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "after a day the key is new again: {body}"
    );

    let (status, body, _) = {
        let answer = app
            .send(
                app.client
                    .post(app.url(&accept))
                    .bearer_auth(&token)
                    .json(&json!({})),
            )
            .await;
        let value: Value = serde_json::from_str(&answer.body).unwrap();
        (answer.status, value, answer)
    };
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(code_of(&body), "idempotency_key_required");
}

#[tokio::test]
async fn a_key_still_being_answered_waits_and_one_left_by_a_stopped_process_is_freed() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-pending", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;
    let accept = format!("/api/v1/referrals/{referral}/accept");

    // As if a first request with this key were being answered right now.
    let keys = app.state.keys();
    let key_hash = keys.token_hash("api.idempotency.key", b"key-pending");
    let request_hash = keys.token_hash(
        "api.idempotency.request",
        format!("POST\0{accept}\0{{}}").as_bytes(),
    );
    let token_id: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select id from api_tokens"
    )
    .fetch_one(pool)
    .await
    .unwrap());
    let now = kontaktpunkt::clock::unix_ms(app.clock.now());
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query(
        "insert into api_idempotency (token_id, key_hash, request_hash, created_at, expires_at) \
         values ($1, $2, $3, $4, $5)"
    )
    .bind(&token_id)
    .bind(&key_hash)
    .bind(&request_hash)
    .bind(now)
    .bind(now + 86_400_000)
    .execute(pool)
    .await
    .map(drop)
    .unwrap());

    let (status, body, _) = api_post(&app, &token, &accept, "key-pending", &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(code_of(&body), "idempotency_key_in_use");
    assert_eq!(referral_state(&app, &referral).await, "sent", "it waits");

    // Longer than any request may run: the reservation was abandoned.
    app.clock.advance(time::Duration::minutes(2));
    let (status, body, _) = api_post(&app, &token, &accept, "key-pending", &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(referral_state(&app, &referral).await, "accepted");
}

#[tokio::test]
async fn every_step_of_the_referral_goes_through_the_api() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let worked = referral_to(&app, &handler, "1280").await;
    let declined = referral_to(&app, &handler, "1280").await;
    let forwarded = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-steps", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;
    let post = |id: &str, segment: &str| format!("/api/v1/referrals/{id}/{segment}");

    let steps = [
        ("accept", json!({}), "accepted"),
        (
            "contact",
            json!({ "kind": "coordinator", "at": "2026-11-23T10:32:00+01:00" }),
            "accepted",
        ),
        ("state", json!({ "state": "assessment" }), "assessment"),
        (
            "questions",
            json!({ "text": "Går det bra att ringa på eftermiddagen?" }),
            "assessment",
        ),
        ("state", json!({ "state": "case_opened" }), "case_opened"),
        (
            "contact",
            json!({ "kind": "first_contact", "at": "2026-11-23T09:35:00Z" }),
            "case_opened",
        ),
        (
            "contact",
            json!({ "kind": "housing", "at": "2026-11-23T10:36:00+01:00" }),
            "case_opened",
        ),
        ("state", json!({ "state": "active" }), "active"),
        ("state", json!({ "state": "completed" }), "completed"),
    ];
    for (n, (segment, body, state)) in steps.into_iter().enumerate() {
        app.clock.advance(time::Duration::minutes(1));
        let (status, answer, _) =
            api_post(&app, &token, &post(&worked, segment), &format!("w-{n}"), &body).await;
        assert_eq!(status, StatusCode::OK, "{segment}: {answer}");
        assert_eq!(answer["referral"]["state"], state, "{segment}");
        assert!(
            !answer.to_string().contains("eftermiddagen"),
            "a step's answer repeats no text"
        );
    }
    let (_, one, _) = api_get(&app, &token, &format!("/api/v1/referrals/{worked}")).await;
    assert_eq!(
        one["timeline"]["coordinator_contacted_at"],
        "2026-11-23T09:32:00Z"
    );
    assert_eq!(one["timeline"]["first_contact_at"], "2026-11-23T09:35:00Z");
    assert_eq!(one["timeline"]["housing_at"], "2026-11-23T09:36:00Z");
    assert!(one["timeline"]["closed_at"].is_string());
    assert_eq!(one["allowed_actions"], json!([]));
    assert_eq!(one["events"].as_array().unwrap().len(), 9);
    assert_eq!(one["events"][6]["kind"], "housing");
    assert_eq!(one["events"][6]["occurred_at"], "2026-11-23T09:36:00Z");
    assert_eq!(
        one["events"][3]["text"],
        "Går det bra att ringa på eftermiddagen?"
    );

    let (status, answer, _) = api_post(
        &app,
        &token,
        &post(&declined, "decline"),
        "d-1",
        &json!({ "reason": "Personen har flyttat." }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["referral"]["state"], "declined");
    assert!(!answer.to_string().contains("flyttat"));

    let (status, answer, _) = api_post(
        &app,
        &token,
        &post(&forwarded, "forward"),
        "f-1",
        &json!({ "to_org": "socialtjanst:1281" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(
        answer["referral"]["timeline"]["forwarded_to"],
        "socialtjanst:1281"
    );

    let (status, answer, _) = api_post(&app, &token, &post(&forwarded, "accept"), "f-2", &json!({})).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a forwarded referral takes no more steps"
    );
    assert_eq!(code_of(&answer), "invalid_transition");
}

#[tokio::test]
async fn errors_are_json_with_a_stable_code_and_a_readable_message() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-errors", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;
    let decline = app.url(&format!("/api/v1/referrals/{referral}/decline"));
    let big = "x".repeat(300_000);
    let forged = {
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        parts[2] = parts[2].chars().rev().collect();
        parts.join(".")
    };

    let cases = [
        (
            "no token",
            app.client.get(app.url("/api/v1/referrals")),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            "a forged signature",
            app.client.get(app.url("/api/v1/referrals")).bearer_auth(&forged),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            "a session cookie is not a token",
            app.client.get(app.url("/api/v1/referrals")).bearer_auth("a.b.c"),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            "not JSON",
            app.client
                .post(&decline)
                .bearer_auth(&token)
                .header("idempotency-key", "e-1")
                .header("content-type", "text/plain")
                .body("reason=x"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "broken JSON",
            app.client
                .post(&decline)
                .bearer_auth(&token)
                .header("idempotency-key", "e-2")
                .header("content-type", "application/json")
                .body("{\"reason\": "),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "too large",
            app.client
                .post(&decline)
                .bearer_auth(&token)
                .header("idempotency-key", "e-3")
                .json(&json!({ "reason": big })),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
        (
            "an unknown field",
            app.client
                .post(&decline)
                .bearer_auth(&token)
                .header("idempotency-key", "e-4")
                .json(&json!({ "reason": "x", "why": "y" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
        ),
        (
            "a key with spaces",
            app.client
                .post(&decline)
                .bearer_auth(&token)
                .header("idempotency-key", "two words")
                .json(&json!({ "reason": "x" })),
            StatusCode::BAD_REQUEST,
            "idempotency_key_invalid",
        ),
        (
            "an unknown route",
            app.client.get(app.url("/api/v1/referral")).bearer_auth(&token),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    for (why, request, status, code) in cases {
        let answer = app.send(request).await;
        assert_eq!(answer.status, status, "{why}: {}", answer.body);
        assert!(
            answer.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{why}"
        );
        assert_eq!(answer.headers["cache-control"], "no-store", "{why}");
        let body: Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(code_of(&body), code, "{why}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(
            message.len() > 10 && !message.contains("api-error"),
            "{why}: {message}"
        );
    }
    assert_eq!(referral_state(&app, &referral).await, "sent", "nothing happened");

    let answer = app
        .send(
            app.client
                .get(app.url("/api/v1/referrals"))
                .header("accept-language", "sv-SE, en;q=0.5"),
        )
        .await;
    let body: Value = serde_json::from_str(&answer.body).unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("En giltig API-nyckel"),
        "Swedish on request: {body}"
    );
    let answer = app
        .send(
            app.client
                .get(app.url("/api/v1/referrals"))
                .header("accept-language", "da"),
        )
        .await;
    let body: Value = serde_json::from_str(&answer.body).unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("A valid API token")
    );
}

#[tokio::test]
async fn housing_is_recorded_once_through_the_api_as_the_document_says() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = referral_to(&app, &handler, "1280").await;
    let user = municipality_user(&app, "malmo-housing", &["1280"]).await;
    let admin = admin(&app).await;
    let token = issue(&app, &admin, &user, &[READ, WRITE], "30").await;
    let contact = format!("/api/v1/referrals/{referral}/contact");
    let housing = json!({ "kind": "housing", "at": "2026-11-23T09:40:00Z" });

    // Not before the referral is accepted: refused, and nothing is recorded.
    app.clock.advance(time::Duration::minutes(15));
    let (status, body, _) = api_post(&app, &token, &contact, "h-early", &housing).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(code_of(&body), "invalid_transition");
    assert_eq!(events_of(&app, &referral).await, 0);

    let accept = format!("/api/v1/referrals/{referral}/accept");
    let (status, body, _) = api_post(&app, &token, &accept, "h-accept", &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["referral"]["allowed_actions"]
            .as_array()
            .unwrap()
            .contains(&json!("housing"))
    );

    // An unknown kind and a time before the referral are refused, each naming its field.
    let wrong = json!({ "kind": "housing_arranged", "at": "2026-11-23T09:40:00Z" });
    let (status, body, _) = api_post(&app, &token, &contact, "h-kind", &wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"]["field"], "kind");
    assert!(body["error"]["message"].as_str().unwrap().contains("housing"));
    let early = json!({ "kind": "housing", "at": "2026-11-22T09:40:00Z" });
    let (status, body, _) = api_post(&app, &token, &contact, "h-before", &early).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"]["field"], "at");
    assert_eq!(events_of(&app, &referral).await, 1, "only the accept");

    let (status, first, answer) = api_post(&app, &token, &contact, "h-1", &housing).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert!(answer.headers.get("idempotent-replayed").is_none());
    assert_eq!(first["action"], "housing");
    assert_eq!(first["referral"]["state"], "accepted");
    assert_eq!(
        first["referral"]["timeline"]["housing_at"],
        "2026-11-23T09:40:00Z"
    );
    assert!(first["referral"]["timeline"]["first_contact_at"].is_null());
    assert!(
        !first["referral"]["allowed_actions"]
            .as_array()
            .unwrap()
            .contains(&json!("housing"))
    );

    // A retry with the same key replays the answer and acts no second time; a new key
    // for the same step is refused, since housing is recorded once.
    app.clock.advance(time::Duration::minutes(1));
    let (status, again, answer) = api_post(&app, &token, &contact, "h-1", &housing).await;
    assert_eq!((status, &again), (StatusCode::OK, &first));
    assert_eq!(answer.headers["idempotent-replayed"], "true");
    assert_eq!(events_of(&app, &referral).await, 2, "acted once");
    let (status, body, _) = api_post(&app, &token, &contact, "h-2", &housing).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(code_of(&body), "invalid_value");
    assert_eq!(body["error"]["field"], "at");
    assert_eq!(events_of(&app, &referral).await, 2);
    assert_eq!(
        audited(&app, "callback_attempt")
            .await
            .iter()
            .filter(|d| *d == "inbox_housing")
            .count(),
        1,
        "the step is audited once, with a code"
    );

    // What the API answers is what the document describes.
    let (status, one, _) = api_get(&app, &token, &format!("/api/v1/referrals/{referral}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["events"][1]["kind"], "housing");
    assert_eq!(one["events"][1]["occurred_at"], "2026-11-23T09:40:00Z");
    let doc: Value = serde_json::from_str(&app.get("/api/v1/openapi.json").await.body).unwrap();
    let schemas = &doc["components"]["schemas"];
    let kinds = &schemas["ContactRequest"]["properties"]["kind"];
    assert_eq!(kinds["enum"], json!(["coordinator", "first_contact", "housing"]));
    assert!(kinds["description"].as_str().unwrap().contains("`housing`"));
    let timeline = &schemas["Timeline"];
    let answered: BTreeSet<&str> = one["timeline"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let required: BTreeSet<&str> = timeline["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let described: BTreeSet<&str> = timeline["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(answered.contains("housing_at"));
    assert_eq!(answered, required, "the timeline is what the document requires");
    assert_eq!(answered, described, "and every field is described");
    let names = schemas["ActionName"]["enum"].as_array().unwrap();
    for e in one["events"].as_array().unwrap() {
        assert!(names.contains(&e["kind"]), "{} is a documented action", e["kind"]);
    }
    for a in one["allowed_actions"].as_array().unwrap() {
        assert!(names.contains(a), "{a} is a documented action");
    }
    assert!(names.contains(&json!("housing")));
}

/// Every `$ref` in the document, with where it was found.
fn refs(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if key == "$ref" {
                    out.push((at.to_owned(), inner.as_str().unwrap().to_owned()));
                } else {
                    refs(inner, &format!("{at}/{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                refs(inner, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_api_route_and_nothing_else() {
    let app = TestApp::spawn().await;
    let answer = app.get("/api/v1/openapi.json").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(
        answer.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let doc: Value = serde_json::from_str(&answer.body).expect("valid JSON");
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    assert_eq!(
        doc["components"]["securitySchemes"]["bearerAuth"]["scheme"],
        "bearer"
    );

    // The document's operations are exactly the route table the router is built from.
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            assert!(op["responses"].is_object(), "{method} {path} has responses");
            documented.insert((method.to_uppercase(), path.clone()));
            let params: Vec<&str> = op["parameters"]
                .as_array()
                .map(|p| p.iter().filter_map(|p| p["$ref"].as_str()).collect())
                .unwrap_or_default();
            if method == "post" && path.starts_with("/api/v1/referrals/") {
                assert!(
                    params.contains(&"#/components/parameters/IdempotencyKey"),
                    "{path} documents the Idempotency-Key"
                );
            }
            if path.starts_with("/api/v1/referrals") {
                assert!(op["security"][0]["bearerAuth"].is_array(), "{path} needs a token");
                assert!(op["responses"]["401"].is_object(), "{path} documents 401");
            }
        }
    }
    let table: BTreeSet<(String, String)> = kontaktpunkt::api::ROUTES
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    assert_eq!(documented, table, "the document and the route table agree");
    let list = &doc["paths"]["/api/v1/referrals"]["get"];
    let names: Vec<&str> = list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["state", "cursor", "limit"], "pagination is documented");
    assert!(doc["components"]["schemas"]["ReferralPage"]["properties"]["next_cursor"].is_object());
    let codes = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap();
    for code in [
        "unauthorized",
        "insufficient_scope",
        "idempotency_key_reused",
        "invalid_transition",
    ] {
        assert!(codes.contains(&json!(code)), "{code} is documented");
    }

    // Every reference resolves.
    let mut found = Vec::new();
    refs(&doc, "", &mut found);
    assert!(found.len() > 20);
    for (at, target) in found {
        let pointer = target.strip_prefix('#').expect("a local reference");
        assert!(doc.pointer(pointer).is_some(), "{at}: {target} resolves");
    }

    // Every documented route is served: its method is routed (no token: 401, or the
    // public routes' own answers), and another method on its path is 405, not 404.
    for route in kontaktpunkt::api::ROUTES {
        let path = route.path.replace("{id}", "00000000-0000-4000-8000-000000000000");
        let (method, other) = match route.method {
            "GET" => (reqwest::Method::GET, reqwest::Method::DELETE),
            _ => (reqwest::Method::POST, reqwest::Method::PUT),
        };
        let answer = app.send(app.client.request(method, app.url(&path))).await;
        let expected = match route.operation {
            "getOpenApi" => StatusCode::OK,
            "previewTriage" => StatusCode::BAD_REQUEST,
            _ => StatusCode::UNAUTHORIZED,
        };
        assert_eq!(answer.status, expected, "{} {}", route.method, route.path);
        let answer = app.send(app.client.request(other, app.url(&path))).await;
        assert_eq!(
            answer.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{} {} is routed",
            route.method,
            route.path
        );
    }
}
