//! Quasi-identifiers are not readable in the database (#14): an insider with a dump must
//! not learn, per case, the decision's flags (child, protected identity, psychiatric
//! needs, self-harm…), the police region or a callback request's wishes. The queue keeps
//! what it filters on as keyed tags and finds the case by flag and by region all the
//! same; rows stored in clear before are converted at start-up.

use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::startup::App;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, plain};

/// The flags the callback request of [`callback_request`] is decided with, by name.
const FLAGS: [&str; 5] = [
    "child",
    "protected_identity",
    "psychiatric_needs",
    "self_harm_risk",
    "needs_interpreter",
];

/// A callback request from a 16-year-old in Stockholm with protected identity,
/// psychiatric needs and a risk of self-harm, to be called on weekday evenings or at
/// weekends, with an interpreter in Tigrinya, a voicemail allowed and the caller free to
/// say who calls.
fn callback_request() -> Vec<(&'static str, &'static str)> {
    vec![
        ("phone", "070-123 45 67"),
        ("windows", "weekday_evening"),
        ("windows", "weekend_day"),
        ("voicemail_ok", "true"),
        ("may_say_who", "true"),
        ("language", "sv"),
        ("interpreter", "true"),
        ("interpreter_language", "ti"),
        ("enquirer", "self"),
        ("age_band", "15_17"),
        ("municipality", "0180"),
        ("situation", "protected_identity"),
        ("needs", "psychiatric"),
        ("risks", "self_harm"),
        ("message", "Ring mig på kvällen."),
    ]
}

/// Sends the callback request; returns its case id.
async fn send_callback(app: &TestApp) -> String {
    let sent = app
        .post_form("/sv/callback", "/sv/callback", &callback_request())
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.newest_enquiry_id().await
}

/// Sends a plain enquiry from Malmö (region Syd) with no flag the test looks for, after
/// `first`; returns its case id.
async fn send_other(app: &TestApp, first: &str) -> String {
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "relative"),
            ("municipality", "1280"),
            ("message", "En annan fråga."),
        ],
    )
    .await;
    // The test clock stands still: both have the same time.
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from enquiries where id <> $1"
    )
    .bind(first)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// One value of a raw row: text, or the bytes of a blob, or a number or flag as text.
enum Raw {
    Text(String),
    Bytes(Vec<u8>),
}

/// Every value of every row of `table`, with its column's name, as the database holds it.
async fn raw_values(app: &TestApp, table: &str) -> Vec<(String, Raw)> {
    use sqlx::{Column as _, Row as _};
    let sql = sqlx::AssertSqlSafe(format!("select * from {table}"));
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        let rows = sqlx::query(sql).fetch_all(pool).await.unwrap();
        let mut values = Vec::new();
        for row in &rows {
            for (i, column) in row.columns().iter().enumerate() {
                let name = column.name().to_owned();
                let value = if let Ok(text) = row.try_get::<Option<String>, _>(i) {
                    Raw::Text(text.unwrap_or_default())
                } else if let Ok(bytes) = row.try_get::<Option<Vec<u8>>, _>(i) {
                    Raw::Bytes(bytes.unwrap_or_default())
                } else if let Ok(n) = row.try_get::<Option<i64>, _>(i) {
                    Raw::Text(n.map(|n| n.to_string()).unwrap_or_default())
                } else if let Ok(n) = row.try_get::<Option<i32>, _>(i) {
                    Raw::Text(n.map(|n| n.to_string()).unwrap_or_default())
                } else if let Ok(b) = row.try_get::<Option<bool>, _>(i) {
                    Raw::Text(b.map(|b| b.to_string()).unwrap_or_default())
                } else {
                    panic!("{table}.{name} has a type this test cannot read");
                };
                values.push((name, value));
            }
        }
        values
    })
}

/// What must not be readable: every flag, window and region (slug and name), and the
/// interpreter's language.
fn secrets() -> Vec<String> {
    let mut words: Vec<String> = FLAGS.iter().map(|f| (*f).to_owned()).collect();
    words.extend(
        ["weekday_evening", "weekend_day", "stockholm", "ti"]
            .iter()
            .map(|w| (*w).to_owned()),
    );
    words
}

/// Fails if a value of `table` reads as one of [`secrets`]: any word of a text value
/// (split at everything but letters, digits and `_`), and the longer secrets anywhere in
/// a blob (sealed bytes are random: a two-letter word would turn up in them by chance).
async fn assert_unreadable(app: &TestApp, table: &str) {
    let secrets = secrets();
    let values = raw_values(app, table).await;
    assert!(!values.is_empty(), "{table} has rows");
    for (column, value) in values {
        match value {
            Raw::Text(text) => {
                let lower = text.to_lowercase();
                for word in lower.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                    assert!(
                        !secrets.iter().any(|s| s == word),
                        "{table}.{column} reads {word:?}: {text}"
                    );
                }
            }
            Raw::Bytes(bytes) => {
                let lossy = String::from_utf8_lossy(&bytes).to_lowercase();
                for secret in secrets.iter().filter(|s| s.len() >= 8) {
                    assert!(
                        !lossy.contains(secret.as_str()),
                        "{table}.{column} holds {secret:?}"
                    );
                }
            }
        }
    }
}

/// The case ids a queue page lists, of `ids`.
async fn listed(app: &TestApp, handler: &reqwest::Client, query: &str, ids: &[&str]) -> Vec<String> {
    let page = app.get_as(handler, &format!("/console/?{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{query}");
    ids.iter()
        .filter(|id| page.body.contains(*id))
        .map(|id| (*id).to_owned())
        .collect()
}

/// The sealed wishes of callback `id`, opened.
async fn wishes(app: &TestApp, id: &str) -> Value {
    let sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select wishes_sealed from callbacks where enquiry_id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::CallbackWishes, id), &sealed)
        .expect("the wishes open with their context");
    serde_json::from_slice(&bytes).unwrap()
}

async fn execute(app: &TestApp, sql: &'static str, id: &str) {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query(sql)
        .bind(id)
        .execute(pool)
        .await
        .map(|_| ())
        .unwrap());
}

#[tokio::test]
async fn no_flag_region_or_callback_wish_is_readable_in_the_rows_and_the_queue_still_filters_by_them() {
    let app = TestApp::spawn().await;
    let id = send_callback(&app).await;
    let other = send_other(&app, &id).await;

    // The decision carries every flag (it is sealed, so the test opens it).
    let decision_sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select decision_sealed from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    let decision: Value = serde_json::from_slice(
        &app.state
            .keys()
            .open(&Context::new(Column::EnquiryDecision, &id), &decision_sealed)
            .unwrap(),
    )
    .unwrap();
    for flag in FLAGS {
        assert!(
            decision["flags"].as_array().unwrap().contains(&json!(flag)),
            "the decision has {flag}: {decision}"
        );
    }

    // No column of either table reads as a flag, a window, the region or the language.
    assert_unreadable(&app, "enquiries").await;
    assert_unreadable(&app, "callbacks").await;

    // The queue finds exactly that case by each of its flags and by its region.
    let handler = app.staff("handler").await;
    let both = [id.as_str(), other.as_str()];
    for flag in FLAGS {
        assert_eq!(
            listed(&app, &handler, &format!("flag={flag}"), &both).await,
            vec![id.clone()],
            "flag={flag}"
        );
    }
    assert_eq!(
        listed(&app, &handler, "region=stockholm", &both).await,
        vec![id.clone()]
    );
    assert_eq!(
        listed(&app, &handler, "region=syd", &both).await,
        vec![other.clone()]
    );
    assert_eq!(
        listed(&app, &handler, "flag=acute_danger", &both).await,
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn the_case_page_shows_the_sealed_wishes_and_the_clear_columns_stay_blank() {
    let app = TestApp::spawn().await;
    let id = send_callback(&app).await;
    assert_eq!(
        wishes(&app, &id).await,
        json!({
            "windows": ["weekday_evening", "weekend_day"],
            "voicemail_ok": true,
            "may_say_who": true,
            "interpreter": true,
            "interpreter_language": "ti",
        })
    );
    let blank: (String, bool, bool, bool, Option<String>) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select windows, voicemail_ok, may_say_who, interpreter, interpreter_language \
             from callbacks where enquiry_id = $1"
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap());
    assert_eq!(blank, (String::new(), false, false, false, None));

    let (handler, _) = app.signed_in("handler", "Hanna Handläggare").await;
    app.claim(&handler, &id).await;
    let page = plain(&app.get_as(&handler, &format!("/console/cases/{id}")).await.body);
    for shown in [
        "vardagar 17–21",
        "Får lämnas",
        "Får säga att det är Kontaktpunkten",
        "Behövs: ti",
    ] {
        assert!(
            page.contains(shown),
            "the callback section reads the sealed wishes: {shown}"
        );
    }
}

#[tokio::test]
async fn rows_stored_in_clear_are_converted_at_start_up_once() {
    let app = TestApp::spawn().await;
    let id = send_callback(&app).await;
    let other = send_other(&app, &id).await;
    // The rows as they were stored before #14: names in the queue's columns, the wishes
    // in clear columns and nothing sealed.
    execute(
        &app,
        "update enquiries set flags = ',child,protected_identity,psychiatric_needs,\
         self_harm_risk,needs_interpreter,', police_region = 'stockholm' where id = $1",
        &id,
    )
    .await;
    execute(
        &app,
        "update enquiries set flags = ',consent_required,', police_region = 'syd' where id = $1",
        &other,
    )
    .await;
    execute(
        &app,
        "update callbacks set wishes_sealed = null, windows = ',weekday_evening,weekend_day,', \
         voicemail_ok = true, may_say_who = true, interpreter = true, interpreter_language = 'ti' \
         where enquiry_id = $1",
        &id,
    )
    .await;

    // A start on that database converts them.
    let mut config = crate::helpers::test_config(&app.database_url);
    config.data_dir = std::env::temp_dir().join(format!("kp-reseal-{}", uuid::Uuid::new_v4().simple()));
    drop(App::build_with_clock(config, app.clock.clone()).await.unwrap());

    assert_unreadable(&app, "enquiries").await;
    assert_unreadable(&app, "callbacks").await;
    let keys = app.state.keys();
    let (flags, region): (String, String) = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select flags, police_region from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    let tags: Vec<String> = FLAGS.iter().map(|f| keys.tag("flag", f)).collect();
    assert_eq!(
        flags,
        format!(",{},", tags.join(",")),
        "the flags' tags, in order"
    );
    assert_eq!(region, keys.tag("police_region", "stockholm"));
    assert_eq!(
        wishes(&app, &id).await,
        json!({
            "windows": ["weekday_evening", "weekend_day"],
            "voicemail_ok": true,
            "may_say_who": true,
            "interpreter": true,
            "interpreter_language": "ti",
        })
    );

    // The queue finds the converted cases by flag and region.
    let handler = app.staff("handler").await;
    let both = [id.as_str(), other.as_str()];
    assert_eq!(
        listed(&app, &handler, "flag=psychiatric_needs", &both).await,
        vec![id.clone()]
    );
    assert_eq!(
        listed(&app, &handler, "flag=consent_required", &both).await,
        vec![other.clone()]
    );
    assert_eq!(
        listed(&app, &handler, "region=stockholm", &both).await,
        vec![id.clone()]
    );

    // Converted rows are left alone: the next start finds nothing to do.
    let again = kontaktpunkt::enquiry::reseal::run(app.state.db(), keys)
        .await
        .unwrap();
    assert_eq!(again, kontaktpunkt::enquiry::reseal::Converted::default());
    let (after, _): (String, String) = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select flags, police_region from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(after, flags);
}
