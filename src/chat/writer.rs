//! Group commit for chat messages.
//!
//! Hundreds of chats typing at once would each wait for their own commit (and, with
//! SQLite's `synchronous = FULL`, their own fsync) behind one write lock. Instead every
//! message goes to one writer task per instance, which takes everything waiting (up to
//! [`MAX_BATCH`]) and stores it in one transaction: each message with the next sequence
//! number of its chat, the enquiry and chat touched, and — for a handler's message — its
//! audit record in the same commit. A message is acknowledged (and published) only after
//! its batch committed.
//!
//! A batch that loses a race (another instance on the same PostgreSQL database took a
//! sequence number or the audit chain's next number) is not failed: each of its messages
//! is then stored alone, each in a transaction of its own that [`crate::transact!`] retries.

use tokio::sync::{mpsc, oneshot};

use super::store;
use crate::audit::{self, Action};
use crate::db::{self, Db, Tx, WriteFailure};
use crate::error::AppError;

/// Most messages in one transaction.
pub const MAX_BATCH: usize = 128;

/// How many messages may wait for the writer before senders wait to hand theirs over.
const QUEUE: usize = 4096;

/// A sealed message to store.
#[derive(Debug)]
pub struct NewMessage {
    /// Its id (bound into the seal).
    pub message_id: String,
    /// The chat (enquiry) id.
    pub chat_id: String,
    /// `person` or `staff`.
    pub author: &'static str,
    /// The sealed text.
    pub body_sealed: Vec<u8>,
    /// Unix ms.
    pub at: i64,
    /// The handler who wrote it: audited as a reply in the same commit.
    pub staff_user: Option<String>,
}

struct Job {
    message: NewMessage,
    done: oneshot::Sender<Result<i64, WriteFailure>>,
}

/// The handle that stores chat messages.
#[derive(Clone, Debug)]
pub struct ChatWriter {
    tx: mpsc::Sender<Job>,
}

impl ChatWriter {
    /// Starts the writer task; it ends when the last handle is dropped.
    pub fn spawn(db: Db) -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, rx));
        Self { tx }
    }

    /// Stores a message; returns its sequence number once it is committed.
    pub async fn write(&self, message: NewMessage) -> Result<i64, AppError> {
        let (done, committed) = oneshot::channel();
        let gone = || AppError::Internal(anyhow::anyhow!("the chat writer has stopped"));
        self.tx.send(Job { message, done }).await.map_err(|_| gone())?;
        match committed.await.map_err(|_| gone())? {
            Ok(seq) => Ok(seq),
            Err(failure) => Err(failure.into()),
        }
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let messages: Vec<&NewMessage> = batch.iter().map(|j| &j.message).collect();
        let outcomes: Vec<Result<i64, WriteFailure>> = match store_batch(&db, &messages).await {
            Ok(seqs) => {
                tracing::debug!(count = seqs.len(), "chat message batch committed");
                seqs.into_iter().map(Ok).collect()
            }
            Err(err) if batch.len() > 1 && !db::is_unavailable(&err) => {
                // A lost race (or one bad message): each on its own, with retries.
                let mut alone = Vec::with_capacity(messages.len());
                for message in &messages {
                    alone.push(store_alone(&db, message).await);
                }
                alone
            }
            Err(err) => {
                let failure = WriteFailure::from_sqlx(&err);
                vec![Err(failure); batch.len()]
            }
        };
        drop(messages);
        for (job, outcome) in batch.drain(..).zip(outcomes) {
            // A sender that gave up (client gone) no longer waits; nothing to do.
            let _ = job.done.send(outcome);
        }
    }
}

/// Stores a batch in one transaction; the sequence numbers in order.
async fn store_batch(db: &Db, messages: &[&NewMessage]) -> Result<Vec<i64>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let mut seqs = Vec::with_capacity(messages.len());
    for m in messages {
        seqs.push(store_one(&mut tx, m).await?);
    }
    tx.commit().await?;
    Ok(seqs)
}

/// Stores one message inside `tx`, with a handler's message audited as a reply.
async fn store_one(tx: &mut Tx, m: &NewMessage) -> Result<i64, sqlx::Error> {
    let seq = store::insert_message(tx, &m.message_id, &m.chat_id, m.author, &m.body_sealed, m.at).await?;
    if let Some(user) = &m.staff_user {
        audit::append_tx(tx, m.at, user, Action::Reply, Some(&m.chat_id), "chat").await?;
    }
    Ok(seq)
}

/// Stores one message on its own (with its audit record, in one transaction), retrying
/// lost races.
async fn store_alone(db: &Db, m: &NewMessage) -> Result<i64, WriteFailure> {
    crate::transact!(db, |tx| store_one(tx, m).await).map_err(|e| WriteFailure::from_sqlx(&e))
}
