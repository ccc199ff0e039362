//! The anonymous chat: opening hours on the computed calendar, the no-JavaScript path,
//! real WebSocket clients on both sides, resuming with `after=N` (also across a restart),
//! racing accepts, limits, blocking, and the transcript sealed at rest yet readable with
//! the receipt code.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::startup::App;
use reqwest::StatusCode;
use serde_json::Value;
use time::macros::datetime;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::helpers::{PASSWORD, TestApp, plain, receipt_code};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Starts a chat through the pre-chat form; returns the chat page's path.
async fn start_chat(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let answer = app.post_form("/sv/chat", "/sv/chat", fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let path = answer.location().to_owned();
    assert!(path.starts_with("/sv/chat/"), "{path}");
    path
}

/// A signed-in handler: their client, user id and session cookie (for WebSockets).
async fn handler(app: &TestApp, name: &str) -> (reqwest::Client, String, String) {
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
    let id = app.user_id(name).await;
    (client, id, cookie)
}

/// Accepts chat `id` as `client`.
async fn accept(app: &TestApp, client: &reqwest::Client, id: &str) -> crate::helpers::Answer {
    app.post_as(
        client,
        "/console/chats",
        &format!("/console/chats/{id}/accept"),
        &[],
    )
    .await
}

/// Opens a WebSocket at `path` on `addr`, with a cookie when given.
async fn connect(addr: std::net::SocketAddr, path: &str, cookie: Option<&str>) -> Socket {
    try_connect(addr, path, cookie)
        .await
        .expect("the WebSocket opens")
}

async fn try_connect(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: Option<&str>,
) -> Result<Socket, tokio_tungstenite::tungstenite::Error> {
    let mut request = format!("ws://{addr}{path}").into_client_request().unwrap();
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request)
        .await
        .map(|(socket, _)| socket)
}

/// The next JSON frame (pings skipped); fails after five seconds.
async fn frame(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a frame within five seconds")
            .expect("the socket is open")
            .expect("a readable frame");
        match message {
            Message::Text(text) => return serde_json::from_str(text.as_str()).unwrap(),
            Message::Close(_) => return Value::Null,
            _ => {}
        }
    }
}

/// Sends a message frame.
async fn say(socket: &mut Socket, text: &str) {
    let json = serde_json::json!({ "type": "send", "text": text }).to_string();
    socket.send(Message::Text(json.into())).await.unwrap();
}

/// Reads frames until a message frame; returns (seq, author, text).
async fn next_message(socket: &mut Socket) -> (i64, String, String) {
    loop {
        let f = frame(socket).await;
        if f["type"] == "message" {
            return (
                f["seq"].as_i64().unwrap(),
                f["author"].as_str().unwrap().to_owned(),
                f["text"].as_str().unwrap().to_owned(),
            );
        }
        assert_ne!(f, Value::Null, "closed before a message came");
    }
}

/// The id of the newest chat.
async fn chat_id(app: &TestApp) -> String {
    app.newest_enquiry_id().await
}

#[tokio::test]
async fn chat_follows_split_shifts_and_computed_holidays_and_says_when_it_opens() {
    let app = TestApp::spawn_with(|c| {
        c.chat.monday = vec!["08:00-10:00".to_owned(), "18:00-20:00".to_owned()];
    })
    .await;
    let cases = [
        // (instant, open?, words on the closed page, why)
        (
            datetime!(2026-11-23 07:30 UTC),
            true,
            "",
            "Monday 08:30, first shift",
        ),
        (
            datetime!(2026-11-23 10:00 UTC),
            false,
            "i dag kl. 18:00",
            "Monday 11:00, between the shifts",
        ),
        (
            datetime!(2026-11-23 17:30 UTC),
            true,
            "",
            "Monday 18:30, second shift",
        ),
        (
            datetime!(2026-11-23 19:30 UTC),
            false,
            "i morgon kl. 09:00",
            "Monday 20:30, after the last shift",
        ),
        (
            datetime!(2026-06-19 10:00 UTC),
            false,
            "söndag 21/6 kl. 12:00",
            "Midsummer Eve (computed), then Midsummer Day, then Sunday hours",
        ),
        (
            datetime!(2026-12-24 10:00 UTC),
            false,
            "söndag 27/12 kl. 12:00",
            "Christmas Eve, Christmas Day and Boxing Day (computed)",
        ),
    ];
    for (at, open, words, why) in cases {
        app.clock.set(at);
        let page = app.get("/sv/chat").await;
        assert_eq!(page.status, StatusCode::OK, "{why}");
        let body = plain(&page.body);
        if open {
            assert!(body.contains("action=\"/sv/chat\""), "{why}: the pre-chat step");
        } else {
            assert!(!body.contains("action=\"/sv/chat\""), "{why}: no pre-chat step");
            assert!(body.contains(words), "{why}: says {words:?}");
            assert!(body.contains("href=\"/sv/enquiry\""), "{why}: offers the form");
            assert!(body.contains("href=\"/sv/callback\""), "{why}: offers a callback");
        }
    }
    // Starting a chat while closed leads back to the closed page; nothing is stored.
    app.clock.set(datetime!(2026-12-24 10:00 UTC));
    let answer = app.post_form("/sv/enquiry", "/sv/chat", &[]).await;
    assert_eq!(answer.location(), "/sv/chat");
    assert_eq!(app.count("chats").await, 0);
}

#[tokio::test]
async fn without_javascript_a_posted_message_shows_after_refresh_with_place_and_code() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[("enquirer", "self"), ("age_band", "15_17")]).await;
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let code = receipt_code(&page.body);
    let body = plain(&page.body);
    assert!(body.contains("Du är nummer 1 i kön."), "an honest place");
    assert!(
        body.contains("Just nu kan vi inte säga hur länge du behöver vänta."),
        "no estimate without recent chats"
    );
    assert!(
        body.contains("Om du är under 18 år"),
        "self-help that fits a 15-year-old"
    );
    // The chat is an enquiry with channel chat, triaged from the answers.
    let id = chat_id(&app).await;
    let (channel, status) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, (String, String)>(
            "select channel, status from enquiries where id = $1"
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap());
    assert_eq!((channel.as_str(), status.as_str()), ("chat", "received"));

    let sent = app
        .post_form(
            &path,
            &format!("{path}/message"),
            &[("message", "Hej, jag vill prata")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let again = app.get(&path).await;
    assert!(again.body.contains("Hej, jag vill prata"), "the refresh shows it");

    // The code is shown until the person says they saved it.
    let saved = app.post_form(&path, &format!("{path}/code-saved"), &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let after = app.get(&path).await;
    assert!(!after.body.contains(&code), "the code is not shown again");
    assert!(!after.body.contains("receipt-code"));
}

#[tokio::test]
async fn person_and_handler_talk_both_ways_over_websockets() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let mut person = connect(
        app.addr,
        &format!("{path}/ws?after=0"),
        Some(&app.browser_cookie().await),
    )
    .await;
    let status = frame(&mut person).await;
    assert_eq!(status["type"], "status");
    assert_eq!(status["status"], "waiting");
    assert_eq!(status["position"], 1);

    let (client, _, cookie) = handler(&app, "anna").await;
    assert_eq!(accept(&app, &client, &id).await.status, StatusCode::SEE_OTHER);
    let accepted = frame(&mut person).await;
    assert_eq!(accepted["status"], "active", "the person is told at once");
    let mut staff = connect(
        app.addr,
        &format!("/console/chats/{id}/ws?after=0"),
        Some(&cookie),
    )
    .await;
    assert_eq!(frame(&mut staff).await["status"], "active");

    say(&mut person, "Jag vill komma ur ett gäng").await;
    let to_staff = next_message(&mut staff).await;
    assert_eq!(
        to_staff,
        (1, "person".to_owned(), "Jag vill komma ur ett gäng".to_owned())
    );
    assert_eq!(
        next_message(&mut person).await.0,
        1,
        "the person sees their own message"
    );

    say(&mut staff, "Vad bra att du skriver. Är du trygg just nu?").await;
    let to_person = next_message(&mut person).await;
    assert_eq!(to_person.0, 2);
    assert_eq!(to_person.1, "staff");
    assert_eq!(to_person.2, "Vad bra att du skriver. Är du trygg just nu?");
    assert_eq!(next_message(&mut staff).await.0, 2);

    // Staff messages are audited replies.
    let replies = crate::sealed_referrals::audited_on(&app, "reply", &id)
        .await
        .iter()
        .filter(|(_, detail)| detail == "chat")
        .count();
    assert_eq!(replies, 1);

    // A colleague who does not hold the chat neither reads nor writes it: no socket.
    let (_, _, other_cookie) = handler(&app, "bo").await;
    let refused = try_connect(
        app.addr,
        &format!("/console/chats/{id}/ws?after=2"),
        Some(&other_cookie),
    )
    .await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), StatusCode::FORBIDDEN);
        }
        other => panic!("a colleague's socket is refused, not {:?}", other.map(|_| ())),
    }
}

#[tokio::test]
async fn resuming_with_after_gives_exactly_the_missing_messages_also_after_a_restart() {
    // Arrange: five messages in a chat.
    let mut app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    for n in 1..=5 {
        let sent = app
            .post_form(
                &path,
                &format!("{path}/message"),
                &[("message", &format!("meddelande {n}"))],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    // Act + assert: after=2 gives 3, 4, 5 and then where the chat stands.
    let mut socket = connect(
        app.addr,
        &format!("{path}/ws?after=2"),
        Some(&app.browser_cookie().await),
    )
    .await;
    for n in 3..=5 {
        assert_eq!(
            next_message(&mut socket).await,
            (n, "person".to_owned(), format!("meddelande {n}"))
        );
    }
    assert_eq!(
        frame(&mut socket).await["type"],
        "status",
        "nothing twice, nothing more"
    );
    // A message sent live arrives once with the next number.
    say(&mut socket, "meddelande 6").await;
    assert_eq!(next_message(&mut socket).await.0, 6);

    // Stop the instance and start a new one on the same database (the same browser).
    let browser = app.browser_cookie().await;
    drop(socket);
    app.stop().await.unwrap();
    let mut config = crate::helpers::test_config(&app.database_url);
    config.data_dir = std::env::temp_dir().join(format!("kp-chat-{}", uuid::Uuid::new_v4().simple()));
    let restarted = App::build_with_clock(config, app.clock.clone()).await.unwrap();
    let addr = restarted.local_addr();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(restarted.run_until(async move {
        let _ = stopped.await;
    }));
    let mut socket = connect(addr, &format!("{path}/ws?after=4"), Some(&browser)).await;
    assert_eq!(next_message(&mut socket).await.0, 5);
    assert_eq!(next_message(&mut socket).await.0, 6);
    let status = frame(&mut socket).await;
    assert_eq!(
        status["type"], "status",
        "then the status, and no duplicate: {status}"
    );
    drop(socket);
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

#[tokio::test]
async fn two_handlers_accepting_at_once_exactly_one_wins() {
    let app = TestApp::spawn().await;
    start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let (a, a_id, _) = handler(&app, "anna").await;
    let (b, b_id, _) = handler(&app, "bo").await;
    let (first, second) = tokio::join!(accept(&app, &a, &id), accept(&app, &b, &id));
    let mut statuses = [first.status, second.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let loser = if first.status == StatusCode::CONFLICT {
        &first
    } else {
        &second
    };
    assert!(
        plain(&loser.body).contains("tog chatten först"),
        "the loser is told who took it"
    );
    let holder = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Option<String>>(
        "select assigned_to from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap())
    .unwrap();
    assert!(holder == a_id || holder == b_id);
    let claims: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from audit_log where action = 'claim' and case_id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(claims, 1);
}

#[tokio::test]
async fn size_and_rate_limits_answer_clearly_and_keep_the_typed_text() {
    let app = TestApp::spawn_with(|c| {
        c.chat.messages_per_minute = 2;
        c.chat.message_max_chars = 200;
    })
    .await;
    let path = start_chat(&app, &[]).await;
    let action = format!("{path}/message");

    // Too long, without JavaScript: 422, the text kept, the limit named.
    let long = "å".repeat(201);
    let refused = app.post_form(&path, &action, &[("message", &long)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&refused.body);
    assert!(body.contains("högst 200 tecken"), "the limit is named");
    assert!(body.contains(&long), "the text is kept: {body}");
    assert!(body.contains("aria-invalid=\"true\""));

    // Over the rate: 429 with the text kept.
    for n in 1..=2 {
        let ok = app
            .post_form(&path, &action, &[("message", &format!("nr {n}"))])
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
    }
    let third = app.post_form(&path, &action, &[("message", "det tredje")]).await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    let body = plain(&third.body);
    assert!(body.contains("Vänta en liten stund"), "a clear message");
    assert!(body.contains("det tredje"), "the text is kept");

    // Over WebSocket: JSON error frames, the connection stays.
    let mut socket = connect(
        app.addr,
        &format!("{path}/ws?after=2"),
        Some(&app.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut socket).await["type"], "status");
    say(&mut socket, &long).await;
    let error = frame(&mut socket).await;
    assert_eq!(error["type"], "error");
    assert_eq!(error["code"], "too_long");
    assert!(plain(error["message"].as_str().unwrap()).contains("200"));
    say(&mut socket, "igen").await;
    let error = frame(&mut socket).await;
    assert_eq!(error["code"], "rate_limited");
    assert_eq!(
        app.count("enquiry_messages").await,
        2,
        "nothing refused was stored"
    );
}

#[tokio::test]
async fn connections_per_source_are_limited() {
    let app = TestApp::spawn_with(|c| c.chat.connections_per_source = 1).await;
    let path = start_chat(&app, &[]).await;
    let mut first = connect(app.addr, &format!("{path}/ws"), Some(&app.browser_cookie().await)).await;
    assert_eq!(frame(&mut first).await["type"], "status");
    let second = try_connect(app.addr, &format!("{path}/ws"), Some(&app.browser_cookie().await)).await;
    match second {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        }
        other => panic!("expected 429, got {:?}", other.map(|_| ())),
    }
    drop(first);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        try_connect(app.addr, &format!("{path}/ws"), Some(&app.browser_cookie().await))
            .await
            .is_ok(),
        "freed on close"
    );
}

#[tokio::test]
async fn a_handler_can_end_and_block_an_abusive_chat_and_its_address_stops_working() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let (client, _, _) = handler(&app, "anna").await;
    accept(&app, &client, &id).await;
    let mut person = connect(app.addr, &format!("{path}/ws"), Some(&app.browser_cookie().await)).await;
    assert_eq!(frame(&mut person).await["status"], "active");

    let page = format!("/console/chats/{id}");
    let blocked = app.post_as(&client, &page, &format!("{page}/block"), &[]).await;
    assert_eq!(blocked.status, StatusCode::SEE_OTHER);
    let told = frame(&mut person).await;
    assert_eq!(
        (told["status"].as_str(), told["reason"].as_str()),
        (Some("ended"), Some("blocked"))
    );
    assert_eq!(frame(&mut person).await, Value::Null, "and the socket closes");

    assert_eq!(
        app.get(&path).await.status,
        StatusCode::GONE,
        "the address is dead"
    );
    let again = app
        .post_form("/sv/chat", &format!("{path}/message"), &[("message", "hej")])
        .await;
    assert_eq!(again.status, StatusCode::GONE);
    assert!(
        try_connect(app.addr, &format!("{path}/ws"), Some(&app.browser_cookie().await))
            .await
            .is_err()
    );
    let audited = crate::sealed_referrals::audited_on(&app, "close", &id)
        .await
        .iter()
        .filter(|(_, detail)| detail == "chat_blocked")
        .count();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn an_ended_or_idle_chat_shows_no_transcript_on_the_page() {
    let app = TestApp::spawn().await;
    // Ended by the handler.
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    app.post_form(
        &path,
        &format!("{path}/message"),
        &[("message", "Syns inte efteråt")],
    )
    .await;
    let (client, _, _) = handler(&app, "anna").await;
    accept(&app, &client, &id).await;
    let page = format!("/console/chats/{id}");
    let ended = app.post_as(&client, &page, &format!("{page}/end"), &[]).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    let after = app.get(&path).await;
    assert_eq!(after.status, StatusCode::GONE, "the address is dead (issue #14)");
    assert!(
        !after.body.contains("Syns inte efteråt"),
        "no transcript after the end"
    );
    assert!(
        after.body.contains("href=\"/sv/receipt\""),
        "the way back is the receipt code"
    );

    // Idle: nothing for longer than the idle time.
    let idle_path = start_chat(&app, &[]).await;
    app.post_form(
        &idle_path,
        &format!("{idle_path}/message"),
        &[("message", "Ingen svarar")],
    )
    .await;
    app.clock.advance(time::Duration::minutes(16));
    let idle = app.get(&idle_path).await;
    assert_eq!(idle.status, StatusCode::GONE);
    assert!(!idle.body.contains("Ingen svarar"));
    assert!(plain(&idle.body).contains("Chatten syns inte längre här"));
}

#[tokio::test]
async fn leaving_a_message_instead_keeps_the_text_and_the_enquiry_stays_in_the_queue() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let left = app
        .post_form(
            &path,
            &format!("{path}/leave"),
            &[("message", "Jag kan inte vänta, ring inte")],
        )
        .await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    assert_eq!(left.location(), "/sv/chat/ended?why=left_message");
    let page = plain(&app.get(left.location()).await.body);
    assert!(page.contains("Ditt meddelande är sparat"));
    assert_eq!(app.get(&path).await.status, StatusCode::GONE);
    assert!(!page.contains("Jag kan inte vänta"), "not on the screen any more");
    let (status, messages): (String, i64) = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select e.status, (select count(*) from enquiry_messages m where m.enquiry_id = e.id) \
         from enquiries e where e.id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(
        (status.as_str(), messages),
        ("received", 1),
        "a written enquiry in the queue"
    );
}

#[tokio::test]
async fn the_transcript_is_sealed_at_rest_and_shown_with_the_receipt_code() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let code = receipt_code(&app.get(&path).await.body);
    let secret = "Kodordet-Blåbärssylt-4711";
    app.post_form(&path, &format!("{path}/message"), &[("message", secret)])
        .await;
    let token = path.rsplit('/').next().unwrap().to_owned();

    // Nothing readable in the database's bytes: not the text, not the token, not the code.
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    let dump = if app.database_url.starts_with("sqlite") {
        let file = app.database_url.trim_start_matches("sqlite://").to_owned();
        let mut bytes = std::fs::read(&file).unwrap();
        bytes.extend(std::fs::read(format!("{file}-wal")).unwrap_or_default());
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
            "select string_agg(t::text, ' ') from (select m::text as t from enquiry_messages m \
             union all select c::text from chats c union all select e::text from enquiries e) rows"
        )
        .fetch_one(pool)
        .await
        .unwrap())
    };
    for needle in [
        secret.to_owned(),
        hex(secret),
        token.clone(),
        code.replace('-', ""),
    ] {
        assert!(!dump.contains(&needle), "{needle} is not stored readably");
    }

    // The receipt page shows the chat's messages.
    let receipt = app.look_up("sv", &code).await;
    assert_eq!(receipt.status, StatusCode::OK);
    assert!(receipt.body.contains(secret));
}

/// Reads status frames until one gives place `place` (fails when none comes in time).
async fn until_place(socket: &mut Socket, place: i64) {
    loop {
        let f = frame(socket).await;
        assert_ne!(f, Value::Null, "closed before place {place}");
        if f["type"] == "status" && f["position"] == place {
            return;
        }
    }
}

#[tokio::test]
async fn waiting_people_see_their_place_move_live_also_when_moves_come_close_together() {
    let app = TestApp::spawn().await;
    // A second apart, so that arrival orders them (and tells the newest apart).
    let _first = start_chat(&app, &[]).await;
    let first_id = chat_id(&app).await;
    app.clock.advance(time::Duration::seconds(1));
    let second = start_chat(&app, &[]).await;
    let second_id = chat_id(&app).await;
    app.clock.advance(time::Duration::seconds(1));
    let third = start_chat(&app, &[]).await;
    let mut at_second = connect(
        app.addr,
        &format!("{second}/ws"),
        Some(&app.browser_cookie().await),
    )
    .await;
    let mut at_third = connect(
        app.addr,
        &format!("{third}/ws"),
        Some(&app.browser_cookie().await),
    )
    .await;
    until_place(&mut at_second, 2).await;
    until_place(&mut at_third, 3).await;

    // Moves within the throttle of a moment ago are not lost: each person is told again
    // once the throttle allows.
    let (client, _, _) = handler(&app, "anna").await;
    assert_eq!(
        accept(&app, &client, &first_id).await.status,
        StatusCode::SEE_OTHER
    );
    until_place(&mut at_second, 1).await;
    until_place(&mut at_third, 2).await;
    // A newcomer queues behind them; then the second is taken.
    app.clock.advance(time::Duration::seconds(1));
    start_chat(&app, &[]).await;
    assert_eq!(
        accept(&app, &client, &second_id).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(frame(&mut at_second).await["status"], "active");
    until_place(&mut at_third, 1).await;
    // The page without JavaScript says the same.
    assert!(plain(&app.get(&third).await.body).contains("Du är nummer 1 i kön."));
}

#[tokio::test]
async fn a_chat_nobody_looks_at_any_more_is_ended_by_housekeeping() {
    let app = TestApp::spawn().await;
    start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    app.clock.advance(time::Duration::seconds(1));
    let waiting = start_chat(&app, &[]).await;
    let present = chat_id(&app).await;
    app.clock.advance(time::Duration::minutes(10));
    // The other person still has the page open: a sign of them.
    assert_eq!(app.get(&waiting).await.status, StatusCode::OK);
    app.clock.advance(time::Duration::minutes(6));
    // No page is drawn: the minute's housekeeping ends the forgotten chat alone.
    kontaktpunkt::housekeeping::housekeep(&app.state).await;
    let status = |id: String| {
        let app = &app;
        async move {
            kontaktpunkt::with_db!(app.state.db(), |pool| {
                sqlx::query_as::<_, (String, Option<String>)>(
                    "select status, ended_reason from chats where enquiry_id = $1",
                )
                .bind(&id)
                .fetch_one(pool)
                .await
                .unwrap()
            })
        }
    };
    assert_eq!(status(id).await, ("ended".to_owned(), Some("idle".to_owned())));
    assert_eq!(status(present).await.0, "waiting");
}

#[tokio::test]
async fn a_waiting_person_can_ask_to_be_called_back_instead_and_nothing_typed_is_lost() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[("enquirer", "relative")]).await;
    let id = chat_id(&app).await;
    let form_path = format!("{path}/callback");
    assert!(
        app.get(&path)
            .await
            .body
            .contains(&format!("href=\"{form_path}\"")),
        "offered while waiting"
    );
    let form = app.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        plain(&form.body).contains("Vi säger inte att vi ringer från Kontaktpunkten"),
        "what will and will not be said on the phone"
    );

    // A number that cannot be called: the form again with everything as typed.
    let refused = app
        .post_form(
            &form_path,
            &form_path,
            &[
                ("phone", "12345"),
                ("windows", "weekday_evening"),
                ("code_word", "Blåbär"),
                ("message", "Ring efter sex, pappa är hemma före"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&refused.body);
    assert!(
        body.contains("Vi kan inte ringa det numret"),
        "says what is wrong"
    );
    for typed in ["value=\"12345\"", "Blåbär", "Ring efter sex, pappa är hemma före"] {
        assert!(body.contains(typed), "{typed} is kept");
    }
    assert_eq!(app.count("callbacks").await, 0);

    let sent = app
        .post_form(
            &form_path,
            &form_path,
            &[
                ("phone", "070-123 45 67"),
                ("windows", "weekday_evening"),
                ("voicemail_ok", "false"),
                ("may_say_who", "false"),
                ("code_word", "Blåbär"),
                ("language", "en"),
                ("interpreter", "true"),
                ("interpreter_language", "ti"),
                ("message", "Ring efter sex, pappa är hemma före"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), "/sv/chat/ended?why=callback");
    let after = plain(&app.get(sent.location()).await.body);
    assert!(after.contains("Vi ringer dig på de tider du valde"), "{after}");
    assert!(!after.contains("Ring efter sex"), "no transcript on the page");

    // One enquiry: the chat's, now ended with reason callback, with the wishes sealed on
    // it, the few words as its message and the interpreter flag's tag for the queue.
    let (status, reason, flags, windows, wishes, phone): (
        String,
        Option<String>,
        String,
        String,
        Vec<u8>,
        Vec<u8>,
    ) = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select c.status, c.ended_reason, e.flags, b.windows, b.wishes_sealed, b.phone_sealed \
         from chats c join enquiries e on e.id = c.enquiry_id \
         join callbacks b on b.enquiry_id = c.enquiry_id where c.enquiry_id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!((status.as_str(), reason.as_deref()), ("ended", Some("callback")));
    let interpreter = app.state.keys().tag("flag", "needs_interpreter");
    assert!(flags.contains(&format!(",{interpreter},")), "{flags}");
    assert_eq!(windows, "", "the windows are sealed, not in clear");
    let wishes: Value = serde_json::from_slice(
        &app.state
            .keys()
            .open(&Context::new(Column::CallbackWishes, &id), &wishes)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(wishes["windows"], serde_json::json!(["weekday_evening"]));
    assert_eq!(wishes["interpreter_language"], "ti");
    assert!(
        !String::from_utf8_lossy(&phone).contains("701234567"),
        "the number is sealed"
    );
    assert_eq!(app.count("enquiries").await, 1, "no second enquiry");
    let sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select facts_sealed from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    let facts: Value = serde_json::from_slice(
        &app.state
            .keys()
            .open(&Context::new(Column::EnquiryFacts, &id), &sealed)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(facts["enquiry"]["language"], "en", "to be called in English");
    assert_eq!(
        facts["enquiry"]["enquirer"], "relative",
        "the pre-chat answers stay"
    );
    assert_eq!(app.count("enquiry_messages").await, 1);

    // A handler who takes the case sees it with the attempt form.
    let (client, _, _) = handler(&app, "anna").await;
    app.claim(&client, &id).await;
    let case = app.get_as(&client, &format!("/console/cases/{id}")).await;
    assert!(
        case.body
            .contains(&format!("/console/cases/{id}/callback/attempt"))
    );

    // Once the chat has ended, the form only leads to the ended page.
    let again = app.get(&form_path).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location(), "/sv/chat/ended");
}

#[tokio::test]
async fn a_chat_answered_meanwhile_is_not_turned_into_a_callback() {
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let form_path = format!("{path}/callback");
    let form = app.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK);
    let (client, _, _) = handler(&app, "anna").await;
    assert_eq!(accept(&app, &client, &id).await.status, StatusCode::SEE_OTHER);
    // (The token comes from the chat page: the form itself now leads there.)
    let sent = app
        .post_form(
            &path,
            &form_path,
            &[("phone", "070-123 45 67"), ("windows", "weekday_evening")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), path, "back to the chat, where a handler is");
    assert_eq!(app.count("callbacks").await, 0);
    assert!(plain(&app.get(&path).await.body).contains("chat-form"));
}

#[tokio::test]
async fn a_client_that_stops_reading_is_dropped_and_never_slows_another_chat() {
    const FLOOD: usize = 500;
    let app = TestApp::spawn_with(|c| c.chat.message_max_chars = 4000).await;
    let slow_path = start_chat(&app, &[]).await;
    let slow_id = chat_id(&app).await;
    app.clock.advance(time::Duration::seconds(1));
    let other_path = start_chat(&app, &[]).await;
    let other_id = chat_id(&app).await;
    let (client, _, cookie) = handler(&app, "anna").await;
    for id in [&slow_id, &other_id] {
        assert_eq!(accept(&app, &client, id).await.status, StatusCode::SEE_OTHER);
    }
    // The slow person: connected, then never reads again.
    let mut slow = connect(
        app.addr,
        &format!("{slow_path}/ws"),
        Some(&app.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut slow).await["status"], "active");
    let staff_slow = connect(app.addr, &format!("/console/chats/{slow_id}/ws"), Some(&cookie)).await;
    let (mut flood, mut echoes) = staff_slow.split();
    // The handler's own copies are read, so only the person's side backs up.
    let drain = tokio::spawn(async move { while echoes.next().await.is_some() {} });
    let mut person = connect(
        app.addr,
        &format!("{other_path}/ws"),
        Some(&app.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut person).await["status"], "active");
    let mut staff = connect(app.addr, &format!("/console/chats/{other_id}/ws"), Some(&cookie)).await;
    assert_eq!(frame(&mut staff).await["status"], "active");

    // About 8 MB for someone who does not read: far more than the socket buffers hold.
    let big = "😀".repeat(4000);
    for _ in 0..FLOOD {
        let json = serde_json::json!({ "type": "send", "text": big }).to_string();
        flood.send(Message::Text(json.into())).await.unwrap();
    }
    // Meanwhile the other chat goes on as usual (frame() allows five seconds).
    for n in 1..=3 {
        say(&mut staff, &format!("hej {n}")).await;
        assert_eq!(next_message(&mut person).await.2, format!("hej {n}"));
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    // Past the server's send time-out the slow client is gone: reading now gives what
    // was buffered, then the end, never the whole flood.
    tokio::time::sleep(Duration::from_secs(8)).await;
    let mut received = 0;
    let ended = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            match slow.next().await {
                Some(Ok(Message::Text(_))) => received += 1,
                Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    println!("slow client: {received} of {FLOOD} delivered before the server gave up");
    assert!(ended.is_ok(), "the server closed the slow connection");
    assert!(
        received < FLOOD,
        "the server gave up on it ({received} of {FLOOD} delivered)"
    );
    say(&mut staff, "fortfarande här").await;
    assert_eq!(next_message(&mut person).await.2, "fortfarande här");
    drain.abort();
}

/// A socket that is never read or written: only the size of a connection's future is of
/// interest here.
struct Unused;

impl futures_util::Stream for Unused {
    type Item = Result<axum::extract::ws::Message, std::convert::Infallible>;
    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::task::Poll::Ready(None)
    }
}

impl futures_util::Sink<axum::extract::ws::Message> for Unused {
    type Error = std::convert::Infallible;
    fn poll_ready(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }
    fn start_send(self: std::pin::Pin<&mut Self>, _: axum::extract::ws::Message) -> Result<(), Self::Error> {
        Ok(())
    }
    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }
    fn poll_close(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }
}

/// Every open chat holds one task whose size is that of its largest state: the database
/// steps of a connection are boxed, so thousands of idle connections hold only their
/// timers and subscriptions (aim: under 20 KB per idle connection, measured by
/// `scripts/bench-chat.sh`).
#[tokio::test]
async fn an_idle_connection_holds_a_small_future() {
    use kontaktpunkt::chat::room::Side;
    use kontaktpunkt::chat::socket::{Peer, run};
    let app = TestApp::spawn().await;
    let peer = Peer {
        chat_id: "not-run".to_owned(),
        side: Side::Person,
        lang: kontaktpunkt::i18n::Lang::Sv,
        after: 0,
        user_id: None,
        session_id: None,
    };
    let connection = run(app.state.clone(), Unused, peer);
    let size = std::mem::size_of_val(&connection);
    println!("a chat connection's future: {size} bytes");
    assert!(size <= 4096, "a chat connection's future is {size} bytes");
}

#[tokio::test]
async fn a_staff_socket_ends_when_its_session_does() {
    // Before (issue #14): a staff chat socket outlived sign-out and disabling; now its
    // session is checked before every frame and every minute.
    let app = TestApp::spawn().await;
    let path = start_chat(&app, &[]).await;
    let id = chat_id(&app).await;
    let mut person = connect(
        app.addr,
        &format!("{path}/ws?after=0"),
        Some(&app.browser_cookie().await),
    )
    .await;
    assert_eq!(frame(&mut person).await["status"], "waiting");
    let (client, _, cookie) = handler(&app, "cilla").await;
    assert_eq!(accept(&app, &client, &id).await.status, StatusCode::SEE_OTHER);
    let mut staff = connect(
        app.addr,
        &format!("/console/chats/{id}/ws?after=0"),
        Some(&cookie),
    )
    .await;
    assert_eq!(frame(&mut staff).await["status"], "active");

    // The handler signs out in the console (another tab).
    let signed_out = app.post_as(&client, "/console/", "/console/sign-out", &[]).await;
    assert!(signed_out.status.is_redirection(), "{}", signed_out.status);

    // The next frame on the old socket is not acted on, and the socket closes.
    say(&mut staff, "efter utloggning").await;
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match staff.next().await {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return true,
                Some(Ok(Message::Text(t))) if t.contains("efter utloggning") => return false,
                Some(Ok(_)) => {}
            }
        }
    })
    .await
    .unwrap_or(false);
    assert!(closed, "the socket ends without posting");
    let posted: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from audit_log where action = 'reply' and case_id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(posted, 0, "nothing was posted after the sign-out");
}
