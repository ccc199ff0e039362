//! One snapshot of rules and directory: a reload replaces both, and handlers see the
//! directory of the engine in service.

use std::sync::Arc;

use kontaktpunkt::directory::MunicipalityCode;
use kontaktpunkt::triage::{Enquiry, Flag, Wishes};

use crate::helpers::{TestApp, root};

/// A copy of the shipped directory in a temporary folder, to change.
fn directory_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("config/directory")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[tokio::test]
async fn a_reload_changes_the_directory_that_handlers_see_with_the_rules() {
    // Arrange
    let directory = directory_copy();
    let path = directory.path().to_path_buf();
    let app = TestApp::spawn_with(move |c| c.triage.directory_dir = path).await;
    let code = MunicipalityCode::parse("0114").unwrap();
    let before = app.state.engine().rules_version().to_owned();
    // The staff's phone form lists the municipalities.
    let handler = app.staff("handler").await;
    let form = app.get_as(&handler, "/console/phone").await;
    assert!(form.body.contains("Upplands Väsby"), "{}", form.body);
    assert!(!form.body.contains("Väsby Nyort"));

    // Act: the municipality is renamed in the directory's files and the rules reloaded.
    let file = directory.path().join("municipalities.csv");
    let csv = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, csv.replace("0114,Upplands Väsby,", "0114,Väsby Nyort,")).unwrap();
    let after = app.state.reload_triage().unwrap();

    // Assert: the engine and the handlers' directory changed together.
    assert_ne!(after, before, "the directory is part of the rules version");
    assert!(Arc::ptr_eq(
        &app.state.directory(),
        &app.state.engine().shared_directory()
    ));
    let renamed = app.state.directory().municipality(&code).unwrap().name.clone();
    assert_eq!(renamed, "Väsby Nyort");
    let form = app.get_as(&handler, "/console/phone").await;
    assert!(form.body.contains("Väsby Nyort"), "{}", form.body);
    // The public form finds the new name when a person types it.
    let found = app
        .state
        .directory()
        .municipality_named("vasby nyort")
        .map(|m| m.code.clone());
    assert_eq!(found, Some(code));
}

#[tokio::test]
async fn the_engine_says_which_fields_each_rule_tests_and_turns_the_interpreter_wish_into_a_flag() {
    let app = TestApp::spawn().await;
    let engine = app.state.engine();
    let rules = engine.rules();
    assert_eq!(rules.rule("interpreter").unwrap().fields(), ["language"]);
    assert_eq!(
        rules.rule("interpreter-wished").unwrap().fields(),
        ["interpreter_wanted"]
    );

    let enquiry = Enquiry {
        language: Some("sv".to_owned()),
        ..Enquiry::default()
    };
    let now = time::OffsetDateTime::UNIX_EPOCH;
    let plain = engine.decide(&enquiry, now);
    assert!(!plain.has_flag(Flag::NeedsInterpreter));
    let wished = Wishes {
        interpreter_wanted: true,
    };
    let decision = engine.decide_with(&enquiry, wished, now);
    assert!(decision.has_flag(Flag::NeedsInterpreter));
    assert!(decision.trail.iter().any(|r| r == "interpreter-wished"));
}
