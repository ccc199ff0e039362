//! Who holds an enquiry: claiming, a supervisor's take-over and release, each one
//! conditional update so two handlers racing never both win.

use std::future::Future;
use std::time::Duration;

use crate::db::{self, Db};
use crate::with_db;

/// Runs a one-statement write again when SQLite reports that another connection wrote
/// first (busy, or a stale snapshot: code 5 or 517, which its busy timeout does not
/// cover). The writes here are conditional, so running one again is safe.
async fn retrying<F, Fut>(mut write: F) -> Result<bool, sqlx::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<bool, sqlx::Error>>,
{
    let mut attempt: u64 = 0;
    loop {
        attempt += 1;
        match write().await {
            Err(ref err) if attempt < 8 && db::is_busy(err) => {
                tokio::time::sleep(Duration::from_millis(3 * attempt)).await;
            }
            other => return other,
        }
    }
}

/// Claims case `id` for `user_id` if nobody holds it (one conditional update, so of two
/// handlers racing only one wins); a received case is now in progress. Returns whether
/// this call claimed it.
pub async fn claim(db: &Db, id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = $1, assigned_at = $2, updated_at = $2, \
        status = case when status = 'received' then 'in_progress' else status end \
        where id = $3 and assigned_to is null";
    retrying(|| async {
        with_db!(db, |pool| sqlx::query(SQL)
            .bind(user_id)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
    })
    .await
}

/// Moves case `id` from `from` to `to` if `from` still holds it (a supervisor's take-over).
pub async fn take_over(db: &Db, id: &str, from: &str, to: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = $1, assigned_at = $2, updated_at = $2, \
        status = case when status = 'received' then 'in_progress' else status end \
        where id = $3 and assigned_to = $4";
    retrying(|| async {
        with_db!(db, |pool| sqlx::query(SQL)
            .bind(to)
            .bind(now)
            .bind(id)
            .bind(from)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
    })
    .await
}

/// Releases case `id` if `user_id` holds it. Returns whether it did.
pub async fn release(db: &Db, id: &str, user_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update enquiries set assigned_to = null, assigned_at = null, updated_at = $1 \
        where id = $2 and assigned_to = $3";
    retrying(|| async {
        with_db!(db, |pool| sqlx::query(SQL)
            .bind(now)
            .bind(id)
            .bind(user_id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
    })
    .await
}
