//! Callback requests: the wishes stored beside a callback enquiry (or a chat that switched
//! to one), and the call attempts made on them.

use sqlx::FromRow;

use super::messages::insert_message;
use crate::db::{Db, Tx};
use crate::enquiry::vocab::Author;
use crate::triage::{Decision, Flag};
use crate::{with_db, with_tx};

/// The callback wishes stored beside a callback request's enquiry, already sealed.
#[derive(Debug)]
pub struct CallbackRecord {
    /// The E.164 number, sealed under `callbacks.phone:{enquiry id}`.
    pub phone_sealed: Vec<u8>,
    /// The code word, sealed under `callbacks.code_word:{enquiry id}`.
    pub code_word_sealed: Option<Vec<u8>>,
    /// The windows, voicemail, saying who calls and interpreter, sealed under
    /// `callbacks.wishes:{enquiry id}` ([`crate::enquiry::seal::Wishes`]).
    pub wishes_sealed: Vec<u8>,
}

/// The head of an insert of callback wishes: four values, in this order, then the clear
/// columns of before the wishes were sealed, always blank: `''`, `false`, `false`.
pub(super) const CALLBACKS_HEAD: &str = "insert into callbacks (enquiry_id, phone_sealed, code_word_sealed, \
    wishes_sealed, windows, voicemail_ok, may_say_who) ";

/// A callback request's wishes, as the console reads them.
#[derive(Debug, FromRow)]
pub struct CallbackRow {
    /// The sealed E.164 number.
    pub phone_sealed: Vec<u8>,
    /// The sealed code word.
    pub code_word_sealed: Option<Vec<u8>>,
    /// The sealed wishes; `None` only on a row stored before they were sealed and not yet
    /// sealed at start-up, whose wishes are still in the clear columns below.
    pub wishes_sealed: Option<Vec<u8>>,
    /// `,a,b,` before the wishes were sealed; empty since.
    pub windows: String,
    /// Before the wishes were sealed: a voicemail may be left.
    pub voicemail_ok: bool,
    /// Before the wishes were sealed: the caller may say who is calling.
    pub may_say_who: bool,
    /// Before the wishes were sealed: an interpreter is needed.
    pub interpreter: bool,
    /// Before the wishes were sealed: the interpreter's language.
    pub interpreter_language: Option<String>,
    /// When calls were stopped (a wrong person answered).
    pub stopped_at: Option<i64>,
}

/// The callback wishes of an enquiry, when it is a callback request.
pub async fn callback(db: &Db, enquiry_id: &str) -> Result<Option<CallbackRow>, sqlx::Error> {
    const SQL: &str = "select phone_sealed, code_word_sealed, wishes_sealed, windows, voicemail_ok, \
        may_say_who, interpreter, interpreter_language, stopped_at from callbacks where enquiry_id = $1";
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
pub async fn add_callback_attempt(tx: &mut Tx, attempt: &NewAttempt<'_>) -> Result<bool, sqlx::Error> {
    // The attempt is inserted only while the callback is not stopped, in the same
    // statement, so two handlers cannot record a call after a "wrong person" stop.
    const INSERT: &str = "insert into callback_attempts (id, enquiry_id, at, by_user, outcome, note_sealed, \
        next_try_at) select $1, $2, $3, $4, $5, $6, $7 from callbacks \
        where enquiry_id = $2 and stopped_at is null";
    const STOP: &str = "update callbacks set stopped_at = $2, stopped_by = $3 where enquiry_id = $1";
    const TOUCH: &str = "update enquiries set updated_at = $2 where id = $1";
    with_tx!(tx, |conn| {
        let inserted = sqlx::query(INSERT)
            .bind(attempt.id)
            .bind(attempt.enquiry_id)
            .bind(attempt.at)
            .bind(attempt.by_user)
            .bind(attempt.outcome)
            .bind(attempt.note_sealed)
            .bind(attempt.next_try_at)
            .execute(&mut *conn)
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
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query(TOUCH)
            .bind(attempt.enquiry_id)
            .bind(attempt.at)
            .execute(&mut *conn)
            .await?;
        Ok(true)
    })
}

/// A waiting person's switch to a callback: the wishes (sealed) and their few words.
pub struct Switch<'a> {
    /// The callback wishes, sealed for this enquiry.
    pub callback: &'a CallbackRecord,
    /// A new message (id, sealed text), when they wrote one.
    pub message: Option<(&'a str, &'a [u8])>,
    /// The engine's decision again, now with the callback wish (an interpreter wish
    /// sets `needs_interpreter` through a rule): its priority and child marker become
    /// the queue's columns.
    pub decision: &'a Decision,
    /// Its flags as keyed tags ([`crate::enquiry::seal::flags_column`]).
    pub flags: &'a str,
    /// That decision, sealed under `enquiry.decision:{id}`.
    pub decision_sealed: &'a [u8],
    /// The enquiry's facts again, sealed, when the language to be called in changed.
    pub facts_sealed: Option<&'a [u8]>,
}

/// Ends a still waiting chat with reason `callback` and stores the callback wishes, the
/// decision made again with them (sealed, and its priority and flags as columns) and the
/// message on its enquiry, in one commit. Returns `false`, storing nothing, when the
/// chat was no longer waiting (a handler answered it meanwhile, or it ended).
pub async fn switch_to_callback(
    db: &Db,
    id: &str,
    switch: &Switch<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // The chat's address dies and its unsaved code is forgotten, as on every end.
    const END: &str = "update chats set status = 'ended', ended_reason = 'callback', ended_at = $2, \
        token_hash = null, code_sealed = null where enquiry_id = $1 and status = 'waiting'";
    const DECISION: &str = "update enquiries set decision_sealed = $2, priority = $3, flags = $4, \
        child = $5 where id = $1";
    const FACTS: &str = "update enquiries set facts_sealed = $2 where id = $1";
    let insert = sqlx::AssertSqlSafe(format!("{CALLBACKS_HEAD}values ($1, $2, $3, $4, $5, $6, $7)"));
    let c = switch.callback;
    let decision = switch.decision;
    let mut tx = db.begin().await?;
    let ended = with_tx!(&mut tx, |conn| sqlx::query(END)
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected()))?;
    if ended != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query(insert)
            .bind(id)
            .bind(c.phone_sealed.as_slice())
            .bind(c.code_word_sealed.as_deref())
            .bind(c.wishes_sealed.as_slice())
            .bind("")
            .bind(false)
            .bind(false)
            .execute(&mut *conn)
            .await?;
        sqlx::query(DECISION)
            .bind(id)
            .bind(switch.decision_sealed)
            .bind(decision.priority.as_str())
            .bind(switch.flags)
            .bind(decision.has_flag(Flag::Child))
            .execute(&mut *conn)
            .await?;
        if let Some(facts) = switch.facts_sealed {
            sqlx::query(FACTS)
                .bind(id)
                .bind(facts)
                .execute(&mut *conn)
                .await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    if let Some((message_id, sealed)) = switch.message {
        insert_message(&mut tx, message_id, id, Author::Person, sealed, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}
