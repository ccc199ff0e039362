//! Quasi-identifiers of referrals and of the audit log are sealed at rest (issue #14):
//! whoever holds a copy of the database learns neither to which organisation (which
//! municipality) a case was referred or forwarded, nor an event's or audit record's
//! detail. `referrals.org` holds only the organisation's keyed tag, which the inbox, the
//! API and notifications still filter on; the console, the inbox and `audit verify` still
//! read everything. Rows written in clear before are converted at start-up.

use reqwest::StatusCode;
use serde_json::Value;

use crate::audit::cli;
use crate::helpers::TestApp;
use crate::org_inbox::{api, case, inbox_user, refer, step, token_for};

/// Malmö's and Lund's social services, and the programme Malmö forwards to.
const MALMO: &str = "socialtjanst:1280";
const LUND: &str = "socialtjanst:1281";
const PROGRAMME: &str = "programme:exempel-malmo";
/// The outcome a handler closes a case with.
const OUTCOME: &str = "referred_with_report";

/// The tables that describe referrals and what was done with them.
const TABLES: [&str; 6] = [
    "referrals",
    "referral_events",
    "referral_municipalities",
    "mandatory_reports",
    "case_events",
    "audit_log",
];

/// Every value of every column of `table`, as text (sealed bytes read as lossy UTF-8).
async fn raw_values(app: &TestApp, table: &str) -> Vec<(String, String)> {
    let columns: Vec<(String, String)> = if app.database_url.starts_with("sqlite") {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select name, lower(type) from pragma_table_info($1)"
        )
        .bind(table)
        .fetch_all(pool)
        .await
        .unwrap())
    } else {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select column_name::text, data_type::text from information_schema.columns \
             where table_name = $1 and table_schema = current_schema()"
        )
        .bind(table)
        .fetch_all(pool)
        .await
        .unwrap())
    };
    assert!(!columns.is_empty(), "{table} has columns");
    let mut out = Vec::new();
    for (column, kind) in columns {
        let blob = kind == "blob" || kind == "bytea";
        let sql = if blob {
            format!("select {column} from {table}")
        } else {
            format!("select cast({column} as text) from {table}")
        };
        let values: Vec<Option<String>> = if blob {
            let raw: Vec<Option<Vec<u8>>> = kontaktpunkt::with_db!(app.state.db(), |pool| {
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                    .fetch_all(pool)
                    .await
                    .unwrap()
            });
            raw.into_iter()
                .map(|b| b.map(|b| String::from_utf8_lossy(&b).into_owned()))
                .collect()
        } else {
            kontaktpunkt::with_db!(app.state.db(), |pool| {
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                    .fetch_all(pool)
                    .await
                    .unwrap()
            })
        };
        out.extend(values.into_iter().flatten().map(|v| (column.clone(), v)));
    }
    out
}

/// Asserts that no column of the referral and audit tables names an organisation, a
/// municipality code or the outcome.
async fn nothing_in_clear(app: &TestApp) {
    for table in TABLES {
        for (column, value) in raw_values(app, table).await {
            for needle in [
                "socialtjanst",
                "exempel-malmo",
                "programme",
                OUTCOME,
                ":1280",
                ":1281",
            ] {
                assert!(
                    !value.contains(needle),
                    "{table}.{column} holds {needle:?} in clear: {value:?}"
                );
            }
            for code in ["1280", "1281"] {
                assert_ne!(value, code, "{table}.{column} holds a municipality code");
            }
        }
    }
}

/// The `referrals.org` of every referral.
async fn stored_orgs(app: &TestApp) -> Vec<String> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select org from referrals order by id"
    )
    .fetch_all(pool)
    .await
    .unwrap())
}

/// The details of the audit records of `action`, opened (newest first).
pub(crate) async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    kontaktpunkt::audit::recent(app.state.db(), 500, Some(action))
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.detail)
        .collect()
}

/// Who did `action` on case `case` and the detail, oldest first, opened.
pub(crate) async fn audited_on(app: &TestApp, action: &str, case: &str) -> Vec<(String, String)> {
    let filter = kontaktpunkt::audit::Filter {
        action: action.to_owned(),
        case_id: case.to_owned(),
        ..Default::default()
    };
    let mut records = kontaktpunkt::audit::search(app.state.db(), &filter, 500)
        .await
        .unwrap();
    records.reverse();
    records.into_iter().map(|r| (r.actor, r.detail)).collect()
}

/// Two cases referred to Malmö and to Lund; Malmö forwards its referral to the programme,
/// Lund accepts and moves its own on, and a handler closes Lund's case. Returns
/// (Malmö's referral, Lund's referral, Malmö's case, Lund's case).
async fn referred_forwarded_and_closed(app: &TestApp) -> (String, String, String, String) {
    let handler = app.staff("handler").await;
    let (malmo, _) = inbox_user(app, "malmo-social", &[MALMO]).await;
    let (lund, _) = inbox_user(app, "lund-social", &[LUND]).await;
    let malmo_case = case(app, "sealed-malmo-words").await;
    let lund_case = case(app, "sealed-lund-words").await;
    let ra = refer(app, &handler, &malmo_case, MALMO, "").await;
    let rb = refer(app, &handler, &lund_case, LUND, "").await;
    let page = format!("/console/cases/{malmo_case}");
    let reported = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/mandatory-report"),
            &[
                ("reported_by", "sealed-report-probe"),
                ("reported_at", "2026-11-23T10:15"),
                ("reported_to", MALMO),
            ],
        )
        .await;
    assert_eq!(reported.status, StatusCode::SEE_OTHER, "{}", reported.body);
    assert_eq!(
        app.get_as(&malmo, &format!("/inbox/referrals/{ra}")).await.status,
        StatusCode::OK
    );
    let forwarded = step(app, &malmo, &ra, "forward", &[("to_org", PROGRAMME)]).await;
    assert_eq!(forwarded.status, StatusCode::SEE_OTHER, "{}", forwarded.body);
    for (name, fields) in [("accept", vec![]), ("state", vec![("state", "assessment")])] {
        let answer = step(app, &lund, &rb, name, &fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{name}: {}", answer.body);
    }
    let page = format!("/console/cases/{lund_case}");
    let closed = app
        .post_as(&handler, &page, &format!("{page}/close"), &[("outcome", OUTCOME)])
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    (ra, rb, malmo_case, lund_case)
}

#[tokio::test]
async fn a_dump_of_referrals_events_and_audit_names_no_organisation_municipality_or_outcome() {
    let app = TestApp::spawn().await;
    let (ra, rb, malmo_case, _) = referred_forwarded_and_closed(&app).await;

    nothing_in_clear(&app).await;
    // The filter column holds keyed tags: `t` and 24 hex digits, one per organisation.
    let orgs = stored_orgs(&app).await;
    assert_eq!(orgs.len(), 2);
    assert!(
        orgs.iter().all(|t| t.len() == 25 && t.starts_with('t')),
        "{orgs:?}"
    );
    assert_ne!(orgs[0], orgs[1]);

    // Everyone who may read still reads: the audit (opened), the chain, the case page.
    assert!(audit_details(&app, "refer").await.contains(&PROGRAMME.to_owned()));
    assert!(audit_details(&app, "refer").await.contains(&MALMO.to_owned()));
    assert_eq!(audit_details(&app, "close").await, vec![OUTCOME.to_owned()]);
    let auditor = app.staff("auditor").await;
    let audit_page = app.get_as(&auditor, "/console/audit?action=refer").await;
    assert_eq!(audit_page.status, StatusCode::OK);
    assert!(
        audit_page.body.contains(PROGRAMME),
        "the auditor reads the detail"
    );
    let (code, out, err) = cli(&app, &["audit", "verify"], None);
    assert_eq!(code, 0, "{out}{err}");
    let handler = app.staff("handler").await;
    let case_page = app
        .get_as(&handler, &format!("/console/cases/{malmo_case}"))
        .await;
    assert!(
        case_page.body.contains("Socialtjänsten i Malmö"),
        "the case page names the recipient and the report's"
    );

    // Each municipality's inbox and API list its own referral only.
    let admin = app.staff("admin").await;
    for (name, own, other) in [("malmo-social", &ra, &rb), ("lund-social", &rb, &ra)] {
        let id: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
            "select id from users where name = $1"
        )
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap());
        let token = token_for(&app, &admin, &id, "").await;
        let (status, page) = api(
            &app,
            &token,
            reqwest::Method::GET,
            "/api/v1/referrals",
            "",
            &Value::Null,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let listed: Vec<&str> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        assert_eq!(
            listed,
            vec![own.as_str()],
            "{name} lists its own referral only, not {other}"
        );
    }
    let (status, read) = {
        let id: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
            "select id from users where name = 'malmo-social'"
        )
        .fetch_one(pool)
        .await
        .unwrap());
        let token = token_for(&app, &admin, &id, "").await;
        api(
            &app,
            &token,
            reqwest::Method::GET,
            &format!("/api/v1/referrals/{ra}"),
            "",
            &Value::Null,
        )
        .await
    };
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["timeline"]["forwarded_to"], PROGRAMME, "{read}");
    assert_eq!(read["org"], MALMO, "{read}");
}

#[tokio::test]
async fn rows_stored_in_clear_before_are_sealed_at_start_and_the_audit_chain_still_verifies() {
    let app = TestApp::spawn().await;
    let (ra, _, _, lund_case) = referred_forwarded_and_closed(&app).await;
    // The database as the code before issue #14 left it: every value in clear. An audit
    // record's MAC covers its plain detail, so a keyed record in clear verifies as well.
    let clear_audit: Vec<(i64, String)> = kontaktpunkt::audit::recent(app.state.db(), 500, None)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.seq, r.detail))
        .collect();
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query(
            "update referrals set org = $1, org_sealed = null, forwarded_to = $2, \
             forwarded_to_sealed = null where id = $3",
        )
        .bind(MALMO)
        .bind(PROGRAMME)
        .bind(&ra)
        .execute(pool)
        .await
        .unwrap();
        sqlx::query(
            "update referral_events set detail = $1, detail_sealed = null \
             where referral_id = $2 and kind = 'forward'",
        )
        .bind(PROGRAMME)
        .bind(&ra)
        .execute(pool)
        .await
        .unwrap();
        sqlx::query("update referral_municipalities set code = '1280' where referral_id = $1")
            .bind(&ra)
            .execute(pool)
            .await
            .unwrap();
        sqlx::query("update mandatory_reports set reported_to = $1, reported_to_sealed = null")
            .bind(MALMO)
            .execute(pool)
            .await
            .unwrap();
        sqlx::query("update case_events set detail = $1, detail_sealed = null where enquiry_id = $2 and kind = 'close'")
            .bind(OUTCOME)
            .bind(&lund_case)
            .execute(pool)
            .await
            .unwrap();
        for (seq, detail) in &clear_audit {
            sqlx::query("update audit_log set detail = $1, detail_sealed = null where seq = $2")
                .bind(detail)
                .bind(seq)
                .execute(pool)
                .await
                .unwrap();
        }
    });
    let (code, out, err) = cli(&app, &["audit", "verify"], None);
    assert_eq!(code, 0, "clear records verify: {out}{err}");

    // What start-up runs after the migrations; twice, as two instances might.
    let keys = app.state.keys();
    kontaktpunkt::referral::reseal::run(app.state.db(), keys)
        .await
        .unwrap();
    let once = raw_values(&app, "referrals").await;
    kontaktpunkt::referral::reseal::run(app.state.db(), keys)
        .await
        .unwrap();
    assert_eq!(
        raw_values(&app, "referrals").await,
        once,
        "a second run changes nothing"
    );

    nothing_in_clear(&app).await;
    assert!(
        stored_orgs(&app)
            .await
            .iter()
            .all(|t| t.len() == 25 && t.starts_with('t'))
    );
    let (code, out, err) = cli(&app, &["audit", "verify"], None);
    assert_eq!(code, 0, "re-sealed records verify: {out}{err}");
    assert!(audit_details(&app, "refer").await.contains(&PROGRAMME.to_owned()));
    let (malmo, _) = inbox_user(&app, "malmo-second", &[MALMO]).await;
    let list = app.get_as(&malmo, "/inbox/").await;
    assert!(
        list.body.contains(&format!("/inbox/referrals/{ra}")),
        "Malmö still finds its referral"
    );
    let page = app.get_as(&malmo, &format!("/inbox/referrals/{ra}")).await;
    assert_eq!(page.status, StatusCode::OK);
}

#[tokio::test]
async fn a_sealed_audit_detail_changed_or_moved_breaks_the_chain() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    for _ in 0..3 {
        app.get_as(&handler, "/console/").await;
    }
    let (code, out, err) = cli(&app, &["audit", "verify"], None);
    assert_eq!(code, 0, "{out}{err}");
    // Record 1's sealed detail moved onto record 2: bound to its record, it does not open.
    kontaktpunkt::with_db!(app.state.db(), |pool| drop(
        sqlx::query(
            "update audit_log set detail_sealed = (select detail_sealed from audit_log where seq = 1) \
             where seq = 2"
        )
        .execute(pool)
        .await
        .unwrap()
    ));
    let (code, _, err) = cli(&app, &["audit", "verify"], None);
    assert_ne!(code, 0);
    assert!(
        err.contains("record 2:") && err.contains("does not open"),
        "{err}"
    );
    // The audit page still shows the rest.
    let auditor = app.staff("auditor").await;
    let page = app.get_as(&auditor, "/console/audit").await;
    assert_eq!(page.status, StatusCode::OK);
}
