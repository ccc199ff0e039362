//! Sessions of staff and inbox users (issue #14): the cookie dies with the browser, a
//! session ends after `auth.session_idle_minutes` without a request (and its staff chat
//! socket with it), a reset of the second factor ends every session of that user, and a
//! user changes their own password — checked like a sign-in, never echoed back, ending
//! every other session of theirs.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::StatusCode;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::helpers::{Answer, PASSWORD, TestApp, plain};

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

const NEW_PASSWORD: &str = "a brand new passphrase for the desk";

/// Signs `name` in on a fresh client (a browser of its own), a TOTP step after the last
/// sign-in so the code is new; returns the client and the sign-in answer.
async fn browser(app: &TestApp, name: &str, password: &str, secret: &[u8]) -> (reqwest::Client, Answer) {
    app.clock.advance(time::Duration::seconds(30));
    app.sign_in(name, password, &app.code(secret)).await
}

/// A browser signed in as `name` (which must succeed).
async fn signed_in(app: &TestApp, name: &str, secret: &[u8]) -> reqwest::Client {
    let (client, answer) = browser(app, name, PASSWORD, secret).await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "{name} signs in: {}",
        answer.body
    );
    client
}

/// The session cookie a sign-in set, as its whole `Set-Cookie` line.
fn session_set_cookie(answer: &Answer) -> String {
    answer
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("kp_session="))
        .expect("the sign-in sets the session cookie")
}

/// Where `GET path` sends `client`: the status and `Location`.
async fn visit(app: &TestApp, client: &reqwest::Client, path: &str) -> (StatusCode, String) {
    let answer = app.get_as(client, path).await;
    (answer.status, answer.location().to_owned())
}

async fn audited(app: &TestApp, action: &str) -> Vec<(String, String)> {
    // Details are sealed at rest (#14): read as the audit page reads them, oldest first.
    crate::sealed_referrals::audited_on(app, action, "").await
}

/// A chat accepted by `handler` and that handler's staff socket on it (the first frame,
/// its status, read).
async fn staff_socket(app: &TestApp, handler: &reqwest::Client, cookie: &str) -> Socket {
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    assert_eq!(
        started.status,
        StatusCode::SEE_OTHER,
        "a chat starts: {}",
        started.body
    );
    let id = app.newest_enquiry_id().await;
    let accepted = app
        .post_as(
            handler,
            "/console/chats",
            &format!("/console/chats/{id}/accept"),
            &[],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let mut request = format!("ws://{}/console/chats/{id}/ws?after=0", app.addr)
        .into_client_request()
        .unwrap();
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(5), socket.next())
        .await
        .expect("a first frame")
        .expect("the socket is open")
        .unwrap();
    assert!(first.to_text().unwrap().contains("active"), "{first:?}");
    socket
}

/// Sends `text` on a staff socket; true when the socket then closes without posting it.
async fn closes_without_posting(socket: &mut Socket, text: &str) -> bool {
    let json = serde_json::json!({ "type": "send", "text": text }).to_string();
    if socket.send(Message::Text(json.into())).await.is_err() {
        return true;
    }
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Close(_)) | Err(_)) | None => return true,
                Some(Ok(Message::Text(t))) if t.contains(text) => return false,
                Some(Ok(_)) => {}
            }
        }
    })
    .await
    .unwrap_or(false)
}

/// The `kp_session=…` pair of a sign-in answer, for a WebSocket client.
fn cookie_pair(answer: &Answer) -> String {
    session_set_cookie(answer).split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_session_cookie_dies_with_the_browser() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "dag", &[]).await;
    let (_, answer) = browser(&app, "dag", PASSWORD, &secret).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let cookie = session_set_cookie(&answer).to_ascii_lowercase();
    assert!(
        !cookie.contains("max-age") && !cookie.contains("expires"),
        "a browser-session cookie: {cookie}"
    );
    assert!(
        cookie.contains("httponly") && cookie.contains("samesite=strict"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_session_idle_past_the_idle_time_is_signed_out_and_activity_keeps_it() {
    // Arrange: the shipped idle time, 30 minutes (the test configuration gives others 8 hours).
    let app = TestApp::spawn_with(|c| c.auth.session_idle_minutes = 30).await;
    let secret = app.create_user("handler", "eva", &[]).await;
    let client = signed_in(&app, "eva", &secret).await;
    let last_seen = || async {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
            "select last_seen_at from sessions"
        )
        .fetch_one(pool)
        .await
        .unwrap())
    };

    // Act and assert: a request every 20 minutes keeps the session past 30 minutes.
    for _ in 0..3 {
        app.clock.advance(time::Duration::minutes(20));
        assert_eq!(visit(&app, &client, "/console/").await.0, StatusCode::OK);
    }
    // Requests within a minute write the session row once.
    let seen = last_seen().await;
    app.clock.advance(time::Duration::seconds(30));
    assert_eq!(visit(&app, &client, "/console/").await.0, StatusCode::OK);
    assert_eq!(
        last_seen().await,
        seen,
        "no write for a request within the minute"
    );
    // The live queue's own refresh is not activity.
    app.clock.advance(time::Duration::minutes(2));
    let refreshed = app
        .send(
            client
                .get(app.url("/console/"))
                .header("x-background-refresh", "1"),
        )
        .await;
    assert_eq!(refreshed.status, StatusCode::OK);
    assert_eq!(
        last_seen().await,
        seen,
        "a background refresh keeps no session alive"
    );

    // 31 minutes without a request: signed out, the row revoked and the end audited.
    app.clock.advance(time::Duration::minutes(29));
    let (status, location) = visit(&app, &client, "/console/").await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/console/sign-in")
    );
    assert_eq!(
        app.count("sessions where revoked_at is not null").await,
        1,
        "the idle session's row is revoked"
    );
    assert_eq!(audited(&app, "sign_out").await.len(), 1);
    assert_eq!(audited(&app, "sign_out").await[0].1, "idle");

    // The absolute limit still holds for a session that is never idle: 8 hours.
    let client = signed_in(&app, "eva", &secret).await;
    let mut alive = Duration::ZERO;
    while visit(&app, &client, "/console/").await.0 == StatusCode::OK {
        app.clock.advance(time::Duration::minutes(20));
        alive += Duration::from_secs(20 * 60);
        assert!(
            alive <= Duration::from_secs(9 * 3600),
            "the session outlives 8 hours"
        );
    }
    assert!(alive >= Duration::from_secs(8 * 3600 - 20 * 60), "{alive:?}");
}

#[tokio::test]
async fn a_staff_chat_socket_ends_when_its_session_goes_idle() {
    // The shortest idle time; chats themselves stay open far longer.
    let app = TestApp::spawn_with(|c| {
        c.auth.session_idle_minutes = 5;
        c.chat.idle_timeout_minutes = 120;
    })
    .await;
    let secret = app.create_user("handler", "frida", &[]).await;
    let (client, answer) = browser(&app, "frida", PASSWORD, &secret).await;
    let mut socket = staff_socket(&app, &client, &cookie_pair(&answer)).await;

    app.clock.advance(time::Duration::minutes(6));

    assert!(
        closes_without_posting(&mut socket, "efter paus").await,
        "the socket ends with the idle session"
    );
    let (status, location) = visit(&app, &client, "/console/chats").await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/console/sign-in")
    );
}

#[tokio::test]
async fn resetting_a_second_factor_ends_every_session_of_that_user() {
    // Arrange: the handler in two browsers and on a chat socket; an admin.
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "gustav", &[]).await;
    let (first, answer) = browser(&app, "gustav", PASSWORD, &secret).await;
    let second = signed_in(&app, "gustav", &secret).await;
    let mut socket = staff_socket(&app, &first, &cookie_pair(&answer)).await;
    let admin_secret = app.create_user("admin", "hanna", &[]).await;
    let admin = signed_in(&app, "hanna", &admin_secret).await;
    let id = app.user_id("gustav").await;

    // Act
    let page = format!("/console/users/{id}/second-factor");
    let reset = app.post_as(&admin, &page, &page, &[]).await;

    // Assert
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.body);
    assert!(
        plain(&reset.body).contains("gustav är utloggad på alla datorer och webbläsare"),
        "the admin is told: {}",
        reset.body
    );
    for client in [&first, &second] {
        let (status, location) = visit(&app, client, "/console/").await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, "/console/sign-in")
        );
    }
    assert!(
        closes_without_posting(&mut socket, "efter återställning").await,
        "the staff socket ends too"
    );
    assert_eq!(visit(&app, &admin, "/console/users").await.0, StatusCode::OK);
    let resets = audited(&app, "second_factor_reset").await;
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0].1, id);
}

/// Posts the password form as `client`.
async fn change(app: &TestApp, client: &reqwest::Client, area: &str, fields: [(&str, &str); 3]) -> Answer {
    let page = format!("/{area}/account/password");
    app.post_as(client, &page, &page, &fields).await
}

#[tokio::test]
async fn a_wrong_current_password_is_refused_and_throttled_like_a_sign_in() {
    // Arrange: the shipped five failures per name and client.
    let app = TestApp::spawn().await;
    let secret = app.create_user("handler", "ida", &[]).await;
    let client = signed_in(&app, "ida", &secret).await;
    let wrong = [
        ("current", "not my password at all"),
        ("new", NEW_PASSWORD),
        ("again", NEW_PASSWORD),
    ];

    // Act and assert: five wrong tries are refused, each a failed sign-in.
    for _ in 0..5 {
        let answer = change(&app, &client, "console", wrong).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            plain(&answer.body).contains("Det nuvarande lösenordet stämmer inte."),
            "{}",
            answer.body
        );
        assert!(
            !answer.body.contains("not my password"),
            "nothing typed comes back"
        );
    }
    let failures = audited(&app, "sign_in_failed").await;
    assert_eq!(failures.len(), 5);
    assert!(
        failures.iter().all(|(_, d)| d == "password_change"),
        "{failures:?}"
    );

    // The sixth waits, like a sign-in for that name from here, with nothing hashed.
    let throttled = change(&app, &client, "console", wrong).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.headers.contains_key("retry-after"));
    let right = change(
        &app,
        &client,
        "console",
        [
            ("current", PASSWORD),
            ("new", NEW_PASSWORD),
            ("again", NEW_PASSWORD),
        ],
    )
    .await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right one waits"
    );
    app.clock.advance(time::Duration::seconds(30));
    let (_, sign_in) = app.sign_in("ida", PASSWORD, &app.code(&secret)).await;
    assert_eq!(
        sign_in.status,
        StatusCode::TOO_MANY_REQUESTS,
        "one throttle with sign-in"
    );
    assert!(audited(&app, "password_change").await.is_empty());
}

#[tokio::test]
async fn new_passwords_that_differ_or_are_short_are_refused_and_nothing_typed_comes_back() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("auditor", "jon", &[]).await;
    let client = signed_in(&app, "jon", &secret).await;
    let page = app.get_as(&client, "/console/audit").await;
    assert!(
        page.body.contains("href=\"/console/account/password\""),
        "the menu links the page"
    );
    let cases = [
        (
            NEW_PASSWORD,
            "a brand new passfrase for the desk",
            "De två nya lösenorden är inte likadana.",
        ),
        ("x9q7", "x9q7", "Det nya lösenordet behöver minst 12 tecken."),
    ];
    for (new, again, message) in cases {
        let answer = change(
            &app,
            &client,
            "console",
            [("current", PASSWORD), ("new", new), ("again", again)],
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        let text = plain(&answer.body);
        assert!(text.contains(message), "{message}: {text}");
        for typed in [PASSWORD, new, again] {
            assert!(!answer.body.contains(typed), "{typed:?} is not echoed");
        }
        assert!(
            !answer.body.contains("type=\"password\" value"),
            "no password field is filled in"
        );
    }
    assert!(audited(&app, "password_change").await.is_empty());
    assert!(
        audited(&app, "sign_in_failed").await.is_empty(),
        "no hashing was spent"
    );
}

#[tokio::test]
async fn a_password_change_lets_the_new_password_sign_in_and_ends_the_users_other_sessions() {
    // Arrange: the same supervisor in two browsers.
    let app = TestApp::spawn().await;
    let secret = app.create_user("supervisor", "karin", &[]).await;
    let here = signed_in(&app, "karin", &secret).await;
    let elsewhere = signed_in(&app, "karin", &secret).await;
    let form = app.get_as(&here, "/console/account/password").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        plain(&form.body).contains("loggas du ut på alla andra datorer och webbläsare, men inte här"),
        "the page says what a change does"
    );

    // Act
    let changed = change(
        &app,
        &here,
        "console",
        [
            ("current", PASSWORD),
            ("new", NEW_PASSWORD),
            ("again", NEW_PASSWORD),
        ],
    )
    .await;

    // Assert: told so here, still signed in here, signed out elsewhere.
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert_eq!(changed.location(), "/console/account/password?done=changed");
    let done = app.get_as(&here, changed.location()).await;
    assert!(
        plain(&done.body)
            .contains("Lösenordet är bytt. Du är utloggad på alla andra datorer och webbläsare."),
        "{}",
        done.body
    );
    assert_eq!(visit(&app, &here, "/console/").await.0, StatusCode::OK);
    let (status, location) = visit(&app, &elsewhere, "/console/").await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/console/sign-in")
    );
    // The old password no longer signs in; the new one does.
    let (_, old) = browser(&app, "karin", PASSWORD, &secret).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let (_, new) = browser(&app, "karin", NEW_PASSWORD, &secret).await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    let records = audited(&app, "password_change").await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0], (app.user_id("karin").await, String::new()));
}

#[tokio::test]
async fn an_inbox_user_changes_their_password_in_the_inbox() {
    let app = TestApp::spawn().await;
    let secret = app.create_user("municipality", "lena", &["1280"]).await;
    let here = signed_in(&app, "lena", &secret).await;
    let elsewhere = signed_in(&app, "lena", &secret).await;
    let list = app.get_as(&here, "/inbox/").await;
    assert!(
        list.body.contains("href=\"/inbox/account/password\""),
        "the menu links the page"
    );
    assert_eq!(
        visit(&app, &here, "/console/account/password").await.0,
        StatusCode::FORBIDDEN,
        "the console's page is for staff"
    );

    let changed = change(
        &app,
        &here,
        "inbox",
        [
            ("current", PASSWORD),
            ("new", NEW_PASSWORD),
            ("again", NEW_PASSWORD),
        ],
    )
    .await;

    assert_eq!(changed.location(), "/inbox/account/password?done=changed");
    assert_eq!(visit(&app, &here, "/inbox/").await.0, StatusCode::OK);
    let (status, location) = visit(&app, &elsewhere, "/inbox/").await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/inbox/sign-in")
    );
    let (_, new) = browser(&app, "lena", NEW_PASSWORD, &secret).await;
    assert_eq!(new.location(), "/inbox/");
}

#[tokio::test]
async fn an_idle_session_is_nobody_on_duty_for_the_chat_estimate() {
    let app = TestApp::spawn_with(|c| c.auth.session_idle_minutes = 30).await;
    let secret = app.create_user("handler", "maja", &[]).await;
    let _client = signed_in(&app, "maja", &secret).await;
    let on_duty = || async {
        let now = app.state.clock().now_ms();
        let seen_since = now - app.state.config().auth.session_idle_ms();
        kontaktpunkt::chat::store::capacity(app.state.db(), now - 3_600_000, now, seen_since)
            .await
            .unwrap()
            .signed_in
    };
    assert_eq!(on_duty().await, 1, "signed in and active");

    app.clock.advance(time::Duration::minutes(31));

    assert_eq!(on_duty().await, 0, "a handler who walked away is not counted");
}
