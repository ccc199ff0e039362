//! Issue #14's findings, each with a regression test that failed before the fix.

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_nul_in_a_path_query_or_field_never_reaches_the_database() {
    // Before: PostgreSQL answered 500 where SQLite answered 404 (text cannot hold NUL).
    let app = TestApp::spawn().await;
    let staff = app.staff("handler").await;
    for path in [
        "/console/cases/%00",
        "/inbox/referrals/%00",
        "/api/v1/referrals/%00",
        "/sv/chat/%00",
        "/sv/enquiry/sent/%00",
    ] {
        let answer = app.send(staff.get(app.url(path))).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    let query = app.get("/sv/receipt?code=%00").await;
    assert_eq!(query.status, StatusCode::BAD_REQUEST);

    // A form field: the NUL is dropped and the rest kept, the same on both databases.
    let (_, signed) = app.sign_in("a\u{0}b", "wrong password", "000000").await;
    assert!(
        signed.status.is_client_error() || signed.status == StatusCode::OK,
        "{}",
        signed.status
    );
    assert_ne!(signed.status, StatusCode::INTERNAL_SERVER_ERROR);
    let handoff = app.send_enquiry("sv", &[("message", "före\u{0}efter")]).await;
    let page = app.get(&handoff).await;
    let code = crate::helpers::receipt_code(&page.body);
    let status = app.look_up("sv", &code).await;
    assert!(status.body.contains("föreefter"), "the text, without the NUL");
}

/// Runs `kontaktpunkt serve` with `env` and returns its exit code and standard error.
fn serve_with(env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"));
    command
        .arg("serve")
        .current_dir(crate::helpers::root())
        .env(
            "KONTAKTPUNKT_DATA_KEY",
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        )
        .env("KONTAKTPUNKT_DATABASE_URL", "sqlite::memory:")
        .env("KONTAKTPUNKT_LISTEN", "127.0.0.1:0")
        .env("KONTAKTPUNKT_OPS_LISTEN", "127.0.0.1:0");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn start_up_faults_exit_2_with_one_line_naming_what_is_wrong() {
    // Before: exit 1, and a database that did not answer was named twice as a pool time-out.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().to_string();
    let cases = [
        (("KONTAKTPUNKT_LISTEN", port.as_str()), "binding listen address"),
        (
            (
                "KONTAKTPUNKT_DATABASE_URL",
                "postgres://postgres@127.0.0.1:9/test",
            ),
            "127.0.0.1:9/test cannot be reached",
        ),
        (
            ("KONTAKTPUNKT_DATABASE_URL", "sqlite:///proc/kontaktpunkt/x.db"),
            "/proc/kontaktpunkt",
        ),
        (
            ("KONTAKTPUNKT_TRIAGE__RULES_DIR", "/nonexistent-rules"),
            "/nonexistent-rules",
        ),
    ];
    for ((key, value), named) in cases {
        let (code, stderr) = serve_with(&[(key, value)]);
        assert_eq!(code, Some(2), "{key}={value}: {stderr}");
        let lines: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("kontaktpunkt: "))
            .collect();
        assert_eq!(lines.len(), 1, "{key}: one line: {stderr}");
        assert!(
            lines[0].starts_with("kontaktpunkt: cannot start: ") && lines[0].contains(named),
            "{key}: {}",
            lines[0]
        );
    }
    drop(taken);
}

#[tokio::test]
async fn a_form_filled_to_its_limit_in_geez_script_is_not_too_large() {
    // Before: 7,300 Ge'ez characters percent-encoded past the 64 KiB body limit: 413.
    let app = TestApp::spawn().await;
    let message = "ሰላም".repeat(8000 / 3) + "ሰ";
    assert_eq!(message.chars().count(), 8000 / 3 * 3 + 1);
    let handoff = app
        .send_enquiry("ti", &[("message", &message), ("municipality", "Malmö")])
        .await;
    assert!(handoff.starts_with("/ti/enquiry/sent/"), "{handoff}");
}

#[test]
fn the_body_limit_may_not_be_smaller_than_the_largest_form() {
    let mut config = crate::helpers::test_config("sqlite://unused.db");
    config.http.max_body_bytes = 65_536;
    let refused = config
        .validate()
        .expect_err("64 KiB is too small for 8,000 characters");
    assert!(refused.to_string().contains("http.max_body_bytes"), "{refused}");
}

/// Reads until the server closes the connection; `true` when it did within `limit`.
async fn closed_within(stream: &mut tokio::net::TcpStream, limit: std::time::Duration) -> bool {
    use tokio::io::AsyncReadExt as _;
    let mut buffer = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

#[tokio::test]
async fn a_client_that_sends_its_headers_slowly_or_idles_is_closed() {
    // Before: axum::serve set no header-read timeout; a slow client held its connection forever.
    use tokio::io::AsyncWriteExt as _;
    let app = TestApp::spawn_with(|c| c.http.header_read_timeout_secs = 1).await;

    // Half a request, then nothing.
    let mut slow = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    slow.write_all(b"GET /sv/ HTTP/1.1\r\nHost: kontaktpunkt\r\n")
        .await
        .unwrap();
    assert!(
        closed_within(&mut slow, std::time::Duration::from_secs(10)).await,
        "slow headers are cut"
    );

    // A connection that never sends anything.
    let mut silent = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    assert!(
        closed_within(&mut silent, std::time::Duration::from_secs(10)).await,
        "a silent connection is cut"
    );

    // Others are served meanwhile.
    assert_eq!(app.get("/sv/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn connections_beyond_the_cap_are_closed_as_they_arrive_and_counted() {
    let app = TestApp::spawn_with(|c| {
        c.http.max_connections = 16;
        c.http.header_read_timeout_secs = 30;
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..16 {
        held.push(tokio::net::TcpStream::connect(app.addr).await.unwrap());
    }
    // Give the accept loop a moment to take all sixteen.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let mut extra = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    assert!(
        closed_within(&mut extra, std::time::Duration::from_secs(5)).await,
        "the 17th is closed"
    );
    let metrics = app.ops_get("/metrics").await.body;
    assert!(
        metrics.contains("kontaktpunkt_connections_refused_total 1"),
        "{metrics}"
    );
    drop(held);
    // Once the held ones are gone, the service answers again.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn metrics_live_on_the_operators_listener_with_bounded_labels() {
    // Before: /metrics was on the public listener, and any method name became a label.
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/metrics").await.status, StatusCode::NOT_FOUND);
    let odd = reqwest::Method::from_bytes(b"SNOOP").unwrap();
    app.send(app.client.request(odd, app.url("/sv/"))).await;
    let metrics = app.ops_get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(!metrics.body.contains("SNOOP"), "an unknown method is no label");
    assert!(metrics.body.contains("method=\"OTHER\""), "{}", metrics.body);
    assert_eq!(app.ops_get("/healthz").await.status, StatusCode::OK);
    assert_eq!(app.ops_get("/readyz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn outside_dev_mode_a_webhook_is_https_to_a_public_address_only() {
    // Before: any http(s) URL was taken, loopback, private and metadata addresses included.
    let app = TestApp::spawn().await;
    let admin = app.staff("admin").await;
    for (url, message) in [
        (
            "http://case.example.se/hooks",
            "Adressen måste börja med https://",
        ),
        (
            "https://127.0.0.1:8443/hooks",
            "får inte peka på tjänstens egna nät",
        ),
        (
            "https://169.254.169.254/latest/meta-data",
            "får inte peka på tjänstens egna nät",
        ),
        ("https://[::1]/hooks", "får inte peka på tjänstens egna nät"),
    ] {
        let answer = app
            .post_as(
                &admin,
                "/console/webhooks",
                "/console/webhooks",
                &[("url", url), ("orgs", "1280")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert!(answer.body.contains(message), "{url}: {message}");
        assert!(
            answer.body.contains(&url.replace('&', "&amp;")),
            "{url} is kept on the form"
        );
    }
    // A name that resolves to loopback is accepted on the form (names can change) but
    // never connected to: the client resolves names to public addresses only (unit
    // tests in src/notify/guard.rs and webhook.rs).
    let answer = app
        .post_as(
            &admin,
            "/console/webhooks",
            "/console/webhooks",
            &[("url", "https://case.example.se/hooks"), ("orgs", "1280")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn postgresql_is_spoken_over_tls_when_the_url_asks_and_clear_text_to_another_host_is_refused() {
    // Before: sqlx was built without TLS, so `sslmode=require` could not connect at all.
    #[expect(
        clippy::disallowed_methods,
        reason = "the test harness reads its own environment"
    )]
    let base = std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let separator = if base.contains('?') { '&' } else { '?' };
    let url = kontaktpunkt::config::DatabaseUrl::new(format!("{base}{separator}sslmode=require"));
    let db = kontaktpunkt::db::Db::connect(&url).await.unwrap();
    let kontaktpunkt::db::Pool::Postgres(pool) = db.pool() else {
        panic!("a PostgreSQL pool");
    };
    let ssl: bool = sqlx::query_scalar("select ssl from pg_stat_ssl where pid = pg_backend_pid()")
        .fetch_one(pool)
        .await
        .unwrap();
    assert!(ssl, "the connection is encrypted");

    // Outside dev mode, clear text to a host that is not this machine stops the start.
    let (code, stderr) = serve_with(&[("KONTAKTPUNKT_DATABASE_URL", "postgres://kp@db.example.se/kp")]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("database_url") && stderr.contains("sslmode=verify-full"),
        "{stderr}"
    );
}
