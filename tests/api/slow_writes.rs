//! Issue #14, "faults that must not leave a person in doubt": a slow database, a token
//! that expired while the form was open, a request past its time-out. Each answer keeps
//! what was typed and says truthfully what became of it. Both databases.

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{TestApp, csrf_token, plain, receipt_code};

/// Holds the write lock on `table` (SQLite: the whole database) until the guard is
/// released with [`release`]: writes wait, reads go on. The writes that wait land once it
/// is released, as on a database that was slow rather than down.
enum Held {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

async fn hold_writes(app: &TestApp, table: &str) -> Held {
    use sqlx::Connection as _;
    if app.database_url.starts_with("postgres") {
        let mut held = sqlx::PgConnection::connect(&app.database_url).await.unwrap();
        sqlx::query("begin").execute(&mut held).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "lock table {table} in exclusive mode"
        )))
        .execute(&mut held)
        .await
        .unwrap();
        Held::Postgres(held)
    } else {
        let mut held = sqlx::SqliteConnection::connect(&app.database_url).await.unwrap();
        sqlx::query("begin immediate").execute(&mut held).await.unwrap();
        Held::Sqlite(held)
    }
}

async fn release(held: Held) {
    match held {
        Held::Sqlite(mut c) => drop(sqlx::query("commit").execute(&mut c).await.unwrap()),
        Held::Postgres(mut c) => drop(sqlx::query("commit").execute(&mut c).await.unwrap()),
    }
}

/// A person's words, unique to a test.
const WORDS: &str = "Jag vågar inte skriva igen, snälla svara – Ölandsgatan";

#[tokio::test]
async fn a_slow_write_answers_with_the_code_to_check_keeps_the_text_and_the_code_finds_it_once_landed() {
    let app = TestApp::spawn_with(|c| c.http.write_wait_secs = 1).await;
    let page = app.get("/sv/enquiry").await;
    let token = csrf_token(&page.body);
    let held = hold_writes(&app, "enquiries").await;
    let answer = app
        .post_raw(
            "/sv/enquiry",
            &[("_csrf", &token), ("municipality", "1280"), ("message", WORDS)],
        )
        .await;
    // Before: the request waited for the commit and timed out with an empty 503.
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
    let text = plain(&answer.body);
    assert!(
        text.contains("Vi vet inte än om ditt meddelande kom fram"),
        "{text}"
    );
    assert!(answer.body.contains(WORDS), "the text stays on the page");
    assert!(
        answer
            .body
            .contains("aria-describedby=\"h-municipality\" value=\"1280\""),
        "choices stay too"
    );
    assert!(text.contains("114 14") && text.contains("112"));
    let code = receipt_code(&answer.body);
    assert_eq!(
        app.count("enquiries").await,
        0,
        "not landed while the lock is held"
    );
    release(held).await;
    // The write was handed over: it lands, and the code shown finds it.
    let mut landed = false;
    for _ in 0..50 {
        if app.count("enquiries").await == 1 {
            landed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(landed, "the write lands once the database is free");
    let case = app.look_up("sv", &code).await;
    assert_eq!(case.status, StatusCode::OK, "{}", case.body);
    assert!(case.body.contains(WORDS), "the code shown finds the message");
}

#[tokio::test]
async fn a_slow_follow_up_keeps_the_text_and_says_it_may_still_arrive() {
    let app = TestApp::spawn_with(|c| c.http.write_wait_secs = 1).await;
    let code = app.enquiry_with_code("sv", "Första meddelandet").await;
    let page = app.look_up("sv", &code).await;
    let token = csrf_token(&page.body);
    let held = hold_writes(&app, "enquiry_messages").await;
    let answer = app
        .post_raw(
            "/sv/receipt/message",
            &[("_csrf", &token), ("code", &code), ("message", WORDS)],
        )
        .await;
    // Before: the request waited past its time-out; the text was gone.
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
    let text = plain(&answer.body);
    assert!(
        text.contains("Vi vet inte än om ditt meddelande kom fram"),
        "{text}"
    );
    assert!(text.contains("Det kan komma fram ändå"), "{text}");
    assert!(answer.body.contains(WORDS), "the text stays on the page");
    assert!(answer.body.contains("action=\"/sv/receipt/message\""));
    release(held).await;
}

#[tokio::test]
async fn a_follow_up_with_the_database_down_keeps_the_text_to_send_again() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("sv", "Första meddelandet").await;
    let page = app.look_up("sv", &code).await;
    let token = csrf_token(&page.body);
    app.state.db().close().await;
    let answer = app
        .post_raw(
            "/sv/receipt/message",
            &[("_csrf", &token), ("code", &code), ("message", WORDS)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
    // Before: the generic error page, without the text.
    assert!(answer.body.contains(WORDS), "the text stays on the page");
    assert!(plain(&answer.body).contains("Ditt meddelande är inte skickat än"));
}

#[tokio::test]
async fn an_accessibility_report_that_cannot_be_stored_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let page = app.get("/en/accessibility").await;
    let token = csrf_token(&page.body);
    app.state.db().close().await;
    let answer = app
        .post_raw(
            "/en/accessibility",
            &[
                ("_csrf", &token),
                ("problem", "The map cannot be used with a screen reader"),
                ("page_url", "/en/where-to-turn"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
    // Before: the generic error page, without the report.
    assert!(
        answer
            .body
            .contains("The map cannot be used with a screen reader")
    );
    assert!(answer.body.contains("/en/where-to-turn"));
}

#[tokio::test]
async fn an_expired_token_brings_the_form_back_with_everything_typed_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    // The form was opened, then the browser was closed (its session cookie is gone) and
    // opened again: the post carries the old token and no cookie.
    let page = app.get("/sv/enquiry").await;
    let old_token = csrf_token(&page.body);
    let fresh = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = app
        .send(
            fresh
                .post(app.url("/sv/enquiry"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(
                    form_urlencoded::Serializer::new(String::new())
                        .extend_pairs([
                            ("_csrf", old_token.as_str()),
                            ("municipality", "1280"),
                            ("message", WORDS),
                        ])
                        .finish(),
                ),
        )
        .await;
    // Before: a bare 403 page; the text was lost.
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let text = plain(&answer.body);
    assert!(text.contains("Formuläret hade gått ut"), "{text}");
    assert!(answer.body.contains(WORDS), "the text stays on the page");
    assert!(answer.body.contains("name=\"municipality\" value=\"1280\""));
    assert_eq!(app.count("enquiries").await, 0, "nothing was sent");
    // A new token comes with it, in the page and in a cookie: "Send again" works.
    let cookie = answer
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("kp_csrf="))
        .expect("a new CSRF cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let new_token = csrf_token(&answer.body);
    assert_ne!(new_token, old_token);
    assert_eq!(cookie, format!("kp_csrf={new_token}"));
    let again = app
        .send(
            fresh
                .post(app.url("/sv/enquiry"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", cookie)
                .body(
                    form_urlencoded::Serializer::new(String::new())
                        .extend_pairs([
                            ("_csrf", new_token.as_str()),
                            ("municipality", "1280"),
                            ("message", WORDS),
                        ])
                        .finish(),
                ),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(app.count("enquiries").await, 1);
}

#[tokio::test]
async fn a_cross_site_post_is_refused_without_a_form_to_send_again() {
    let app = TestApp::spawn().await;
    let answer = app
        .send(
            app.client
                .post(app.url("/sv/enquiry"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body("message=planted&_csrf=x"),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert!(
        !answer.body.contains("planted"),
        "a stranger's text is not offered to send"
    );
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn a_request_past_its_time_out_gets_the_localized_503_page() {
    let app = TestApp::spawn_with(|c| {
        c.http.request_timeout_secs = 2;
        c.http.write_wait_secs = 1;
    })
    .await;
    let name = "slow-sign-in";
    let secret = app.create_user("handler", name, &[]).await;
    let held = hold_writes(&app, "sessions").await;
    let (_, answer) = app
        .sign_in(name, crate::helpers::PASSWORD, &app.code(&secret))
        .await;
    release(held).await;
    // Before: an empty 503 with no page and no language.
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
    let text = plain(&answer.body);
    assert!(text.contains("Det tog för lång tid"), "{text}");
    assert!(text.contains("112"), "{text}");
}
