//! The conversion at start-up of rows written before quasi-identifiers were sealed
//! (migration `20261207000021_sealed_referrals`, issue #14). SQL can compute neither a
//! keyed tag nor a sealed value, so right after the migrations [`run`] converts, in
//! batches, every row whose sealed column is still empty: a referral's recipient becomes
//! its tag and is sealed beside it, a forward's target, a referral step's detail, a case
//! event's detail, the social services a report went to and the detail of an audit
//! record signed with a MAC are sealed, and their clear columns blanked; a referral's
//! municipality codes become tags (a tag is `t` and 24 hex digits, a code four digits).
//!
//! It can run any number of times, on any number of instances at once: a row is chosen
//! and updated only while its sealed column is empty. Audit records keep their MACs, which
//! cover the plain detail ([`crate::audit`]); records from before the chain was keyed keep
//! their clear detail (their plain hash covers it, so sealing would hide nothing).

use super::sealed;
use crate::crypto::Keyring;
use crate::db::Db;
use crate::with_db;

/// Rows converted per transaction.
const BATCH: i64 = 500;

/// Converts every row not yet converted; the number converted per table is logged.
pub async fn run(db: &Db, keys: &Keyring) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let referrals = referrals(db, keys)
        .await
        .context("sealing referrals' recipients")?;
    let steps = details(db, keys, Details::ReferralEvents)
        .await
        .context("sealing referral steps' details")?;
    let case_events = details(db, keys, Details::CaseEvents)
        .await
        .context("sealing case events' details")?;
    let reports = reports(db, keys).await.context("sealing reports' recipients")?;
    let municipalities = municipalities(db, keys)
        .await
        .context("tagging referrals' municipalities")?;
    let audit = audit(db, keys).await.context("sealing audit details")?;
    if referrals + steps + case_events + reports + municipalities + audit > 0 {
        tracing::info!(
            referrals,
            mandatory_reports = reports,
            referral_municipalities = municipalities,
            referral_events = steps,
            case_events,
            audit_records = audit,
            "sealed quasi-identifiers stored in clear before issue #14"
        );
    }
    Ok(())
}

/// Referrals: `org` becomes the tag, the organisation and a forward's target are sealed.
async fn referrals(db: &Db, keys: &Keyring) -> Result<u64, sqlx::Error> {
    const PICK: &str = "select id, org, forwarded_to from referrals where org_sealed is null limit $1";
    const SET: &str = "update referrals set org = $1, org_sealed = $2, forwarded_to = null, \
        forwarded_to_sealed = $3 where id = $4 and org_sealed is null";
    let mut done = 0;
    loop {
        let n = with_db!(db, |pool| async {
            let rows: Vec<(String, String, Option<String>)> =
                sqlx::query_as(PICK).bind(BATCH).fetch_all(pool).await?;
            let mut tx = pool.begin().await?;
            for (id, org, forwarded_to) in &rows {
                let forwarded = forwarded_to
                    .as_deref()
                    .map(|to| sealed::seal_forwarded_to(keys, id, to));
                sqlx::query(SET)
                    .bind(sealed::org_tag(keys, org))
                    .bind(sealed::seal_org(keys, id, org))
                    .bind(forwarded)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(rows.len() as u64)
        }
        .await)?;
        done += n;
        if n < BATCH as u64 {
            return Ok(done);
        }
    }
}

/// Reports to social services: the recipient is sealed.
async fn reports(db: &Db, keys: &Keyring) -> Result<u64, sqlx::Error> {
    const PICK: &str =
        "select id, reported_to from mandatory_reports where reported_to_sealed is null limit $1";
    const SET: &str = "update mandatory_reports set reported_to = '', reported_to_sealed = $1 \
        where id = $2 and reported_to_sealed is null";
    let mut done = 0;
    loop {
        let n = with_db!(db, |pool| async {
            let rows: Vec<(String, String)> = sqlx::query_as(PICK).bind(BATCH).fetch_all(pool).await?;
            let mut tx = pool.begin().await?;
            for (id, to) in &rows {
                sqlx::query(SET)
                    .bind(sealed::seal_report_to(keys, id, to))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(rows.len() as u64)
        }
        .await)?;
        done += n;
        if n < BATCH as u64 {
            return Ok(done);
        }
    }
}

/// A referral's municipalities: each code becomes its tag.
async fn municipalities(db: &Db, keys: &Keyring) -> Result<u64, sqlx::Error> {
    // A code is four digits, a tag 25 characters: what is not a tag is converted.
    const PICK: &str =
        "select referral_id, code from referral_municipalities where length(code) <> 25 limit $1";
    const SET: &str = "update referral_municipalities set code = $1 where referral_id = $2 and code = $3";
    let mut done = 0;
    loop {
        let n = with_db!(db, |pool| async {
            let rows: Vec<(String, String)> = sqlx::query_as(PICK).bind(BATCH).fetch_all(pool).await?;
            let mut tx = pool.begin().await?;
            for (id, code) in &rows {
                sqlx::query(SET)
                    .bind(sealed::municipality_tag(keys, code))
                    .bind(id)
                    .bind(code)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(rows.len() as u64)
        }
        .await)?;
        done += n;
        if n < BATCH as u64 {
            return Ok(done);
        }
    }
}

/// A table of events whose `detail` is sealed as it is.
#[derive(Clone, Copy)]
enum Details {
    ReferralEvents,
    CaseEvents,
}

impl Details {
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            Self::ReferralEvents => (
                "select id, detail from referral_events where detail_sealed is null limit $1",
                "update referral_events set detail = '', detail_sealed = $1 where id = $2 and detail_sealed is null",
            ),
            Self::CaseEvents => (
                "select id, detail from case_events where detail_sealed is null limit $1",
                "update case_events set detail = '', detail_sealed = $1 where id = $2 and detail_sealed is null",
            ),
        }
    }

    fn seal(self, keys: &Keyring, id: &str, detail: &str) -> Vec<u8> {
        match self {
            Self::ReferralEvents => sealed::seal_event_detail(keys, id, detail),
            Self::CaseEvents => crate::enquiry::store::seal_case_event_detail(keys, id, detail),
        }
    }
}

/// Seals the details of `table` not yet sealed.
async fn details(db: &Db, keys: &Keyring, table: Details) -> Result<u64, sqlx::Error> {
    let (pick, set) = table.sql();
    let mut done = 0;
    loop {
        let n = with_db!(db, |pool| async {
            let rows: Vec<(String, String)> = sqlx::query_as(pick).bind(BATCH).fetch_all(pool).await?;
            let mut tx = pool.begin().await?;
            for (id, detail) in &rows {
                sqlx::query(set)
                    .bind(table.seal(keys, id, detail))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(rows.len() as u64)
        }
        .await)?;
        done += n;
        if n < BATCH as u64 {
            return Ok(done);
        }
    }
}

/// Seals the details of keyed audit records not yet sealed; their MACs stay valid.
async fn audit(db: &Db, keys: &Keyring) -> Result<u64, sqlx::Error> {
    // From `keyed_from` on only: an older record's plain SHA-256 covers its clear detail.
    const PICK: &str = "select seq, detail from audit_log where detail_sealed is null \
        and seq >= (select keyed_from from audit_chain where id = 1) order by seq limit $1";
    const SET: &str =
        "update audit_log set detail = '', detail_sealed = $1 where seq = $2 and detail_sealed is null";
    let mut done = 0;
    loop {
        let n = with_db!(db, |pool| async {
            let rows: Vec<(i64, String)> = sqlx::query_as(PICK).bind(BATCH).fetch_all(pool).await?;
            let mut tx = pool.begin().await?;
            for (seq, detail) in &rows {
                sqlx::query(SET)
                    .bind(crate::audit::seal_detail(keys, *seq, detail))
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(rows.len() as u64)
        }
        .await)?;
        done += n;
        if n < BATCH as u64 {
            return Ok(done);
        }
    }
}
