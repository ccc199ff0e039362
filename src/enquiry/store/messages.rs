//! The enquiry's messages: follow-ups from the person and replies from staff (in a chat
//! too), each sealed before it arrives here.

use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::enquiry::vocab::Author;
use crate::{with_db, with_tx};

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

/// Appends a message inside `tx` with the next sequence number of its enquiry and notes
/// it on the enquiry (a staff message marks the enquiry answered, a reply from the case
/// page and one in a chat alike); returns the number. One statement picks the number and
/// inserts; the unique (enquiry_id, seq) constraint turns a concurrent writer's collision
/// into a lost race ([`crate::db::is_lost_race`]) instead of a duplicate.
pub async fn insert_message(
    tx: &mut Tx,
    id: &str,
    enquiry_id: &str,
    author: Author,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    const INSERT: &str = "insert into enquiry_messages (id, enquiry_id, seq, author, created_at, body_sealed) \
        select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5 from enquiry_messages where enquiry_id = $2 \
        returning seq";
    const TOUCH: &str = "update enquiries set updated_at = $2, \
        status = case when $3 = 'staff' then 'answered' else status end where id = $1";
    with_tx!(tx, |conn| {
        let seq: i64 = sqlx::query_scalar(INSERT)
            .bind(id)
            .bind(enquiry_id)
            .bind(author.as_str())
            .bind(now)
            .bind(body_sealed)
            .fetch_one(&mut *conn)
            .await?;
        sqlx::query(TOUCH)
            .bind(enquiry_id)
            .bind(now)
            .bind(author.as_str())
            .execute(&mut *conn)
            .await?;
        Ok(seq)
    })
}

/// Appends a message with the next sequence number in a transaction of its own (running
/// it again on a lost race); returns that number.
pub async fn add_message(
    db: &Db,
    id: &str,
    enquiry_id: &str,
    author: Author,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    crate::transact!(db, |tx| insert_message(
        tx,
        id,
        enquiry_id,
        author,
        body_sealed,
        now
    )
    .await)
}
