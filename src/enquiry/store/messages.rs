//! The enquiry's messages: follow-ups from the person and replies from staff (in a chat
//! too), each sealed before it arrives here.

use sqlx::FromRow;

use crate::db::Db;
use crate::enquiry::vocab::Author;
use crate::with_db;

/// One follow-up or reply.
#[derive(Debug, FromRow)]
pub struct MessageRow {
    /// Row id (part of the sealing context).
    pub id: String,
    /// Order within the enquiry.
    pub seq: i64,
    /// Who wrote it.
    #[sqlx(try_from = "String")]
    pub author: Author,
    /// Unix ms.
    pub created_at: i64,
    /// The sealed text.
    pub body_sealed: Vec<u8>,
}

/// The messages of an enquiry, in order.
pub async fn messages(db: &Db, enquiry_id: &str) -> Result<Vec<MessageRow>, sqlx::Error> {
    const SQL: &str = "select id, seq, author, created_at, body_sealed from enquiry_messages \
        where enquiry_id = $1 order by seq";
    with_db!(db, |pool| sqlx::query_as::<_, MessageRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// Appends a message with the next sequence number of its enquiry ($1 id, $2 enquiry, $3
/// author, $4 time, $5 sealed text); returns the number. One statement picks the number
/// and inserts; the unique (enquiry_id, seq) constraint turns a concurrent writer's
/// collision into an error instead of a duplicate.
pub(crate) const MESSAGE_INSERT: &str = "insert into enquiry_messages (id, enquiry_id, seq, author, created_at, body_sealed) \
    select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5 from enquiry_messages where enquiry_id = $2 \
    returning seq";

/// Notes a message on its enquiry ($1 id, $2 time, $3 author): a staff message marks the
/// enquiry answered (a reply from the case page and one in a chat alike).
pub(crate) const MESSAGE_TOUCH: &str = "update enquiries set updated_at = $2, \
    status = case when $3 = 'staff' then 'answered' else status end where id = $1";

/// Appends a message with the next sequence number; returns that number.
pub async fn add_message(
    db: &Db,
    id: &str,
    enquiry_id: &str,
    author: Author,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let seq: i64 = sqlx::query_scalar(MESSAGE_INSERT)
            .bind(id)
            .bind(enquiry_id)
            .bind(author.as_str())
            .bind(now)
            .bind(body_sealed)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(MESSAGE_TOUCH)
            .bind(enquiry_id)
            .bind(now)
            .bind(author.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(seq)
    })
}
