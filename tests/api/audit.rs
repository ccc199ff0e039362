use std::io::Write as _;
use std::process::{Command, Stdio};

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, root};

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// Runs the binary against the app's database and audit anchor; (exit code, stdout, stderr).
pub(crate) fn cli(app: &TestApp, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .args(args)
        .current_dir(root())
        .env("KONTAKTPUNKT_DATABASE_URL", &app.database_url)
        .env(
            "KONTAKTPUNKT_AUDIT__ANCHOR_FILE",
            app.state.config().audit_anchor_file(),
        )
        .env("KONTAKTPUNKT_DATA_KEY", KEY)
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn execute(app: &TestApp, sql: &'static str) {
    kontaktpunkt::with_db!(app.state.db(), |pool| drop(
        sqlx::query(sql).execute(pool).await.unwrap()
    ));
}

#[tokio::test]
async fn audit_verify_passes_an_intact_chain_and_names_the_first_tampered_record() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    for _ in 0..3 {
        app.get_as(&handler, "/console/").await;
    }
    let (code, out, err) = cli(&app, &["audit", "verify"], None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("audit chain intact"));

    execute(&app, "update audit_log set detail = 'admin' where seq = 2").await;
    let (code, _, err) = cli(&app, &["audit", "verify"], None);
    assert_ne!(code, 0);
    assert!(err.contains("record 2") && err.contains("do not match"), "{err}");

    execute(&app, "delete from audit_log where seq = 2").await;
    let (code, _, err) = cli(&app, &["audit", "verify"], None);
    assert_ne!(code, 0);
    assert!(err.contains("record 2") && err.contains("missing"), "{err}");
}

#[tokio::test]
async fn user_add_reads_the_password_from_stdin_and_the_user_can_sign_in() {
    let app = TestApp::spawn().await;
    let password = "a long and private passphrase";
    let (code, out, err) = cli(
        &app,
        &["user", "add", "--role", "supervisor", "--name", "eva"],
        Some(&format!("{password}\n")),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("otpauth://totp/"), "{out}");
    assert!(
        !out.contains(password) && !err.contains(password),
        "the password is never echoed"
    );
    let base32 = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("secret (base32): "))
        .unwrap();
    let secret = totp_rs::Secret::Encoded(base32.to_owned()).to_bytes().unwrap();
    let (_, answer) = app.sign_in("eva", password, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let added = kontaktpunkt::audit::recent(app.state.db(), 10, Some("user_added"))
        .await
        .unwrap();
    assert_eq!(added.len(), 1);
}

#[tokio::test]
async fn user_add_refuses_bad_input_with_a_clear_line() {
    let app = TestApp::spawn().await;
    let cases: [(&[&str], &str, &str); 5] = [
        (&["--role", "handler", "--name", "x"], "short\n", "at least 12"),
        (
            &["--role", "root", "--name", "x"],
            "long enough password\n",
            "--role",
        ),
        (
            &["--role", "municipality", "--name", "x"],
            "long enough password\n",
            "--municipality",
        ),
        (
            &["--role", "municipality", "--name", "x", "--municipality", "9999"],
            "long enough password\n",
            "9999",
        ),
        (
            &["--role", "handler", "--name", "x", "--municipality", "1280"],
            "long enough password\n",
            "other roles",
        ),
    ];
    for (args, stdin, named) in cases {
        let mut all = vec!["user", "add"];
        all.extend_from_slice(args);
        let (code, _, err) = cli(&app, &all, Some(stdin));
        assert_ne!(code, 0, "{args:?}");
        assert!(err.contains(named), "{args:?}: {err}");
    }
    let (code, _, _) = cli(
        &app,
        &["user", "add", "--role", "handler", "--name", "dup"],
        Some("long enough password\n"),
    );
    assert_eq!(code, 0);
    let (code, _, err) = cli(
        &app,
        &["user", "add", "--role", "handler", "--name", "dup"],
        Some("long enough password\n"),
    );
    assert_ne!(code, 0);
    assert!(err.contains("already exists"), "{err}");
}

#[tokio::test]
async fn auditors_filter_the_log_by_action_actor_case_and_day_and_bad_filters_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "audit-filter-probe")]).await;
    let id = app.newest_enquiry_id().await;
    let secret = app.create_user("handler", "hanna", &[]).await;
    let (handler, _) = app.sign_in("hanna", PASSWORD, &app.code(&secret)).await;
    assert_eq!(
        app.get_as(&handler, &format!("/console/cases/{id}")).await.status,
        StatusCode::OK
    );
    let secret = app.create_user("auditor", "greta", &[]).await;
    let (auditor, _) = app.sign_in("greta", PASSWORD, &app.code(&secret)).await;

    let by_case = app.get_as(&auditor, &format!("/console/audit?case={id}")).await;
    assert_eq!(by_case.status, StatusCode::OK);
    assert!(by_case.body.contains("<td>view_case</td>"), "{}", by_case.body);
    assert!(!by_case.body.contains("<td>sign_in</td>"), "only that case");
    assert!(
        by_case.body.contains("<td>hanna</td>"),
        "actors are shown by name"
    );

    let by_actor = app
        .get_as(&auditor, "/console/audit?actor=hanna&action=sign_in")
        .await;
    assert!(by_actor.body.contains("<td>sign_in</td>"));
    assert!(!by_actor.body.contains("<td>view_case</td>"));
    assert!(
        !by_actor.body.contains("<td>greta</td>"),
        "another actor's sign-in is filtered out"
    );

    // The test clock stands on 2026-11-23.
    let same_day = app
        .get_as(&auditor, "/console/audit?from=2026-11-23&until=2026-11-23")
        .await;
    assert!(same_day.body.contains("<td>view_case</td>"));
    let next_day = app.get_as(&auditor, "/console/audit?from=2026-11-24").await;
    assert!(!next_day.body.contains("<td>view_case</td>"));

    let bad = app
        .get_as(&auditor, "/console/audit?from=23%2F11&actor=nobody-here&case=abc")
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Skriv dagen som ÅÅÅÅ-MM-DD"));
    assert!(bad.body.contains("Det finns ingen användare med det namnet"));
    assert!(bad.body.contains("value=\"23/11\""), "the typed day is kept");
    assert!(bad.body.contains("value=\"nobody-here\""));
    assert!(bad.body.contains("value=\"abc\""));

    assert_eq!(
        app.get_as(&handler, "/console/audit?case=x").await.status,
        StatusCode::FORBIDDEN,
        "handlers do not read the audit log"
    );
}

/// Makes every audit record of `action` fail to insert from now on (a trigger, on either
/// database), as a crash between a change and its record would.
async fn fail_audit_of(app: &TestApp, action: &str) {
    let statements: Vec<String> = if app.database_url.starts_with("postgres") {
        vec![
            "create or replace function fail_audit() returns trigger language plpgsql as \
             $$ begin raise exception 'injected failure'; end $$"
                .to_owned(),
            format!(
                "create trigger fail_{action} before insert on audit_log for each row \
                 when (new.action = '{action}') execute function fail_audit()"
            ),
        ]
    } else {
        vec![format!(
            "create trigger fail_{action} before insert on audit_log when new.action = '{action}' \
             begin select raise(abort, 'injected failure'); end"
        )]
    };
    for sql in statements {
        kontaktpunkt::with_db!(app.state.db(), |pool| drop(
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(pool)
                .await
                .unwrap()
        ));
    }
}

/// How many rows `sql` (a count) finds for `id`.
async fn count(app: &TestApp, sql: &'static str, id: &str) -> i64 {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(sql)
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap())
}

#[tokio::test]
async fn a_change_whose_audit_record_cannot_be_written_is_not_kept_either() {
    // Arrange: a case, a handler and a supervisor signed in; then the records of a
    // claim and of naming a handler on a protected case start failing.
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (handler, _) = app.signed_in("handler", "Anna Handläggare").await;
    let page = format!("/console/cases/{id}");
    fail_audit_of(&app, "claim").await;

    // Act: a claim, whose one record fails.
    let claimed = app.post_as(&handler, &page, &format!("{page}/claim"), &[]).await;

    // Assert: refused, and the case is not claimed.
    assert_eq!(claimed.status, StatusCode::INTERNAL_SERVER_ERROR);
    let held = "select count(*) from enquiries where id = $1 and assigned_to is not null";
    assert_eq!(
        count(&app, held, &id).await,
        0,
        "the claim was rolled back with its record"
    );

    // Act: protecting the case writes two records; the second (naming the handler) fails.
    fail_audit_of(&app, "grant_access").await;
    let protected = app
        .post_as(&handler, &page, &format!("{page}/protect"), &[])
        .await;

    // Assert: neither the marker, its case event nor the first record was kept.
    assert_eq!(protected.status, StatusCode::INTERNAL_SERVER_ERROR);
    let marked = "select count(*) from enquiries where id = $1 and protected";
    assert_eq!(count(&app, marked, &id).await, 0);
    let events = "select count(*) from case_events where enquiry_id = $1";
    assert_eq!(count(&app, events, &id).await, 0);
    let records = "select count(*) from audit_log where case_id = $1 and action in ('claim', 'protect', 'grant_access')";
    assert_eq!(count(&app, records, &id).await, 0);
}

#[tokio::test]
async fn a_phone_enquiry_commits_with_its_audit_records_or_not_at_all() {
    // Arrange: a handler signed in; the claim record of a phone call starts failing.
    let app = TestApp::spawn().await;
    let (handler, _) = app.signed_in("handler", "Petra Telefon").await;
    fail_audit_of(&app, "claim").await;
    let notes = format!("phone-notes-{}", uuid::Uuid::new_v4().simple());

    // Act: the call's notes are saved.
    let saved = app
        .post_as(
            &handler,
            "/console/phone",
            "/console/phone",
            &[("enquirer", "relative"), ("message", &notes)],
        )
        .await;

    // Assert: not stored — no enquiry, no phone_enquiry record — and the notes come back
    // on the form to save again.
    assert_ne!(saved.status, StatusCode::SEE_OTHER);
    assert!(saved.body.contains(&notes), "the notes are kept");
    assert_eq!(total(&app, "select count(*) from enquiries").await, 0);
    let records = "select count(*) from audit_log where action = 'phone_enquiry'";
    assert_eq!(total(&app, records).await, 0);
}

async fn total(app: &TestApp, sql: &'static str) -> i64 {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(pool)
        .await
        .unwrap())
}
