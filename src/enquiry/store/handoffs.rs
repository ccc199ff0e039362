//! Hand-offs: the one-time page that shows a new enquiry's receipt code until the person
//! confirms they saved it (or it expires).

use sqlx::FromRow;

use crate::db::Db;
use crate::with_db;

/// A pending hand-off: which enquiry, and its sealed code.
#[derive(Debug, FromRow)]
pub struct Handoff {
    /// The enquiry.
    pub id: String,
    /// The sealed receipt code.
    pub handoff_code_sealed: Vec<u8>,
}

/// The hand-off for a ticket hash, if it has not expired or been confirmed.
pub async fn find_handoff(db: &Db, handoff_hash: &[u8], now: i64) -> Result<Option<Handoff>, sqlx::Error> {
    // The code column is null once confirmed; the expiry check covers the time between
    // expiry and the next housekeeping pass.
    const SQL: &str = "select id, handoff_code_sealed from enquiries \
        where handoff_hash = $1 and handoff_expires_at > $2 and handoff_code_sealed is not null";
    with_db!(db, |pool| sqlx::query_as::<_, Handoff>(SQL)
        .bind(handoff_hash)
        .bind(now)
        .fetch_optional(pool)
        .await)
}

/// Forgets a hand-off: the code can no longer be shown. Returns whether one was pending.
pub async fn clear_handoff(db: &Db, handoff_hash: &[u8]) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set handoff_hash = null, handoff_code_sealed = null, \
        handoff_expires_at = null where handoff_hash = $1";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(handoff_hash)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() > 0))
}

/// Forgets every expired hand-off (housekeeping). Returns how many.
pub async fn purge_expired_handoffs(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    const SQL: &str = "update enquiries set handoff_hash = null, handoff_code_sealed = null, \
        handoff_expires_at = null where handoff_expires_at <= $1";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))
}
