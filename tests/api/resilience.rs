use std::time::Duration;

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::helpers::{TestApp, csrf_token, root};

#[tokio::test]
async fn database_down_gives_a_503_page_that_keeps_the_text_and_names_114_14() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/enquiry").await;
    let token = csrf_token(&page.body);
    app.state.db().close().await;
    let answer = app
        .post_raw(
            "/sv/enquiry",
            &[
                ("_csrf", &token),
                ("municipality", "1280"),
                ("message", "Snälla hjälp mig"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        answer.body.contains("Snälla hjälp mig"),
        "the text is still on the page"
    );
    assert!(
        answer
            .body
            .contains("aria-describedby=\"h-municipality\" value=\"1280\""),
        "choices are kept too"
    );
    assert!(answer.body.contains("114 14") && answer.body.contains("112"));
}

#[tokio::test]
async fn receipt_lookup_with_the_database_down_is_a_localized_503() {
    let app = TestApp::spawn().await;
    let page = app.get("/en/receipt").await;
    let token = csrf_token(&page.body);
    app.state.db().close().await;
    let answer = app
        .post_raw(
            "/en/receipt",
            &[("_csrf", &token), ("code", "ABCD-EFGH-JKMN-PQRS")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(answer.body.contains("114 14"));
    assert!(answer.body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn a_request_in_flight_at_shutdown_finishes_and_is_stored() {
    let mut app = TestApp::spawn().await;
    let page = app.get("/sv/enquiry").await;
    let token = csrf_token(&page.body);
    let cookie = page.headers["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let body = format!("_csrf={token}&message=in+flight+at+shutdown");
    let (first, rest) = body.split_at(10);
    let mut stream = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    let head = format!(
        "POST /sv/enquiry HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nCookie: {cookie}\r\n\r\n",
        app.addr,
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(first.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Shut down while the body is still arriving.
    let stopping = tokio::spawn(async move {
        app.stop().await.unwrap();
        app
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    stream.write_all(rest.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]).into_owned();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    drop(stream);
    let app = stopping.await.unwrap();
    let stored: i64 = kontaktpunkt::with_db!(
        kontaktpunkt::db::Db::connect(&kontaktpunkt::config::DatabaseUrl::new(app.database_url.clone()))
            .await
            .unwrap(),
        |pool| sqlx::query_scalar("select count(*) from enquiries")
            .fetch_one(pool)
            .await
            .unwrap()
    );
    assert_eq!(stored, 1);
}

#[test]
fn broken_configuration_stops_serve_with_one_line_naming_the_key() {
    let cases = [
        ("KONTAKTPUNKT_HTTP__MAX_BODY_BYTES", "lots", "max_body_bytes"),
        ("KONTAKTPUNKT_LISTEN", "not-an-address", "listen"),
        ("KONTAKTPUNKT_DATA_KEY", "c2hvcnQ=", "data_key"),
        ("KONTAKTPUNKT_SITE__COLOUR", "blue", "colour"),
        // Issue #14: a stray word is not a log level, and 0 s would refuse every request.
        ("KONTAKTPUNKT_LOG__LEVEL", "verbose", "log.level"),
        (
            "KONTAKTPUNKT_HTTP__REQUEST_TIMEOUT_SECS",
            "0",
            "request_timeout_secs",
        ),
    ];
    for (key, value, named) in cases {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
            .arg("serve")
            .current_dir(root())
            .env(key, value)
            .env(
                "KONTAKTPUNKT_DATA_KEY",
                if key == "KONTAKTPUNKT_DATA_KEY" {
                    value
                } else {
                    "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
                },
            )
            .env("KONTAKTPUNKT_DATABASE_URL", "sqlite::memory:")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{key}: {stderr}");
        let lower = stderr.to_lowercase();
        assert!(
            lower.contains("configuration error") && lower.contains(named),
            "{key}: {stderr}"
        );
    }
}

#[test]
fn production_mode_without_a_data_key_refuses_to_start() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .arg("serve")
        .current_dir(root())
        .env_remove("KONTAKTPUNKT_DATA_KEY")
        .env("KONTAKTPUNKT_DATABASE_URL", "sqlite::memory:")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("KONTAKTPUNKT_DATA_KEY"), "{stderr}");
}

#[tokio::test]
async fn a_chat_callback_with_the_database_down_keeps_the_wishes_and_words() {
    let app = TestApp::spawn().await;
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    let path = started.location().to_owned();
    let form_path = format!("{path}/callback");
    let token = csrf_token(&app.get(&form_path).await.body);
    app.state.db().close().await;
    let answer = app
        .post_raw(
            &form_path,
            &[
                ("_csrf", &token),
                ("phone", "070-123 45 67"),
                ("windows", "weekday_evening"),
                ("message", "Ring efter sex"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(answer.body.contains("Ring efter sex"), "the words are kept");
    assert!(
        answer.body.contains("value=\"070-123 45 67\""),
        "the number is kept"
    );
    assert!(answer.body.contains("114 14"));
}

#[tokio::test]
async fn a_chat_message_with_the_database_down_stays_on_screen_to_send_again() {
    let app = TestApp::spawn().await;
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    let path = started.location().to_owned();
    let token = csrf_token(&app.get(&path).await.body);
    app.state.db().close().await;
    for action in ["message", "leave"] {
        let answer = app
            .post_raw(
                &format!("{path}/{action}"),
                &[("_csrf", &token), ("message", "Jag vågar inte gå hem")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{action}");
        assert!(answer.body.contains("Jag vågar inte gå hem"), "{action}: kept");
        assert!(
            answer.body.contains(&format!("action=\"{path}/{action}\"")),
            "{action}: sent again from the same form"
        );
        assert!(answer.body.contains("114 14"));
    }
}

/// Refuses every new enquiry as an unreachable database would, while reads (the staff
/// session, the form's lists) still work: the case of a database that goes away between
/// the sign-in check and the store. SQLite: another connection holds the write lock past
/// the busy timeout (→ "busy"); PostgreSQL: a trigger answers 57P03 ("cannot connect
/// now"). Keep the guard alive for as long as writes should fail.
async fn refuse_new_enquiries(app: &TestApp) -> Option<sqlx::SqliteConnection> {
    use sqlx::Connection as _;
    match app.state.db().pool() {
        kontaktpunkt::db::Pool::Sqlite(_) => {
            let mut held = sqlx::SqliteConnection::connect(&app.database_url).await.unwrap();
            sqlx::query("begin immediate").execute(&mut held).await.unwrap();
            Some(held)
        }
        kontaktpunkt::db::Pool::Postgres(pool) => {
            for sql in [
                "create function refuse_enquiry() returns trigger language plpgsql as \
                 $$ begin raise exception 'database away' using errcode = '57P03'; end $$",
                "create trigger refuse_enquiry before insert on enquiries \
                 for each row execute function refuse_enquiry()",
            ] {
                sqlx::query(sql).execute(pool).await.unwrap();
            }
            None
        }
    }
}

#[tokio::test]
async fn a_call_noted_on_the_phone_form_with_the_database_away_comes_back_to_save_again() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let _refused = refuse_new_enquiries(&app).await;
    let answer = app
        .post_as(
            &handler,
            "/console/phone",
            "/console/phone",
            &[
                ("age_band", "15_17"),
                ("municipality", "1280"),
                ("message", "Ringde om sin bror som vill lämna"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        answer.body.contains("Ringde om sin bror som vill lämna"),
        "the notes of the call are kept"
    );
    assert!(answer.body.contains("value=\"15_17\" checked"), "choices too");
    assert!(
        answer.body.contains("action=\"/console/phone\""),
        "saved again from the same form"
    );
    assert!(answer.body.contains("114 14"), "and what to do now");
}

#[tokio::test]
async fn a_consultation_sent_with_the_database_away_comes_back_to_send_again() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("municipality", "malmo", &["1280"]).await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let signed_in = app
        .post_as(
            &client,
            "/inbox/sign-in",
            "/inbox/sign-in",
            &[
                ("name", "malmo"),
                ("password", crate::helpers::PASSWORD),
                ("code", app.code(&secret).as_str()),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.body);
    let _refused = refuse_new_enquiries(&app).await;
    let answer = app
        .post_as(
            &client,
            "/inbox/consultation",
            "/inbox/consultation",
            &[
                ("kind", "consultation"),
                ("age_band", "15_17"),
                ("municipality", "1280"),
                ("message", "En 16-åring vill lämna ett gäng"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        answer.body.contains("En 16-åring vill lämna ett gäng"),
        "the text is kept"
    );
    assert!(answer.body.contains("value=\"15_17\" checked"), "choices too");
    assert!(
        answer.body.contains("value=\"consultation\" checked"),
        "and the kind"
    );
    assert!(answer.body.contains("action=\"/inbox/consultation\""));
    assert!(answer.body.contains("114 14"));
    assert_eq!(app.count("inbox_consultations").await, 0);
}
