//! SQL of the console's queue.

use sqlx::FromRow;

use crate::db::Db;
use crate::with_db;

/// One open enquiry in the queue (readable columns only: no content).
#[derive(Debug, FromRow)]
pub(super) struct QueueRow {
    pub(super) id: String,
    pub(super) created_at: i64,
    pub(super) channel: String,
    pub(super) lang: String,
    pub(super) status: String,
    pub(super) priority: String,
}

/// Open enquiries, most urgent first, then longest waiting.
pub(super) async fn open_enquiries(db: &Db, limit: i64) -> Result<Vec<QueueRow>, sqlx::Error> {
    // The index enquiries_open (status, priority, created_at) serves this.
    const SQL: &str = "select id, created_at, channel, lang, status, priority from enquiries \
        where status <> 'closed' order by priority, created_at limit $1";
    with_db!(db, |pool| sqlx::query_as::<_, QueueRow>(SQL)
        .bind(limit)
        .fetch_all(pool)
        .await)
}
