use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp};

#[tokio::test]
async fn a_handler_signs_in_with_password_and_code_and_sees_the_queue_without_content() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("threat", "acute"), ("message", "queue-probe-text")])
        .await;
    app.send_enquiry("sv", &[("message", "a second one")]).await;
    let handler = app.staff("handler").await;
    let queue = app.get_as(&handler, "/console/").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert_eq!(queue.headers["cache-control"], "no-store");
    assert!(
        queue.body.contains("Öppna ärenden: \u{2068}2\u{2069}"),
        "{}",
        queue.body
    );
    let p1 = queue.body.find("<strong>P1</strong>").unwrap();
    let p3 = queue.body.find("<strong>P3</strong>").unwrap();
    assert!(p1 < p3, "most urgent first");
    assert!(
        !queue.body.contains("queue-probe-text"),
        "the queue shows no content"
    );
}

#[tokio::test]
async fn every_failure_answers_the_same_way_and_is_audited() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "anna", &[]).await;
    let right = app.code(&secret);
    let cases = [
        ("anna", "wrong password here", right.as_str(), "a wrong password"),
        ("anna", PASSWORD, "000000", "a wrong code"),
        ("nobody", PASSWORD, right.as_str(), "an unknown name"),
    ];
    let mut bodies = Vec::new();
    for (name, password, code, why) in cases {
        let (_, answer) = app.sign_in(name, password, code).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{why}");
        assert!(
            answer.body.contains("Namn, lösenord eller kod stämmer inte"),
            "{why}"
        );
        assert!(
            answer.body.contains(&format!("value=\"{name}\"")),
            "{why}: the name is kept"
        );
        assert!(
            !answer
                .headers
                .get_all("set-cookie")
                .iter()
                .any(|c| c.to_str().unwrap().contains("kp_session"))
        );
        bodies.push(
            answer
                .body
                .replace(name, "NAME")
                .replace(&crate::helpers::csrf_token(&answer.body), "T"),
        );
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "the three failures look the same"
    );
    let failures = kontaktpunkt::audit::recent(app.state.db(), 50, Some("sign_in_failed"))
        .await
        .unwrap();
    assert_eq!(failures.len(), 3);
    assert!(
        failures
            .iter()
            .all(|r| r.detail.is_empty() && !r.actor.contains("nobody")),
        "no typed name in the log"
    );
}

#[tokio::test]
async fn five_failures_slow_that_client_for_that_name_without_locking_the_account() {
    // Failures are throttled per name and client with decay (tests/api/floods.rs shows the
    // owner signing in from elsewhere meanwhile); nothing locks the account.
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "bo", &[]).await;
    for _ in 0..5 {
        let (_, answer) = app.sign_in("bo", "not the password", "123456").await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    let (_, throttled) = app.sign_in("bo", PASSWORD, &app.code(&secret)).await;
    assert_eq!(
        throttled.status,
        StatusCode::TOO_MANY_REQUESTS,
        "this client waits, even with the right credentials"
    );
    let lockouts = kontaktpunkt::audit::recent(app.state.db(), 50, Some("lockout"))
        .await
        .unwrap();
    assert!(lockouts.is_empty(), "no lock-out");
    app.clock.advance(time::Duration::minutes(3));
    let (_, again) = app.sign_in("bo", PASSWORD, &app.code(&secret)).await;
    assert_eq!(
        again.status,
        StatusCode::SEE_OTHER,
        "one try back after the decay time"
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_at_once() {
    use reqwest::cookie::CookieStore as _;
    let app = TestApp::spawn().await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let secret = app.create_user("handler", "dan", &[]).await;
    let answer = app
        .sign_in_with(&client, "dan", PASSWORD, &app.code(&secret))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let cookies = jar.cookies(&reqwest::Url::parse(&app.url("/")).unwrap()).unwrap();
    let out = app.post_as(&client, "/console/", "/console/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), "/console/sign-in");
    // The token from before signing out, sent again: the session row says no.
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = replay
        .get(app.url("/console/"))
        .header("cookie", cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.status(),
        StatusCode::SEE_OTHER,
        "the old token no longer works"
    );
}

#[tokio::test]
async fn a_session_expires_after_a_working_day() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    app.clock.advance(time::Duration::hours(9));
    let answer = app.get_as(&handler, "/console/").await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location(), "/console/sign-in");
}

#[tokio::test]
async fn a_disabled_user_loses_access_at_once() {
    let app = TestApp::spawn().await;
    let name = "cecilia";
    let secret = app.create_user("handler", name, &[]).await;
    let (client, _) = app.sign_in(name, PASSWORD, &app.code(&secret)).await;
    assert_eq!(app.get_as(&client, "/console/").await.status, StatusCode::OK);
    let user = kontaktpunkt::auth::store::user_by_name(app.state.db(), name)
        .await
        .unwrap()
        .unwrap();
    kontaktpunkt::transact!(app.state.db(), |tx| {
        kontaktpunkt::auth::store::set_disabled(tx, &user.id, true).await
    })
    .unwrap();
    assert_eq!(
        app.get_as(&client, "/console/").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn every_console_route_answers_every_role_as_the_policy_says() {
    let app = TestApp::spawn().await;
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut callers = vec![("none", anonymous)];
    for role in ["handler", "supervisor", "admin", "auditor", "municipality"] {
        callers.push((role, app.staff(role).await));
    }
    // (route, method, expected per caller: none, handler, supervisor, admin, auditor, municipality)
    let table: [(&str, &str, [u16; 6]); 4] = [
        ("/console/", "GET", [303, 200, 200, 200, 403, 403]),
        ("/console/audit", "GET", [303, 403, 403, 200, 200, 403]),
        ("/console/sign-in", "GET", [200, 200, 200, 200, 200, 200]),
        ("/api/v1/nothing-here", "GET", [404, 404, 404, 404, 404, 404]),
    ];
    let mut wrong = Vec::new();
    for (route, _method, expected) in table {
        for ((who, client), want) in callers.iter().zip(expected) {
            let got = app.get_as(client, route).await.status.as_u16();
            if got != want {
                wrong.push(format!("{who} GET {route}: {got}, expected {want}"));
            }
        }
    }
    // Signing out needs a session (and a CSRF token): without one, the sign-in page.
    let none = &callers[0].1;
    let out = app
        .post_as(none, "/console/sign-in", "/console/sign-out", &[])
        .await;
    if out.status != StatusCode::SEE_OTHER || out.location() != "/console/sign-in" {
        wrong.push(format!("none POST /console/sign-out: {}", out.status));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn an_auditor_reads_and_filters_the_log_which_names_no_person() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    app.get_as(&handler, "/console/").await;
    let auditor = app.staff("auditor").await;
    let log = app.get_as(&auditor, "/console/audit").await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(log.body.contains("sign_in") && log.body.contains("view_queue"));
    let filtered = app.get_as(&auditor, "/console/audit?action=view_queue").await;
    assert!(filtered.body.contains("view_queue") && !filtered.body.contains("<td>sign_in</td>"));
}

async fn only_enquiry_id(app: &TestApp) -> String {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from enquiries"
    )
    .fetch_one(pool)
    .await
    .unwrap())
}

#[tokio::test]
async fn a_handler_opens_a_case_reads_it_and_the_proposal_and_the_look_is_audited() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "relative"),
            ("age_band", "15_17"),
            ("environment", "criminal_network"),
            ("municipality", "1280"),
            ("threat", "serious"),
            ("consent_to_share", "true"),
            ("message", "Min son vill ut ur gänget."),
        ],
    )
    .await;
    let id = only_enquiry_id(&app).await;
    let handler = app.staff("handler").await;
    let queue = app.get_as(&handler, "/console/").await;
    assert!(queue.body.contains(&format!("href=\"/console/cases/{id}\"")));
    assert!(
        !queue.body.contains("Min son vill ut ur gänget."),
        "the queue shows no words"
    );
    // The handler who takes the case reads it.
    app.claim(&handler, &id).await;
    let case = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(case.status, StatusCode::OK);
    assert_eq!(case.headers["cache-control"], "no-store");
    let html = &case.body;
    assert!(html.contains("Min son vill ut ur gänget."));
    assert!(html.contains("En närstående") && html.contains("15–17 år") && html.contains("Malmö (1280)"));
    assert!(
        html.contains("socialtjanst:1280"),
        "the proposal names the municipality"
    );
    assert!(html.contains("Regelspår"));
    let views = kontaktpunkt::audit::recent(app.state.db(), 10, Some("view_case"))
        .await
        .unwrap();
    // Two looks: the one before claiming (the claim button's page) and this one.
    assert_eq!(views.len(), 2);
    for view in &views {
        assert_eq!(view.case_id.as_deref(), Some(id.as_str()));
        assert!(!view.detail.contains("gänget"), "no text in the audit log");
    }
}

#[tokio::test]
async fn a_reply_from_the_console_reaches_the_persons_receipt_page() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("en", "I need help to leave.").await;
    let id = only_enquiry_id(&app).await;
    let handler = app.staff("handler").await;
    let path = format!("/console/cases/{id}");
    let empty = app
        .post_as(&handler, &path, &format!("{path}/reply"), &[("message", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let sent = app
        .post_as(
            &handler,
            &path,
            &format!("{path}/reply"),
            &[("message", "We read you. We can talk tomorrow.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let receipt = app.look_up("en", &code).await;
    assert!(receipt.body.contains("We read you. We can talk tomorrow."));
    assert!(receipt.body.contains("We have answered"));
    let replies = kontaktpunkt::audit::recent(app.state.db(), 10, Some("reply"))
        .await
        .unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(
        app.get_as(&handler, "/console/cases/no-such-case").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_code_signs_in_once_and_a_replay_is_refused_like_a_wrong_code() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "ines", &[]).await;
    let code = app.code(&secret);
    let (_, first) = app.sign_in("ines", PASSWORD, &code).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let (_, replay) = app.sign_in("ines", PASSWORD, &code).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED, "the same code again");
    assert!(replay.body.contains("Namn, lösenord eller kod stämmer inte"));
    // The previous step's code is refused too once a later one was used.
    app.clock.advance(time::Duration::seconds(30));
    let (_, next) = app.sign_in("ines", PASSWORD, &app.code(&secret)).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER, "the next step's code works");
    let (_, old) = app.sign_in("ines", PASSWORD, &code).await;
    assert_eq!(
        old.status,
        StatusCode::UNAUTHORIZED,
        "an older code stays refused"
    );
}
