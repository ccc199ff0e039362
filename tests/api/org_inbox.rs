//! Every recipient has an inbox, scoped by organisation: inbox and API users are bound to
//! organisations of the directory (`user_orgs`), and a referral is visible only to the
//! users of its recipient organisation — by list, page, every step, e-mail and the
//! municipal API. Covering the same municipality gives nothing: Lund's social services
//! do not see a referral to the Malmö programme, which covers Lund.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Answer, PASSWORD, TestApp, csrf_token};

/// One organisation of every kind of recipient the console can refer to.
const RECIPIENTS: [&str; 12] = [
    "socialtjanst:1280",
    "programme:exempel-malmo",
    "police:region:syd",
    "kriminalvarden",
    "sis",
    "region-psychiatry:12",
    "migrationsverket",
    "cve",
    "nck-heder",
    "sapo",
    "ud",
    "civil:exempel-mentorer",
];

/// An adult in Lund (1281, covered by the Malmö programme) under a serious threat.
pub(crate) async fn case(app: &TestApp, message: &str) -> String {
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1281"),
            ("environment", "criminal_network"),
            ("threat", "serious"),
            ("needs", "housing"),
            ("consent_to_share", "true"),
            ("message", message),
        ],
    )
    .await;
    app.newest_enquiry_id().await
}

/// Refers case `id` to `org` through the console's own form (consent given by phone,
/// sharing the basic facts, which every kind of recipient may receive); returns the
/// referral's id.
pub(crate) async fn refer(
    app: &TestApp,
    handler: &reqwest::Client,
    id: &str,
    org: &str,
    note: &str,
) -> String {
    app.clock.advance(time::Duration::seconds(1));
    let page = format!("/console/cases/{id}");
    let answer = app
        .post_as(
            handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", org),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "phone"),
                ("consent_at", "2026-11-23T10:05"),
                ("note", note),
            ],
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "referred to {org}: {}",
        answer.body
    );
    one(
        app,
        "select id from referrals where enquiry_id = $1 order by created_at desc, id limit 1",
        id,
    )
    .await
}

/// One text column of one row.
async fn one(app: &TestApp, sql: &'static str, bind: &str) -> String {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(sql)
        .bind(bind)
        .fetch_one(pool)
        .await
        .unwrap())
}

/// An inbox user bound to `orgs`, with a work address (so e-mail may reach them), signed
/// in through the inbox's own page; returns the client and the user's id.
pub(crate) async fn inbox_user(app: &TestApp, name: &str, orgs: &[&str]) -> (reqwest::Client, String) {
    let secret = app.create_user("municipality", name, orgs).await;
    let id = one(app, "select id from users where name = $1", name).await;
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query(
        "update users set email = $1 where id = $2"
    )
    .bind(format!("{name}@recipient.test"))
    .bind(&id)
    .execute(pool)
    .await
    .map(|_| ())
    .unwrap());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = app.get_as(&client, "/inbox/sign-in").await;
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("_csrf", csrf_token(&page.body).as_str()),
            ("name", name),
            ("password", PASSWORD),
            ("code", app.code(&secret).as_str()),
        ])
        .finish();
    let answer = app
        .send(
            client
                .post(app.url("/inbox/sign-in"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "{name} signs in: {}",
        answer.body
    );
    assert_eq!(answer.location(), "/inbox/", "{name} lands in the inbox");
    (client, id)
}

/// Posts step `step` on referral `rid` with the token of the list page.
pub(crate) async fn step(
    app: &TestApp,
    client: &reqwest::Client,
    rid: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> Answer {
    app.post_as(
        client,
        "/inbox/",
        &format!("/inbox/referrals/{rid}/{step}"),
        fields,
    )
    .await
}

/// The referral's status and how many steps are recorded on it.
async fn progress(app: &TestApp, rid: &str) -> (String, i64) {
    let status = one(app, "select status from referrals where id = $1", rid).await;
    let steps: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from referral_events where referral_id = $1"
    )
    .bind(rid)
    .fetch_one(pool)
    .await
    .unwrap());
    (status, steps)
}

/// The users an e-mail about referral `rid` was queued for, sorted.
async fn mailed(app: &TestApp, rid: &str) -> Vec<String> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select recipient from outbox where kind = 'email' and referral_id = $1 order by recipient"
    )
    .bind(rid)
    .fetch_all(pool)
    .await
    .unwrap())
}

/// E-mail on, towards a port where nothing listens: deliveries are queued (and fail), which
/// is all these tests look at.
fn mail_queued(config: &mut kontaktpunkt::config::Config) {
    config.email.enabled = true;
    config.email.host = "127.0.0.1".to_owned();
    config.email.port = 9;
    config.email.public_url = "https://kontaktpunkt.test".to_owned();
    config.notify.base_backoff_secs = 600;
}

#[tokio::test]
async fn every_recipient_kind_receives_in_its_own_inbox_and_accepts() {
    let app = TestApp::spawn_with(mail_queued).await;
    let handler = app.staff("handler").await;
    let mut users = Vec::new();
    for (i, org) in RECIPIENTS.iter().enumerate() {
        users.push(inbox_user(&app, &format!("recipient-{i}"), &[org]).await);
    }
    let id = case(&app, "every-kind-words").await;
    let mut referrals = Vec::new();
    for org in RECIPIENTS {
        referrals.push(refer(&app, &handler, &id, org, &format!("note for {org}")).await);
    }

    for (i, org) in RECIPIENTS.iter().enumerate() {
        let (client, user_id) = &users[i];
        let rid = &referrals[i];
        // The list holds this organisation's referral and no other's.
        let list = app.get_as(client, "/inbox/").await;
        assert_eq!(list.status, StatusCode::OK, "{org}");
        assert!(
            list.body.contains(&format!("/inbox/referrals/{rid}")),
            "{org} lists its referral"
        );
        for (j, other) in referrals.iter().enumerate() {
            if j != i {
                assert!(
                    !list.body.contains(other.as_str()),
                    "{org} lists {}'s referral",
                    RECIPIENTS[j]
                );
            }
        }
        // It opens it, with the note meant for it.
        let page = app.get_as(client, &format!("/inbox/referrals/{rid}")).await;
        assert_eq!(page.status, StatusCode::OK, "{org} opens its referral");
        assert!(
            page.body.contains(&format!("note for {org}")),
            "{org} reads its note"
        );
        // It accepts it.
        let accepted = step(&app, client, rid, "accept", &[]).await;
        assert_eq!(
            accepted.status,
            StatusCode::SEE_OTHER,
            "{org} accepts: {}",
            accepted.body
        );
        assert_eq!(progress(&app, rid).await, ("accepted".to_owned(), 1), "{org}");
        // The e-mail went to this organisation's user only.
        assert_eq!(
            mailed(&app, rid).await,
            std::slice::from_ref(user_id),
            "{org} is told by e-mail"
        );
    }
}

#[tokio::test]
async fn no_organisation_sees_another_organisations_referral_by_page_action_or_e_mail() {
    let app = TestApp::spawn_with(mail_queued).await;
    let handler = app.staff("handler").await;
    // Lund's social services, whose municipality the Malmö programme covers, and the
    // programme itself.
    let (lund, lund_id) = inbox_user(&app, "lund-social", &["socialtjanst:1281"]).await;
    let (programme, programme_id) = inbox_user(&app, "malmo-programme", &["programme:exempel-malmo"]).await;
    let id = case(&app, "programme-only-words").await;
    let theirs = refer(
        &app,
        &handler,
        &id,
        "programme:exempel-malmo",
        "note-programme-secret",
    )
    .await;
    let ours = refer(&app, &handler, &id, "socialtjanst:1281", "note-lund").await;

    // The list: each sees its own only; a cursor naming the other's id ends the list.
    let list = app.get_as(&lund, "/inbox/").await;
    assert!(list.body.contains(&ours));
    assert!(
        !list.body.contains(&theirs),
        "Lund does not list the programme's referral"
    );
    let paged = app.get_as(&lund, &format!("/inbox/?after={theirs}")).await;
    assert_eq!(paged.status, StatusCode::OK);
    assert!(!paged.body.contains("/inbox/referrals/"));
    let list = app.get_as(&programme, "/inbox/").await;
    assert!(list.body.contains(&theirs));
    assert!(
        !list.body.contains(&ours),
        "the programme does not list Lund's referral"
    );

    // The page: 404, exactly like an id that does not exist.
    let foreign = app.get_as(&lund, &format!("/inbox/referrals/{theirs}")).await;
    let unknown = app
        .get_as(&lund, &format!("/inbox/referrals/{}", uuid::Uuid::new_v4()))
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(!foreign.body.contains("note-programme-secret"));
    assert!(!foreign.body.contains("programme-only-words"));

    // Every step: 404, and nothing changes.
    let before = progress(&app, &theirs).await;
    for (name, fields) in [
        ("accept", vec![]),
        ("decline", vec![("reason", "not ours")]),
        ("forward", vec![("to_org", "socialtjanst:1280")]),
        ("question", vec![("text", "who is this?")]),
        ("state", vec![("state", "assessment")]),
        ("coordinator", vec![("at", "2026-11-23T10:30")]),
        ("first-contact", vec![("at", "2026-11-23T10:30")]),
    ] {
        let answer = step(&app, &lund, &theirs, name, &fields).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "Lund may not {name}");
    }
    assert_eq!(
        progress(&app, &theirs).await,
        before,
        "the programme's referral is untouched"
    );
    assert_eq!(before, ("sent".to_owned(), 0));

    // E-mail: each referral to its own organisation's users.
    assert_eq!(mailed(&app, &theirs).await, std::slice::from_ref(&programme_id));
    assert_eq!(mailed(&app, &ours).await, std::slice::from_ref(&lund_id));

    // The programme's user works its own referral; forwarding still names an
    // organisation, for the contact point to refer anew (the forward makes nothing visible
    // to the organisation named).
    let forwarded = step(
        &app,
        &programme,
        &theirs,
        "forward",
        &[("to_org", "socialtjanst:1281")],
    )
    .await;
    assert_eq!(forwarded.status, StatusCode::SEE_OTHER, "{}", forwarded.body);
    assert_eq!(progress(&app, &theirs).await, ("forwarded".to_owned(), 1));
    assert_eq!(
        app.get_as(&lund, &format!("/inbox/referrals/{theirs}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "a forward to Lund does not show Lund the programme's referral"
    );

    // The service the API calls has the same scope.
    use kontaktpunkt::referral::recipient::{self as service, Page, RecipientError};
    let scope = service::scope_for(app.state.db(), &lund_id).await.unwrap();
    assert_eq!(scope.orgs, ["socialtjanst:1281"]);
    let listed = service::list(&app.state, &scope, None, &Page::default())
        .await
        .unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [ours.as_str()]
    );
    assert!(matches!(
        service::get(&app.state, &scope, &theirs).await,
        Err(RecipientError::NotFound)
    ));
}

/// An API token for inbox user `user_id`, issued by an admin at `/console/api-tokens`.
pub(crate) async fn token_for(app: &TestApp, admin: &reqwest::Client, user_id: &str, codes: &str) -> String {
    let page = app
        .post_as(
            admin,
            "/console/api-tokens",
            "/console/api-tokens",
            &[
                ("user", user_id),
                ("label", "Case system"),
                ("scopes", "referrals:read"),
                ("scopes", "referrals:write"),
                ("days", "30"),
                ("codes", codes),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let marker = "id=\"api-token\">";
    let start = page.body.find(marker).expect("the token is shown once") + marker.len();
    page.body[start..].split('<').next().unwrap().trim().to_owned()
}

pub(crate) async fn api(
    app: &TestApp,
    token: &str,
    method: reqwest::Method,
    path: &str,
    key: &str,
    body: &Value,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new()
        .request(method.clone(), app.url(path))
        .bearer_auth(token);
    if method == reqwest::Method::POST {
        request = request.header("idempotency-key", key).json(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let value = response.json::<Value>().await.unwrap_or(Value::Null);
    (status, value)
}

#[tokio::test]
async fn the_api_answers_an_organisation_only_about_its_own_referrals() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let (_, lund_id) = inbox_user(&app, "lund-api", &["socialtjanst:1281"]).await;
    let (_, police_id) = inbox_user(&app, "police-syd-api", &["police:region:syd"]).await;
    let id = case(&app, "api-words").await;
    let programme = refer(&app, &handler, &id, "programme:exempel-malmo", "").await;
    let police = refer(&app, &handler, &id, "police:region:syd", "").await;
    let admin = app.staff("admin").await;
    let lund = token_for(&app, &admin, &lund_id, "").await;
    let police_token = token_for(&app, &admin, &police_id, "police:region:syd").await;
    let get = reqwest::Method::GET;
    let post = reqwest::Method::POST;

    // Lund lists nothing (the programme covers Lund, but the referral is the programme's).
    let (status, page) = api(&app, &lund, get.clone(), "/api/v1/referrals", "", &Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["items"], json!([]));
    // A read and every step on the programme's referral: 404 like an unknown id.
    let (status, foreign) = api(
        &app,
        &lund,
        get.clone(),
        &format!("/api/v1/referrals/{programme}"),
        "",
        &Value::Null,
    )
    .await;
    let (_, unknown) = api(
        &app,
        &lund,
        get.clone(),
        &format!("/api/v1/referrals/{}", uuid::Uuid::new_v4()),
        "",
        &Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        foreign, unknown,
        "another organisation's id answers like an unknown one"
    );
    for (segment, body) in [
        ("accept", json!({})),
        ("decline", json!({ "reason": "not ours" })),
        ("forward", json!({ "to_org": "socialtjanst:1280" })),
        ("state", json!({ "state": "assessment" })),
        ("questions", json!({ "text": "?" })),
    ] {
        let path = format!("/api/v1/referrals/{programme}/{segment}");
        let (status, body) = api(&app, &lund, post.clone(), &path, &format!("k-{segment}"), &body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{segment}");
        assert_eq!(body["error"]["code"], "not_found", "{segment}");
    }
    assert_eq!(progress(&app, &programme).await, ("sent".to_owned(), 0));

    // The police region's case system reads and accepts its own referral.
    let (status, page) = api(
        &app,
        &police_token,
        get.clone(),
        "/api/v1/referrals",
        "",
        &Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [police.as_str()]);
    let (status, one) = api(
        &app,
        &police_token,
        get,
        &format!("/api/v1/referrals/{police}"),
        "",
        &Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["org"], "police:region:syd");
    let (status, _) = api(
        &app,
        &police_token,
        post,
        &format!("/api/v1/referrals/{police}/accept"),
        "accept-1",
        &json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(progress(&app, &police).await, ("accepted".to_owned(), 1));
}

#[tokio::test]
async fn user_add_binds_organisations_and_refuses_one_not_in_the_directory() {
    // The real binary, on the test's database.
    let app = TestApp::spawn().await;
    let run = |args: &[&str]| {
        use std::io::Write as _;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
            .args(["user", "add"])
            .args(args)
            .current_dir(crate::helpers::root())
            .env("KONTAKTPUNKT_DATABASE_URL", &app.database_url)
            .env(
                "KONTAKTPUNKT_DATA_KEY",
                "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            )
            .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
        let output = child.wait_with_output().unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let refused: [(&[&str], &str); 5] = [
        (
            &[
                "--role",
                "municipality",
                "--name",
                "x",
                "--org",
                "police:region:atlantis",
            ],
            "--org police:region:atlantis",
        ),
        (
            &["--role", "municipality", "--name", "x", "--org", "emergency:112"],
            "no inbox",
        ),
        (
            &["--role", "municipality", "--name", "x", "--municipality", "9999"],
            "--municipality 9999",
        ),
        (&["--role", "municipality", "--name", "x"], "--org ID"),
        (
            &["--role", "handler", "--name", "x", "--org", "kriminalvarden"],
            "other roles",
        ),
    ];
    for (args, named) in refused {
        let (code, said) = run(args);
        assert_eq!(code, Some(2), "{args:?} is a usage error: {said}");
        assert!(said.contains(named), "{args:?}: {said}");
    }

    let (code, said) = run(&[
        "--role",
        "municipality",
        "--name",
        "many",
        "--org",
        "kriminalvarden",
        "--org",
        "programme:exempel-malmo",
        "--municipality",
        "1281",
        "--org",
        "kriminalvarden",
    ]);
    assert_eq!(code, Some(0), "{said}");
    let orgs: Vec<String> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select o.org from user_orgs o join users u on u.id = o.user_id where u.name = $1 order by o.org"
    )
    .bind("many")
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(
        orgs,
        ["kriminalvarden", "programme:exempel-malmo", "socialtjanst:1281"]
    );
}
