//! The queue page — its filters, its order, its service-level clocks on the Swedish
//! calendar — and its live updates over server-sent events, read by a real HTTP client.

use std::collections::BTreeSet;
use std::time::Duration;

use reqwest::StatusCode;
use time::macros::datetime;

use crate::helpers::{PASSWORD, TestApp};

/// The case ids the queue page lists, in order.
fn listed(html: &str) -> Vec<String> {
    html.split("data-case=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// Sends an enquiry a second after the one before and returns its id.
async fn enquiry(app: &TestApp, lang: &str, fields: &[(&str, &str)]) -> String {
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(lang, fields).await;
    app.newest_enquiry_id().await
}

/// Runs a statement on the test database (to shape test data the forms cannot make).
async fn exec(app: &TestApp, sql: &'static str, id: &str) {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query(sql)
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
        .unwrap());
}

#[tokio::test]
async fn each_filter_narrows_the_queue_and_the_form_keeps_the_choice() {
    // Arrange: four open enquiries that differ in one way each, and one closed.
    let app = TestApp::spawn().await;
    let child_syd = enquiry(
        &app,
        "sv",
        &[
            ("age_band", "under_15"),
            ("municipality", "1280"),
            ("message", "a"),
        ],
    )
    .await;
    let acute_stockholm = enquiry(
        &app,
        "en",
        &[
            ("age_band", "26_plus"),
            ("threat", "acute"),
            ("municipality", "0180"),
            ("message", "b"),
        ],
    )
    .await;
    let by_phone = enquiry(&app, "sv", &[("age_band", "21_25"), ("message", "c")]).await;
    exec(
        &app,
        "update enquiries set channel = 'phone' where id = $1",
        &by_phone,
    )
    .await;
    let closed = enquiry(&app, "sv", &[("message", "d")]).await;
    exec(
        &app,
        "update enquiries set status = 'closed' where id = $1",
        &closed,
    )
    .await;
    let secret = app.create_user("handler", "Anna", &[]).await;
    let (anna, _) = app.sign_in("Anna", PASSWORD, &app.code(&secret)).await;
    let claimed = app
        .post_as(
            &anna,
            &format!("/console/cases/{acute_stockholm}"),
            &format!("/console/cases/{acute_stockholm}/claim"),
            &[],
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    let open: BTreeSet<String> = [&child_syd, &acute_stockholm, &by_phone]
        .into_iter()
        .cloned()
        .collect();
    let set = |ids: &[&String]| ids.iter().map(|s| (*s).clone()).collect::<BTreeSet<String>>();

    // Act and assert: (query, expected ids, the option the form must show selected).
    let cases: Vec<(&str, BTreeSet<String>, &str)> = vec![
        ("", open.clone(), ""),
        (
            "channel=phone",
            set(&[&by_phone]),
            "<option value=\"phone\" selected>",
        ),
        (
            "channel=web_form",
            set(&[&child_syd, &acute_stockholm]),
            "<option value=\"web_form\" selected>",
        ),
        (
            "language=en",
            set(&[&acute_stockholm]),
            "<option value=\"en\" lang=\"en\" selected>",
        ),
        (
            "region=syd",
            set(&[&child_syd]),
            "<option value=\"syd\" selected>",
        ),
        (
            "region=stockholm",
            set(&[&acute_stockholm]),
            "<option value=\"stockholm\" selected>",
        ),
        ("region=nord", BTreeSet::new(), "<option value=\"nord\" selected>"),
        ("child=yes", set(&[&child_syd]), "<option value=\"yes\" selected>"),
        (
            "child=no",
            set(&[&acute_stockholm, &by_phone]),
            "<option value=\"no\" selected>",
        ),
        (
            "flag=acute_danger",
            set(&[&acute_stockholm]),
            "<option value=\"acute_danger\" selected>",
        ),
        (
            "flag=child",
            set(&[&child_syd]),
            "<option value=\"child\" selected>",
        ),
        (
            "assigned=me",
            set(&[&acute_stockholm]),
            "<option value=\"me\" selected>",
        ),
        (
            "assigned=none",
            set(&[&child_syd, &by_phone]),
            "<option value=\"none\" selected>",
        ),
        (
            "region=syd&child=yes&channel=web_form",
            set(&[&child_syd]),
            "<option value=\"syd\" selected>",
        ),
        (
            "region=syd&language=en",
            BTreeSet::new(),
            "<option value=\"en\" lang=\"en\" selected>",
        ),
        // Values that are on no list are ignored, never passed on.
        ("region=atlantis&flag=%25&channel=x'--", open.clone(), ""),
    ];
    let mut wrong = Vec::new();
    for (query, expected, selected) in cases {
        let page = app.get_as(&anna, &format!("/console/?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let got: BTreeSet<String> = listed(&page.body).into_iter().collect();
        if got != expected {
            wrong.push(format!("{query}: listed {got:?}, expected {expected:?}"));
        }
        if !page.body.contains(selected) {
            wrong.push(format!("{query}: the form does not keep {selected}"));
        }
        let count = format!(
            "Visar \u{2068}{}\u{2069} av \u{2068}{}\u{2069}.",
            expected.len(),
            expected.len()
        );
        if !page.body.contains(&count) {
            wrong.push(format!("{query}: no {count:?}"));
        }
        if expected.is_empty() && !page.body.contains("Inget öppet ärende matchar filtret.") {
            wrong.push(format!("{query}: no empty-filter message"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn the_queue_shows_markers_and_holders_and_no_content() {
    let app = TestApp::spawn().await;
    let child = enquiry(
        &app,
        "ar",
        &[("age_band", "15_17"), ("message", "queue-secret-words")],
    )
    .await;
    exec(
        &app,
        "update enquiries set protected = true where id = $1",
        &child,
    )
    .await;
    let handler = app.staff("handler").await;

    let page = app.get_as(&handler, "/console/").await;

    assert!(page.body.contains("Skyddad identitet"), "{}", page.body);
    assert!(page.body.contains("<strong class=\"queue-marker\">Barn</strong>"));
    assert!(page.body.contains("<span lang=\"ar\">العربية</span>"));
    assert!(page.body.contains("Webbformulär"));
    assert!(page.body.contains("Ingen"), "unclaimed is said in words");
    assert!(
        !page.body.contains("queue-secret-words"),
        "the queue shows no content"
    );
    assert!(
        page.body
            .contains("<script src=\"/static/console-live.js\" defer></script>")
    );
    let script = app.get("/static/console-live.js").await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(script.body.contains("EventSource('/console/events')"));
}

#[tokio::test]
async fn the_queue_is_sorted_by_priority_then_by_waiting_time() {
    let app = TestApp::spawn().await;
    let old_p3 = enquiry(&app, "sv", &[("message", "first")]).await;
    app.clock.advance(time::Duration::minutes(5));
    let new_p3 = enquiry(&app, "sv", &[("message", "second")]).await;
    app.clock.advance(time::Duration::minutes(5));
    let p1 = enquiry(&app, "sv", &[("threat", "acute"), ("message", "third")]).await;
    let handler = app.staff("handler").await;

    let page = app.get_as(&handler, "/console/").await;

    assert_eq!(listed(&page.body), vec![p1, old_p3, new_p3]);
}

#[tokio::test]
async fn a_p3_on_the_day_before_midsummer_eve_is_due_after_the_holiday_weekend() {
    let app = TestApp::spawn().await;
    // Thursday 18 June 2026, 10:00 in Stockholm; Friday is Midsummer Eve.
    app.clock.set(datetime!(2026-06-18 08:00 UTC));
    let id = enquiry(&app, "sv", &[("message", "hej")]).await;
    let priority: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select priority from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(priority, "P3");
    let handler = app.staff("handler").await;

    let page = app.get_as(&handler, "/console/").await;
    assert!(
        page.body.contains("<time>2026-06-23 23:59</time>"),
        "due on Tuesday 23 June: {}",
        page.body
    );
    assert!(!page.body.contains("Försenat"));

    // On Wednesday morning it is overdue.
    app.clock.set(datetime!(2026-06-24 06:00 UTC));
    let handler = app.staff("handler").await;
    let later = app.get_as(&handler, "/console/").await;
    assert!(later.body.contains("Försenat"), "{}", later.body);
}

#[tokio::test]
async fn the_queue_shows_at_most_five_hundred_and_says_how_many_match() {
    let app = TestApp::spawn().await;
    let now = app.state.clock().now_ms();
    let records: Vec<_> = (0..501_i64)
        .map(|i| kontaktpunkt::enquiry::store::EnquiryRecord {
            id: uuid::Uuid::new_v4().to_string(),
            created_at: now - i,
            channel: "web_form",
            lang: "sv",
            priority: "P3",
            rules_version: "test".to_owned(),
            receipt_hash: uuid::Uuid::new_v4().as_bytes().to_vec(),
            facts_sealed: Vec::new(),
            decision_sealed: Vec::new(),
            handoff_hash: uuid::Uuid::new_v4().as_bytes().to_vec(),
            handoff_code_sealed: Vec::new(),
            handoff_expires_at: now,
            police_region: None,
            child: false,
            flags: String::new(),
        })
        .collect();
    for chunk in records.chunks(100) {
        kontaktpunkt::enquiry::store::insert_enquiries(app.state.db(), chunk)
            .await
            .unwrap();
    }
    let handler = app.staff("handler").await;

    let page = app.get_as(&handler, "/console/").await;

    assert_eq!(listed(&page.body).len(), 500);
    assert!(
        page.body
            .contains("Visar \u{2068}500\u{2069} av \u{2068}501\u{2069}.")
    );
    assert!(page.body.contains("filtrera för att se fler"));
}

/// A reader of a server-sent event stream: events as (name, data), comments skipped.
struct Stream {
    response: reqwest::Response,
    buffer: String,
    raw: String,
}

impl Stream {
    async fn open(app: &TestApp, client: &reqwest::Client) -> Self {
        let response = client.get(app.url("/console/events")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        let mut stream = Self {
            response,
            buffer: String::new(),
            raw: String::new(),
        };
        // The stream opens with its retry delay: once read, the subscription is live.
        let first = stream
            .block(Duration::from_secs(5))
            .await
            .expect("the opening block");
        assert!(first.contains("retry:"), "{first}");
        stream
    }

    /// The next blank-line separated block, or `None` when the stream ends or is silent.
    async fn block(&mut self, wait: Duration) -> Option<String> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block = self.buffer[..end].to_owned();
                self.buffer.drain(..end + 2);
                return Some(block);
            }
            let chunk = tokio::time::timeout(wait, self.response.chunk())
                .await
                .ok()?
                .ok()??;
            let text = String::from_utf8_lossy(&chunk).into_owned();
            self.raw.push_str(&text);
            self.buffer.push_str(&text);
        }
    }

    /// The next named event (name, data), skipping comments (keep-alives).
    async fn event(&mut self, wait: Duration) -> Option<(String, serde_json::Value)> {
        loop {
            let block = self.block(wait).await?;
            let mut name = None;
            let mut data = String::new();
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("event:") {
                    name = Some(v.trim().to_owned());
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push_str(v.trim());
                }
            }
            if let Some(name) = name {
                return Some((name, serde_json::from_str(&data).unwrap()));
            }
        }
    }
}

/// Asserts that an event's data is exactly `{change, case_id}`.
fn only_change_and_id(data: &serde_json::Value) {
    let keys: Vec<&String> = data.as_object().unwrap().keys().collect();
    assert_eq!(keys, vec!["case_id", "change"], "{data}");
}

#[tokio::test]
async fn the_event_stream_tells_of_a_new_enquiry_and_a_claim_and_nothing_more() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let mut stream = Stream::open(&app, &handler).await;

    let id = enquiry(&app, "sv", &[("message", "live-secret-words 0701234567")]).await;

    let (name, data) = stream
        .event(Duration::from_secs(5))
        .await
        .expect("an added event");
    assert_eq!(name, "added");
    assert_eq!(data["change"], "added");
    assert_eq!(data["case_id"], id.as_str());
    only_change_and_id(&data);

    let claimed = app
        .post_as(
            &handler,
            &format!("/console/cases/{id}"),
            &format!("/console/cases/{id}/claim"),
            &[],
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    let (name, data) = stream
        .event(Duration::from_secs(5))
        .await
        .expect("an assigned event");
    assert_eq!(name, "assigned");
    assert_eq!(data["case_id"], id.as_str());
    only_change_and_id(&data);

    assert!(
        !stream.raw.contains("live-secret-words") && !stream.raw.contains("0701234567"),
        "no content in the stream: {}",
        stream.raw
    );
}

#[tokio::test]
async fn the_event_stream_refuses_callers_who_may_not_see_the_queue() {
    let app = TestApp::spawn().await;
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let none = app.get_as(&anonymous, "/console/events").await;
    assert_eq!(none.status, StatusCode::SEE_OTHER);
    assert_eq!(none.location(), "/console/sign-in");
    for role in ["auditor", "municipality"] {
        let client = app.staff(role).await;
        let answer = app.get_as(&client, "/console/events").await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{role}");
    }
}

#[tokio::test]
async fn signing_out_ends_the_event_stream() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let mut stream = Stream::open(&app, &handler).await;

    let out = app.post_as(&handler, "/console/", "/console/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    app.send_enquiry("sv", &[("message", "after sign-out")]).await;

    assert_eq!(
        stream.event(Duration::from_secs(5)).await,
        None,
        "the stream ends instead of telling a signed-out user"
    );
}

#[tokio::test]
async fn a_subscriber_that_falls_behind_is_told_to_reload() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let mut stream = Stream::open(&app, &handler).await;

    // More events than the bus holds, published without yielding to the server (this
    // test runs on one thread), so the subscriber falls behind.
    for i in 0..1500 {
        app.state
            .events()
            .publish(kontaktpunkt::events::Change::Updated, &format!("case-{i}"));
    }

    let (name, data) = stream.event(Duration::from_secs(5)).await.expect("an event");
    assert_eq!(name, "reload");
    assert_eq!(data, serde_json::json!({ "change": "reload" }));
    // Then the events it still holds follow.
    let (name, data) = stream.event(Duration::from_secs(5)).await.expect("an event");
    assert_eq!(name, "updated");
    only_change_and_id(&data);
}

#[tokio::test]
async fn an_open_stream_ends_at_shutdown_and_does_not_hold_it() {
    let mut app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let mut stream = Stream::open(&app, &handler).await;
    let started = std::time::Instant::now();
    app.stop().await.unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "shutdown waited {:?} (the grace period is 5 s)",
        started.elapsed()
    );
    assert!(
        stream.event(Duration::from_secs(2)).await.is_none(),
        "the stream has ended"
    );
}
