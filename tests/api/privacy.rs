use reqwest::StatusCode;

use crate::helpers::{TestApp, captured_logs};

#[tokio::test]
async fn no_message_phone_number_code_or_address_reaches_the_logs() {
    let app = TestApp::spawn().await;
    let secret = format!("privacy-probe-{} ring mig 070-123 45 67", uuid::Uuid::new_v4());
    let handoff = app.send_enquiry("sv", &[("message", &secret)]).await;
    let ticket = handoff.rsplit('/').next().unwrap().to_owned();
    let code = crate::helpers::receipt_code(&app.get(&handoff).await.body);
    let follow = format!("follow-up-probe-{}", uuid::Uuid::new_v4());
    app.post_form(
        "/sv/receipt",
        "/sv/receipt/message",
        &[("code", &code), ("message", &follow)],
    )
    .await;
    let logs = captured_logs();
    assert!(
        logs.contains("enquiry stored"),
        "the enquiry was logged as an event"
    );
    for needle in [
        secret.as_str(),
        "070-123",
        follow.as_str(),
        code.as_str(),
        &code.replace('-', ""),
    ] {
        assert!(!logs.contains(needle), "the logs hold {needle:?}");
    }
    for field in ["remote_addr", "client_ip", "peer_addr", "x-forwarded-for"] {
        assert!(
            !logs.to_lowercase().contains(field),
            "the logs hold a field {field}"
        );
    }
    assert!(
        !logs.contains(&ticket),
        "no raw URI (hand-off ticket) in the logs"
    );
    assert!(
        logs.contains("/{lang}/enquiry/sent/{ticket}"),
        "route templates are logged instead"
    );
}

#[tokio::test]
async fn a_known_message_is_absent_from_the_raw_database() {
    let app = TestApp::spawn().await;
    let secret = format!("at-rest-probe-{}", uuid::Uuid::new_v4().simple());
    let code = app.enquiry_with_code("sv", &secret).await;
    let follow = format!("at-rest-follow-{}", uuid::Uuid::new_v4().simple());
    app.post_form(
        "/sv/receipt",
        "/sv/receipt/message",
        &[("code", &code), ("message", &follow)],
    )
    .await;
    let raw = raw_database_text(&app).await;
    assert!(raw.len() > 1000, "the raw dump has content");
    for needle in [
        secret.as_str(),
        follow.as_str(),
        code.as_str(),
        &code.replace('-', ""),
    ] {
        assert!(!raw.contains(needle), "the raw database holds {needle:?}");
    }
    // And the contact point can still read it.
    let answer = app.look_up("sv", &code).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains(&secret) && answer.body.contains(&follow));
}

/// Every byte the database holds: the SQLite files, or every PostgreSQL row as text.
async fn raw_database_text(app: &TestApp) -> String {
    if let Some(path) = app.database_url.strip_prefix("sqlite://") {
        let mut bytes = Vec::new();
        for suffix in ["", "-wal", "-shm"] {
            if let Ok(b) = std::fs::read(format!("{path}{suffix}")) {
                bytes.extend(b);
            }
        }
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    let pool = sqlx::PgPool::connect(&app.database_url).await.unwrap();
    let mut out = String::new();
    for table in ["enquiries", "enquiry_messages", "accessibility_reports"] {
        // Bytes as escaped text and as UTF-8 where they are, so plaintext would show either way.
        let sql = sqlx::AssertSqlSafe(format!("select row_to_json(t)::text from {table} t"));
        for row in sqlx::query_scalar::<_, String>(sql)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            out.push_str(&row);
        }
        let sql = sqlx::AssertSqlSafe(format!(
            "select coalesce(string_agg(encode(convert_to(row_to_json(t)::text, 'UTF8'), 'escape'), ''), '') from {table} t"
        ));
        out.push_str(
            &sqlx::query_scalar::<_, String>(sql)
                .fetch_one(&pool)
                .await
                .unwrap(),
        );
    }
    let sealed: Vec<Vec<u8>> = sqlx::query_scalar("select facts_sealed from enquiries")
        .fetch_all(&pool)
        .await
        .unwrap();
    for blob in sealed {
        out.push_str(&String::from_utf8_lossy(&blob));
    }
    out
}

#[tokio::test]
async fn no_ip_address_is_kept_in_the_database_or_the_logs() {
    // Arrange: a deployment behind a proxy, which names the client for rate limits only.
    let mut app = TestApp::spawn_with(|c| c.http.trust_forwarded_for = true).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", "203.0.113.77".parse().unwrap());
    app.client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();

    // Act: an enquiry, a look-up with its code and a follow-up.
    let code = app.enquiry_with_code("sv", "ip-probe").await;
    app.look_up("sv", &code).await;
    app.post_form(
        "/sv/receipt",
        "/sv/receipt/message",
        &[("code", &code), ("message", "ip-probe-2")],
    )
    .await;

    // Assert: neither the forwarded address nor the peer's is stored or logged.
    let raw = raw_database_text(&app).await;
    let logs = captured_logs();
    for address in ["203.0.113.77", "127.0.0.1"] {
        assert!(!raw.contains(address), "the database holds {address}");
    }
    // (The listener's own address, 127.0.0.1, is logged at start; no client's is.)
    assert!(
        !logs.contains("203.0.113.77"),
        "the logs hold the forwarded address"
    );
}
