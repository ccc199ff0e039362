//! The audit chain is keyed and anchored outside the database (#14): whoever holds only
//! the database can no longer rewrite a record and recompute the chain, nor cut its tail,
//! and `kontaktpunkt audit verify` names the first break; records written before the
//! chain was keyed still verify, and the switch point is bound into the chain.

use sha2::{Digest, Sha256};

use crate::audit::cli;
use crate::helpers::TestApp;

type Row = (i64, i64, String, String, Option<String>, String, String, String);

/// Every record, in order.
async fn rows(app: &TestApp) -> Vec<Row> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, Row>(
        "select seq, at, actor, action, case_id, detail, prev_hash, hash from audit_log order by seq"
    )
    .fetch_all(pool)
    .await
    .unwrap())
}

async fn execute(app: &TestApp, sql: &'static str) {
    kontaktpunkt::with_db!(app.state.db(), |pool| drop(
        sqlx::query(sql).execute(pool).await.unwrap()
    ));
}

/// Sets a record's detail and links, as someone with write access to the database can.
async fn set(app: &TestApp, seq: i64, detail: &str, prev_hash: &str, hash: &str) {
    const SQL: &str = "update audit_log set detail = $1, prev_hash = $2, hash = $3 where seq = $4";
    kontaktpunkt::with_db!(app.state.db(), |pool| drop(
        sqlx::query(SQL)
            .bind(detail)
            .bind(prev_hash)
            .bind(hash)
            .bind(seq)
            .execute(pool)
            .await
            .unwrap()
    ));
}

/// The chain's hash before it was keyed: a plain SHA-256 of the length-prefixed parts,
/// which anyone can recompute.
fn plain_hash(
    prev: &str,
    seq: i64,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<&str>,
    detail: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &seq.to_string(),
        &at.to_string(),
        actor,
        action,
        case_id.unwrap_or("-"),
        detail,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The insider with the database alone: changes record `seq`'s detail to `detail`, then
/// recomputes the plain hash of it and of every record after it up to `upto` (the end
/// when `None`), each linked to the one before.
async fn rewrite_plain(app: &TestApp, seq: i64, detail: &str, upto: Option<i64>) {
    let all = rows(app).await;
    let mut prev = all
        .iter()
        .find(|r| r.0 == seq - 1)
        .map_or_else(|| "0".repeat(64), |r| r.7.clone());
    for (s, at, actor, action, case_id, old_detail, _, _) in all {
        if s < seq || upto.is_some_and(|u| s > u) {
            continue;
        }
        let detail = if s == seq { detail.to_owned() } else { old_detail };
        let hash = plain_hash(&prev, s, at, &actor, &action, case_id.as_deref(), &detail);
        set(app, s, &detail, &prev, &hash).await;
        prev = hash;
    }
}

/// Staff at work: a sign-in, then `n` looks at the queue, each an audit record.
async fn activity(app: &TestApp, n: usize) -> reqwest::Client {
    let handler = app.staff("handler").await;
    looks(app, &handler, n).await;
    handler
}

async fn looks(app: &TestApp, client: &reqwest::Client, n: usize) {
    for _ in 0..n {
        app.get_as(client, "/console/").await;
    }
}

async fn head(app: &TestApp) -> i64 {
    rows(app).await.last().map_or(0, |r| r.0)
}

fn anchor_lines(app: &TestApp) -> Vec<String> {
    std::fs::read_to_string(app.state.config().audit_anchor_file())
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn verify(app: &TestApp) -> (i32, String, String) {
    cli(app, &["audit", "verify"], None)
}

#[tokio::test]
async fn a_record_rewritten_with_recomputed_plain_hashes_is_found() {
    let app = TestApp::spawn().await;
    activity(&app, 3).await;
    let (code, out, err) = verify(&app);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("audit chain intact"), "{out}");

    // The chain was a plain SHA-256 chain: rewriting record 2 and recomputing every hash
    // after it passed `audit verify`. Now each record carries a MAC under the audit key.
    rewrite_plain(&app, 2, "admin", None).await;
    let (code, out, err) = verify(&app);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("record 2:") && err.contains("do not match its MAC"),
        "{err}"
    );
}

#[tokio::test]
async fn an_intact_chain_with_anchors_verifies_and_shutdown_anchors_too() {
    let mut app = TestApp::spawn().await;
    let handler = activity(&app, 2).await;
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    looks(&app, &handler, 2).await;
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    // Nothing new: no second line for the same head.
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    let lines = anchor_lines(&app);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let n = head(&app).await;
    let mac = rows(&app).await.last().unwrap().7.clone();
    assert!(
        lines[1].ends_with(&format!(" record={n} mac={mac} keyed_from=1")),
        "{lines:?}"
    );
    // The log line carries the number and the MAC, nothing personal.
    let logs = crate::helpers::captured_logs();
    assert!(
        logs.lines().any(|l| l.contains("\"audit anchor\"")
            && l.contains(&mac)
            && l.contains(&format!("\"audit.record\":{n}"))),
        "an `audit anchor` log line"
    );

    let (code, out, err) = verify(&app);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("audit chain intact") && out.contains("holds all 2 anchors"),
        "{out}"
    );

    // Shutdown anchors the head it leaves.
    looks(&app, &handler, 1).await;
    app.stop().await.unwrap();
    let lines = anchor_lines(&app);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[2].contains(&format!(" record={} ", n + 1)), "{lines:?}");
    let (code, out, err) = verify(&app);
    assert_eq!(code, 0, "{out}{err}");
}

#[tokio::test]
async fn cutting_the_tail_after_an_anchor_is_found_even_after_the_next_anchor() {
    let app = TestApp::spawn().await;
    activity(&app, 4).await;
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    let n = head(&app).await;
    assert!(n >= 4);
    execute(&app, "delete from audit_log where seq > 2").await;
    let (code, out, err) = verify(&app);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("record 3:") && err.contains("the chain ends at record 2 but the anchor of "),
        "{err}"
    );
    assert!(err.contains(&format!("names record {n}")), "{err}");

    // The service anchors the head it now finds, and says in the log that the last
    // anchor's record is gone; verify still finds the cut through the older anchor.
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    assert_eq!(anchor_lines(&app).len(), 2);
    assert!(crate::helpers::captured_logs().contains("the record of the last anchor is gone or changed"));
    let (code, _, err) = verify(&app);
    assert_ne!(code, 0);
    assert!(
        err.contains("record 3:") && err.contains(&format!("names record {n}")),
        "{err}"
    );
}

#[tokio::test]
async fn a_chain_rebuilt_with_the_key_after_an_anchor_is_found() {
    let app = TestApp::spawn().await;
    let handler = activity(&app, 3).await;
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    let n = head(&app).await;
    // Someone who can also make the service write (or holds the key) drops the anchored
    // record and lets new, correctly signed records take its place.
    execute(&app, "delete from audit_log where seq >= 3").await;
    app.clock.advance(time::Duration::seconds(1));
    looks(&app, &handler, 4).await;
    assert!(head(&app).await > n);
    let (code, out, err) = verify(&app);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains(&format!("record {n}: does not match the anchor of ")),
        "{err}"
    );
}

#[tokio::test]
async fn records_from_before_the_chain_was_keyed_still_verify_and_the_switch_is_bound() {
    let app = TestApp::spawn().await;
    // A database migrated from the plain chain: three records with plain hashes, keyed
    // from record 4 on (as the migration records it).
    execute(&app, "delete from audit_log").await;
    let mut prev = "0".repeat(64);
    for (seq, action, detail) in [
        (1, "user_added", "admin"),
        (2, "rules_reload", "ok"),
        (3, "sign_in", "admin"),
    ] {
        let at = 1_790_000_000_000 + seq * 1000;
        let hash = plain_hash(&prev, seq, at, "cli", action, None, detail);
        kontaktpunkt::with_db!(app.state.db(), |pool| drop(
            sqlx::query(
                "insert into audit_log (seq, at, actor, action, case_id, detail, prev_hash, hash) \
                 values ($1, $2, 'cli', $3, null, $4, $5, $6)"
            )
            .bind(seq)
            .bind(at)
            .bind(action)
            .bind(detail)
            .bind(&prev)
            .bind(&hash)
            .execute(pool)
            .await
            .unwrap()
        ));
        prev = hash;
    }
    execute(&app, "update audit_chain set keyed_from = 4").await;
    activity(&app, 2).await;
    let (code, out, err) = verify(&app);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("keyed from record 4"), "{out}");
    kontaktpunkt::housekeeping::anchor_audit(&app.state).await;
    let record4 = rows(&app).await[3].clone();

    // Rewriting an old record and recomputing the plain hashes up to the switch: the first
    // keyed record's MAC covers the last plain hash.
    rewrite_plain(&app, 2, "forged", Some(3)).await;
    let (code, _, err) = verify(&app);
    assert_ne!(code, 0);
    assert!(
        err.contains("record 4: does not follow the record before"),
        "{err}"
    );
    let new3 = rows(&app).await[2].7.clone();
    set(&app, 4, &record4.5, &new3, &record4.7).await;
    let (code, _, err) = verify(&app);
    assert_ne!(code, 0);
    assert!(
        err.contains("record 4:") && err.contains("do not match its MAC"),
        "{err}"
    );

    // Moving the switch point past the end and recomputing every hash plain: the anchor
    // says where the chain is keyed from.
    rewrite_plain(&app, 2, "forged", None).await;
    execute(&app, "update audit_chain set keyed_from = 1000").await;
    let (code, _, err) = verify(&app);
    assert_ne!(code, 0);
    assert!(
        err.contains("record 4:") && err.contains("switch point was moved"),
        "{err}"
    );
}
