//! SQL of the chat: the `chats` rows beside their enquiries, and the chat's messages
//! (the enquiry's `enquiry_messages`, sealed before they arrive here). What a chat writes
//! to its enquiry is the enquiry store's SQL ([`crate::enquiry::store`]).

use super::vocab::ChatStatus;
use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::enquiry::store::{self as enquiry_store, MessageRow};
use crate::enquiry::vocab::Author;
use crate::{with_db, with_tx};

// A switch to a callback is the enquiry's.

/// One chat.
#[derive(Clone, Debug, FromRow)]
pub struct ChatRow {
    /// The enquiry (and chat) id.
    pub enquiry_id: String,
    /// The site language of the chat.
    pub lang: String,
    /// Where it stands.
    #[sqlx(try_from = "String")]
    pub status: ChatStatus,
    /// Why it ended.
    pub ended_reason: Option<String>,
    /// Unix ms.
    pub created_at: i64,
    /// When a handler accepted it.
    pub accepted_at: Option<i64>,
    /// The last message or sign of the waiting person.
    pub last_activity_at: i64,
    /// The sealed receipt code, until the person said they saved it.
    pub code_sealed: Option<Vec<u8>>,
    /// The enquiry's priority.
    pub priority: String,
    /// The handler holding the enquiry.
    pub assigned_to: Option<String>,
}

const SELECT: &str = "select c.enquiry_id, c.lang, c.status, c.ended_reason, c.created_at, c.accepted_at, \
    c.last_activity_at, c.code_sealed, e.priority, e.assigned_to from chats c \
    join enquiries e on e.id = c.enquiry_id";

/// The chat whose address token hashes to `token_hash` (an ended chat has none).
pub async fn by_token(db: &Db, token_hash: &[u8]) -> Result<Option<ChatRow>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} where c.token_hash = $1"));
    with_db!(db, |pool| sqlx::query_as::<_, ChatRow>(sql)
        .bind(token_hash)
        .fetch_optional(pool)
        .await)
}

/// One chat by id.
pub async fn by_id(db: &Db, id: &str) -> Result<Option<ChatRow>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} where c.enquiry_id = $1"));
    with_db!(db, |pool| sqlx::query_as::<_, ChatRow>(sql)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

/// Open chats (waiting first, by priority and arrival; then active ones), with the
/// holder's name.
#[derive(Debug, FromRow)]
pub struct OpenChat {
    /// The enquiry id.
    pub enquiry_id: String,
    /// waiting | active.
    pub status: String,
    /// Site language.
    pub lang: String,
    /// Unix ms.
    pub created_at: i64,
    /// The enquiry's priority.
    pub priority: String,
    /// The decision flagged a child.
    pub child: bool,
    /// The holder's user id and name.
    pub holder_id: Option<String>,
    /// The holder's name.
    pub holder: Option<String>,
}

/// Every waiting or active chat.
pub async fn open_chats(db: &Db) -> Result<Vec<OpenChat>, sqlx::Error> {
    const SQL: &str = "select c.enquiry_id, c.status, c.lang, c.created_at, e.priority, e.child, \
        e.assigned_to as holder_id, u.name as holder from chats c join enquiries e on e.id = c.enquiry_id \
        left join users u on u.id = e.assigned_to where c.status in ('waiting', 'active') \
        order by c.status desc, e.priority, c.created_at, c.enquiry_id";
    with_db!(db, |pool| sqlx::query_as::<_, OpenChat>(SQL)
        .fetch_all(pool)
        .await)
}

/// The place of a waiting chat in the queue (1 = next), in the order staff see it.
pub async fn position(db: &Db, chat: &ChatRow) -> Result<i64, sqlx::Error> {
    const SQL: &str = "select count(*) from chats c join enquiries e on e.id = c.enquiry_id \
        where c.status = 'waiting' and (e.priority < $1 or (e.priority = $1 and \
        (c.created_at < $2 or (c.created_at = $2 and c.enquiry_id < $3))))";
    let ahead: i64 = with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(chat.priority.as_str())
        .bind(chat.created_at)
        .bind(chat.enquiry_id.as_str())
        .fetch_one(pool)
        .await)?;
    Ok(ahead + 1)
}

/// Every waiting chat's id in queue order (the order of [`position`]).
pub async fn waiting_order(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "select c.enquiry_id from chats c join enquiries e on e.id = c.enquiry_id \
        where c.status = 'waiting' order by e.priority, c.created_at, c.enquiry_id";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .fetch_all(pool)
        .await)
}

/// What the wait estimate is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    /// Chats accepted and ended since the cut-off.
    pub handled: i64,
    /// Their total handling time in ms (accepted to ended).
    pub handling_ms: i64,
    /// Handlers holding an active chat now.
    pub holding: i64,
    /// Staff who may answer, signed in now.
    pub signed_in: i64,
}

/// Recent handling times (chats ended after `since`) and the staff on duty at `now`: signed
/// in with a session used at or after `seen_since` (an idle session is no one on duty).
pub async fn capacity(db: &Db, since: i64, now: i64, seen_since: i64) -> Result<Capacity, sqlx::Error> {
    // PostgreSQL sums bigints as numeric; the cast keeps one type on both backends.
    const HANDLED: &str = "select count(*), cast(coalesce(sum(ended_at - accepted_at), 0) as bigint) from chats \
        where accepted_at is not null and ended_at >= $1";
    const HOLDING: &str = "select count(distinct e.assigned_to) from chats c \
        join enquiries e on e.id = c.enquiry_id where c.status = 'active' and e.assigned_to is not null";
    // Only roles that may answer a chat count.
    const SIGNED_IN: &str = "select count(distinct s.user_id) from sessions s join users u on u.id = s.user_id \
        where s.revoked_at is null and s.expires_at > $1 and s.last_seen_at > $3 and u.disabled = $2 \
        and u.role in ('handler', 'supervisor', 'admin')";
    let (handled, handling_ms): (i64, i64) = with_db!(db, |pool| sqlx::query_as(HANDLED)
        .bind(since)
        .fetch_one(pool)
        .await)?;
    let holding: i64 = with_db!(db, |pool| sqlx::query_scalar(HOLDING).fetch_one(pool).await)?;
    let signed_in: i64 = with_db!(db, |pool| sqlx::query_scalar(SIGNED_IN)
        .bind(now)
        .bind(false)
        .bind(seen_since)
        .fetch_one(pool)
        .await)?;
    Ok(Capacity {
        handled,
        handling_ms,
        holding,
        signed_in,
    })
}

/// Notes a sign of the person (a page view, a live connection) or a message.
pub async fn touch(db: &Db, id: &str, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "update chats set last_activity_at = $2 where enquiry_id = $1 and last_activity_at < $2";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .execute(pool)
        .await
        .map(drop))
}

/// Marks a waiting chat active (in the transaction of its claim). Returns whether it was
/// waiting.
pub async fn mark_accepted(tx: &mut Tx, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update chats set status = 'active', accepted_at = $2, last_activity_at = $2 \
        where enquiry_id = $1 and status = 'waiting'";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Ends an open chat. Whatever the reason, its address dies (the token's hash is
/// cleared, so the page and the socket answer 410 from then on) and its unsaved receipt
/// code is forgotten: an ended chat leaves nothing usable in the browser's history.
/// Returns whether this call ended it.
pub async fn end(tx: &mut Tx, id: &str, reason: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update chats set status = 'ended', ended_reason = $2, ended_at = $3, \
        token_hash = null, code_sealed = null \
        where enquiry_id = $1 and status <> 'ended'";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .bind(reason)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Blocks an ended chat's address too (a block after the chat already ended).
pub async fn forget_token(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    const SQL: &str = "update chats set token_hash = null, code_sealed = null, ended_reason = 'blocked' \
        where enquiry_id = $1";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// The open chats idle since before `cutoff`.
pub async fn idle_since(db: &Db, cutoff: i64) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "select enquiry_id from chats where status <> 'ended' and last_activity_at < $1";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .bind(cutoff)
        .fetch_all(pool)
        .await)
}

/// Forgets the receipt code once the person saved it.
pub async fn clear_code(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    const SQL: &str = "update chats set code_sealed = null where enquiry_id = $1";
    with_db!(db, |pool| sqlx::query(SQL).bind(id).execute(pool).await.map(drop))
}

/// How many messages the person stored in a chat since `since` (unix ms).
pub async fn person_messages_since(db: &Db, id: &str, since: i64) -> Result<i64, sqlx::Error> {
    const SQL: &str = "select count(*) from enquiry_messages \
        where enquiry_id = $1 and author = 'person' and created_at > $2";
    with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(id)
        .bind(since)
        .fetch_one(pool)
        .await)
}

/// The messages of a chat after sequence number `after`, in order.
pub async fn messages_after(db: &Db, id: &str, after: i64) -> Result<Vec<MessageRow>, sqlx::Error> {
    const SQL: &str = "select id, seq, author, created_at, body_sealed from enquiry_messages \
        where enquiry_id = $1 and seq > $2 order by seq";
    with_db!(db, |pool| sqlx::query_as::<_, MessageRow>(SQL)
        .bind(id)
        .bind(after)
        .fetch_all(pool)
        .await)
}

/// Appends a sealed message inside `tx` with the next sequence number of its chat, notes
/// it on the enquiry and as the chat's last activity; returns the number. Two writers
/// racing for a number collide on the unique (enquiry, seq) key: a lost race, which
/// [`crate::transact!`] runs again.
pub async fn insert_message(
    tx: &mut Tx,
    message_id: &str,
    chat_id: &str,
    author: &'static str,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    const ACTIVITY: &str = "update chats set last_activity_at = $2 where enquiry_id = $1";
    let author = if author == Author::Staff.as_str() {
        Author::Staff
    } else {
        Author::Person
    };
    let seq = enquiry_store::insert_message(tx, message_id, chat_id, author, body_sealed, now).await?;
    with_tx!(tx, |conn| sqlx::query(ACTIVITY)
        .bind(chat_id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(drop))?;
    Ok(seq)
}

/// Appends a sealed message in a transaction of its own (see [`insert_message`]).
pub async fn add_message(
    db: &Db,
    message_id: &str,
    chat_id: &str,
    author: &'static str,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    crate::transact!(db, |tx| insert_message(
        tx,
        message_id,
        chat_id,
        author,
        body_sealed,
        now
    )
    .await)
}
