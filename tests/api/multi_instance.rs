//! Two instances on one PostgreSQL database: chat and queue events cross between them
//! through LISTEN/NOTIFY, accepting a chat stays a race with one winner, and an instance
//! whose listening connection is killed comes back, resyncs and hears events again.
//!
//! PostgreSQL only: on SQLite there is one instance, and these tests say so and pass.

use std::collections::BTreeSet;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use kontaktpunkt::config::DatabaseUrl;
use kontaktpunkt::events::relay::APPLICATION_NAME;
use reqwest::StatusCode;
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::helpers::{Answer, PASSWORD, TestApp, note};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Two instances on one database, both listening; `None` (with a note) on SQLite.
async fn two_instances() -> Option<(TestApp, TestApp)> {
    let first = TestApp::spawn().await;
    if first.state.db().backend_name() != "postgres" {
        note("multi_instance: skipped, TEST_DATABASE_URL is not PostgreSQL (one instance on SQLite)");
        return None;
    }
    let url = first.database_url.clone();
    let second = TestApp::spawn_with(|c| c.database_url = DatabaseUrl::new(url)).await;
    wait_listening(&first, 2, &BTreeSet::new()).await;
    Some((first, second))
}

/// The process ids of the database's listening connections.
async fn listeners(app: &TestApp) -> BTreeSet<i32> {
    const SQL: &str = "select pid from pg_stat_activity where datname = current_database() \
        and application_name = $1 and query like 'LISTEN%'";
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i32>(SQL)
        .bind(APPLICATION_NAME)
        .fetch_all(pool)
        .await
        .unwrap())
    .into_iter()
    .collect()
}

/// Waits until `count` connections listen, none of them one of `gone`; returns them.
async fn wait_listening(app: &TestApp, count: usize, gone: &BTreeSet<i32>) -> BTreeSet<i32> {
    for _ in 0..200 {
        let now = listeners(app).await;
        if now.len() == count && now.is_disjoint(gone) {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{count} instances did not listen within ten seconds");
}

/// A signed-in handler on `app`: their client and session cookie (for WebSockets).
async fn handler(app: &TestApp, name: &str) -> (reqwest::Client, String) {
    let secret = app.create_user("handler", name, &[]).await;
    let (client, answer) = app.sign_in(name, PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{name} signs in");
    let cookie = answer
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    (client, cookie)
}

/// Every enquiry id (the test clock stands still, so "the newest" is not well defined).
async fn enquiry_ids(app: &TestApp) -> BTreeSet<String> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from enquiries"
    )
    .fetch_all(pool)
    .await
    .unwrap())
    .into_iter()
    .collect()
}

/// Runs `act`, which stores one enquiry, and returns that enquiry's id.
async fn new_enquiry(app: &TestApp, act: impl Future<Output = ()>) -> String {
    let before = enquiry_ids(app).await;
    act.await;
    let mut added: Vec<String> = enquiry_ids(app).await.difference(&before).cloned().collect();
    assert_eq!(added.len(), 1, "one new enquiry");
    added.remove(0)
}

/// Starts a chat on `app`; returns its page path and id.
async fn start_chat(app: &TestApp) -> (String, String) {
    let mut path = String::new();
    let id = new_enquiry(app, async {
        let answer = app.post_form("/sv/chat", "/sv/chat", &[]).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        answer.location().clone_into(&mut path);
    })
    .await;
    (path, id)
}

/// Accepts chat `id` on `app` as `client`.
async fn accept(app: &TestApp, client: &reqwest::Client, id: &str) -> Answer {
    app.post_as(
        client,
        "/console/chats",
        &format!("/console/chats/{id}/accept"),
        &[],
    )
    .await
}

/// Opens a WebSocket at `path` on `app`.
async fn connect(app: &TestApp, path: &str, cookie: Option<&str>) -> Socket {
    let mut request = format!("ws://{}{path}", app.addr).into_client_request().unwrap();
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request)
        .await
        .expect("the WebSocket opens")
        .0
}

/// The next JSON frame (pings skipped) within `wait`; `None` when none came.
async fn frame_within(socket: &mut Socket, wait: Duration) -> Option<Value> {
    loop {
        let message = tokio::time::timeout(wait, socket.next())
            .await
            .ok()?
            .expect("the socket is open")
            .expect("a readable frame");
        match message {
            Message::Text(text) => return Some(serde_json::from_str(text.as_str()).unwrap()),
            Message::Close(_) => return Some(Value::Null),
            _ => {}
        }
    }
}

/// The next JSON frame; fails after five seconds.
async fn frame(socket: &mut Socket) -> Value {
    frame_within(socket, Duration::from_secs(5))
        .await
        .expect("a frame within five seconds")
}

/// Sends a message frame.
async fn say(socket: &mut Socket, text: &str) {
    let json = serde_json::json!({ "type": "send", "text": text }).to_string();
    socket.send(Message::Text(json.into())).await.unwrap();
}

/// Reads `count` message frames (status frames skipped) as (seq, author, text).
async fn messages(socket: &mut Socket, count: usize) -> Vec<(i64, String, String)> {
    let mut seen = Vec::new();
    while seen.len() < count {
        let f = frame(socket).await;
        assert_ne!(f, Value::Null, "closed after {seen:?}");
        if f["type"] == "message" {
            seen.push((
                f["seq"].as_i64().unwrap(),
                f["author"].as_str().unwrap().to_owned(),
                f["text"].as_str().unwrap().to_owned(),
            ));
        }
    }
    seen
}

/// Asserts that no message frame comes within half a second.
async fn no_more_messages(socket: &mut Socket, who: &str) {
    while let Some(f) = frame_within(socket, Duration::from_millis(500)).await {
        assert_ne!(f["type"], "message", "{who} got a message twice or too many: {f}");
    }
}

/// A reader of the console's event stream: events as (name, data).
struct Events {
    response: reqwest::Response,
    buffer: String,
    /// Everything read, to check that no content passed.
    raw: String,
}

impl Events {
    async fn open(app: &TestApp, client: &reqwest::Client) -> Self {
        let response = client.get(app.url("/console/events")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let mut events = Self {
            response,
            buffer: String::new(),
            raw: String::new(),
        };
        // The stream opens with its retry delay: once read, the subscription is live.
        let first = events
            .block(Duration::from_secs(5))
            .await
            .expect("the opening block");
        assert!(first.contains("retry:"), "{first}");
        events
    }

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
            let text = String::from_utf8_lossy(&chunk);
            self.raw.push_str(&text);
            self.buffer.push_str(&text);
        }
    }

    /// The next named event within `wait` (keep-alive comments skipped).
    async fn next(&mut self, wait: Duration) -> Option<(String, Value)> {
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

    /// Events until one named `name` for `case_id` (within five seconds).
    async fn until(&mut self, name: &str, case_id: &str) -> Value {
        loop {
            let (got, data) = self
                .next(Duration::from_secs(5))
                .await
                .unwrap_or_else(|| panic!("no {name} event for {case_id}"));
            if got == name && data["case_id"] == case_id {
                return data;
            }
        }
    }
}

#[tokio::test]
async fn a_person_on_one_instance_and_a_handler_on_another_talk_in_order_with_nothing_lost_or_doubled() {
    let Some((one, two)) = two_instances().await else {
        return;
    };
    // The person opens the chat on instance one.
    let (path, id) = start_chat(&one).await;
    let mut person = connect(
        &one,
        &format!("{path}/ws?after=0"),
        Some(&one.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut person).await["status"], "waiting");

    // The handler accepts on instance two: the person on instance one is told at once.
    let (client, cookie) = handler(&two, "anna").await;
    assert_eq!(accept(&two, &client, &id).await.status, StatusCode::SEE_OTHER);
    assert_eq!(frame(&mut person).await["status"], "active", "accepted elsewhere");
    let mut staff = connect(&two, &format!("/console/chats/{id}/ws?after=0"), Some(&cookie)).await;
    assert_eq!(frame(&mut staff).await["status"], "active");

    // Act: they take turns, then each writes a burst without waiting. (Both sides
    // writing at the very same moment is left out: that race is the store's, on one
    // instance as on two.)
    let mut written: Vec<(i64, String, String)> = Vec::new();
    let mut at_person = Vec::new();
    let mut at_staff = Vec::new();
    for turn in 1..=3 {
        for (author, text) in [
            ("person", format!("person {turn}")),
            ("staff", format!("staff {turn}")),
        ] {
            let socket = if author == "person" {
                &mut person
            } else {
                &mut staff
            };
            say(socket, &text).await;
            written.push((written.len() as i64 + 1, author.to_owned(), text));
            let (p, s) = tokio::join!(messages(&mut person, 1), messages(&mut staff, 1));
            at_person.extend(p);
            at_staff.extend(s);
        }
    }
    for author in ["person", "staff"] {
        for n in 1..=4 {
            let text = format!("{author} burst {n}");
            let socket = if author == "person" {
                &mut person
            } else {
                &mut staff
            };
            say(socket, &text).await;
            written.push((written.len() as i64 + 1, author.to_owned(), text));
        }
        let (p, s) = tokio::join!(messages(&mut person, 4), messages(&mut staff, 4));
        at_person.extend(p);
        at_staff.extend(s);
    }

    // Assert: both instances showed exactly what was written, numbered 1..=14 in order,
    // nothing twice, and the database holds exactly these.
    assert_eq!(at_person, written, "the person's side");
    assert_eq!(at_staff, written, "the handler's side");
    no_more_messages(&mut person, "the person").await;
    no_more_messages(&mut staff, "the handler").await;
    assert_eq!(one.count("enquiry_messages").await, 14);

    // A socket that resumes on the other instance gets exactly what it missed.
    let mut again = connect(
        &two,
        &format!("{path}/ws?after=11"),
        Some(&one.browser_cookie().await),
    )
    .await;
    assert_eq!(messages(&mut again, 3).await, written[11..].to_vec());
}

#[tokio::test]
async fn handlers_on_two_instances_accepting_one_chat_at_once_exactly_one_wins_and_both_agree() {
    let Some((one, two)) = two_instances().await else {
        return;
    };
    let (a, _) = handler(&one, "anna").await;
    let (b, _) = handler(&two, "bo").await;
    let (watcher_one, _) = handler(&one, "cecilia").await;
    let (watcher_two, _) = handler(&two, "david").await;
    for round in 0..3 {
        let (_, id) = start_chat(if round % 2 == 0 { &one } else { &two }).await;

        let (first, second) = tokio::join!(accept(&one, &a, &id), accept(&two, &b, &id));

        let mut statuses = [first.status, second.status];
        statuses.sort();
        assert_eq!(
            statuses,
            [StatusCode::SEE_OTHER, StatusCode::CONFLICT],
            "round {round}"
        );
        let winner = if first.status == StatusCode::SEE_OTHER {
            "anna"
        } else {
            "bo"
        };
        let holder: String = kontaktpunkt::with_db!(one.state.db(), |pool| sqlx::query_scalar(
            "select u.name from enquiries e join users u on u.id = e.assigned_to where e.id = $1"
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap());
        assert_eq!(holder, winner);
        let claims: i64 = kontaktpunkt::with_db!(one.state.db(), |pool| sqlx::query_scalar(
            "select count(*) from audit_log where action = 'claim' and case_id = $1"
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap());
        assert_eq!(claims, 1, "one claim recorded");

        // Both instances' chat lists and queues show the same holder, and nobody can
        // accept it any more.
        for (app, watcher) in [(&one, &watcher_one), (&two, &watcher_two)] {
            let chats = app.get_as(watcher, "/console/chats").await;
            assert!(
                chats
                    .body
                    .contains(&format!("<td>{winner}</td><td><a href=\"/console/chats/{id}\">")),
                "{}",
                chats.body
            );
            assert!(!chats.body.contains(&format!("/console/chats/{id}/accept")));
            let queue = app.get_as(watcher, "/console/").await;
            let start = queue
                .body
                .find(&format!("data-case=\"{id}\""))
                .expect("in the queue");
            let row = &queue.body[start..start + queue.body[start..].find("</tr>").unwrap()];
            assert!(row.contains(winner), "{row}");
        }
    }
}

#[tokio::test]
async fn a_new_enquiry_on_one_instance_reaches_live_queue_pages_on_both_exactly_once() {
    let Some((one, two)) = two_instances().await else {
        return;
    };
    let (watcher_one, _) = handler(&one, "anna").await;
    let (watcher_two, _) = handler(&two, "bo").await;
    let mut here = Events::open(&one, &watcher_one).await;
    let mut there = Events::open(&two, &watcher_two).await;

    let id = new_enquiry(&one, async {
        one.send_enquiry("sv", &[("message", "cross-instance-secret 0701234567")])
            .await;
    })
    .await;

    let data = there.until("added", &id).await;
    assert!(
        !there.raw.contains("cross-instance-secret") && !there.raw.contains("0701234567"),
        "no content crosses: {}",
        there.raw
    );
    assert_eq!(
        data,
        serde_json::json!({ "change": "added", "case_id": id }),
        "ids only"
    );
    here.until("added", &id).await;
    // Neither instance hears the event a second time (the sender drops its own echo).
    for (events, which) in [(&mut here, "one"), (&mut there, "two")] {
        while let Some((name, data)) = events.next(Duration::from_millis(700)).await {
            assert!(
                !(name == "added" && data["case_id"] == id.as_str()),
                "instance {which} heard it twice"
            );
        }
    }

    // A claim on instance two reaches instance one.
    let claimed = two
        .post_as(
            &watcher_two,
            &format!("/console/cases/{id}"),
            &format!("/console/cases/{id}/claim"),
            &[],
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    here.until("assigned", &id).await;
}

#[tokio::test]
async fn an_instance_whose_listening_connection_is_killed_resyncs_and_hears_events_again() {
    let Some((one, two)) = two_instances().await else {
        return;
    };
    let (path, id) = start_chat(&one).await;
    let (client, cookie) = handler(&two, "anna").await;
    assert_eq!(accept(&two, &client, &id).await.status, StatusCode::SEE_OTHER);
    let mut person = connect(
        &one,
        &format!("{path}/ws?after=0"),
        Some(&one.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut person).await["status"], "active");
    let mut staff = connect(&two, &format!("/console/chats/{id}/ws?after=0"), Some(&cookie)).await;
    assert_eq!(frame(&mut staff).await["status"], "active");
    let (watcher, _) = handler(&two, "bo").await;
    let mut events = Events::open(&two, &watcher).await;

    // Act: kill both listening connections.
    let before = listeners(&one).await;
    let killed: Vec<bool> = kontaktpunkt::with_db!(one.state.db(), |pool| sqlx::query_scalar(
        "select pg_terminate_backend(pid) from pg_stat_activity \
         where datname = current_database() and application_name = $1"
    )
    .bind(APPLICATION_NAME)
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(killed, vec![true, true]);

    // Assert: each instance listens again on a new connection, and tells its subscribers
    // what they may have missed — the queue page reloads, the chat sockets re-read where
    // they stand.
    wait_listening(&one, 2, &before).await;
    loop {
        let (name, _) = events.next(Duration::from_secs(5)).await.expect("a reload");
        if name == "reload" {
            break;
        }
    }
    assert_eq!(
        frame(&mut staff).await["status"],
        "active",
        "the handler's socket resynced"
    );
    assert_eq!(
        frame(&mut person).await["status"],
        "active",
        "the person's socket resynced"
    );

    // Events flow again, both ways, once.
    let new = new_enquiry(&one, async {
        one.send_enquiry("sv", &[("message", "after the break")]).await;
    })
    .await;
    events.until("added", &new).await;
    say(&mut person, "är du kvar?").await;
    assert_eq!(
        messages(&mut staff, 1).await,
        vec![(1, "person".to_owned(), "är du kvar?".to_owned())]
    );
    say(&mut staff, "ja").await;
    let at_person = messages(&mut person, 2).await;
    assert_eq!(at_person[1], (2, "staff".to_owned(), "ja".to_owned()));
    assert_eq!(messages(&mut staff, 1).await[0].0, 2);
    no_more_messages(&mut staff, "the handler").await;
    no_more_messages(&mut person, "the person").await;
}

#[tokio::test]
async fn a_chats_message_limit_holds_across_instances() {
    let first = TestApp::spawn_with(|c| c.chat.messages_per_minute = 2).await;
    if first.state.db().backend_name() != "postgres" {
        note("multi_instance: skipped, TEST_DATABASE_URL is not PostgreSQL (one instance on SQLite)");
        return;
    }
    let url = first.database_url.clone();
    let second = TestApp::spawn_with(|c| {
        c.database_url = DatabaseUrl::new(url);
        c.chat.messages_per_minute = 2;
    })
    .await;
    let (path, _) = start_chat(&first).await;
    let action = format!("{path}/message");
    for n in 1..=2 {
        let sent = first
            .post_form(&path, &action, &[("message", &format!("nr {n}"))])
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    // A page without JavaScript may post through any instance: the other one counts the
    // stored messages too, and keeps the text.
    // (The same browser: the chat is bound to its cookie.)
    let third = second
        .post_as(&first.client, &path, &action, &[("message", "det tredje")])
        .await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(third.body.contains("det tredje"), "the text is kept");
}
