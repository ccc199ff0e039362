//! Notifications against real peers started by each test: an SMTP listener that reads
//! what arrives, and HTTP receivers (axum on a random port) that check the signature —
//! including one that fails and recovers, one that always fails, a restart in the middle,
//! and the daily digest.

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use hmac::{Hmac, Mac};
use kontaktpunkt::clock::{Clock as _, TestClock};
use kontaktpunkt::config::{Config, EmailTls};
use kontaktpunkt::startup::App;
use kontaktpunkt::state::AppState;
use reqwest::StatusCode;
use sha2::Sha256;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::{PASSWORD, TestApp, test_config};

/// The service's public address in these tests.
const PUBLIC: &str = "https://kontaktpunkt.test";
/// What the person wrote: none of it may leave in a notification.
const WORDS: &str = "Jag heter Zorrosond Vikingsson och mitt nummer är 0701234567";

// ---------------------------------------------------------------------------------------
// A real SMTP listener: enough of RFC 5321 (EHLO, MAIL, RCPT, DATA, QUIT) to receive.

/// One message as received.
#[derive(Clone, Debug)]
struct Mail {
    to: Vec<String>,
    data: String,
}

impl Mail {
    /// Headers and body, the body's quoted-printable undone.
    fn text(&self) -> String {
        let (headers, body) = self.data.split_once("\r\n\r\n").unwrap_or((&self.data, ""));
        format!("{headers}\r\n\r\n{}", decode_quoted_printable(body))
    }
}

#[derive(Clone)]
struct Smtp {
    port: u16,
    mails: Arc<Mutex<Vec<Mail>>>,
}

impl Smtp {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mails: Arc<Mutex<Vec<Mail>>> = Arc::default();
        let inbox = mails.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(smtp_session(stream, inbox.clone()));
            }
        });
        Self { port, mails }
    }

    fn received(&self) -> Vec<Mail> {
        self.mails.lock().unwrap().clone()
    }
}

async fn smtp_session(stream: tokio::net::TcpStream, mails: Arc<Mutex<Vec<Mail>>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 sink.test ESMTP\r\n").await?;
    let mut to = Vec::new();
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-sink.test\r\n250 8BITMIME\r\n"
        } else if command.starts_with("MAIL FROM") {
            to.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO") {
            let address = line.split(['<', '>']).nth(1).unwrap_or_default();
            to.push(address.to_owned());
            b"250 OK\r\n"
        } else if command.starts_with("DATA") {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            loop {
                let mut line = String::new();
                if lines.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" {
                    break;
                }
                // Dot-stuffing (RFC 5321 4.5.2).
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            mails.lock().unwrap().push(Mail {
                to: std::mem::take(&mut to),
                data,
            });
            b"250 OK queued\r\n"
        } else if command.starts_with("QUIT") {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            b"250 OK\r\n"
        };
        write.write_all(reply).await?;
    }
}

fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------
// A real HTTP receiver that checks the signature and the timestamp.

/// One call as received.
#[derive(Clone, Debug)]
pub(crate) struct Call {
    pub(crate) body: serde_json::Value,
    pub(crate) verified: bool,
    answered: u16,
}

#[derive(Clone)]
pub(crate) struct Receiver {
    pub(crate) url: String,
    pub(crate) secret: Arc<Mutex<String>>,
    clock: Arc<TestClock>,
    fail_next: Arc<AtomicU32>,
    always_fail: Arc<AtomicBool>,
    calls: Arc<Mutex<Vec<Call>>>,
}

impl Receiver {
    pub(crate) async fn start(clock: Arc<TestClock>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let receiver = Self {
            url: format!("http://{}/hooks/kontaktpunkt", listener.local_addr().unwrap()),
            secret: Arc::default(),
            clock,
            fail_next: Arc::default(),
            always_fail: Arc::default(),
            calls: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/hooks/kontaktpunkt", axum::routing::post(receive))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        receiver
    }

    pub(crate) fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }
}

/// Verifies as a municipal case system would, then answers as told.
async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> AxumStatus {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let timestamp = header("x-kontaktpunkt-timestamp");
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(r.secret.lock().unwrap().as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&body);
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let fresh = timestamp
        .parse::<i64>()
        .is_ok_and(|t| (t - r.clock.now().unix_timestamp()).abs() <= 300);
    let verified = fresh
        && header("x-kontaktpunkt-signature") == format!("sha256={expected}")
        && header("content-type") == "application/json";
    let answer = if !verified {
        AxumStatus::UNAUTHORIZED
    } else if r.always_fail.load(Ordering::SeqCst)
        || r.fail_next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    {
        AxumStatus::INTERNAL_SERVER_ERROR
    } else {
        AxumStatus::NO_CONTENT
    };
    r.calls.lock().unwrap().push(Call {
        body: serde_json::from_slice(&body).unwrap_or_default(),
        verified,
        answered: answer.as_u16(),
    });
    answer
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// The test configuration with e-mail on (to `smtp_port`), quick polling and known back-off.
fn notifying(config: &mut Config, smtp_port: u16) {
    // Dev mode: the test receivers are plain http on loopback, which only dev mode allows.
    config.dev = true;
    config.email.enabled = true;
    config.email.host = "127.0.0.1".to_owned();
    config.email.port = smtp_port;
    config.email.tls = EmailTls::None;
    config.email.public_url = PUBLIC.to_owned();
    config.email.sender = "Kontaktpunkten <noreply@kontaktpunkt.test>".to_owned();
    config.notify.poll_ms = 25;
    config.notify.base_backoff_secs = 60;
    config.notify.max_backoff_secs = 600;
}

async fn app_with(smtp_port: u16, adjust: impl FnOnce(&mut Config)) -> TestApp {
    TestApp::spawn_with(|config| {
        notifying(config, smtp_port);
        adjust(config);
    })
    .await
}

/// Waits (up to about 20 s of real time) until `check` holds.
pub(crate) async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    for _ in 0..800 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("timed out waiting until {what}");
}

/// Lets the worker run a few rounds (to show that nothing more happens).
pub(crate) async fn a_few_rounds() {
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// A signed-in municipality user bound to `codes`, with notification settings saved
/// through the settings page when an address is given.
async fn municipal_user(
    app: &TestApp,
    name: &str,
    codes: &[&str],
    email: Option<&str>,
    frequency: &str,
) -> reqwest::Client {
    let secret = app.create_user("municipality", name, codes).await;
    let (client, answer) = app.sign_in(name, PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{name} signs in");
    if let Some(email) = email {
        let fields = [("email", email), ("frequency", frequency)];
        let saved = app
            .post_as(&client, "/inbox/notifications", "/inbox/notifications", &fields)
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    client
}

/// An enquiry from Malmö (1280) with the person's words, referred by `handler` to
/// Malmö's social services through the console's referral form; returns the referral id.
async fn referral(app: &TestApp, handler: &reqwest::Client) -> String {
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("environment", "criminal_network"),
            ("threat", "serious"),
            ("needs", "housing"),
            ("consent_for", "social_services"),
            ("consent_for", "words"),
            ("message", WORDS),
        ],
    )
    .await;
    let case = app.newest_enquiry_id().await;
    let page = format!("/console/cases/{case}");
    let answer = app
        .post_as(
            handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", "socialtjanst:1280"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("categories", "message"),
                ("consent_how", "form"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "referred: {}", answer.body);
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from referrals where enquiry_id = $1"
    )
    .bind(&case)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// One outbox row: id, kind, state, attempts, last error, next attempt.
type Row = (String, String, String, i64, Option<String>, i64);

async fn outbox(state: &AppState) -> Vec<Row> {
    kontaktpunkt::with_db!(state.db(), |pool| sqlx::query_as::<_, Row>(
        "select id, kind, state, attempts, last_error, next_attempt_at from outbox order by created_at, id"
    )
    .fetch_all(pool)
    .await
    .unwrap())
}

/// Adds a webhook for Malmö (by the bare code, shorthand for its social services) as an
/// admin; returns the secret shown once.
async fn add_webhook(app: &TestApp, admin: &reqwest::Client, url: &str) -> String {
    add_webhook_for(app, admin, url, "1280").await
}

/// Adds a webhook for the organisations typed in `orgs` as an admin; returns the secret
/// shown once.
pub(crate) async fn add_webhook_for(app: &TestApp, admin: &reqwest::Client, url: &str, orgs: &str) -> String {
    let answer = app
        .post_as(
            admin,
            "/console/webhooks",
            "/console/webhooks",
            &[("url", url), ("orgs", orgs)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let marker = "id=\"webhook-secret\">";
    let start = answer.body.find(marker).expect("the secret is shown once") + marker.len();
    answer.body[start..].split('<').next().unwrap().to_owned()
}

/// What no notification may carry.
fn assert_nothing_personal(text: &str, referral_id: &str) {
    for secret in ["Zorrosond", "Vikingsson", "0701234567", "Malmö", "Malm"] {
        assert!(!text.contains(secret), "{secret:?} leaked into: {text}");
    }
    assert!(
        !text.replace(referral_id, "").contains("1280"),
        "the municipality leaked into: {text}"
    );
}

// ---------------------------------------------------------------------------------------
// Tests.

#[tokio::test]
async fn a_new_referral_is_mailed_to_each_bound_user_with_a_link_and_nothing_about_the_person() {
    let smtp = Smtp::start().await;
    let app = app_with(smtp.port, |_| {}).await;
    municipal_user(&app, "malmo-a", &["1280"], Some("a@malmo.test"), "immediate").await;
    municipal_user(
        &app,
        "malmo-b",
        &["1280", "1281"],
        Some("b@malmo.test"),
        "immediate",
    )
    .await;
    municipal_user(&app, "sthlm", &["0180"], Some("s@stockholm.test"), "immediate").await;
    municipal_user(&app, "malmo-no-address", &["1280"], None, "immediate").await;
    municipal_user(
        &app,
        "malmo-gone",
        &["1280"],
        Some("gone@malmo.test"),
        "immediate",
    )
    .await;
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query(
        "update users set disabled = $1 where name = 'malmo-gone'"
    )
    .bind(true)
    .execute(pool)
    .await
    .map(|_| ())
    .unwrap());
    let handler = app.staff("handler").await;

    let referral_id = referral(&app, &handler).await;

    eventually("two e-mails arrived", || async { smtp.received().len() >= 2 }).await;
    a_few_rounds().await;
    let mails = smtp.received();
    let mut recipients: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        ["a@malmo.test", "b@malmo.test"],
        "bound, active, with an address"
    );
    let link = format!("{PUBLIC}/inbox/referrals/{referral_id}");
    for mail in &mails {
        let text = mail.text();
        assert!(text.contains(&link), "the link: {text}");
        assert!(
            text.contains("En ny remiss från Kontaktpunkten väntar"),
            "Swedish: {text}"
        );
        assert!(
            text.contains("A new referral from the contact point"),
            "English: {text}"
        );
        assert!(
            text.contains("From: Kontaktpunkten <noreply@kontaktpunkt.test>"),
            "{text}"
        );
        assert_nothing_personal(&text, &referral_id);
    }
    let rows = outbox(&app.state).await;
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter().all(|r| r.1 == "email" && r.2 == "sent" && r.3 == 1),
        "{rows:?}"
    );
    let logs = crate::helpers::captured_logs();
    for address in ["a@malmo.test", "b@malmo.test"] {
        assert!(!logs.contains(address), "an e-mail address reached the logs");
    }
}

#[tokio::test]
async fn notification_settings_keep_what_was_typed_and_are_for_municipality_users_only() {
    let app = app_with(1, |_| {}).await;
    let user = municipal_user(&app, "malmo", &["1280"], None, "immediate").await;

    let page = app.get_as(&user, "/inbox/notifications").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("name=\"frequency\" value=\"immediate\" checked")
    );

    let wrong = [("email", "inte en adress"), ("frequency", "hourly")];
    let answer = app
        .post_as(&user, "/inbox/notifications", "/inbox/notifications", &wrong)
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("role=\"alert\""));
    assert!(
        answer.body.contains("value=\"inte en adress\""),
        "typed input kept"
    );
    assert!(answer.body.contains("aria-invalid=\"true\""));
    assert!(answer.body.contains("Skriv en e-postadress som namn@kommun.se"));
    assert!(answer.body.contains("Välj hur ofta du vill få e-post."));

    let good = [("email", " handlaggare@malmo.test "), ("frequency", "digest")];
    let answer = app
        .post_as(&user, "/inbox/notifications", "/inbox/notifications", &good)
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let saved: (Option<String>, String) = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select email, notify_mode from users where name = 'malmo'"
    )
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(
        saved,
        (Some("handlaggare@malmo.test".to_owned()), "digest".to_owned())
    );

    let forged = app
        .post_as(&user, "/inbox/notifications", "/inbox/notifications", &[])
        .await;
    assert_eq!(
        forged.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a token alone saves nothing"
    );
    let no_token = app
        .send(
            user.post(app.url("/inbox/notifications"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("email=x%40y.se&frequency=immediate"),
        )
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN, "CSRF");
    let handler = app.staff("handler").await;
    assert_eq!(
        app.get_as(&handler, "/inbox/notifications").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/inbox/notifications").await.status,
        StatusCode::SEE_OTHER,
        "no session: to the sign-in page"
    );
}

#[tokio::test]
async fn a_webhook_is_signed_and_lands_once_after_the_receiver_recovers_from_a_failure() {
    let app = app_with(1, |config| config.email.enabled = false).await;
    let receiver = Receiver::start(app.clock.clone()).await;
    let admin = app.staff("admin").await;
    let supervisor = app.staff("supervisor").await;
    assert_eq!(
        app.get_as(&supervisor, "/console/webhooks").await.status,
        StatusCode::FORBIDDEN,
        "admins only"
    );

    let refused = app
        .post_as(
            &admin,
            "/console/webhooks",
            "/console/webhooks",
            &[("url", "ftp://arende.malmo.test/in"), ("orgs", "1280, 9999")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("value=\"ftp://arende.malmo.test/in\""),
        "typed URL kept"
    );
    assert!(
        refused.body.contains("value=\"1280, 9999\""),
        "typed organisations kept"
    );
    assert!(refused.body.contains("måste börja med https:// eller http://"));
    assert!(
        refused
            .body
            .contains("\u{2068}9999\u{2069} finns inte i katalogen.")
    );
    assert_eq!(app.count("webhooks").await, 0);

    let secret = add_webhook(&app, &admin, &receiver.url).await;
    *receiver.secret.lock().unwrap() = secret.clone();
    let list = app.get_as(&admin, "/console/webhooks").await;
    assert!(
        list.body.contains(&receiver.url) && list.body.contains("Socialtjänsten i Malmö (socialtjanst:1280)")
    );
    assert!(!list.body.contains(&secret), "the secret is shown once only");
    receiver.fail_next.store(1, Ordering::SeqCst);
    let handler = app.staff("handler").await;

    let referral_id = referral(&app, &handler).await;

    eventually("the failure is recorded with a back-off", || async {
        outbox(&app.state).await.first().is_some_and(|r| r.4.is_some())
    })
    .await;
    let row = outbox(&app.state).await.remove(0);
    assert_eq!((row.1.as_str(), row.2.as_str(), row.3), ("webhook", "pending", 1));
    assert_eq!(row.4.as_deref(), Some("http 500"));
    let wait = row.5 - app.clock.now_ms();
    assert!(
        (60_000..=90_000).contains(&wait),
        "base back-off plus jitter: {wait} ms"
    );
    a_few_rounds().await;
    assert_eq!(receiver.calls().len(), 1, "nothing before the back-off ends");

    app.clock.advance(time::Duration::seconds(91));
    eventually("the retry was delivered", || async {
        outbox(&app.state).await[0].2 == "sent"
    })
    .await;
    a_few_rounds().await;
    let calls = receiver.calls();
    assert_eq!(
        calls.len(),
        2,
        "one failure, then exactly one delivery: {calls:?}"
    );
    assert!(calls.iter().all(|c| c.verified), "every call is signed and fresh");
    assert_eq!((calls[0].answered, calls[1].answered), (500, 204));
    let body = &calls[1].body;
    assert_eq!(body["event"], "referral.waiting");
    assert_eq!(body["referral_id"], referral_id.as_str());
    assert_eq!(body["url"], format!("{PUBLIC}/inbox/referrals/{referral_id}"));
    assert!(
        body["at"]
            .as_str()
            .is_some_and(|at| at.starts_with("2026-11-23T"))
    );
    assert_eq!(body.as_object().unwrap().len(), 4, "nothing else: {body}");
    assert_nothing_personal(&body.to_string(), &referral_id);
}

#[tokio::test]
async fn a_municipalitys_webhook_hears_only_of_its_social_services_referrals() {
    let app = TestApp::spawn().await;
    let admin = app.staff("admin").await;
    let handler = app.staff("handler").await;
    add_webhook(&app, &admin, "https://hooks.example.org/malmo").await;
    // A referral to Malmö's social services is announced to Malmö's webhook.
    let own = referral(&app, &handler).await;
    // The Malmö programme covers Malmö (and Lund, Burlöv): its referral belongs to the
    // programme's own inbox and is never announced to a municipality's webhook.
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(
        "sv",
        &[
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("consent_for", "programme"),
            ("message", WORDS),
        ],
    )
    .await;
    let case = app.newest_enquiry_id().await;
    let page = format!("/console/cases/{case}");
    let answer = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", "programme:exempel-malmo"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "form"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let announced: Vec<Option<String>> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select referral_id from outbox where kind = 'webhook' order by created_at"
    )
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(announced, vec![Some(own)], "only the social services' referral");
}

#[tokio::test]
async fn a_receiver_that_always_fails_leaves_a_dead_letter_that_a_supervisor_sees_and_replays() {
    let app = app_with(1, |config| {
        config.email.enabled = false;
        config.notify.max_attempts = 2;
    })
    .await;
    let receiver = Receiver::start(app.clock.clone()).await;
    let admin = app.staff("admin").await;
    *receiver.secret.lock().unwrap() = add_webhook(&app, &admin, &receiver.url).await;
    receiver.always_fail.store(true, Ordering::SeqCst);
    let handler = app.staff("handler").await;
    let referral_id = referral(&app, &handler).await;

    eventually("the first attempt failed", || async {
        outbox(&app.state)
            .await
            .first()
            .is_some_and(|r| r.3 == 1 && r.4.is_some())
    })
    .await;
    app.clock.advance(time::Duration::seconds(91));
    eventually("the delivery is dead", || async {
        outbox(&app.state).await[0].2 == "dead"
    })
    .await;
    let id = outbox(&app.state).await.remove(0).0;

    let supervisor = app.staff("supervisor").await;
    let page = app.get_as(&supervisor, "/console/outbox").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&id) && page.body.contains(&referral_id));
    assert!(page.body.contains("http 500") && page.body.contains("Misslyckades"));
    assert!(page.body.contains("127.0.0.1"), "the receiver, named by its host");
    assert!(
        page.body
            .contains(&format!("action=\"/console/outbox/{id}/replay\""))
    );
    assert_nothing_personal(&page.body.replace(&referral_id, ""), &id);
    assert_eq!(
        app.get_as(&handler, "/console/outbox").await.status,
        StatusCode::FORBIDDEN
    );
    let calls_before = receiver.calls().len();
    assert_eq!(calls_before, 2, "max_attempts = 2");

    receiver.always_fail.store(false, Ordering::SeqCst);
    let replay = format!("/console/outbox/{id}/replay");
    let answer = app.post_as(&supervisor, "/console/outbox", &replay, &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    eventually("the replay was delivered", || async {
        outbox(&app.state).await[0].2 == "sent"
    })
    .await;
    let calls = receiver.calls();
    assert_eq!(calls.len(), 3);
    assert!(calls[2].verified && calls[2].answered == 204);
    let audited = kontaktpunkt::audit::recent(app.state.db(), 50, Some("export"))
        .await
        .unwrap();
    assert!(
        audited.iter().any(|r| r.detail == format!("outbox-replay:{id}")),
        "the replay is audited"
    );
    let again = app.post_as(&supervisor, "/console/outbox", &replay, &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "only a dead letter replays");
    let page = app.get_as(&supervisor, "/console/outbox").await;
    assert!(!page.body.contains(&id), "delivered: off the list");
}

/// An instance on an existing database (the restart), stopped when dropped.
struct Instance {
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Instance {
    async fn start(database_url: &str, clock: Arc<TestClock>, adjust: impl FnOnce(&mut Config)) -> Self {
        let mut config = test_config(database_url);
        adjust(&mut config);
        let app = App::build_with_clock(config, clock).await.unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async move {
            let _ = rx.await;
        }));
        Self {
            stop: Some(tx),
            server,
        }
    }

    async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        (&mut self.server).await.unwrap().unwrap();
    }
}

#[tokio::test]
async fn a_restart_loses_nothing_pending_and_takes_over_a_dead_workers_claim_after_its_lease() {
    // A relay that does not answer: nothing can be delivered before the restart.
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut first = app_with(closed_port, |_| {}).await;
    municipal_user(&first, "malmo", &["1280"], Some("malmo@malmo.test"), "immediate").await;
    let handler = first.staff("handler").await;
    let referral_id = referral(&first, &handler).await;
    eventually("the first attempt failed", || async {
        outbox(&first.state).await.first().is_some_and(|r| r.4.is_some())
    })
    .await;
    // As if a worker claimed it again and died mid-delivery: a live lease, no result.
    let now = first.clock.now_ms();
    kontaktpunkt::with_db!(first.state.db(), |pool| {
        sqlx::query(
        "update outbox set lease_until = $1, lease_token = 'died', attempts = attempts + 1, next_attempt_at = $2"
    )
    .bind(now + 120_000)
    .bind(now)
    .execute(pool)
    .await
    .map(|_| ())
    .unwrap()
    });
    first.stop().await.unwrap();

    let smtp = Smtp::start().await;
    let clock = Arc::new(TestClock::new(first.clock.now()));
    let second = Instance::start(&first.database_url, clock.clone(), |c| notifying(c, smtp.port)).await;
    a_few_rounds().await;
    assert!(smtp.received().is_empty(), "the dead worker's lease still holds");

    clock.advance(time::Duration::seconds(121));
    eventually("the e-mail arrived after the restart", || async {
        !smtp.received().is_empty()
    })
    .await;
    a_few_rounds().await;
    let mails = smtp.received();
    assert_eq!(mails.len(), 1, "delivered once");
    assert_eq!(mails[0].to, ["malmo@malmo.test"]);
    assert!(
        mails[0]
            .text()
            .contains(&format!("{PUBLIC}/inbox/referrals/{referral_id}"))
    );
    second.stop().await;
    // The first instance's handle reads the row after the second has closed its own.
    let db = kontaktpunkt::db::Db::connect(&kontaktpunkt::config::DatabaseUrl::new(
        first.database_url.as_str(),
    ))
    .await
    .unwrap();
    let (state, attempts): (String, i64) =
        kontaktpunkt::with_db!(db, |pool| sqlx::query_as("select state, attempts from outbox")
            .fetch_one(pool)
            .await
            .unwrap());
    assert_eq!((state.as_str(), attempts), ("sent", 3), "failed, died, delivered");
    db.close().await;
}

#[tokio::test]
async fn the_daily_digest_sends_one_email_for_several_referrals() {
    let smtp = Smtp::start().await;
    // The test clock stands at 10:30 in Stockholm; the digest goes at 11.
    let app = app_with(smtp.port, |config| config.notify.digest_hour = 11).await;
    municipal_user(&app, "malmo", &["1280"], Some("digest@malmo.test"), "digest").await;
    let handler = app.staff("handler").await;
    let mut referrals = Vec::new();
    for _ in 0..3 {
        referrals.push(referral(&app, &handler).await);
    }
    a_few_rounds().await;
    assert!(smtp.received().is_empty(), "nothing at once for a digest reader");
    assert!(outbox(&app.state).await.is_empty());

    app.clock.advance(time::Duration::minutes(31));
    eventually("the digest arrived", || async { !smtp.received().is_empty() }).await;
    app.clock.advance(time::Duration::hours(2));
    a_few_rounds().await;

    let mails = smtp.received();
    assert_eq!(mails.len(), 1, "one e-mail a day");
    assert_eq!(mails[0].to, ["digest@malmo.test"]);
    let text = mails[0].text();
    assert!(text.contains("Remisser som väntar i er inkorg: 3."), "{text}");
    assert!(text.contains("Referrals waiting in your inbox: 3."), "{text}");
    assert!(text.contains(&format!("{PUBLIC}/inbox/\r\n")), "{text}");
    for id in &referrals {
        assert_nothing_personal(&text, id);
        assert!(!text.contains(id.as_str()), "a digest names no referral");
    }
    let rows = outbox(&app.state).await;
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].1.as_str(), rows[0].2.as_str()), ("digest", "sent"));
}
