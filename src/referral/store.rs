//! SQL for referrals as the contact point makes and lists them, and for the recorded
//! reports to social services. Sealed columns stay sealed here; the callers open them
//! (the recipient organisation with `sealed`).
//! The recipient's side, scoped to its municipalities, is [`super::recipient_store`].

use super::model::{Category, ConsentHow, Kind, categories_to_column};
use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// A referral about to be stored.
pub(crate) struct NewReferral<'a> {
    /// The referral's id (part of the sealing contexts).
    pub(crate) id: &'a str,
    pub(crate) enquiry_id: &'a str,
    /// The recipient organisation's keyed tag ([`super::sealed::org_tag`]).
    pub(crate) org_tag: &'a str,
    /// The recipient organisation, sealed ([`super::sealed::seal_org`]).
    pub(crate) org_sealed: &'a [u8],
    pub(crate) kind: Kind,
    /// What is shared (stored as `,basic,needs,`).
    pub(crate) categories: &'a [Category],
    pub(crate) consent_how: ConsentHow,
    pub(crate) consent_at: Option<i64>,
    pub(crate) created_by: &'a str,
    pub(crate) created_at: i64,
    pub(crate) protected: bool,
    pub(crate) note_sealed: Option<&'a [u8]>,
    pub(crate) payload_sealed: &'a [u8],
    /// The tags of the municipalities the recipient belongs to (social services,
    /// programmes; [`super::sealed::municipality_tag`]).
    pub(crate) municipalities: &'a [String],
}

/// Stores a referral and the municipalities it is addressed to, together.
pub(crate) async fn insert_referral(tx: &mut Tx, r: &NewReferral<'_>) -> Result<(), sqlx::Error> {
    const INSERT: &str = "insert into referrals (id, enquiry_id, org, org_sealed, kind, categories, \
        consent_how, consent_at, created_by, created_at, protected, note_sealed, payload_sealed) \
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
    const SCOPE: &str = "insert into referral_municipalities (referral_id, code) values ($1, $2)";
    let categories = categories_to_column(r.categories);
    with_tx!(tx, |conn| {
        sqlx::query(INSERT)
            .bind(r.id)
            .bind(r.enquiry_id)
            .bind(r.org_tag)
            .bind(r.org_sealed)
            .bind(r.kind.as_str())
            .bind(categories.as_str())
            .bind(r.consent_how.as_str())
            .bind(r.consent_at)
            .bind(r.created_by)
            .bind(r.created_at)
            .bind(r.protected)
            .bind(r.note_sealed)
            .bind(r.payload_sealed)
            .execute(&mut *conn)
            .await?;
        for code in r.municipalities {
            sqlx::query(SCOPE)
                .bind(r.id)
                .bind(code)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    })
}

/// One referral as the case page lists it.
#[derive(sqlx::FromRow)]
pub(crate) struct ReferralRow {
    pub(crate) id: String,
    /// The recipient's tag (its id in a row not yet converted).
    pub(crate) org: String,
    /// The recipient, sealed.
    pub(crate) org_sealed: Option<Vec<u8>>,
    pub(crate) kind: String,
    pub(crate) categories: String,
    pub(crate) consent_how: String,
    pub(crate) consent_at: Option<i64>,
    /// The name of the handler who referred (a colleague's name, not the person's).
    pub(crate) created_by_name: Option<String>,
    pub(crate) created_at: i64,
    pub(crate) withdrawn_at: Option<i64>,
    pub(crate) protected: bool,
    pub(crate) note_sealed: Option<Vec<u8>>,
    pub(crate) status: String,
}

/// The referrals of a case, oldest first.
pub(crate) async fn referrals_of(db: &Db, enquiry_id: &str) -> Result<Vec<ReferralRow>, sqlx::Error> {
    const SQL: &str = "select r.id, r.org, r.org_sealed, r.kind, r.categories, r.consent_how, r.consent_at, \
        u.name as created_by_name, r.created_at, r.withdrawn_at, r.protected, r.note_sealed, r.status \
        from referrals r left join users u on u.id = r.created_by \
        where r.enquiry_id = $1 order by r.created_at, r.id";
    with_db!(db, |pool| sqlx::query_as::<_, ReferralRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// The sealed payload of a referral whose consent still stands; `None` when withdrawn
/// or unknown.
pub(crate) async fn live_payload(db: &Db, referral_id: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    // `withdrawn_at is null` is the whole point: a withdrawn referral shares nothing.
    const SQL: &str = "select payload_sealed from referrals where id = $1 and withdrawn_at is null";
    with_db!(db, |pool| sqlx::query_scalar::<_, Vec<u8>>(SQL)
        .bind(referral_id)
        .fetch_optional(pool)
        .await)
}

/// One referral of a case as [`referral_of_case`] finds it.
pub(crate) struct OfCase {
    /// The recipient's tag (its id in a row not yet converted).
    pub(crate) org: String,
    /// The recipient, sealed.
    pub(crate) org_sealed: Option<Vec<u8>>,
    pub(crate) kind: Kind,
}

/// The organisation and kind of one referral of a case, if it belongs to that case.
/// A kind this code does not know reads as a referral on consent.
pub(crate) async fn referral_of_case(
    db: &Db,
    enquiry_id: &str,
    referral_id: &str,
) -> Result<Option<OfCase>, sqlx::Error> {
    const SQL: &str = "select org, org_sealed, kind from referrals where id = $1 and enquiry_id = $2";
    let row = with_db!(db, |pool| sqlx::query_as::<_, (String, Option<Vec<u8>>, String)>(
        SQL
    )
    .bind(referral_id)
    .bind(enquiry_id)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|(org, org_sealed, kind)| OfCase {
        org,
        org_sealed,
        kind: Kind::parse(&kind).unwrap_or(Kind::Referral),
    }))
}

/// Marks the consent behind a referral withdrawn; `false` when it already was.
pub(crate) async fn withdraw(
    tx: &mut Tx,
    referral_id: &str,
    user_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // Conditional, so two handlers withdrawing at once record it once.
    const SQL: &str = "update referrals set withdrawn_at = $1, withdrawn_by = $2 \
        where id = $3 and withdrawn_at is null";
    let done = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(now)
        .bind(user_id)
        .bind(referral_id)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// A report to social services about to be recorded.
pub(crate) struct NewReport<'a> {
    pub(crate) id: &'a str,
    pub(crate) enquiry_id: &'a str,
    /// The social services, sealed ([`super::sealed::seal_report_to`]).
    pub(crate) reported_to_sealed: &'a [u8],
    pub(crate) reported_by_sealed: &'a [u8],
    pub(crate) reported_at: i64,
    pub(crate) recorded_by: &'a str,
    pub(crate) recorded_at: i64,
}

/// Records that a report was made.
pub(crate) async fn insert_report(tx: &mut Tx, r: &NewReport<'_>) -> Result<(), sqlx::Error> {
    const SQL: &str = "insert into mandatory_reports (id, enquiry_id, reported_to, reported_to_sealed, \
        reported_by_sealed, reported_at, recorded_by, recorded_at) values ($1, $2, '', $3, $4, $5, $6, $7)";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(r.id)
        .bind(r.enquiry_id)
        .bind(r.reported_to_sealed)
        .bind(r.reported_by_sealed)
        .bind(r.reported_at)
        .bind(r.recorded_by)
        .bind(r.recorded_at)
        .execute(&mut *conn)
        .await
        .map(|_| ()))
}

/// One recorded report.
#[derive(sqlx::FromRow)]
pub(crate) struct ReportRow {
    pub(crate) id: String,
    /// Clear only in a row not yet converted.
    pub(crate) reported_to: String,
    pub(crate) reported_to_sealed: Option<Vec<u8>>,
    pub(crate) reported_by_sealed: Vec<u8>,
    pub(crate) reported_at: i64,
    pub(crate) recorded_by_name: Option<String>,
    pub(crate) recorded_at: i64,
}

/// The reports recorded on a case, oldest first.
pub(crate) async fn reports_of(db: &Db, enquiry_id: &str) -> Result<Vec<ReportRow>, sqlx::Error> {
    const SQL: &str = "select m.id, m.reported_to, m.reported_to_sealed, m.reported_by_sealed, m.reported_at, \
        u.name as recorded_by_name, m.recorded_at \
        from mandatory_reports m left join users u on u.id = m.recorded_by \
        where m.enquiry_id = $1 order by m.recorded_at, m.id";
    with_db!(db, |pool| sqlx::query_as::<_, ReportRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// Whether any report to social services is recorded on the case.
pub(crate) async fn report_recorded(db: &Db, enquiry_id: &str) -> Result<bool, sqlx::Error> {
    const SQL: &str = "select count(*) from mandatory_reports where enquiry_id = $1";
    let count: i64 = with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(enquiry_id)
        .fetch_one(pool)
        .await)?;
    Ok(count > 0)
}

/// The live (not withdrawn) referrals of a case with their sealed payloads, in a
/// transaction (the protected-identity marker strips them).
pub(crate) async fn live_payloads_of(
    tx: &mut Tx,
    enquiry_id: &str,
) -> Result<Vec<(String, Vec<u8>)>, sqlx::Error> {
    const SQL: &str = "select id, payload_sealed from referrals where enquiry_id = $1 and withdrawn_at is null \
        order by created_at, id";
    with_tx!(tx, |conn| sqlx::query_as::<_, (String, Vec<u8>)>(SQL)
        .bind(enquiry_id)
        .fetch_all(&mut *conn)
        .await)
}

/// Replaces a live referral's payload and marks it protected.
pub(crate) async fn protect_payload(
    tx: &mut Tx,
    referral_id: &str,
    sealed: &[u8],
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "update referrals set payload_sealed = $1, protected = $2 where id = $3 and withdrawn_at is null";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(sealed)
        .bind(true)
        .bind(referral_id)
        .execute(&mut *conn)
        .await
        .map(|_| ()))
}
