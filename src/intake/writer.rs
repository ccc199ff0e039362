//! Group commit for new enquiries.
//!
//! Every request hands its sealed enquiry to one writer task and waits for the commit
//! before it answers `303`. The writer takes everything waiting in the queue (up to
//! [`MAX_BATCH`]) and stores it in one multi-row statement, so a burst shares one
//! transaction and one fsync instead of queueing for SQLite's write lock one row at a
//! time. Nothing is acknowledged before it is durable, and a failed batch fails each of
//! its requests (which then keep the person's text on screen).

use tokio::sync::{mpsc, oneshot};

use super::store::{self, EnquiryRecord};
use crate::db::{self, Db};
use crate::error::AppError;

/// Most enquiries in one statement (17 parameters each; well under both backends' limits).
pub const MAX_BATCH: usize = 256;

/// How many enquiries may wait for the writer before requests wait to hand theirs over.
const QUEUE: usize = 4096;

struct Job {
    record: EnquiryRecord,
    done: oneshot::Sender<Result<(), Failure>>,
}

/// Why a batch was not stored, for each of its requests.
#[derive(Clone, Debug)]
enum Failure {
    Unavailable(String),
    Other(String),
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
        let (done, committed) = oneshot::channel();
        let gone = || AppError::Internal(anyhow::anyhow!("the enquiry writer has stopped"));
        self.tx.send(Job { record, done }).await.map_err(|_| gone())?;
        match committed.await.map_err(|_| gone())? {
            Ok(()) => Ok(()),
            Err(Failure::Unavailable(cause)) => Err(AppError::Unavailable(anyhow::anyhow!(cause))),
            Err(Failure::Other(cause)) => Err(AppError::Internal(anyhow::anyhow!(cause))),
        }
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let (records, waiters): (Vec<_>, Vec<_>) = batch.drain(..).map(|j| (j.record, j.done)).unzip();
        let outcome = store::insert_enquiries(&db, &records).await.map_err(|err| {
            if db::is_unavailable(&err) {
                Failure::Unavailable(err.to_string())
            } else {
                Failure::Other(err.to_string())
            }
        });
        if outcome.is_ok() {
            tracing::debug!(count = records.len(), "enquiry batch committed");
        }
        for waiter in waiters {
            // A request that gave up (client gone) no longer waits; nothing to do.
            let _ = waiter.send(outcome.clone());
        }
    }
}
