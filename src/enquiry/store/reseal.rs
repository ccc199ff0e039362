//! SQL of the start-up conversion of rows stored before quasi-identifiers were sealed
//! ([`crate::enquiry::reseal`]): the enquiries whose queue columns may still hold flag or
//! region names, the callback requests whose wishes are still in clear columns, and the
//! compare-and-set updates that convert one row (a row another instance converted
//! meanwhile is left as it is).

use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// An enquiry's queue columns as stored.
#[derive(Debug, FromRow)]
pub struct QueueColumns {
    /// Row id.
    pub id: String,
    /// `,a,b,`: flag names before #14, keyed tags since.
    pub flags: String,
    /// A region slug before #14, its keyed tag since.
    pub police_region: Option<String>,
}

/// The next `limit` enquiries after `after` (by id) whose queue columns are not plainly
/// tags: a tag is `t` and 24 hex digits, so `flags` of tags is `,t…,` with a comma every
/// 26th character. No flag or region name has that shape; the caller checks each value.
pub async fn untagged(db: &Db, after: &str, limit: i64) -> Result<Vec<QueueColumns>, sqlx::Error> {
    const SQL: &str = "select id, flags, police_region from enquiries where id > $1 and (\
        (flags <> '' and not (substr(flags, 2, 1) = 't' and substr(flags, 27, 1) = ',' \
        and length(flags) % 26 = 1)) \
        or (police_region is not null and not (substr(police_region, 1, 1) = 't' \
        and length(police_region) = 25))) order by id limit $2";
    with_db!(db, |pool| sqlx::query_as::<_, QueueColumns>(SQL)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Writes an enquiry's tags in place of `old`'s values, if the row still holds those.
/// Returns whether it did.
pub async fn retag(
    tx: &mut Tx,
    old: &QueueColumns,
    flags: &str,
    police_region: Option<&str>,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set flags = $2, police_region = $3 \
        where id = $1 and flags = $4 and coalesce(police_region, '') = $5";
    let changed = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(old.id.as_str())
        .bind(flags)
        .bind(police_region)
        .bind(old.flags.as_str())
        .bind(old.police_region.as_deref().unwrap_or_default())
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(changed == 1)
}

/// A callback request's wishes as the clear columns held them before #14.
#[derive(Debug, FromRow)]
pub struct ClearWishes {
    /// The enquiry.
    pub enquiry_id: String,
    /// `,a,b,`.
    pub windows: String,
    /// A voicemail may be left.
    pub voicemail_ok: bool,
    /// The caller may say who is calling.
    pub may_say_who: bool,
    /// An interpreter is needed.
    pub interpreter: bool,
    /// The interpreter's language.
    pub interpreter_language: Option<String>,
}

/// The next `limit` callback requests after `after` (by enquiry id) whose wishes are not
/// sealed yet.
pub async fn unsealed_wishes(db: &Db, after: &str, limit: i64) -> Result<Vec<ClearWishes>, sqlx::Error> {
    const SQL: &str = "select enquiry_id, windows, voicemail_ok, may_say_who, interpreter, \
        interpreter_language from callbacks where wishes_sealed is null and enquiry_id > $1 \
        order by enquiry_id limit $2";
    with_db!(db, |pool| sqlx::query_as::<_, ClearWishes>(SQL)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Stores a callback request's sealed wishes and blanks the clear columns, if they are
/// not sealed yet. Returns whether it did.
pub async fn seal_wishes(tx: &mut Tx, enquiry_id: &str, sealed: &[u8]) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update callbacks set wishes_sealed = $2, windows = '', voicemail_ok = $3, \
        may_say_who = $3, interpreter = $3, interpreter_language = null \
        where enquiry_id = $1 and wishes_sealed is null";
    let changed = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(enquiry_id)
        .bind(sealed)
        .bind(false)
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(changed == 1)
}
