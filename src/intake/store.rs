//! SQL of the intake: enquiries, their messages, receipt hand-offs, callback requests and
//! their call attempts, accessibility reports.
//! Every sensitive value arrives here already sealed; this module never sees plaintext.

use sqlx::FromRow;

use crate::db::Db;
use crate::with_db;

/// A new enquiry, sealed and ready to insert.
#[derive(Debug)]
pub struct EnquiryRecord {
    /// Row id.
    pub id: String,
    /// Unix ms.
    pub created_at: i64,
    /// Contract channel value.
    pub channel: &'static str,
    /// Site language tag.
    pub lang: &'static str,
    /// P1 | P2 | P3.
    pub priority: &'static str,
    /// The triage rules version that decided.
    pub rules_version: String,
    /// Keyed hash of the receipt code.
    pub receipt_hash: Vec<u8>,
    /// The sealed enquiry JSON.
    pub facts_sealed: Vec<u8>,
    /// The sealed decision JSON.
    pub decision_sealed: Vec<u8>,
    /// Keyed hash of the one-time hand-off ticket.
    pub handoff_hash: Vec<u8>,
    /// The sealed receipt code, kept until the person confirms they saved it.
    pub handoff_code_sealed: Vec<u8>,
    /// When the hand-off expires (unix ms).
    pub handoff_expires_at: i64,
    /// The police region of the municipality, for the queue's filter.
    pub police_region: Option<&'static str>,
    /// The decision flagged a child.
    pub child: bool,
    /// The decision's flags as `,a,b,` (empty when none), for the queue's filter.
    pub flags: String,
}

/// Stores enquiries in one multi-row statement (one commit); durable once this returns.
pub async fn insert_enquiries(db: &Db, records: &[EnquiryRecord]) -> Result<(), sqlx::Error> {
    let rows: Vec<NewRows<'_>> = records
        .iter()
        .map(|enquiry| NewRows {
            enquiry,
            callback: None,
            claimed_by: None,
            chat: None,
        })
        .collect();
    insert_batch(db, &rows).await
}

/// The callback wishes stored beside a callback request's enquiry, already sealed.
#[derive(Debug)]
pub struct CallbackRecord {
    /// The E.164 number, sealed under `callbacks.phone:{enquiry id}`.
    pub phone_sealed: Vec<u8>,
    /// The code word, sealed under `callbacks.code_word:{enquiry id}`.
    pub code_word_sealed: Option<Vec<u8>>,
    /// The safe windows as `,a,b,` (values of [`CALLBACK_WINDOWS`]).
    pub windows: String,
    /// A voicemail may be left.
    pub voicemail_ok: bool,
    /// The caller may say who is calling.
    pub may_say_who: bool,
    /// An interpreter is needed.
    pub interpreter: bool,
    /// The interpreter's language (a language tag).
    pub interpreter_language: Option<String>,
}

/// The safe windows a person can choose for a callback, as stored (CONTRACT `windows`).
pub const CALLBACK_WINDOWS: [&str; 4] = [
    "weekday_morning",
    "weekday_afternoon",
    "weekday_evening",
    "weekend_day",
];

/// One new enquiry with what is stored in the same commit.
#[derive(Debug)]
pub struct NewRows<'a> {
    /// The enquiry.
    pub enquiry: &'a EnquiryRecord,
    /// Its callback wishes, for a callback request.
    pub callback: Option<&'a CallbackRecord>,
    /// The handler who took it (a phone call): the case starts claimed and in progress.
    pub claimed_by: Option<&'a str>,
    /// Its chat, for a chat: the enquiry and its waiting chat are stored together.
    pub chat: Option<&'a ChatRecord>,
}

/// A new chat beside its enquiry.
#[derive(Debug)]
pub struct ChatRecord {
    /// Keyed hash of the chat's address token.
    pub token_hash: Vec<u8>,
    /// The site language of the chat.
    pub lang: &'static str,
    /// The receipt code, sealed, shown on the chat page until the person saved it.
    pub code_sealed: Vec<u8>,
}

/// The head of an insert of callback wishes (eight values, in this order).
pub(crate) const CALLBACKS_HEAD: &str = "insert into callbacks (enquiry_id, phone_sealed, code_word_sealed, \
    windows, voicemail_ok, may_say_who, interpreter, interpreter_language) ";

/// Stores new enquiries, their callback wishes, chats and claims in one transaction (one
/// commit, so a callback request or a chat is never half-stored); durable once this
/// returns.
pub async fn insert_batch(db: &Db, rows: &[NewRows<'_>]) -> Result<(), sqlx::Error> {
    const HEAD: &str = "insert into enquiries (id, created_at, updated_at, channel, lang, status, priority, \
        rules_version, receipt_hash, facts_sealed, decision_sealed, handoff_hash, handoff_code_sealed, \
        handoff_expires_at, police_region, child, flags, assigned_to, assigned_at) ";
    const CHATS: &str = "insert into chats (enquiry_id, token_hash, lang, status, created_at, \
        last_activity_at, code_sealed) ";
    let chats: Vec<(&EnquiryRecord, &ChatRecord)> = rows
        .iter()
        .filter_map(|r| r.chat.map(|c| (r.enquiry, c)))
        .collect();
    let callbacks: Vec<(&str, &CallbackRecord)> = rows
        .iter()
        .filter_map(|r| r.callback.map(|c| (r.enquiry.id.as_str(), c)))
        .collect();
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let mut query = sqlx::QueryBuilder::new(HEAD);
        query.push_values(rows, |mut row, new| {
            let e = new.enquiry;
            row.push_bind(e.id.as_str())
                .push_bind(e.created_at)
                .push_bind(e.created_at)
                .push_bind(e.channel)
                .push_bind(e.lang)
                .push_bind(if new.claimed_by.is_some() {
                    "in_progress"
                } else {
                    "received"
                })
                .push_bind(e.priority)
                .push_bind(e.rules_version.as_str())
                .push_bind(e.receipt_hash.as_slice())
                .push_bind(e.facts_sealed.as_slice())
                .push_bind(e.decision_sealed.as_slice())
                .push_bind(e.handoff_hash.as_slice())
                .push_bind(e.handoff_code_sealed.as_slice())
                .push_bind(e.handoff_expires_at)
                .push_bind(e.police_region)
                .push_bind(e.child)
                .push_bind(e.flags.as_str())
                .push_bind(new.claimed_by)
                .push_bind(new.claimed_by.map(|_| e.created_at));
        });
        query.build().execute(&mut *tx).await?;
        if !callbacks.is_empty() {
            let mut query = sqlx::QueryBuilder::new(CALLBACKS_HEAD);
            query.push_values(&callbacks, |mut row, (id, c)| {
                row.push_bind(*id)
                    .push_bind(c.phone_sealed.as_slice())
                    .push_bind(c.code_word_sealed.as_deref())
                    .push_bind(c.windows.as_str())
                    .push_bind(c.voicemail_ok)
                    .push_bind(c.may_say_who)
                    .push_bind(c.interpreter)
                    .push_bind(c.interpreter_language.as_deref());
            });
            query.build().execute(&mut *tx).await?;
        }
        if !chats.is_empty() {
            let mut query = sqlx::QueryBuilder::new(CHATS);
            query.push_values(&chats, |mut row, (e, c)| {
                row.push_bind(e.id.as_str())
                    .push_bind(c.token_hash.as_slice())
                    .push_bind(c.lang)
                    .push_bind("waiting")
                    .push_bind(e.created_at)
                    .push_bind(e.created_at)
                    .push_bind(c.code_sealed.as_slice());
            });
            query.build().execute(&mut *tx).await?;
        }
        tx.commit().await
    })
}

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

/// What the receipt page needs of an enquiry.
#[derive(Debug, FromRow)]
pub struct EnquiryRow {
    /// Row id.
    pub id: String,
    /// Unix ms.
    pub created_at: i64,
    /// received | in_progress | answered | closed.
    pub status: String,
    /// The sealed enquiry JSON.
    pub facts_sealed: Vec<u8>,
}

/// The enquiry whose receipt hash is one of `hashes` (one per data key).
pub async fn find_by_receipt(db: &Db, hashes: &[Vec<u8>]) -> Result<Option<EnquiryRow>, sqlx::Error> {
    const SQL: &str = "select id, created_at, status, facts_sealed from enquiries where receipt_hash = $1";
    for hash in hashes {
        let row = with_db!(db, |pool| sqlx::query_as::<_, EnquiryRow>(SQL)
            .bind(hash.as_slice())
            .fetch_optional(pool)
            .await)?;
        if row.is_some() {
            return Ok(row);
        }
    }
    Ok(None)
}

/// What the console's case page needs of an enquiry.
#[derive(Debug, FromRow)]
pub struct CaseRow {
    /// Unix ms.
    pub created_at: i64,
    /// received | in_progress | answered | closed.
    pub status: String,
    /// The sealed enquiry JSON.
    pub facts_sealed: Vec<u8>,
    /// The sealed decision JSON (the one in force: the engine's, or a handler's override).
    pub decision_sealed: Vec<u8>,
    /// Contract channel value.
    pub channel: String,
    /// The priority in force.
    pub priority: String,
    /// The handler who claimed the case.
    pub assigned_to: Option<String>,
    /// When it was claimed (unix ms).
    pub assigned_at: Option<i64>,
    /// The protected-identity marker.
    pub protected: bool,
    /// How it was closed, while closed.
    pub outcome: Option<String>,
    /// When it was closed (unix ms).
    pub closed_at: Option<i64>,
}

/// One enquiry by id.
pub async fn case_row(db: &Db, id: &str) -> Result<Option<CaseRow>, sqlx::Error> {
    const SQL: &str = "select created_at, status, facts_sealed, decision_sealed, channel, priority, \
        assigned_to, assigned_at, protected, outcome, closed_at from enquiries where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, CaseRow>(SQL)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

/// The sealed facts of one enquiry, for replays.
#[derive(Debug, FromRow)]
pub struct FactsRow {
    /// Row id.
    pub id: String,
    /// Unix ms.
    pub created_at: i64,
    /// The sealed enquiry JSON.
    pub facts_sealed: Vec<u8>,
}

/// The next `limit` enquiries after `(created_at, id)`, oldest first (keyset paging, so a
/// replay over millions of rows holds one page at a time).
pub async fn enquiry_facts_page(
    db: &Db,
    after: &(i64, String),
    limit: i64,
) -> Result<Vec<FactsRow>, sqlx::Error> {
    const SQL: &str = "select id, created_at, facts_sealed from enquiries \
        where created_at > $1 or (created_at = $1 and id > $2) order by created_at, id limit $3";
    with_db!(db, |pool| sqlx::query_as::<_, FactsRow>(SQL)
        .bind(after.0)
        .bind(after.1.as_str())
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// One follow-up or reply.
#[derive(Debug, FromRow)]
pub struct MessageRow {
    /// Row id (part of the sealing context).
    pub id: String,
    /// Order within the enquiry.
    pub seq: i64,
    /// person | staff.
    pub author: String,
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

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Author {
    /// The person who enquired.
    Person,
    /// The contact point's staff.
    Staff,
}

impl Author {
    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Staff => "staff",
        }
    }
}

/// Appends a message with the next sequence number; returns that number.
pub async fn add_message(
    db: &Db,
    id: &str,
    enquiry_id: &str,
    author: Author,
    body_sealed: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    // One statement picks the next number and inserts; the unique (enquiry_id, seq)
    // constraint turns a concurrent writer's collision into an error instead of a duplicate.
    const SQL: &str = "insert into enquiry_messages (id, enquiry_id, seq, author, created_at, body_sealed) \
        select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5 from enquiry_messages where enquiry_id = $2 \
        returning seq";
    const TOUCH: &str = "update enquiries set updated_at = $2, \
        status = case when $3 = 'staff' then 'answered' else status end where id = $1";
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let seq: i64 = sqlx::query_scalar(SQL)
            .bind(id)
            .bind(enquiry_id)
            .bind(author.as_str())
            .bind(now)
            .bind(body_sealed)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(TOUCH)
            .bind(enquiry_id)
            .bind(now)
            .bind(author.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(seq)
    })
}

/// Stores a sealed accessibility report.
pub async fn insert_accessibility_report(
    db: &Db,
    id: &str,
    now: i64,
    lang: &str,
    report_sealed: &[u8],
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "insert into accessibility_reports (id, created_at, lang, report_sealed) values ($1, $2, $3, $4)";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .bind(lang)
        .bind(report_sealed)
        .execute(pool)
        .await
        .map(drop))
}

/// A callback request's wishes, as the console reads them.
#[derive(Debug, FromRow)]
pub struct CallbackRow {
    /// The sealed E.164 number.
    pub phone_sealed: Vec<u8>,
    /// The sealed code word.
    pub code_word_sealed: Option<Vec<u8>>,
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
    /// When calls were stopped (a wrong person answered).
    pub stopped_at: Option<i64>,
}

/// The callback wishes of an enquiry, when it is a callback request.
pub async fn callback(db: &Db, enquiry_id: &str) -> Result<Option<CallbackRow>, sqlx::Error> {
    const SQL: &str = "select phone_sealed, code_word_sealed, windows, voicemail_ok, may_say_who, \
        interpreter, interpreter_language, stopped_at from callbacks where enquiry_id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, CallbackRow>(SQL)
        .bind(enquiry_id)
        .fetch_optional(pool)
        .await)
}

/// One call attempt, with the name of the handler who made it.
#[derive(Debug, FromRow)]
pub struct AttemptRow {
    /// Row id (part of the note's sealing context).
    pub id: String,
    /// Unix ms.
    pub at: i64,
    /// The handler's user name.
    pub by_name: String,
    /// reached | no_answer | wrong_person | try_later.
    pub outcome: String,
    /// The sealed note.
    pub note_sealed: Option<Vec<u8>>,
    /// The next try, unix ms.
    pub next_try_at: Option<i64>,
}

/// The call attempts of a callback request, oldest first.
pub async fn callback_attempts(db: &Db, enquiry_id: &str) -> Result<Vec<AttemptRow>, sqlx::Error> {
    const SQL: &str = "select a.id, a.at, u.name as by_name, a.outcome, a.note_sealed, a.next_try_at \
        from callback_attempts a join users u on u.id = a.by_user where a.enquiry_id = $1 \
        order by a.at, a.id";
    with_db!(db, |pool| sqlx::query_as::<_, AttemptRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// A new call attempt, its note already sealed.
#[derive(Debug)]
pub struct NewAttempt<'a> {
    /// Row id.
    pub id: &'a str,
    /// The callback request.
    pub enquiry_id: &'a str,
    /// Unix ms.
    pub at: i64,
    /// The handler.
    pub by_user: &'a str,
    /// reached | no_answer | wrong_person | try_later.
    pub outcome: &'a str,
    /// The sealed note.
    pub note_sealed: Option<&'a [u8]>,
    /// The next try, unix ms.
    pub next_try_at: Option<i64>,
    /// The outcome forbids further calls (a wrong person answered).
    pub stop: bool,
}

/// Records a call attempt; a stopping one also marks the callback "do not call again".
/// Returns `false` (and stores nothing) when calls were already stopped.
pub async fn add_callback_attempt(db: &Db, attempt: &NewAttempt<'_>) -> Result<bool, sqlx::Error> {
    // The attempt is inserted only while the callback is not stopped, in the same
    // statement, so two handlers cannot record a call after a "wrong person" stop.
    const INSERT: &str = "insert into callback_attempts (id, enquiry_id, at, by_user, outcome, note_sealed, \
        next_try_at) select $1, $2, $3, $4, $5, $6, $7 from callbacks \
        where enquiry_id = $2 and stopped_at is null";
    const STOP: &str = "update callbacks set stopped_at = $2, stopped_by = $3 where enquiry_id = $1";
    const TOUCH: &str = "update enquiries set updated_at = $2 where id = $1";
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let inserted = sqlx::query(INSERT)
            .bind(attempt.id)
            .bind(attempt.enquiry_id)
            .bind(attempt.at)
            .bind(attempt.by_user)
            .bind(attempt.outcome)
            .bind(attempt.note_sealed)
            .bind(attempt.next_try_at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if inserted == 0 {
            return Ok(false);
        }
        if attempt.stop {
            sqlx::query(STOP)
                .bind(attempt.enquiry_id)
                .bind(attempt.at)
                .bind(attempt.by_user)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(TOUCH)
            .bind(attempt.enquiry_id)
            .bind(attempt.at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    })
}
