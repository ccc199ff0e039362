//! The human decision on a case: overrides with a reason, closing with an outcome and
//! reopening, and the protected-identity marker.

use kontaktpunkt::crypto::{Column, Context};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::TestApp;

/// A new enquiry (no consent: the contact point keeps it) and its id.
async fn enquiry(app: &TestApp) -> String {
    app.send_enquiry(
        "sv",
        &[("municipality", "1280"), ("message", "decisions-probe-message")],
    )
    .await;
    app.newest_enquiry_id().await
}

/// The decision in force, decrypted.
async fn decision_in_force(app: &TestApp, id: &str) -> Value {
    let sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select decision_sealed from enquiries where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::EnquiryDecision, id), &sealed)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// The decision's recipients as form rows (`org`, `role`).
fn rows(decision: &Value) -> Vec<(String, String)> {
    decision["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["org"].as_str().unwrap().to_owned(),
                r["role"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Posts an override keeping the current rows, with `add` and `reason`.
async fn post_override(
    app: &TestApp,
    client: &reqwest::Client,
    id: &str,
    priority: &str,
    current: &[(String, String)],
    add: (&str, &str),
    reason: &str,
) -> crate::helpers::Answer {
    let mut fields: Vec<(&str, &str)> = vec![("priority", priority)];
    for (org, role) in current {
        fields.push(("org", org));
        fields.push(("role", role));
    }
    fields.extend([("add_org", add.0), ("add_role", add.1), ("reason", reason)]);
    let page = format!("/console/cases/{id}");
    app.post_as(client, &page, &format!("{page}/override"), &fields)
        .await
}

async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    kontaktpunkt::audit::recent(app.state.db(), 200, Some(action))
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.detail)
        .collect()
}

async fn status_and_outcome(app: &TestApp, id: &str) -> (String, Option<String>, Option<i64>) {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select status, outcome, closed_at from enquiries where id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

#[tokio::test]
async fn an_override_without_a_reason_is_refused_and_keeps_everything_typed() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (handler, _) = app.signed_in("handler", "hanna").await;
    let current = rows(&decision_in_force(&app, &id).await);

    let answer = post_override(
        &app,
        &handler,
        &id,
        "P1",
        &current,
        ("socialtjanst:1280", "inform"),
        "  ",
    )
    .await;

    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.body.contains("Skriv varför du ändrar förslaget."),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("href=\"#i-decisions-reason\""),
        "the message links to the field"
    );
    assert!(
        answer.body.contains("<option value=\"P1\" selected>"),
        "the priority is kept"
    );
    assert!(
        answer.body.contains("value=\"socialtjanst:1280\""),
        "the added organisation is kept"
    );
    assert!(
        answer.body.contains("<details open>"),
        "the form is open on an error"
    );
    assert_eq!(app.count("case_decisions").await, 0, "nothing stored");
    assert_eq!(decision_in_force(&app, &id).await["priority"], "P3");
}

#[tokio::test]
async fn exactly_one_primary_and_the_civil_society_rules_are_enforced() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (handler, _) = app.signed_in("handler", "hugo").await;
    let current = rows(&decision_in_force(&app, &id).await);
    let mut two_primaries = current.clone();
    two_primaries.push(("socialtjanst:1280".to_owned(), "primary".to_owned()));
    let without_primary: Vec<(String, String)> = current
        .iter()
        .map(|(o, _)| (o.clone(), "remove".to_owned()))
        .collect();
    let cases = [
        (
            "P3",
            &two_primaries,
            ("", "secondary"),
            "Precis en mottagare ska vara ansvarig.",
            "two primaries",
        ),
        (
            "P3",
            &without_primary,
            ("socialtjanst:1280", "secondary"),
            "Precis en mottagare ska vara ansvarig.",
            "no primary",
        ),
        (
            "P3",
            &current,
            ("civil:exempel-mentorer", "primary"),
            "kan bara medverka eller informeras",
            "civil society as primary",
        ),
        (
            "P3",
            &current,
            ("civil:exempel-utgangen", "inform"),
            "granskningen har gått ut",
            "civil society whose vetting expired",
        ),
        (
            "P1",
            &current,
            ("civil:exempel-mentorer", "inform"),
            "får inte gå till civilsamhället",
            "civil society on a P1 case",
        ),
        (
            "P3",
            &current,
            ("nowhere:0000", "inform"),
            "Det finns ingen organisation med id",
            "an unknown organisation",
        ),
    ];
    for (priority, current, add, message, why) in cases {
        let answer = post_override(&app, &handler, &id, priority, current, add, "reason-kept-probe").await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        assert!(answer.body.contains(message), "{why}: {}", answer.body);
        assert!(
            answer.body.contains(">reason-kept-probe</textarea>"),
            "{why}: the reason is kept"
        );
        assert!(
            answer.body.contains("aria-invalid=\"true\""),
            "{why}: the field is marked"
        );
    }
    assert_eq!(app.count("case_decisions").await, 0, "nothing stored");
    let answer = post_override(
        &app,
        &handler,
        &id,
        "P2",
        &current,
        ("civil:exempel-mentorer", "inform"),
        "A mentor helps here",
    )
    .await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "vetted civil society may be informed: {}",
        answer.body
    );
    let decision = decision_in_force(&app, &id).await;
    let civil = decision["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["org"] == "civil:exempel-mentorer")
        .unwrap();
    assert_eq!(civil["no_offence_data"], true, "no offence data to civil society");
    assert!(
        decision["notices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "no_offence_data")
    );
}

#[tokio::test]
async fn an_override_is_the_decision_in_force_and_the_engine_proposal_is_kept_sealed() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (handler, handler_id) = app.signed_in("handler", "henrik").await;
    let engine = decision_in_force(&app, &id).await;
    let current = rows(&engine);
    assert_eq!(engine["priority"], "P3");
    assert!(!current.iter().any(|(o, _)| o == "socialtjanst:1280"));

    let answer = post_override(
        &app,
        &handler,
        &id,
        "P2",
        &current,
        ("socialtjanst:1280", "secondary"),
        "REASON-PROBE the father called back",
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(answer.location(), format!("/console/cases/{id}#decisions"));

    // The enquiry's columns and the stored decision hold the human decision.
    let human = decision_in_force(&app, &id).await;
    assert_eq!(human["priority"], "P2");
    let added = human["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["org"] == "socialtjanst:1280")
        .expect("the added recipient");
    assert_eq!(added["role"], "secondary");
    assert_eq!(added["reason"]["sv"], "Tillagd av en handläggare.");
    assert_eq!(human["trail"], engine["trail"], "the rules that fired are kept");
    let priority: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select priority from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(priority, "P2", "the queue sorts on the human priority");

    // case_decisions keeps the engine's proposal first, then the override.
    let stored: Vec<(i64, String, String, String)> = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as(
            "select seq, kind, actor, priority from case_decisions where enquiry_id = $1 order by seq",
        )
        .bind(&id)
        .fetch_all(pool)
        .await
        .unwrap()
    });
    assert_eq!(
        stored,
        vec![
            (1, "engine".to_owned(), "engine".to_owned(), "P3".to_owned()),
            (2, "override".to_owned(), handler_id.clone(), "P2".to_owned()),
        ]
    );

    // The case page shows the human decision and the history with the reason.
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Motorns förslag"));
    assert!(
        page.body.contains("Ändrat av \u{2068}henrik\u{2069}"),
        "{}",
        page.body
    );
    assert!(page.body.contains("REASON-PROBE the father called back"));
    assert!(
        page.body
            .contains("Prioritet \u{2068}P3\u{2069} → \u{2068}P2\u{2069}")
    );
    assert!(page.body.contains("Tillagd av en handläggare."));
    assert!(
        page.body.contains("<option value=\"P2\" selected>"),
        "the form starts from the decision in force"
    );

    // The reason is sealed at rest: not in any stored byte.
    let blobs: Vec<(Vec<u8>, Option<Vec<u8>>)> = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as("select decision_sealed, reason_sealed from case_decisions")
            .fetch_all(pool)
            .await
            .unwrap()
    });
    let probe = b"REASON-PROBE";
    let contains = |haystack: &[u8]| haystack.windows(probe.len()).any(|w| w == probe);
    for (decision, reason) in &blobs {
        assert!(!contains(decision) && !reason.as_deref().is_some_and(contains));
    }
    if let Some(path) = app.database_url.strip_prefix("sqlite://") {
        for file in [path.to_owned(), format!("{path}-wal")] {
            if let Ok(bytes) = std::fs::read(&file) {
                assert!(!contains(&bytes), "{file} holds the reason in clear");
            }
        }
    }
    assert_eq!(audit_details(&app, "override").await, vec!["priority+recipients"]);

    // A second override keeps the engine's proposal as the first row.
    let current = rows(&human);
    let answer = post_override(
        &app,
        &handler,
        &id,
        "P1",
        &current,
        ("", "secondary"),
        "It got worse",
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let kinds: Vec<(i64, String)> = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as("select seq, kind from case_decisions where enquiry_id = $1 order by seq")
            .bind(&id)
            .fetch_all(pool)
            .await
            .unwrap()
    });
    let expected = [(1, "engine"), (2, "override"), (3, "override")].map(|(s, k)| (s, k.to_owned()));
    assert_eq!(kinds, expected);
}

#[tokio::test]
async fn the_overrides_page_lists_the_difference_for_supervisors_only() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (handler, _) = app.signed_in("handler", "hilda").await;
    let (supervisor, _) = app.signed_in("supervisor", "sara").await;
    let engine = decision_in_force(&app, &id).await;
    let empty = app.get_as(&supervisor, "/console/overrides").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("Inga beslut har ändrats."));

    let answer = post_override(
        &app,
        &handler,
        &id,
        "P2",
        &rows(&engine),
        ("socialtjanst:1280", "inform"),
        "OVERRIDES-PROBE reason",
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    let page = app.get_as(&supervisor, "/console/overrides").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("href=\"/console/cases/{id}\"")));
    assert!(
        page.body
            .contains("Prioritet \u{2068}P3\u{2069} → \u{2068}P2\u{2069}")
    );
    assert!(page.body.contains("<code>socialtjanst:1280</code>"));
    let first_rule = engine["trail"][0].as_str().expect("a rule fired");
    assert!(
        page.body.contains(&format!("<code>{first_rule}</code>")),
        "the rules that fired"
    );
    assert!(!page.body.contains("OVERRIDES-PROBE"), "no reason text");
    assert!(!page.body.contains("decisions-probe-message"), "no message text");

    let forbidden = app.get_as(&handler, "/console/overrides").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN, "a plain handler may not");
}

#[tokio::test]
async fn closing_needs_an_outcome_and_reopening_brings_the_case_back_with_history() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (handler, handler_id) = app.signed_in("handler", "harald").await;
    let page = format!("/console/cases/{id}");
    let close = format!("{page}/close");

    for (fields, why) in [
        (vec![], "no outcome"),
        (vec![("outcome", "solved_it")], "an unknown outcome"),
    ] {
        let answer = app.post_as(&handler, &page, &close, &fields).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        assert!(answer.body.contains("Välj hur ärendet slutade."), "{why}");
    }
    assert_eq!(status_and_outcome(&app, &id).await.0, "received");

    let answer = app
        .post_as(&handler, &page, &close, &[("outcome", "referred_with_report")])
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let (status, outcome, closed_at) = status_and_outcome(&app, &id).await;
    assert_eq!(
        (status.as_str(), outcome.as_deref()),
        ("closed", Some("referred_with_report"))
    );
    assert!(closed_at.is_some());
    let queue = app.get_as(&handler, "/console/").await;
    assert!(!queue.body.contains(&id), "a closed case leaves the queue");
    let again = app
        .post_as(&handler, &page, &close, &[("outcome", "referred")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("Ärendet är redan avslutat."));
    let shown = app.get_as(&handler, &page).await;
    assert!(
        shown
            .body
            .contains("Avslutat: \u{2068}hänvisat vidare med orosanmälan\u{2069}")
    );
    assert!(
        shown.body.contains(&format!("action=\"{page}/reopen\"")),
        "the reopen form"
    );
    assert!(
        !shown.body.contains(&format!("action=\"{close}\"")),
        "no close form"
    );

    let answer = app.post_as(&handler, &page, &format!("{page}/reopen"), &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(
        status_and_outcome(&app, &id).await,
        ("in_progress".to_owned(), None, None)
    );
    let queue = app.get_as(&handler, "/console/").await;
    assert!(queue.body.contains(&id), "a reopened case is back in the queue");
    let again = app.post_as(&handler, &page, &format!("{page}/reopen"), &[]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

    let shown = app.get_as(&handler, &page).await;
    assert!(
        shown.body.contains("\u{2068}harald\u{2069} avslutade ärendet"),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("\u{2068}harald\u{2069} öppnade ärendet igen"));
    assert!(
        shown.body.contains(&format!("action=\"{close}\"")),
        "the close form again"
    );
    // (seq, kind, actor, event id, sealed detail)
    type Stored = (i64, String, String, String, Option<Vec<u8>>);
    let stored: Vec<Stored> = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as(
            "select seq, kind, actor, id, detail_sealed from case_events where enquiry_id = $1 order by seq",
        )
        .bind(&id)
        .fetch_all(pool)
        .await
        .unwrap()
    });
    // The detail is sealed at rest (#14) and opens to the outcome.
    let events: Vec<(i64, String, String, String)> = stored
        .into_iter()
        .map(|(seq, kind, actor, event, sealed)| {
            let detail = kontaktpunkt::enquiry::store::open_case_event_detail(
                app.state.keys(),
                &event,
                Some(&sealed.expect("sealed")),
                "",
            )
            .unwrap();
            (seq, kind, actor, detail)
        })
        .collect();
    assert_eq!(
        events,
        vec![
            (
                1,
                "close".to_owned(),
                handler_id.clone(),
                "referred_with_report".to_owned()
            ),
            (2, "reopen".to_owned(), handler_id.clone(), String::new()),
        ]
    );
    assert_eq!(audit_details(&app, "close").await, vec!["referred_with_report"]);
    assert_eq!(audit_details(&app, "reopen").await, vec![""]);
}

#[tokio::test]
async fn protection_is_set_by_handlers_and_managed_by_supervisors_and_hides_contact_from_others() {
    let app = TestApp::spawn().await;
    let id = enquiry(&app).await;
    let (anna, anna_id) = app.signed_in("handler", "anna").await;
    let (bo, bo_id) = app.signed_in("handler", "bo").await;
    let (sara, _) = app.signed_in("supervisor", "sara").await;
    let (_, auditor_id) = app.signed_in("auditor", "greta").await;
    let page = format!("/console/cases/{id}");
    let post = |client: &reqwest::Client, path: &str, fields: Vec<(&'static str, String)>| {
        let action = format!("{page}{path}");
        let page = page.clone();
        let client = client.clone();
        let app = &app;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_as(&client, &page, &action, &fields).await
        }
    };

    let before = app.get_as(&bo, &page).await;
    assert!(before.body.contains("Ärendet är inte markerat."));

    // A handler marks the case and is named on it.
    assert_eq!(
        post(&anna, "/protect", vec![]).await.status,
        StatusCode::SEE_OTHER
    );
    let anna_sees = app.get_as(&anna, &page).await;
    assert!(anna_sees.body.contains("Skyddad identitet – sekretessmarkering"));
    assert!(
        anna_sees
            .body
            .contains("Du är namngiven och ser adress- och kontaktuppgifter.")
    );
    let bo_sees = app.get_as(&bo, &page).await;
    assert!(bo_sees.body.contains("Du är inte namngiven."), "{}", bo_sees.body);
    assert!(bo_sees.body.contains("anna ("), "who is named is shown");

    // Another handler can neither mark it again (naming themselves) nor manage it.
    let again = post(&bo, "/protect", vec![]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("Ärendet är redan markerat."));
    for path in ["/unprotect", "/protect/grant", "/protect/revoke"] {
        let answer = post(&bo, path, vec![("user_id", bo_id.clone())]).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "a handler may not {path}");
    }

    // A supervisor names handlers (only active staff who work cases) and removes them.
    let answer = post(&sara, "/protect/grant", vec![("user_id", auditor_id.clone())]).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an auditor cannot be named"
    );
    assert!(answer.body.contains("Välj en aktiv handläggare"));
    assert_eq!(
        post(&sara, "/protect/grant", vec![("user_id", bo_id.clone())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let twice = post(&sara, "/protect/grant", vec![("user_id", bo_id.clone())]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.get_as(&bo, &page)
            .await
            .body
            .contains("Du är namngiven och ser")
    );
    assert_eq!(
        post(&sara, "/protect/revoke", vec![("user_id", anna_id.clone())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        app.get_as(&anna, &page)
            .await
            .body
            .contains("Du är inte namngiven.")
    );
    let supervisor_view = app.get_as(&sara, &page).await;
    assert!(
        supervisor_view.body.contains("Du är inte namngiven."),
        "a supervisor is not named by default"
    );

    // A supervisor removes the marker; every name goes with it.
    assert_eq!(
        post(&sara, "/unprotect", vec![]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.count("protected_access").await, 0);
    let protected: bool = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select protected from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert!(!protected);
    let unmarked = post(&sara, "/unprotect", vec![]).await;
    assert_eq!(unmarked.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Every change is audited, naming users by id only.
    assert_eq!(audit_details(&app, "protect").await.len(), 1);
    assert_eq!(audit_details(&app, "unprotect").await.len(), 1);
    assert_eq!(
        audit_details(&app, "grant_access").await,
        vec![bo_id.clone(), anna_id.clone()]
    );
    assert_eq!(audit_details(&app, "revoke_access").await, vec![anna_id.clone()]);
    let kinds: Vec<String> = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_scalar("select kind from case_events where enquiry_id = $1 order by seq")
            .bind(&id)
            .fetch_all(pool)
            .await
            .unwrap()
    });
    assert_eq!(kinds, ["protect", "grant", "grant", "revoke", "unprotect"]);
}
