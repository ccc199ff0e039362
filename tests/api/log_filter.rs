//! `RUST_LOG` as the ecosystem expects: when set it overrides the configured `log.level`,
//! and a broken value is refused at start with one clear line, like a configuration error.

use std::process::Command;

use crate::helpers::root;

/// Runs `kontaktpunkt migrate` on a fresh SQLite file with `log.level = warn` and the
/// given `RUST_LOG` (none: unset): exit code, stdout, stderr.
fn migrate_with(rust_log: Option<&str>) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"));
    command
        .arg("migrate")
        .current_dir(root())
        .env_remove("RUST_LOG")
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .env("KONTAKTPUNKT_LOG__FORMAT", "json")
        .env(
            "KONTAKTPUNKT_DATABASE_URL",
            format!("sqlite://{}", dir.path().join("log.db").display()),
        )
        .env(
            "KONTAKTPUNKT_DATA_KEY",
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        );
    if let Some(value) = rust_log {
        command.env("RUST_LOG", value);
    }
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn rust_log_overrides_the_configured_level() {
    let (code, out, err) = migrate_with(None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        !out.contains("migrations are up to date"),
        "log.level = warn hides info lines:\n{out}"
    );

    let (code, out, err) = migrate_with(Some("info"));
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("migrations are up to date"),
        "RUST_LOG=info shows them:\n{out}{err}"
    );

    let (code, out, err) = migrate_with(Some(""));
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        !out.contains("migrations are up to date"),
        "an empty RUST_LOG counts as unset:\n{out}"
    );
}

#[test]
fn a_broken_rust_log_is_refused_at_start_with_one_clear_line() {
    let (code, out, err) = migrate_with(Some("kontaktpunkt=loud"));
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(err.lines().count(), 1, "one line:\n{err}");
    assert!(
        err.starts_with("kontaktpunkt: configuration error: RUST_LOG: "),
        "{err}"
    );
    assert!(out.is_empty(), "nothing started:\n{out}");
}
