use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn healthz_and_readyz_answer_ok_once_the_database_answers() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn readyz_says_503_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.state.db().close().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_enquiries_by_channel() {
    let app = TestApp::spawn().await;
    app.enquiry_with_code("sv", "metrics probe text").await;
    let metrics = app.ops_get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(
        metrics.body.contains("kontaktpunkt_http_requests_total"),
        "{}",
        metrics.body
    );
    assert!(
        metrics.body.contains("route=\"/{lang}/enquiry\""),
        "{}",
        metrics.body
    );
    assert!(
        metrics.body.contains("route=\"/{lang}/enquiry/sent/{ticket}\""),
        "{}",
        metrics.body
    );
    assert!(
        metrics
            .body
            .contains("kontaktpunkt_enquiries_total{kind=\"web_form\"} 1"),
        "{}",
        metrics.body
    );
    assert!(!metrics.body.contains("metrics probe text"));
}
