//! Who holds an enquiry: claiming, a supervisor's take-over and release, each one
//! conditional update so two handlers racing never both win. Each takes the transaction
//! its audit record commits in; a busy SQLite is [`crate::transact!`]'s to retry.

use crate::db::Tx;
use crate::with_tx;

/// Claims case `id` for `user_id` if nobody holds it (one conditional update, so of two
/// handlers racing only one wins); a received case is now in progress. Returns whether
/// this call claimed it.
pub async fn claim(tx: &mut Tx, id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = $1, assigned_at = $2, updated_at = $2, \
        status = case when status = 'received' then 'in_progress' else status end \
        where id = $3 and assigned_to is null";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Moves case `id` from `from` to `to` if `from` still holds it (a supervisor's take-over).
pub async fn take_over(tx: &mut Tx, id: &str, from: &str, to: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = $1, assigned_at = $2, updated_at = $2, \
        status = case when status = 'received' then 'in_progress' else status end \
        where id = $3 and assigned_to = $4";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(to)
        .bind(now)
        .bind(id)
        .bind(from)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Releases case `id` if `user_id` holds it. Returns whether it did.
pub async fn release(tx: &mut Tx, id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = null, assigned_at = null, updated_at = $1 \
        where id = $2 and assigned_to = $3";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(now)
        .bind(id)
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}
