//! Floods and brute force (#14): every anonymous creation route is limited per client and
//! for everyone together, with a `429` that keeps what was typed; a client has at most a
//! few chats waiting; supervisors see suspected floods and close them together (audited);
//! sign-in is limited per client and for everyone, and a name's failures are throttled per
//! client with decay instead of locking the account; the client behind a proxy is the
//! right-most address that is not a trusted proxy, an IPv6 client its /64; staff sockets
//! are limited per user.

use kontaktpunkt::config::{Config, LimitsConfig};
use reqwest::StatusCode;

use crate::helpers::{Answer, PASSWORD, TestApp, root};

/// The limits as shipped in config/default.toml (the test configuration relaxes them).
fn shipped() -> LimitsConfig {
    kontaktpunkt::config::figment(&root().join("config/default.toml"), None)
        .extract_inner::<LimitsConfig>("limits")
        .unwrap()
}

/// The shipped limits, with the client named by `X-Forwarded-For` (as behind one proxy).
fn behind_proxy(c: &mut Config) {
    c.limits = shipped();
    c.http.trust_forwarded_for = true;
}

/// A browser at `ip` (as the proxy reports it).
fn browser(ip: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", ip.parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn enquiry(app: &TestApp, who: &reqwest::Client, message: &str) -> Answer {
    app.post_as(
        who,
        "/sv/enquiry",
        "/sv/enquiry",
        &[("message", message), ("threat", "some")],
    )
    .await
}

async fn open_enquiries(app: &TestApp) -> i64 {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
        "select count(*) from enquiries where status <> 'closed'"
    )
    .fetch_one(pool)
    .await
    .unwrap())
}

#[tokio::test]
async fn one_client_is_refused_past_its_limit_with_a_429_that_keeps_the_text() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let flood = browser("203.0.113.5");
    let per_client = shipped().intake_per_client;
    for i in 0..per_client {
        let answer = enquiry(&app, &flood, &format!("flood {i}")).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let refused = enquiry(&app, &flood, "det här vill jag inte skriva om").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = refused.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry >= 1, "Retry-After says when");
    assert!(
        refused
            .body
            .contains(">det här vill jag inte skriva om</textarea>"),
        "the text is kept: {}",
        refused.body
    );
    assert!(
        refused.body.contains(r#"name="threat" value="some""#),
        "the answers are kept"
    );
    assert!(
        refused.body.contains(r#"action="/sv/enquiry""#),
        "ready to send again"
    );
    assert!(refused.body.contains("Skicka igen"), "in the page's language");
    assert!(!refused.body.contains("203.0.113"), "no address on the page");
    assert_eq!(app.count("enquiries").await, i64::from(per_client));

    // Another person is not affected.
    let other = enquiry(&app, &browser("198.51.100.20"), "jag behöver hjälp").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);

    // A refused form (422) spends nothing; and the allowance comes back with time.
    app.clock.advance(time::Duration::minutes(1));
    let back = enquiry(&app, &flood, "en minut senare").await;
    assert_eq!(
        back.status,
        StatusCode::SEE_OTHER,
        "one comes back every window / n"
    );
}

/// A form's page, its action and the fields to post.
type Route<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);

#[tokio::test]
async fn every_creation_route_is_limited() {
    let app = TestApp::spawn_with(|c| {
        behind_proxy(c);
        c.limits.intake_per_client = 1;
    })
    .await;
    let who = browser("203.0.113.6");
    let code = {
        let earlier = browser("198.51.100.6");
        let handoff = app
            .post_as(&earlier, "/sv/enquiry", "/sv/enquiry", &[("message", "först")])
            .await;
        assert_eq!(handoff.status, StatusCode::SEE_OTHER);
        let page = app.send(earlier.get(app.url(handoff.location()))).await;
        crate::helpers::receipt_code(&page.body)
    };
    let callback: &[(&str, &str)] = &[
        ("phone", "0701234567"),
        ("windows", "weekday_morning"),
        ("voicemail_ok", "false"),
        ("may_say_who", "false"),
        ("language", "sv"),
    ];
    let routes: [Route<'_>; 5] = [
        ("/sv/young/enquiry", "/sv/young/enquiry", vec![("message", "hej")]),
        ("/sv/callback", "/sv/callback", callback.to_vec()),
        ("/sv/chat", "/sv/chat", vec![]),
        (
            "/sv/accessibility",
            "/sv/accessibility",
            vec![("problem", "svårläst")],
        ),
        (
            "/sv/receipt",
            "/sv/receipt/message",
            vec![("code", code.as_str()), ("message", "en rad till")],
        ),
    ];
    for (form, action, fields) in &routes {
        let first = app.post_as(&who, form, action, fields).await;
        assert!(
            first.status.is_success() || first.status.is_redirection(),
            "{action}: {} {}",
            first.status,
            first.body
        );
        let second = app.post_as(&who, form, action, fields).await;
        assert_eq!(
            second.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{action} is limited"
        );
        assert!(second.headers.contains_key("retry-after"), "{action}");
    }
    let plain = enquiry(&app, &who, "samma slag").await;
    assert_eq!(
        plain.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the child form and the form share one allowance"
    );
    let kept = app
        .post_as(
            &who,
            "/sv/receipt",
            "/sv/receipt/message",
            &[("code", &code), ("message", "kvar")],
        )
        .await;
    assert!(
        kept.body.contains(">kvar</textarea>"),
        "the follow-up's text is kept"
    );
}

#[tokio::test]
async fn the_global_ceiling_holds_against_many_addresses() {
    let app = TestApp::spawn_with(|c| {
        behind_proxy(c);
        c.limits.intake_global_per_minute = 3;
    })
    .await;
    for i in 0..3 {
        let answer = enquiry(&app, &browser(&format!("203.0.113.{}", 10 + i)), "hej").await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }
    let refused = enquiry(&app, &browser("203.0.113.99"), "text kvar").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.body.contains("Väldigt många skriver till oss just nu"));
    assert!(refused.body.contains(">text kvar</textarea>"));
    app.clock.advance(time::Duration::minutes(1));
    let later = enquiry(&app, &browser("203.0.113.99"), "text kvar").await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_client_has_at_most_a_few_chats_waiting() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let who = browser("203.0.113.7");
    let cap = shipped().open_chats_per_client;
    for _ in 0..cap {
        let answer = app.post_as(&who, "/sv/chat", "/sv/chat", &[]).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let refused = app.post_as(&who, "/sv/chat", "/sv/chat", &[]).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.body.contains("Du har redan chattar som väntar på svar"));
    let other = app
        .post_as(&browser("198.51.100.21"), "/sv/chat", "/sv/chat", &[])
        .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "another person gets in line");
}

#[tokio::test]
async fn supervisors_see_a_flood_and_close_its_open_items_together() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let flood = browser("203.0.113.8");
    for i in 0..12 {
        enquiry(&app, &flood, &format!("skräp {i}")).await;
    }
    let chat = app.post_as(&flood, "/sv/chat", "/sv/chat", &[]).await;
    assert_eq!(chat.status, StatusCode::SEE_OTHER);
    let person = enquiry(&app, &browser("198.51.100.22"), "jag är på riktigt").await;
    assert_eq!(person.status, StatusCode::SEE_OTHER);
    assert_eq!(open_enquiries(&app).await, 12);

    let handler = app.staff("handler").await;
    let refused = app.get_as(&handler, "/console/floods").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "supervisors only");
    let supervisor = app.staff("supervisor").await;
    let page = app.get_as(&supervisor, "/console/floods").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("203.0.113"), "no address is shown");
    let action = page
        .body
        .split("action=\"/console/floods/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a flood to close")
        .to_owned();
    assert_eq!(
        page.body.matches("action=\"/console/floods/").count(),
        1,
        "only the flood, not the person"
    );
    let closed = app
        .post_as(
            &supervisor,
            "/console/floods",
            &format!("/console/floods/{action}"),
            &[],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    assert_eq!(open_enquiries(&app).await, 1, "only the person's enquiry is open");
    let audited = kontaktpunkt::audit::recent(app.state.db(), 100, Some("close"))
        .await
        .unwrap();
    assert_eq!(audited.iter().filter(|r| r.detail == "flood").count(), 11);
    assert_eq!(audited.iter().filter(|r| r.detail == "flood_chat").count(), 1);
    let done = app.get_as(&supervisor, closed.location()).await;
    assert!(
        done.body.contains("Stängda: \u{2068}11\u{2069}."),
        "{}",
        done.body
    );
}

async fn sign_in_from(app: &TestApp, ip: &str, name: &str, password: &str, code: &str) -> Answer {
    app.sign_in_with(&browser(ip), name, password, code).await
}

#[tokio::test]
async fn a_guessers_failures_do_not_lock_the_owner_out() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let secret = app.create_user("handler", "bo", &[]).await;
    for _ in 0..shipped().sign_in_failures_per_name {
        let failed = sign_in_from(&app, "203.0.113.30", "bo", "not the password", "123456").await;
        assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    }
    // The guesser's client now waits, even with the right password.
    let throttled = sign_in_from(&app, "203.0.113.30", "bo", PASSWORD, &app.code(&secret)).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.headers.contains_key("retry-after"));
    assert!(throttled.body.contains(r#"value="bo""#), "the name is kept");
    // The owner, elsewhere, signs in at once.
    let owner = sign_in_from(&app, "198.51.100.30", "bo", PASSWORD, &app.code(&secret)).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "no lock-out: {}", owner.body);
    // The throttle decays: one more try after the decay time.
    app.clock.advance(time::Duration::minutes(i64::from(
        shipped().sign_in_failure_decay_minutes,
    )));
    let again = sign_in_from(&app, "203.0.113.30", "bo", "still wrong", "123456").await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    let next = sign_in_from(&app, "203.0.113.30", "bo", "still wrong", "123456").await;
    assert_eq!(next.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_known_name_fails_like_an_unknown_one_and_no_lock_is_written() {
    let app = TestApp::spawn_with(behind_proxy).await;
    app.create_user("handler", "lo", &[]).await;
    let known = sign_in_from(&app, "203.0.113.31", "lo", "wrong", "123456").await;
    let unknown = sign_in_from(&app, "203.0.113.32", "nobody-here", "wrong", "123456").await;
    assert_eq!(known.status, unknown.status);
    let page = |body: &str, name: &str| {
        body.lines()
            .filter(|l| !l.contains("name=\"_csrf\""))
            .collect::<Vec<_>>()
            .join("\n")
            .replace(&format!(r#"value="{name}""#), "")
    };
    assert_eq!(
        page(&known.body, "lo"),
        page(&unknown.body, "nobody-here"),
        "the same page apart from the name typed"
    );
    let (failures, locked): (i64, Option<i64>) = kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as("select failed_attempts, locked_until from users where name = 'lo'")
            .fetch_one(pool)
            .await
            .unwrap()
    });
    assert_eq!(
        (failures, locked),
        (0, None),
        "a failure writes nothing about the account"
    );
}

#[tokio::test]
async fn sign_in_is_limited_per_client_and_for_everyone() {
    let app = TestApp::spawn_with(|c| {
        behind_proxy(c);
        c.limits.sign_in_per_client_per_minute = 3;
        c.limits.sign_in_global_per_minute = 5;
    })
    .await;
    for i in 0..3 {
        let answer = sign_in_from(&app, "203.0.113.40", &format!("n{i}"), "x", "1").await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    let fourth = sign_in_from(&app, "203.0.113.40", "n9", "x", "1").await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS, "per client");
    for i in 0..2 {
        let answer = sign_in_from(&app, &format!("198.51.100.{}", 40 + i), "m", "x", "1").await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    let sixth = sign_in_from(&app, "198.51.100.49", "m", "x", "1").await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS, "for everyone");
}

#[tokio::test]
async fn an_admin_forgets_a_names_failures() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let admin = app.staff("admin").await;
    let secret = app.create_user("handler", "lina", &[]).await;
    for _ in 0..5 {
        sign_in_from(&app, "127.0.0.1", "lina", "not the password", "123456").await;
    }
    let throttled = sign_in_from(&app, "127.0.0.1", "lina", PASSWORD, &app.code(&secret)).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    let id = app.user_id("lina").await;
    let unlock = app
        .post_as(
            &admin,
            "/console/users",
            &format!("/console/users/{id}/unlock"),
            &[],
        )
        .await;
    assert_eq!(unlock.status, StatusCode::SEE_OTHER);
    let open = sign_in_from(&app, "127.0.0.1", "lina", PASSWORD, &app.code(&secret)).await;
    assert_eq!(open.status, StatusCode::SEE_OTHER);
}

#[test]
fn the_client_is_the_right_most_address_no_trusted_proxy_wrote() {
    use kontaktpunkt::web::ratelimit::{Cidr, client_ip};
    let proxies = [
        Cidr::parse("10.0.0.0/8").unwrap(),
        Cidr::parse("fd00::/8").unwrap(),
    ];
    let ip = |s: &str| Some(s.parse().unwrap());
    let proxy = ip("10.1.2.3");
    // The left-most entry is whatever the client wrote.
    assert_eq!(
        client_ip(proxy, &["6.6.6.6, 203.0.113.9, 10.0.0.5"], true, &proxies),
        ip("203.0.113.9")
    );
    assert_eq!(
        client_ip(proxy, &["6.6.6.6", "203.0.113.9"], true, &proxies),
        ip("203.0.113.9")
    );
    // Not from a trusted proxy: the header is ignored.
    assert_eq!(
        client_ip(ip("198.51.100.1"), &["203.0.113.9"], true, &proxies),
        ip("198.51.100.1")
    );
    // Garbage in the chain: nothing left of it is believed.
    assert_eq!(client_ip(proxy, &["203.0.113.9, junk"], true, &proxies), proxy);
    // Forwarding not trusted: the peer.
    assert_eq!(client_ip(proxy, &["203.0.113.9"], false, &proxies), proxy);
    assert!(Cidr::parse("10.0.0.0/33").is_none());
    assert!(Cidr::parse("nonsense").is_none());
}

#[tokio::test]
async fn a_spoofed_left_most_address_does_not_escape_the_limit_and_ipv6_counts_by_64() {
    let app = TestApp::spawn_with(|c| {
        behind_proxy(c);
        c.http.trusted_proxies = vec!["127.0.0.0/8".to_owned()];
        c.limits.intake_per_client = 1;
    })
    .await;
    let first = enquiry(&app, &browser("1.1.1.1, 198.51.100.7"), "a").await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let spoofed = enquiry(&app, &browser("2.2.2.2, 198.51.100.7"), "b").await;
    assert_eq!(spoofed.status, StatusCode::TOO_MANY_REQUESTS, "the same client");
    let v6 = enquiry(&app, &browser("2001:db8:1:2::1"), "c").await;
    assert_eq!(v6.status, StatusCode::SEE_OTHER);
    let same_64 = enquiry(&app, &browser("2001:db8:1:2:ffff::9"), "d").await;
    assert_eq!(
        same_64.status,
        StatusCode::TOO_MANY_REQUESTS,
        "one /64 is one client"
    );
    let other_64 = enquiry(&app, &browser("2001:db8:1:3::1"), "e").await;
    assert_eq!(other_64.status, StatusCode::SEE_OTHER);
}

#[test]
fn trusted_proxies_must_be_address_ranges() {
    let figment = kontaktpunkt::config::figment(&root().join("config/default.toml"), None)
        .merge(("data_key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="))
        .merge(("http.trusted_proxies", vec!["10.0.0.0/8", "the proxy"]));
    let err = kontaktpunkt::config::from_figment(&figment, false).unwrap_err();
    assert!(err.to_string().contains("http.trusted_proxies"), "{err}");
}

#[tokio::test]
async fn staff_sockets_are_limited_per_user_not_per_address() {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let app = TestApp::spawn_with(|c| c.chat.connections_per_source = 1).await;
    let start = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    let path = start.location().to_owned();
    let id = app.newest_enquiry_id().await;
    let connect = |path: String, cookie: Option<String>| {
        let addr = app.addr;
        async move {
            let mut request = format!("ws://{addr}{path}").into_client_request().unwrap();
            if let Some(cookie) = cookie {
                request.headers_mut().insert("cookie", cookie.parse().unwrap());
            }
            tokio_tungstenite::connect_async(request).await.map(|(s, _)| s)
        }
    };
    // The person's socket holds the one connection this address may have.
    let _person = connect(format!("{path}/ws"), Some(app.browser_cookie().await))
        .await
        .expect("the person connects");

    let secret = app.create_user("handler", "hedda", &[]).await;
    let (client, answer) = app.sign_in("hedda", PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let cookie = answer
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    let accepted = app
        .post_as(
            &client,
            "/console/chats",
            &format!("/console/chats/{id}/accept"),
            &[],
        )
        .await;
    assert!(accepted.status.is_redirection(), "{}", accepted.status);
    let staff = connect(format!("/console/chats/{id}/ws"), Some(cookie.clone())).await;
    assert!(
        staff.is_ok(),
        "the handler's socket is counted for the handler: {:?}",
        staff.err()
    );
    let second = connect(format!("/console/chats/{id}/ws"), Some(cookie)).await;
    match second {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(
                response.status(),
                StatusCode::TOO_MANY_REQUESTS,
                "and limited per user"
            );
        }
        other => panic!("expected 429, got {:?}", other.map(|_| ())),
    }
}
