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
        .env("KONTAKTPUNKT_LISTEN", "127.0.0.1:0");
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
