//! Group commit for new enquiries.
//!
//! Every request hands its sealed enquiry to one writer task and waits for the commit
//! before it answers `303`. The writer takes everything waiting in the queue (up to
//! [`MAX_BATCH`]) and stores it in one transaction of multi-row statements, so a burst
//! shares one commit and one fsync instead of queueing for SQLite's write lock one row at
//! a time. Nothing is acknowledged before it is durable, and a failed batch fails each of
//! its requests (which then keep the person's text on screen).
//!
//! [`store()`] is how every channel files a new enquiry: it seals it under a new receipt
//! code, with a callback request's wishes or a phone call's claim in the same commit.

use tokio::sync::{mpsc, oneshot};

use super::model::EnquiryInput;
use super::seal::{CallbackWishes, flags_column, region_tag, seal_callback};
use super::store::{self, CallbackRecord, ChatRecord, EnquiryRecord, NewRows};
use crate::crypto::{Column, Context, Keyring, ReceiptCode, random_token};
use crate::db::{Db, WriteFailure};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Decision, Flag};

/// How long the receipt hand-off page can be opened after sending: long enough to write
/// the code down or save it, short enough that an address left in the history is dead.
pub const HANDOFF_TTL_MS: i64 = 10 * 60 * 1000;

/// The keyed hash a hand-off is found by. For a form sent from a browser it is bound to
/// that browser (`browser`: the value of its CSRF cookie), so the hand-off address shows
/// the code in no other browser; a handler's hand-off (phone, consultation) is not.
pub fn handoff_hash(keys: &Keyring, ticket: &str, browser: Option<&str>) -> Vec<u8> {
    match browser {
        Some(browser) => keys.token_hash("handoff", format!("{ticket}:{browser}").as_bytes()),
        None => keys.token_hash("handoff", ticket.as_bytes()),
    }
}

/// Most enquiries in one statement (19 parameters each; well under both backends' limits).
pub const MAX_BATCH: usize = 256;

/// How many enquiries may wait for the writer before requests wait to hand theirs over.
const QUEUE: usize = 4096;

/// What is stored in the same commit as an enquiry.
#[derive(Debug, Default)]
pub struct Extra {
    /// A callback request's wishes, sealed.
    pub callback: Option<CallbackRecord>,
    /// The handler who took a phone call: the case starts claimed by them.
    pub claimed_by: Option<String>,
    /// A chat's row: it waits in the queue from the same commit.
    pub chat: Option<ChatRecord>,
}

struct Job {
    record: EnquiryRecord,
    extra: Extra,
    done: oneshot::Sender<Result<(), WriteFailure>>,
}

/// The handle requests use to store an enquiry.
#[derive(Clone, Debug)]
pub struct EnquiryWriter {
    tx: mpsc::Sender<Job>,
}

impl EnquiryWriter {
    /// Starts the writer task; it ends when the last handle is dropped.
    pub fn spawn(db: Db) -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, rx));
        Self { tx }
    }

    /// Stores one enquiry; returns once it is committed.
    pub async fn write(&self, record: EnquiryRecord) -> Result<(), AppError> {
        self.write_with(record, Extra::default()).await
    }

    /// Stores one enquiry and what goes with it in the same commit; returns once committed.
    pub async fn write_with(&self, record: EnquiryRecord, extra: Extra) -> Result<(), AppError> {
        let (done, committed) = oneshot::channel();
        let gone = || AppError::Internal(anyhow::anyhow!("the enquiry writer has stopped"));
        self.tx
            .send(Job { record, extra, done })
            .await
            .map_err(|_| gone())?;
        match committed.await.map_err(|_| gone())? {
            Ok(()) => Ok(()),
            Err(failure) => Err(failure.into()),
        }
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let rows: Vec<NewRows<'_>> = batch
            .iter()
            .map(|j| NewRows {
                enquiry: &j.record,
                callback: j.extra.callback.as_ref(),
                claimed_by: j.extra.claimed_by.as_deref(),
                chat: j.extra.chat.as_ref(),
            })
            .collect();
        let outcome = store::insert_batch(&db, &rows)
            .await
            .map_err(|err| WriteFailure::from_sqlx(&err));
        let count = rows.len();
        drop(rows);
        if outcome.is_ok() {
            tracing::debug!(count, "enquiry batch committed");
        }
        for job in batch.drain(..) {
            // A request that gave up (client gone) no longer waits; nothing to do.
            let _ = job.done.send(outcome.clone());
        }
    }
}

/// A new enquiry from any channel.
pub struct NewEnquiry<'a> {
    /// The parsed input (its channel says where it came from).
    pub input: &'a EnquiryInput,
    /// The triage decision.
    pub decision: &'a Decision,
    /// The language the person used (or was spoken to in).
    pub lang: Lang,
    /// For a callback request: when and how to call.
    pub callback: Option<CallbackWishes<'a>>,
    /// For a phone call: the handler who took it (the case starts claimed by them).
    pub claimed_by: Option<&'a str>,
    /// For a chat: the keyed hash of its address token (the chat is stored in the same
    /// commit, with the receipt code sealed beside it).
    pub chat_token_hash: Option<Vec<u8>>,
    /// The browser the hand-off is bound to (its CSRF cookie's value), for a form sent
    /// from a browser (see [`handoff_hash`]).
    pub browser: Option<&'a str>,
}

/// A stored enquiry: its id and the one-time hand-off ticket that shows its receipt code.
#[derive(Debug)]
pub struct Stored {
    /// The enquiry id.
    pub id: String,
    /// The hand-off ticket (never logged; it reveals the receipt code until used).
    pub ticket: String,
}

/// Seals and stores a new enquiry under a new receipt code, with what goes with it, in one
/// commit; publishes it to the queue.
pub async fn store(state: &AppState, new: NewEnquiry<'_>) -> Result<Stored, AppError> {
    let id = uuid::Uuid::new_v4().to_string();
    let directory = state.directory();
    let code = ReceiptCode::generate();
    let ticket = random_token();
    let keys = state.keys();
    let facts = serde_json::to_vec(new.input).map_err(anyhow::Error::from)?;
    let decision = serde_json::to_vec(new.decision).map_err(anyhow::Error::from)?;
    let now = state.clock().now_ms();
    let channel = new.input.enquiry.channel.map_or("web_form", |c| c.as_str());
    let record = EnquiryRecord {
        created_at: now,
        channel,
        lang: new.lang.tag(),
        priority: new.decision.priority.as_str(),
        rules_version: new.decision.rules_version.clone(),
        receipt_hash: keys.receipt_hash(&code),
        facts_sealed: keys.seal(&Context::new(Column::EnquiryFacts, &id), &facts),
        decision_sealed: keys.seal(&Context::new(Column::EnquiryDecision, &id), &decision),
        handoff_hash: handoff_hash(keys, &ticket, new.browser),
        handoff_code_sealed: keys.seal(
            &Context::new(Column::EnquiryHandoff, &id),
            code.expose_grouped().as_bytes(),
        ),
        handoff_expires_at: now + HANDOFF_TTL_MS,
        police_region: new
            .input
            .enquiry
            .municipality
            .as_ref()
            .and_then(|c| directory.municipality(c))
            .map(|m| region_tag(keys, m.police_region.slug())),
        child: new.decision.flags.contains(&Flag::Child),
        flags: flags_column(keys, &new.decision.flags),
        id: id.clone(),
    };
    let extra = Extra {
        callback: new.callback.map(|c| seal_callback(keys, &id, &c)).transpose()?,
        claimed_by: new.claimed_by.map(str::to_owned),
        chat: new.chat_token_hash.map(|token_hash| ChatRecord {
            token_hash,
            lang: new.lang.tag(),
            code_sealed: keys.seal_str(&Context::new(Column::ChatCode, &id), &code.expose_grouped()),
        }),
    };
    // The code is chosen before the write: if the commit is not confirmed in time, the
    // person gets the code to check with, as the write may still land (`web::not_saved`).
    crate::web::deadline::write_within(state, state.enquiry_writer().write_with(record, extra))
        .await
        .map_err(|err| match err {
            AppError::Unconfirmed(_) => AppError::Unconfirmed(Some(code)),
            other => other,
        })?;
    state.events().publish(crate::events::Change::Added, &id);
    tracing::info!(enquiry.id = %id, channel, "enquiry stored");
    Ok(Stored { id, ticket })
}

/// What to store for a new enquiry from the written form.
pub struct SealedEnquiry<'a> {
    /// The parsed input.
    pub input: &'a EnquiryInput,
    /// The triage decision.
    pub decision: &'a Decision,
    /// The browser that sent it (its CSRF cookie's value): the hand-off is bound to it.
    pub browser: Option<&'a str>,
}

/// Seals and stores a written enquiry under a new receipt code; returns its id and the
/// hand-off ticket.
pub async fn store_enquiry(state: &AppState, lang: Lang, new: SealedEnquiry<'_>) -> Result<Stored, AppError> {
    store(
        state,
        NewEnquiry {
            input: new.input,
            decision: new.decision,
            lang,
            callback: None,
            claimed_by: None,
            chat_token_hash: None,
            browser: new.browser,
        },
    )
    .await
}
