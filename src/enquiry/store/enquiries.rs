//! The enquiry rows: the group-committed insert of new enquiries (with a callback
//! request's wishes, a phone call's claim or a chat in the same commit), and the reads of
//! one enquiry by receipt code or id.

use sqlx::FromRow;

use super::callbacks::{CALLBACKS_HEAD, CallbackRecord};
use crate::audit::{self, Action};
use crate::db::{Db, Tx};
use crate::enquiry::vocab::Status;
use crate::{with_db, with_tx};

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
    /// The keyed tag of the municipality's police region, for the queue's filter
    /// ([`crate::enquiry::seal::region_tag`]).
    pub police_region: Option<String>,
    /// The decision flagged a child.
    pub child: bool,
    /// The decision's flags as keyed tags `,a,b,` (empty when none), for the queue's
    /// filter ([`crate::enquiry::seal::flags_column`]).
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

/// Stores new enquiries, their callback wishes, chats and claims in one transaction (one
/// commit, so a callback request or a chat is never half-stored); durable once this
/// returns. A phone call's enquiry starts claimed by the handler who took it, and its
/// two audit records (`phone_enquiry`, `claim`) commit with it.
pub async fn insert_batch(db: &Db, rows: &[NewRows<'_>]) -> Result<(), sqlx::Error> {
    // Audit records make this batch a writer of the audit chain: a batch that loses the
    // chain's next number to another instance is stored again. Busy is not retried here
    // (the writer's caller answers 503 and keeps the text).
    let audited = rows.iter().any(|r| r.claimed_by.is_some());
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut tx = db.begin().await?;
        let result = match insert_once(&mut tx, rows).await {
            Ok(()) => tx.commit().await,
            Err(err) => Err(err),
        };
        match result {
            Err(err)
                if audited
                    && attempt < 20
                    && crate::db::is_unique_violation(&err)
                    && crate::db::is_lost_race(&err) =>
            {
                crate::db::pause(attempt).await;
            }
            other => return other,
        }
    }
}

/// One attempt of [`insert_batch`], inside `tx`.
async fn insert_once(tx: &mut Tx, rows: &[NewRows<'_>]) -> Result<(), sqlx::Error> {
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
    with_tx!(&mut *tx, |conn| {
        let mut query = sqlx::QueryBuilder::new(HEAD);
        query.push_values(rows, |mut row, new| {
            let e = new.enquiry;
            row.push_bind(e.id.as_str())
                .push_bind(e.created_at)
                .push_bind(e.created_at)
                .push_bind(e.channel)
                .push_bind(e.lang)
                .push_bind(
                    if new.claimed_by.is_some() {
                        Status::InProgress
                    } else {
                        Status::Received
                    }
                    .as_str(),
                )
                .push_bind(e.priority)
                .push_bind(e.rules_version.as_str())
                .push_bind(e.receipt_hash.as_slice())
                .push_bind(e.facts_sealed.as_slice())
                .push_bind(e.decision_sealed.as_slice())
                .push_bind(e.handoff_hash.as_slice())
                .push_bind(e.handoff_code_sealed.as_slice())
                .push_bind(e.handoff_expires_at)
                .push_bind(e.police_region.as_deref())
                .push_bind(e.child)
                .push_bind(e.flags.as_str())
                .push_bind(new.claimed_by)
                .push_bind(new.claimed_by.map(|_| e.created_at));
        });
        query.build().execute(&mut *conn).await?;
        if !callbacks.is_empty() {
            let mut query = sqlx::QueryBuilder::new(CALLBACKS_HEAD);
            query.push_values(&callbacks, |mut row, (id, c)| {
                row.push_bind(*id)
                    .push_bind(c.phone_sealed.as_slice())
                    .push_bind(c.code_word_sealed.as_deref())
                    .push_bind(c.wishes_sealed.as_slice())
                    .push_bind("")
                    .push_bind(false)
                    .push_bind(false);
            });
            query.build().execute(&mut *conn).await?;
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
            query.build().execute(&mut *conn).await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    for row in rows {
        if let Some(handler) = row.claimed_by {
            let (at, id) = (row.enquiry.created_at, row.enquiry.id.as_str());
            audit::append_tx(tx, at, handler, Action::PhoneEnquiry, Some(id), "").await?;
            audit::append_tx(tx, at, handler, Action::Claim, Some(id), "phone").await?;
        }
    }
    Ok(())
}

/// What the receipt page needs of an enquiry.
#[derive(Debug, FromRow)]
pub struct EnquiryRow {
    /// Row id.
    pub id: String,
    /// Unix ms.
    pub created_at: i64,
    /// Where the enquiry stands.
    #[sqlx(try_from = "String")]
    pub status: Status,
    /// The sealed enquiry JSON.
    pub facts_sealed: Vec<u8>,
    /// The sealed decision in force (its notices are shown to the person first).
    pub decision_sealed: Vec<u8>,
}

/// The enquiry whose receipt hash is one of `hashes` (one per data key).
pub async fn find_by_receipt(db: &Db, hashes: &[Vec<u8>]) -> Result<Option<EnquiryRow>, sqlx::Error> {
    const SQL: &str = "select id, created_at, status, facts_sealed, decision_sealed from enquiries \
        where receipt_hash = $1";
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
    /// Where the enquiry stands.
    #[sqlx(try_from = "String")]
    pub status: Status,
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
