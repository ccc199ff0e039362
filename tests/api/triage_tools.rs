use std::process::Command;

use crate::helpers::{TestApp, root};

fn kontaktpunkt(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .args(args)
        .current_dir(root())
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A copy of the shipped rules in a temporary folder, to change.
fn rules_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("config/triage")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn explain_prints_the_decision_and_the_rule_trail() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enquiry.json");
    std::fs::write(
        &file,
        r#"{"threat":"acute","municipality":"1280","age_band":"15_17"}"#,
    )
    .unwrap();
    let (code, out, err) = kontaktpunkt(&["triage", "explain", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"priority\": \"P1\""), "{out}");
    assert!(out.contains("emergency:112"), "{out}");
    assert!(out.contains("rule trail: "), "{out}");
}

#[test]
fn explain_shows_the_trail_of_every_new_fact() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enquiry.json");
    // One enquiry per new fact, and the rule each must show in the trail.
    let cases = [
        (
            r#"{"risks":["self_harm"],"municipality":"1280","consent_to_share":true}"#,
            "self-harm → ",
            "call_90101",
        ),
        (
            r#"{"risks":["taken_abroad"],"age_band":"15_17","municipality":"1280"}"#,
            "taken-abroad",
            "consider_travel_ban",
        ),
        (
            r#"{"risks":["threat_to_others"],"environment":["violent_extremism"],"municipality":"1280","consent_to_share":true}"#,
            "threat-to-others-sapo",
            "sapo",
        ),
        (
            r#"{"risks":["partner_violence"],"municipality":"1280","consent_to_share":true}"#,
            "partner-violence",
            "call_kvinnofridslinjen",
        ),
        (
            r#"{"risks":["threat_to_writer"],"enquirer":"relative","municipality":"1280"}"#,
            "threat-to-writer-police",
            "police:region:syd",
        ),
        (
            r#"{"situation":["abroad"],"consent_to_share":true}"#,
            "abroad",
            "\"org\": \"ud\"",
        ),
        (
            r#"{"situation":["on_remand"],"age_band":"21_25","municipality":"1280","consent_to_share":true}"#,
            "on-remand",
            "pending_case",
        ),
        (
            r#"{"situation":["placed_by_social_services"],"age_band":"15_17","municipality":"1280"}"#,
            "placed-by-social-services",
            "placing_municipality",
        ),
        (
            r#"{"situation":["in_programme"],"municipality":"1280","consent_to_share":true}"#,
            "in-programme",
            "existing_contact",
        ),
        (
            r#"{"situation":["open_social_services_case"],"municipality":"1280","consent_to_share":true}"#,
            "open-social-services-case",
            "existing_contact",
        ),
        (
            r#"{"enquirer":"relative","writer_age_band":"15_17","age_band":"18_20","municipality":"1280"}"#,
            "writer-is-child",
            "call_bris",
        ),
        (
            r#"{"enquiry_type":"method_support","environment":["honour_related"]}"#,
            "advice-honour",
            "nck-heder",
        ),
        (
            r#"{"enquirer":"relative","age_band":"26_plus","municipality":"1280","consent_to_share":true}"#,
            "relative-consent",
            "consent_required",
        ),
    ];
    for (enquiry, rule, shown) in cases {
        std::fs::write(&file, enquiry).unwrap();
        let (code, out, err) = kontaktpunkt(&["triage", "explain", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{enquiry}: {err}");
        let trail = out
            .lines()
            .find(|l| l.starts_with("rule trail: "))
            .expect("a trail");
        assert!(trail.contains(rule), "{enquiry}: {trail}");
        assert!(out.contains(shown), "{enquiry}: {out}");
    }
}

#[test]
fn explain_names_the_field_of_an_unknown_value() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enquiry.json");
    std::fs::write(&file, r#"{"age_band":"ancient"}"#).unwrap();
    let (code, _, err) = kontaktpunkt(&["triage", "explain", file.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(err.contains("age_band"), "{err}");
}

#[test]
fn directory_check_passes_on_the_shipped_directory() {
    let (code, out, err) = kontaktpunkt(&["directory", "check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("290 municipalities, 21 counties"), "{out}");
    assert!(out.contains("0 problems"), "{out}");
}

#[test]
fn replay_of_identical_rules_changes_nothing() {
    let (code, out, err) = kontaktpunkt(&[
        "triage",
        "replay",
        "--rules",
        "config/triage",
        "--synthetic",
        "2000",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("replayed 2000 enquiries; 0 decisions change"),
        "{out}"
    );
}

#[test]
fn replay_shows_what_a_candidate_rule_change_would_do() {
    let candidate = rules_copy();
    // The candidate drops the language rule: interpreter flags disappear.
    std::fs::remove_file(candidate.path().join("13-language.toml")).unwrap();
    let (code, out, err) = kontaktpunkt(&[
        "triage",
        "replay",
        "--rules",
        candidate.path().to_str().unwrap(),
        "--synthetic",
        "2000",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("; 0 decisions change"), "{out}");
    assert!(out.contains("examples\n  synthetic #"), "{out}");
}

#[tokio::test]
async fn replay_reads_stored_enquiries_without_changing_them() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[("municipality", "1280"), ("language", "ar"), ("message", "hej")],
    )
    .await;
    app.send_enquiry("sv", &[("threat", "acute"), ("message", "hjälp")])
        .await;
    let candidate = rules_copy();
    std::fs::remove_file(candidate.path().join("13-language.toml")).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .args([
            "triage",
            "replay",
            "--rules",
            candidate.path().to_str().unwrap(),
            "--since",
            "2026-01-01",
        ])
        .current_dir(root())
        .env("KONTAKTPUNKT_DATABASE_URL", &app.database_url)
        .env(
            "KONTAKTPUNKT_DATA_KEY",
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        )
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("replayed 2 enquiries; 1 decisions change"), "{out}");
    assert!(
        !out.contains("hej") && !out.contains("hjälp"),
        "no message text in the report"
    );
    assert_eq!(app.count("enquiries").await, 2);
}

#[tokio::test]
async fn a_broken_rule_file_never_replaces_the_running_rules() {
    let rules = rules_copy();
    let path = rules.path().to_path_buf();
    let app = TestApp::spawn_with(move |c| c.triage.rules_dir = path).await;
    let before = app.state.engine().rules_version().to_owned();
    std::fs::write(
        rules.path().join("99-broken.toml"),
        "[[rule]]\nid = \"broken\"\nwhen = { nonsense = true }\n",
    )
    .unwrap();
    let err = app.state.reload_triage().unwrap_err();
    assert!(format!("{err:#}").contains("99-broken.toml"), "{err:#}");
    assert_eq!(
        app.state.engine().rules_version(),
        before,
        "the running rules stay"
    );
    std::fs::remove_file(rules.path().join("99-broken.toml")).unwrap();
    std::fs::remove_file(rules.path().join("13-language.toml")).unwrap();
    let after = app.state.reload_triage().unwrap();
    assert_ne!(after, before);
    assert_eq!(app.state.engine().rules_version(), after);
}

#[cfg(unix)]
#[tokio::test]
async fn sighup_reloads_the_rules_of_a_running_server_and_refuses_a_broken_file() {
    let rules = rules_copy();
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .arg("serve")
        .current_dir(root())
        .env("KONTAKTPUNKT_LISTEN", format!("127.0.0.1:{port}"))
        .env("KONTAKTPUNKT_OPS_LISTEN", "127.0.0.1:0")
        .env(
            "KONTAKTPUNKT_DATABASE_URL",
            format!("sqlite://{}/s.db", data.path().display()),
        )
        .env(
            "KONTAKTPUNKT_DATA_KEY",
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        )
        .env("KONTAKTPUNKT_TRIAGE__RULES_DIR", rules.path())
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let version = || async {
        let url = format!("http://127.0.0.1:{port}/api/v1/triage/preview");
        let answer = client.post(&url).json(&serde_json::json!({})).send().await.ok()?;
        let decision: serde_json::Value = answer.json().await.ok()?;
        decision["rules_version"].as_str().map(str::to_owned)
    };
    let hangup = |pid: u32| {
        Command::new("kill")
            .args(["-HUP", &pid.to_string()])
            .status()
            .unwrap()
    };
    let mut before = None;
    for _ in 0..100 {
        before = version().await;
        if before.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let before = before.expect("the server answers");

    std::fs::write(rules.path().join("99-broken.toml"), "[[rule]]\nid = 1\n").unwrap();
    assert!(hangup(server.id()).success());
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        version().await.as_deref(),
        Some(before.as_str()),
        "a broken file changes nothing"
    );

    std::fs::remove_file(rules.path().join("99-broken.toml")).unwrap();
    std::fs::remove_file(rules.path().join("13-language.toml")).unwrap();
    assert!(hangup(server.id()).success());
    let mut after = None;
    for _ in 0..100 {
        after = version().await.filter(|v| *v != before);
        if after.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    server.kill().unwrap();
    let _ = server.wait();
    assert!(after.is_some(), "SIGHUP loaded the changed rules");
}
