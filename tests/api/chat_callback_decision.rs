//! A chat that becomes a callback request is decided again through the engine with the
//! callback wish, and the queue's columns are that decision's, in the same commit.

use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::enquiry::seal::flags_column;
use kontaktpunkt::triage::{Decision, Flag};
use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_chat_switched_to_a_callback_stores_the_engines_decision_and_its_columns_agree() {
    // Arrange: a waiting chat.
    let app = TestApp::spawn().await;
    let started = app
        .post_form("/sv/chat", "/sv/chat", &[("enquirer", "relative")])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let path = started.location().to_owned();
    let id = app.newest_enquiry_id().await;
    let form_path = format!("{path}/callback");

    // Act: ask to be called, with an interpreter.
    let sent = app
        .post_form(
            &form_path,
            &form_path,
            &[
                ("phone", "070-123 45 67"),
                ("windows", "weekday_evening"),
                ("voicemail_ok", "false"),
                ("may_say_who", "false"),
                ("language", "sv"),
                ("interpreter", "true"),
                ("interpreter_language", "ti"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);

    // Assert: the sealed decision carries the engine's flag, and the columns are its own.
    let (sealed, priority, flags, child): (Vec<u8>, String, String, bool) = kontaktpunkt::with_db!(
        app.state.db(),
        |pool| sqlx::query_as("select decision_sealed, priority, flags, child from enquiries where id = $1")
            .bind(&id)
            .fetch_one(pool)
            .await
            .unwrap()
    );
    let decision: Decision = serde_json::from_slice(
        &app.state
            .keys()
            .open(&Context::new(Column::EnquiryDecision, &id), &sealed)
            .unwrap(),
    )
    .unwrap();
    assert!(
        decision.has_flag(Flag::NeedsInterpreter),
        "the engine set the flag from the wish: {decision:?}"
    );
    assert_eq!(
        flags,
        flags_column(app.state.keys(), &decision.flags),
        "the flags column holds the decision's flags as tags"
    );
    assert_eq!(priority, decision.priority.as_str(), "so is the priority");
    assert_eq!(child, decision.has_flag(Flag::Child), "and the child column");
}
