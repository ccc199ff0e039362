//! Webhooks for every recipient organisation: a webhook is bound to organisations of the
//! directory (`webhook_orgs`), like inbox users, and hears of a referral only when the
//! referral's recipient organisation is one of its own — a programme, a police region, an
//! agency as well as a municipality's social services. Real HTTP receivers check every
//! signed call; the admin form refuses what the directory does not know and keeps what
//! was typed; the migration carries the webhooks entered by municipality code over.

use reqwest::StatusCode;
use sqlx::migrate::Migrator;

use crate::helpers::{TestApp, root};
use crate::notify::{Receiver, a_few_rounds, add_webhook_for, eventually};

/// The migration that binds webhooks to organisations.
const WEBHOOK_ORGS: i64 = 20_261_207_000_005;

/// Quick polling, webhooks only, and a public address for the links they carry.
async fn app() -> TestApp {
    TestApp::spawn_with(|config| {
        // Dev mode: the test receivers are plain http on loopback, which only dev mode allows.
        config.dev = true;
        config.email.enabled = false;
        config.email.public_url = "https://kontaktpunkt.test".to_owned();
        config.notify.poll_ms = 25;
    })
    .await
}

/// A real receiver with the webhook an admin added for `orgs` (as typed on the form).
async fn receiver_for(app: &TestApp, admin: &reqwest::Client, orgs: &str) -> Receiver {
    let receiver = Receiver::start(app.clock.clone()).await;
    let secret = add_webhook_for(app, admin, &receiver.url, orgs).await;
    *receiver.secret.lock().unwrap() = secret;
    receiver
}

/// An adult from `municipality` under a serious threat, with consent to share; the case id.
async fn case(app: &TestApp, municipality: &str) -> String {
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", municipality),
            ("environment", "criminal_network"),
            ("threat", "serious"),
            ("needs", "housing"),
            ("consent_to_share", "true"),
            ("message", "Jag vill ut."),
        ],
    )
    .await;
    app.newest_enquiry_id().await
}

/// Refers `case` to `org` through the console's form (basic facts, consent by phone);
/// returns the referral's id.
async fn refer(app: &TestApp, handler: &reqwest::Client, case: &str, org: &str) -> String {
    app.clock.advance(time::Duration::seconds(1));
    let page = format!("/console/cases/{case}");
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
            ],
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "referred to {org}: {}",
        answer.body
    );
    // `referrals.org` holds the organisation's keyed tag (#14).
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from referrals where enquiry_id = $1 and org = $2"
    )
    .bind(case)
    .bind(app.state.keys().tag("org", org))
    .fetch_one(pool)
    .await
    .unwrap())
}

/// The referral ids a receiver was told of, each call signed and fresh.
fn heard(receiver: &Receiver) -> Vec<String> {
    let calls = receiver.calls();
    assert!(
        calls.iter().all(|c| c.verified),
        "every call is signed: {calls:?}"
    );
    let mut ids: Vec<String> = calls
        .iter()
        .map(|c| c.body["referral_id"].as_str().unwrap_or_default().to_owned())
        .collect();
    ids.sort();
    ids
}

/// Waits until the outbox has delivered `n` webhook calls, then a little longer.
async fn delivered(app: &TestApp, n: i64) {
    eventually("the webhooks were delivered", || async {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
            "select count(*) from outbox where kind = 'webhook' and state = 'sent'"
        )
        .fetch_one(pool)
        .await
        .unwrap())
            >= n
    })
    .await;
    a_few_rounds().await;
}

#[tokio::test]
async fn a_programmes_webhook_hears_of_its_referrals_and_the_municipal_code_still_means_social_services() {
    let app = app().await;
    let admin = app.staff("admin").await;
    let handler = app.staff("handler").await;
    let programme = receiver_for(&app, &admin, "programme:exempel-malmo").await;
    // The old shorthand: a bare municipality code is that municipality's social services.
    let social = receiver_for(&app, &admin, "1280").await;

    // Malmö is covered by the Malmö programme; one case goes to each recipient.
    let to_programme = refer(
        &app,
        &handler,
        &case(&app, "1280").await,
        "programme:exempel-malmo",
    )
    .await;
    let to_social = refer(&app, &handler, &case(&app, "1280").await, "socialtjanst:1280").await;

    delivered(&app, 2).await;
    assert_eq!(
        heard(&programme),
        [to_programme],
        "the programme hears of its own only"
    );
    assert_eq!(heard(&social), [to_social], "social services hear of theirs only");
}

#[tokio::test]
async fn a_police_regions_webhook_hears_only_of_its_regions_referrals() {
    let app = app().await;
    let admin = app.staff("admin").await;
    let handler = app.staff("handler").await;
    let syd = receiver_for(&app, &admin, "police:region:syd").await;
    let agencies = receiver_for(&app, &admin, "kriminalvarden, sis").await;

    let own = refer(&app, &handler, &case(&app, "1280").await, "police:region:syd").await;
    refer(
        &app,
        &handler,
        &case(&app, "0180").await,
        "police:region:stockholm",
    )
    .await;
    refer(&app, &handler, &case(&app, "1280").await, "socialtjanst:1280").await;
    let to_kriminalvarden = refer(&app, &handler, &case(&app, "0180").await, "kriminalvarden").await;

    delivered(&app, 2).await;
    assert_eq!(heard(&syd), [own], "Syd hears of Syd's referral, not Stockholm's");
    assert_eq!(heard(&agencies), [to_kriminalvarden], "an agency's webhook too");
    let queued: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from outbox where kind = 'webhook'"
    )
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(queued, 2, "nothing queued for referrals no webhook serves");
}

#[tokio::test]
async fn the_webhook_form_takes_directory_ids_refuses_unknown_ones_and_keeps_what_was_typed() {
    let app = app().await;
    let admin = app.staff("admin").await;
    let post = |orgs: &'static str| {
        let (app, admin) = (&app, &admin);
        async move {
            app.post_as(
                admin,
                "/console/webhooks",
                "/console/webhooks",
                &[("url", "https://arende.polisen.test/in"), ("orgs", orgs)],
            )
            .await
        }
    };

    let unknown = post("programme:exempel-malmo, police:region:atlantis").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .body
            .contains("value=\"programme:exempel-malmo, police:region:atlantis\""),
        "the organisations typed are kept"
    );
    assert!(
        unknown.body.contains("value=\"https://arende.polisen.test/in\""),
        "the address typed is kept"
    );
    assert!(
        unknown
            .body
            .contains("\u{2068}police:region:atlantis\u{2069} finns inte i katalogen."),
        "the unknown id is named: {}",
        unknown.body
    );
    assert!(unknown.body.contains("aria-invalid=\"true\"") && unknown.body.contains("href=\"#i-orgs\""));
    let no_referrals = post("emergency:112").await;
    assert_eq!(no_referrals.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_referrals
            .body
            .contains("\u{2068}emergency:112\u{2069} tar inte emot remisser.")
    );
    let empty = post(" , ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Skriv minst en organisation."));
    let markup = post("<b>x</b>").await;
    assert_eq!(markup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!markup.body.contains("<b>x</b>"), "what was typed is escaped");
    assert_eq!(app.count("webhooks").await, 0, "nothing refused is stored");
    assert_eq!(app.count("webhook_orgs").await, 0);

    add_webhook_for(
        &app,
        &admin,
        "https://arende.polisen.test/in",
        "police:region:syd programme:exempel-malmo;1280\nsocialtjanst:1280",
    )
    .await;
    let bound: Vec<String> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select org from webhook_orgs order by org"
    )
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(
        bound,
        [
            "police:region:syd",
            "programme:exempel-malmo",
            "socialtjanst:1280"
        ],
        "once each"
    );
    let list = app.get_as(&admin, "/console/webhooks").await;
    for shown in [
        "Polisregion Syd (police:region:syd)",
        "Exempel: Avhopparverksamheten i Malmö (programme:exempel-malmo)",
        "Socialtjänsten i Malmö (socialtjanst:1280)",
    ] {
        assert!(list.body.contains(shown), "the list names {shown}");
    }
    let audited = crate::sealed_referrals::audit_details(&app, "export").await;
    assert!(
        audited.len() == 1 && audited[0].starts_with("webhook-added:"),
        "{audited:?}"
    );
}

/// Applies every migration before [`WEBHOOK_ORGS`] to `$pool`, stores a webhook entered
/// by municipality codes the old way, applies the rest, and returns what the webhook is
/// bound to and whether the old table is gone. (A macro: the same steps on either pool.)
macro_rules! carried_over {
    ($pool:expr, $backend:literal) => {{
        let pool = $pool;
        let migrator = Migrator::new(root().join("migrations").join($backend))
            .await
            .unwrap();
        let before = migrator
            .iter()
            .map(|m| m.version)
            .filter(|v| *v < WEBHOOK_ORGS)
            .max()
            .unwrap();
        migrator.run_to(before, pool).await.unwrap();
        sqlx::query(
            "insert into users (id, name, role, password_hash, totp_secret_sealed, created_at) \
             values ('u1', 'admin', 'admin', 'x', $1, 1)",
        )
        .bind(vec![0_u8; 4])
        .execute(pool)
        .await
        .unwrap();
        sqlx::query(
            "insert into webhooks (id, url, secret_sealed, created_by, created_at) \
             values ('w1', 'https://arende.malmo.test/in', $1, 'u1', 1)",
        )
        .bind(vec![0_u8; 4])
        .execute(pool)
        .await
        .unwrap();
        for code in ["1280", "1281"] {
            sqlx::query("insert into webhook_municipalities (webhook_id, code) values ('w1', $1)")
                .bind(code)
                .execute(pool)
                .await
                .unwrap();
        }
        migrator
            .run(pool)
            .await
            .expect("the new migration applies to a filled database");
        let bound: Vec<String> =
            sqlx::query_scalar("select org from webhook_orgs where webhook_id = 'w1' order by org")
                .fetch_all(pool)
                .await
                .unwrap();
        let old_table = sqlx::query("select 1 from webhook_municipalities")
            .fetch_all(pool)
            .await
            .is_ok();
        (bound, !old_table)
    }};
}

#[tokio::test]
async fn the_migration_binds_old_municipality_webhooks_to_those_social_services() {
    let expected = (
        vec!["socialtjanst:1280".to_owned(), "socialtjanst:1281".to_owned()],
        true,
    );
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let sqlite = sqlx::SqlitePool::connect(&url).await.unwrap();
    assert_eq!(carried_over!(&sqlite, "sqlite"), expected, "SQLite");
    sqlite.close().await;

    let (pg_url, server) = crate::migrations::fresh_postgres().await;
    let postgres = sqlx::PgPool::connect(&pg_url).await.unwrap();
    let result = carried_over!(&postgres, "postgres");
    postgres.close().await;
    let admin = sqlx::PgPool::connect(&server).await.unwrap();
    let name = pg_url.rsplit_once('/').unwrap().1;
    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("drop database if exists {name}")))
        .execute(&admin)
        .await;
    admin.close().await;
    assert_eq!(result, expected, "PostgreSQL");
}
