//! Issue #14, "Traces on the person's device and in URLs": what a browser (or someone
//! with it later) can get back from the site. An ended chat's address shows nothing; the
//! receipt hand-off opens only in the browser that sent, for ten minutes; a look-up is
//! post-redirect-get to a page shown once; nothing is cached and no form is restored.
//! The browser side (Back after a send, a look-up, a quick exit) is in
//! `tests/browser/traces.mjs`.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, csrf_token, plain, receipt_code};

/// A browser of its own: its own cookie jar, no redirects followed.
fn other_browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The chat's row: whether it still has an address and a code beside it.
async fn chat_row(app: &TestApp, id: &str) -> (String, bool, bool) {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, (String, bool, bool)>(
        "select status, token_hash is not null, code_sealed is not null from chats where enquiry_id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// A handler's signed-in client.
async fn handler(app: &TestApp, name: &str) -> reqwest::Client {
    let secret = app.create_user("handler", name, &[]).await;
    let (client, answer) = app.sign_in(name, PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    client
}

#[tokio::test]
async fn an_ended_chat_address_shows_nothing_on_the_page_or_the_socket() {
    let app = TestApp::spawn().await;
    let staff = handler(&app, "anna").await;
    for reason in ["person", "staff", "idle", "left_message", "callback"] {
        // Arrange: a chat with a message, its code still unsaved (a second later than the
        // last, so it is the newest).
        app.clock.advance(time::Duration::seconds(1));
        let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
        let path = started.location().to_owned();
        let id = app.newest_enquiry_id().await;
        let page = app.get(&path).await;
        let code = receipt_code(&page.body);
        let secret = format!("Hemligt-{reason}");
        let sent = app
            .post_form(&path, &format!("{path}/message"), &[("message", &secret)])
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{reason}");

        // Act: the chat ends.
        let ended = match reason {
            "person" => app.post_form(&path, &format!("{path}/end"), &[]).await,
            "left_message" => {
                app.post_form(&path, &format!("{path}/leave"), &[("message", "Ring inte")])
                    .await
            }
            "callback" => {
                let form = format!("{path}/callback");
                let fields = [
                    ("phone", "070-123 45 67"),
                    ("windows", "weekday_evening"),
                    ("voicemail_ok", "false"),
                    ("may_say_who", "false"),
                ];
                app.post_form(&form, &form, &fields).await
            }
            "staff" => {
                let queue = "/console/chats";
                app.post_as(&staff, queue, &format!("/console/chats/{id}/accept"), &[])
                    .await;
                let page = format!("/console/chats/{id}");
                app.post_as(&staff, &page, &format!("{page}/end"), &[]).await
            }
            _ => {
                app.clock.advance(time::Duration::minutes(16));
                kontaktpunkt::housekeeping::housekeep(&app.state).await;
                app.get("/sv/chat").await
            }
        };
        assert!(
            ended.status == StatusCode::SEE_OTHER || ended.status == StatusCode::OK,
            "{reason}: {}",
            ended.status
        );
        if matches!(reason, "person" | "left_message" | "callback") {
            // The person lands on a page without the chat's address.
            assert!(
                ended.location().starts_with("/sv/chat/ended"),
                "{reason}: {}",
                ended.location()
            );
            let landing = app.get(ended.location()).await;
            assert_eq!(landing.status, StatusCode::OK, "{reason}");
            assert!(!landing.body.contains(&secret) && !landing.body.contains(&code));
        }

        // Assert: the address is dead, on the page and the socket, and the code is gone.
        let again = app.get(&path).await;
        assert_eq!(again.status, StatusCode::GONE, "{reason}: the page");
        let body = plain(&again.body);
        assert!(!body.contains(&secret), "{reason}: no transcript");
        assert!(!body.contains(&code), "{reason}: no code");
        assert!(!body.contains("receipt-code"), "{reason}: no code");
        assert!(body.contains("Chatten syns inte längre här"), "{reason}: says so");
        assert!(
            body.contains("href=\"/sv/receipt\""),
            "{reason}: read with the code"
        );
        assert!(
            !socket_opens_with(&app, &format!("{path}/ws"), &app.browser_cookie().await).await,
            "{reason}: the socket is refused before any catch-up"
        );
        let (status, address, code_kept) = chat_row(&app, &id).await;
        assert_eq!(
            (status.as_str(), address, code_kept),
            ("ended", false, false),
            "{reason}: the address and the unsaved code are forgotten"
        );
        // The transcript is still there for the receipt code.
        let case = app.look_up("sv", &code).await;
        assert!(case.body.contains(&secret), "{reason}: readable with the code");
    }
}

#[tokio::test]
async fn a_chat_address_opens_only_in_the_browser_that_started_it() {
    let app = TestApp::spawn().await;
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    let path = started.location().to_owned();
    let own = app.get(&path).await;
    assert_eq!(own.status, StatusCode::OK);
    let code = receipt_code(&own.body);
    app.post_form(&path, &format!("{path}/message"), &[("message", "Bara min")])
        .await;

    // Another browser (a synced history, a copied link) and a browser whose session
    // ended (no cookie) get the dead-address page and no socket.
    let stranger = other_browser();
    app.get_as(&stranger, "/sv/chat").await;
    let bare = other_browser();
    for client in [&stranger, &bare] {
        let page = app.get_as(client, &path).await;
        assert_eq!(page.status, StatusCode::GONE);
        assert!(!page.body.contains("Bara min") && !page.body.contains(&code));
    }
    let page = app.get_as(&stranger, "/sv/receipt").await;
    let theirs = format!("kp_csrf={}", csrf_token(&page.body));
    for cookie in [None, Some(theirs.as_str())] {
        let mut request = tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
            format!("ws://{}{path}/ws?after=0", app.addr),
        )
        .unwrap();
        if let Some(cookie) = cookie {
            request.headers_mut().insert("cookie", cookie.parse().unwrap());
        }
        assert!(tokio_tungstenite::connect_async(request).await.is_err());
    }
    // Nor can another browser end it or post to it.
    let token = csrf_token(&page.body);
    let ended = app
        .send(
            stranger
                .post(app.url(&format!("{path}/end")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("_csrf={token}")),
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    let (status, _, _) = chat_row(&app, &app.newest_enquiry_id().await).await;
    assert_eq!(status, "waiting", "the stranger ended nothing");

    // The starting browser still has it, also on its socket.
    assert_eq!(app.get(&path).await.status, StatusCode::OK);
    assert!(socket_opens_with(&app, &format!("{path}/ws"), &app.browser_cookie().await).await);
}

/// Whether a WebSocket handshake at `path` with `cookie` succeeds.
async fn socket_opens_with(app: &TestApp, path: &str, cookie: &str) -> bool {
    let mut request = tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
        format!("ws://{}{path}?after=0", app.addr),
    )
    .unwrap();
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    tokio_tungstenite::connect_async(request).await.is_ok()
}

#[tokio::test]
async fn a_message_to_a_chat_that_ended_meanwhile_is_kept_to_send_as_a_written_one() {
    let app = TestApp::spawn().await;
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    let path = started.location().to_owned();
    let page = app.get(&path).await;
    let token = csrf_token(&page.body);
    app.post_raw(&format!("{path}/end"), &[("_csrf", &token)]).await;
    let late = app
        .post_raw(
            &format!("{path}/message"),
            &[("_csrf", &token), ("message", "Sent för sent")],
        )
        .await;
    assert_eq!(late.status, StatusCode::GONE);
    assert!(late.body.contains("Sent för sent"), "the typed text is kept");
    assert!(late.body.contains("action=\"/sv/enquiry\""), "to send as written");
}

#[tokio::test]
async fn the_code_page_opens_only_in_the_sending_browser_and_for_ten_minutes() {
    let app = TestApp::spawn().await;
    let forms = [
        ("/sv/enquiry", vec![("message", "Bunden till webbläsaren")]),
        ("/sv/young/enquiry", vec![("message", "Barnets text")]),
        (
            "/sv/callback",
            vec![
                ("phone", "070-123 45 67"),
                ("windows", "weekday_evening"),
                ("voicemail_ok", "false"),
                ("may_say_who", "false"),
            ],
        ),
    ];
    for (form, fields) in forms {
        // Arrange: a form sent from this browser.
        let sent = app.post_form(form, form, &fields).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{form}: {}", sent.body);
        let handoff = sent.location().to_owned();
        assert!(handoff.starts_with("/sv/enquiry/sent/"), "{form}");

        // Another browser, with or without a CSRF cookie of its own, gets nothing.
        let stranger = other_browser();
        let bare = app.get_as(&stranger, &handoff).await;
        assert_eq!(bare.status, StatusCode::NOT_FOUND, "{form}: no cookie");
        app.get_as(&stranger, "/sv/enquiry").await;
        let other = app.get_as(&stranger, &handoff).await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{form}: another browser");
        let file = app.get_as(&stranger, &format!("{handoff}/code.txt")).await;
        assert_eq!(file.status, StatusCode::NOT_FOUND, "{form}: nor its file");

        // The sending browser sees it (and may download it) for ten minutes.
        app.clock.advance(time::Duration::minutes(9));
        let own = app.get(&handoff).await;
        assert_eq!(own.status, StatusCode::OK, "{form}");
        let code = receipt_code(&own.body);
        let file = app.get(&format!("{handoff}/code.txt")).await;
        assert!(file.body.contains(&code), "{form}: the file");
        app.clock.advance(time::Duration::minutes(2));
        assert_eq!(
            app.get(&handoff).await.status,
            StatusCode::NOT_FOUND,
            "{form}: after ten minutes"
        );
    }

    // "I have written it down" works in the sending browser, and only there.
    let handoff = app.send_enquiry("sv", &[("message", "Skrivet ned")]).await;
    let stranger = other_browser();
    let page = app.get_as(&stranger, "/sv/enquiry").await;
    let token = csrf_token(&page.body);
    let body = format!("_csrf={token}");
    let refused = app
        .send(
            stranger
                .post(app.url(&handoff))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await;
    // (It answers as a confirmation does, so a double click stays harmless, but clears
    // nothing of another browser's hand-off.)
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&handoff).await.status, StatusCode::OK, "still there");
    let confirmed = app.post_form(&handoff, &handoff, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&handoff).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_looked_up_case_is_shown_once_and_back_or_reload_gives_the_form() {
    let app = TestApp::spawn().await;
    let code = app.enquiry_with_code("sv", "Mitt ärende syns en gång").await;

    // The look-up is post-redirect-get; the address holds nothing.
    let posted = app
        .post_form("/sv/receipt", "/sv/receipt", &[("code", &code)])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert_eq!(posted.location(), "/sv/receipt/case");
    assert!(!posted.body.contains("Mitt ärende"));
    let cookie = posted
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("kp_case="))
        .expect("a look-up ticket");
    assert!(!cookie.contains(&code.replace('-', "")) && !cookie.contains(&code));
    for attr in [
        "HttpOnly",
        "SameSite=Strict",
        "Path=/sv/receipt/case",
        "Max-Age=120",
    ] {
        assert!(cookie.contains(attr), "{attr} in {cookie}");
    }

    // Another browser with the same ticket (copied) sees nothing.
    let stranger = other_browser();
    app.get_as(&stranger, "/sv/receipt").await;
    let copied = cookie.split(';').next().unwrap().to_owned();
    let stolen = app
        .send(stranger.get(app.url("/sv/receipt/case")).header("cookie", copied))
        .await;
    assert_eq!(stolen.status, StatusCode::SEE_OTHER);
    assert!(!stolen.body.contains("Mitt ärende"));

    // Shown once; Back or a reload gives the look-up form.
    let shown = app.get("/sv/receipt/case").await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Mitt ärende syns en gång"));
    let again = app.get("/sv/receipt/case").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location(), "/sv/receipt");

    // A follow-up is post-redirect-get too, and says it was added.
    let follow = app
        .post_form(
            "/sv/receipt",
            "/sv/receipt/message",
            &[("code", &code), ("message", "Ett tillägg")],
        )
        .await;
    assert_eq!(follow.status, StatusCode::SEE_OTHER);
    assert_eq!(follow.location(), "/sv/receipt/case");
    let after = app.follow(follow).await;
    assert!(after.body.contains("Ett tillägg"));
    assert!(
        plain(&after.body).contains("ditt meddelande är skickat"),
        "{}",
        plain(&after.body)
    );

    // A ticket that waited longer than two minutes is dead.
    app.post_form("/sv/receipt", "/sv/receipt", &[("code", &code)])
        .await;
    app.clock.advance(time::Duration::minutes(3));
    assert_eq!(app.get("/sv/receipt/case").await.status, StatusCode::SEE_OTHER);
}

/// Every form that posts says `autocomplete="off"` (which also stops Chromium restoring
/// its fields on Back: a field without its own attribute follows its form), and every
/// text field is inside such a form.
fn assert_no_restorable_field(what: &str, html: &str) {
    let mut forms = 0;
    for (start, _) in html.match_indices("<form") {
        let open = &html[start..start + html[start..].find('>').unwrap()];
        if open.contains("method=\"post\"") {
            forms += 1;
            assert!(open.contains("autocomplete=\"off\""), "{what}: {open}");
        }
    }
    assert!(forms > 0, "{what}: a form");
    // No text field outside a form that says so.
    let mut rest = html;
    let mut outside = String::new();
    while let Some(at) = rest.find("<form") {
        outside.push_str(&rest[..at]);
        let end = at + rest[at..].find("</form>").unwrap() + "</form>".len();
        rest = &rest[end..];
    }
    outside.push_str(rest);
    assert!(
        !outside.contains("<textarea"),
        "{what}: a text area outside a form"
    );
    assert!(
        !outside.contains("<input id=") && !outside.contains("<input type=\"text\""),
        "{what}: a text field outside a form"
    );
}

#[tokio::test]
async fn no_page_file_or_typed_text_is_kept_by_the_browser() {
    let app = TestApp::spawn().await;
    let forms = [
        "/sv/enquiry",
        "/sv/young/enquiry",
        "/sv/callback",
        "/sv/chat",
        "/sv/receipt",
        "/sv/accessibility",
    ];
    for path in forms {
        let page = app.get(path).await;
        assert_eq!(page.headers["cache-control"], "no-store", "{path}");
        assert_no_restorable_field(path, &page.body);
    }
    // The chat page and the case page too.
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    let chat = app.get(started.location()).await;
    assert_eq!(chat.headers["cache-control"], "no-store");
    assert_no_restorable_field("the chat page", &chat.body);
    let code = app.enquiry_with_code("sv", "Fallet").await;
    let case = app.look_up("sv", &code).await;
    assert_eq!(case.headers["cache-control"], "no-store");
    assert_no_restorable_field("the case page", &case.body);
    // No static file is kept either: a cached style sheet shows the site was visited.
    for file in ["site.css", "quick-exit.js", "chat.js"] {
        let answer = app.get(&format!("/static/{file}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{file}");
        assert_eq!(answer.headers["cache-control"], "no-store", "{file}");
    }
}

#[tokio::test]
async fn the_only_cookie_left_is_a_session_cookie_that_says_nothing() {
    let app = TestApp::spawn().await;
    let mut seen = Vec::new();
    let code = app.enquiry_with_code("sv", "Kakor").await;
    for path in ["/sv/", "/sv/enquiry", "/sv/chat", "/sv/receipt", "/sv/safety"] {
        let stranger = other_browser();
        let page = app.get_as(&stranger, path).await;
        seen.extend(
            page.headers
                .get_all("set-cookie")
                .iter()
                .map(|v| v.to_str().unwrap().to_owned()),
        );
    }
    assert!(!seen.is_empty());
    for cookie in &seen {
        assert!(cookie.starts_with("kp_csrf="), "{cookie}");
        let lower = cookie.to_ascii_lowercase();
        assert!(
            !lower.contains("max-age") && !lower.contains("expires"),
            "a session cookie: {cookie}"
        );
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        let value = cookie.split(';').next().unwrap().trim_start_matches("kp_csrf=");
        assert_eq!(value.len(), 43, "a random token, nothing else");
    }
    // The look-up's ticket is cleared by the page it is for.
    let posted = app
        .post_form("/sv/receipt", "/sv/receipt", &[("code", &code)])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let shown = app.get(posted.location()).await;
    let cleared = shown
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .any(|c| c.starts_with("kp_case=;") && c.contains("Max-Age=0"));
    assert!(cleared, "the ticket is cleared once shown");
    // The safety page says what stays.
    let safety = plain(&app.get("/sv/safety").await.body);
    assert!(safety.contains("Webbläsarens historik sparar adresserna"));
}
