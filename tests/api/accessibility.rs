use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn an_accessibility_problem_can_be_reported_and_is_stored_sealed() {
    let app = TestApp::spawn().await;
    let page = app.get("/en/accessibility").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("name=\"problem\""));
    let empty = app
        .post_form(
            "/en/accessibility",
            "/en/accessibility",
            &[("problem", " "), ("contact", "call me maybe")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("call me maybe"), "what they typed is kept");
    assert!(empty.body.contains("Describe the problem."));
    let sent = app
        .post_form(
            "/en/accessibility",
            "/en/accessibility",
            &[("problem", "The form is hard to use with a screen reader")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    assert_eq!(app.count("accessibility_reports").await, 1);
}
