use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::TestApp;

async fn preview(app: &TestApp, body: &Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url("/api/v1/triage/preview"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn preview_decides_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let (status, decision) = preview(
        &app,
        &json!({ "enquirer": "self", "age_band": "15_17", "threat": "acute", "municipality": "1280",
                 "environment": ["criminal_network"], "consent_to_share": true, "message": "hjälp" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{decision}");
    assert_eq!(decision["priority"], "P1");
    let primaries = decision["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["role"] == "primary")
        .count();
    assert_eq!(primaries, 1, "{decision}");
    assert!(decision["rules_version"].as_str().unwrap().starts_with("sha256:"));
    assert!(
        decision["notices"]
            .as_array()
            .unwrap()
            .contains(&json!("call_112"))
    );
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn an_empty_enquiry_gets_a_decision_too() {
    let app = TestApp::spawn().await;
    let (status, decision) = preview(&app, &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(decision["priority"], "P3");
}

#[tokio::test]
async fn unknown_values_are_422_naming_the_field() {
    let app = TestApp::spawn().await;
    let cases = [
        (json!({ "age_band": "ancient" }), "age_band"),
        (
            json!({ "environment": ["criminal_network", "bogus"] }),
            "environment",
        ),
        (json!({ "threat": 3 }), "threat"),
        (json!({ "colour": "blue" }), "colour"),
    ];
    for (body, field) in cases {
        let (status, error) = preview(&app, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(error["error"]["code"], "invalid_value", "{error}");
        let named = error["error"]["field"]
            .as_str()
            .unwrap_or_default()
            .contains(field)
            || error["error"]["message"]
                .as_str()
                .unwrap_or_default()
                .contains(field);
        assert!(named, "{body}: {error}");
    }
}

#[tokio::test]
async fn oversize_and_non_json_bodies_get_json_errors() {
    let app = TestApp::spawn().await;
    let huge = json!({ "message": "x".repeat(300_000) });
    let (status, error) = preview(&app, &huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error["error"]["code"], "payload_too_large");
    let response = app
        .client
        .post(app.url("/api/v1/triage/preview"))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "bad_request");
}

#[tokio::test]
async fn previews_are_rate_limited() {
    let app = TestApp::spawn_with(|c| c.limits.triage_previews_per_minute = 2).await;
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(preview(&app, &json!({})).await.0);
    }
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::OK, StatusCode::TOO_MANY_REQUESTS]
    );
}

/// The served OpenAPI document.
async fn document(app: &TestApp) -> Value {
    let response = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    response.json().await.unwrap()
}

#[tokio::test]
async fn decisions_carry_only_flags_and_notices_the_document_names() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let schema = &doc["components"]["schemas"]["Decision"]["properties"];
    // The document's own example: a relative writes about a 16-year-old (a guardian's
    // consent), and an acute threat (112 now).
    let enquiries = [
        json!({ "enquirer": "relative", "age_band": "15_17", "environment": ["criminal_network"],
                "municipality": "1280", "threat": "serious", "needs": ["protection"],
                "consent_to_share": true }),
        json!({ "enquirer": "self", "age_band": "21_25", "threat": "acute", "municipality": "1280",
                "situation": ["protected_identity", "on_remand"], "risks": ["self_harm"] }),
    ];
    for enquiry in enquiries {
        let (status, decision) = preview(&app, &enquiry).await;
        assert_eq!(status, StatusCode::OK, "{decision}");
        for list in ["flags", "notices"] {
            let allowed = schema[list]["items"]["enum"].as_array().unwrap();
            for value in decision[list].as_array().unwrap() {
                assert!(allowed.contains(value), "{list}: {value} is not in the document");
            }
        }
    }
}

#[tokio::test]
async fn only_a_json_object_is_an_enquiry() {
    let app = TestApp::spawn().await;
    for body in [
        json!([null, null]),
        json!([]),
        json!("self"),
        json!(1),
        json!(null),
    ] {
        let (status, error) = preview(&app, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {error}");
        assert_eq!(error["error"]["code"], "invalid_value", "{body}: {error}");
    }
}

#[tokio::test]
async fn an_empty_language_is_refused_and_null_is_left_out_as_the_document_says() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let language = &doc["components"]["schemas"]["Enquiry"]["properties"]["language"];
    assert!(
        language["type"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("null"))),
        "the document allows null: {language}"
    );
    assert!(
        language["minLength"].as_u64().is_some_and(|n| n >= 1),
        "the document refuses an empty tag: {language}"
    );

    let (status, error) = preview(&app, &json!({ "language": "" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["error"]["field"], "language", "{error}");
    let (status, decision) = preview(&app, &json!({ "language": null })).await;
    assert_eq!(status, StatusCode::OK, "{decision}");
    assert_eq!(
        decision,
        preview(&app, &json!({})).await.1,
        "null is the same as absent"
    );
}
