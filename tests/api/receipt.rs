use reqwest::StatusCode;

use crate::helpers::{TestApp, csrf_token};

#[tokio::test]
async fn confirming_the_code_is_saved_ends_the_handoff() {
    let app = TestApp::spawn().await;
    let handoff = app.send_enquiry("sv", &[("message", "hej")]).await;
    let page = app.get(&handoff).await;
    let token = csrf_token(&page.body);
    let confirm = app.post_raw(&handoff, &[("_csrf", &token)]).await;
    assert_eq!(confirm.status, StatusCode::SEE_OTHER);
    assert_eq!(confirm.location(), "/sv/enquiry/saved");
    assert_eq!(app.get("/sv/enquiry/saved").await.status, StatusCode::OK);
    assert_eq!(
        app.get(&handoff).await.status,
        StatusCode::NOT_FOUND,
        "the code is shown no more"
    );
}

#[tokio::test]
async fn the_handoff_expires_after_thirty_minutes() {
    let app = TestApp::spawn().await;
    let handoff = app.send_enquiry("sv", &[("message", "hej")]).await;
    app.clock.advance(time::Duration::minutes(31));
    assert_eq!(app.get(&handoff).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_code_can_be_downloaded_as_a_neutral_text_file() {
    let app = TestApp::spawn().await;
    let handoff = app.send_enquiry("en", &[("message", "hej")]).await;
    let page = app.get(&handoff).await;
    let code = crate::helpers::receipt_code(&page.body);
    let file = app.get(&format!("{handoff}/code.txt")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.body.contains(&code));
    let disposition = file.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.contains("note.txt"));
    assert_eq!(file.headers["cache-control"], "no-store");
}

#[tokio::test]
async fn known_code_shows_status_and_messages_in_any_case_and_spacing() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("sv", "Jag vill prata med någon.").await;
    let typed = code.to_lowercase().replace('-', " ");
    let answer = app.look_up("sv", &typed).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("Jag vill prata med någon."));
    assert!(answer.body.contains("Mottaget"));
}

#[tokio::test]
async fn unknown_code_is_404_in_the_persons_language_with_the_code_kept() {
    let app = TestApp::spawn().await;
    let answer = app
        .post_form("/en/receipt", "/en/receipt", &[("code", "ABCD-EFGH-JKMN-PQRS")])
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("<html lang=\"en\""));
    assert!(answer.body.contains("We cannot find that code"));
    assert!(answer.body.contains("value=\"ABCD-EFGH-JKMN-PQRS\""));
    let garbage = app
        .post_form("/en/receipt", "/en/receipt", &[("code", "not a code")])
        .await;
    assert_eq!(garbage.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn replies_from_the_contact_point_and_follow_ups_appear_in_order() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("en", "First message.").await;
    assert!(
        kontaktpunkt::enquiry::seal::add_staff_reply(&app.state, &code, "Hello, we read your message.")
            .await
            .unwrap()
    );
    let follow = app
        .post_form(
            "/en/receipt",
            "/en/receipt/message",
            &[("code", &code), ("message", "Thank you. More details.")],
        )
        .await;
    assert_eq!(follow.status, StatusCode::SEE_OTHER, "post-redirect-get");
    let follow = app.follow(follow).await;
    assert!(follow.body.contains("your message has been sent"));
    let page = app.look_up("en", &code).await;
    let first = page.body.find("First message.").unwrap();
    let reply = page.body.find("Hello, we read your message.").unwrap();
    let more = page.body.find("Thank you. More details.").unwrap();
    assert!(first < reply && reply < more, "in order");
    assert!(page.body.contains("We have answered"));
}

#[tokio::test]
async fn an_empty_follow_up_is_refused_without_losing_the_page() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("sv", "Första.").await;
    let answer = app
        .post_form(
            "/sv/receipt",
            "/sv/receipt/message",
            &[("code", &code), ("message", "  ")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("Första."));
    assert_eq!(app.count("enquiry_messages").await, 0);
}

#[tokio::test]
async fn looking_up_codes_too_often_is_429() {
    let app = TestApp::spawn_with(|c| c.limits.receipt_lookups_per_minute = 3).await;
    let page = app.get("/sv/receipt").await;
    let token = csrf_token(&page.body);
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let answer = app
            .post_raw(
                "/sv/receipt",
                &[("_csrf", &token), ("code", "ABCD-EFGH-JKMN-PQRS")],
            )
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(&statuses[..3], &[StatusCode::NOT_FOUND; 3]);
    assert_eq!(&statuses[3..], &[StatusCode::TOO_MANY_REQUESTS; 2]);
    let limited = app
        .post_raw("/sv/receipt", &[("_csrf", &token), ("code", "x")])
        .await;
    assert!(limited.body.contains("För många försök"), "a localized 429 page");
}
