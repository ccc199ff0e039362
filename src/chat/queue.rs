//! The waiting queue as the people in it see it: every waiting chat's place and what the
//! wait estimate is made of, read from the database once per queue move and shared by
//! every page and connection of the instance.
//!
//! With thousands of people waiting, each queue move (a chat starts, is accepted or ends)
//! tells every waiting connection to look again. Asking the database for each one's place
//! would cost a count over the whole queue per person; instead the first to ask takes a
//! [`Snapshot`] (one ordered read), the others wait for it and look themselves up in it.
//! A snapshot is good until the queue moves again (the hub's generation, bumped for moves
//! on this instance and, through the relay, on others) and at most [`FRESH_FOR`] old, so
//! that changes the hub does not hear of (staff signing in, which the estimate counts)
//! show soon too. A chat missing from a snapshot (started on another instance a moment
//! ago) is counted in the database as before.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::store::{self, Capacity, ChatRow};
use crate::error::AppError;
use crate::state::AppState;

/// The longest a snapshot is used when the queue did not move.
pub const FRESH_FOR: Duration = Duration::from_secs(5);

/// The queue at one moment.
#[derive(Debug)]
pub struct Snapshot {
    generation: u64,
    taken: Instant,
    /// Waiting chat id → place (1 = next).
    places: HashMap<String, i64>,
    /// What the estimate is made of.
    pub capacity: Capacity,
}

impl Snapshot {
    /// The place of a chat that was waiting when the snapshot was taken.
    pub fn place(&self, chat_id: &str) -> Option<i64> {
        self.places.get(chat_id).copied()
    }
}

/// The instance's latest snapshot (in the hub).
#[derive(Debug, Default)]
pub struct Cache {
    latest: tokio::sync::Mutex<Latest>,
}

#[derive(Debug, Default)]
struct Latest {
    snapshot: Option<Arc<Snapshot>>,
    /// When the last read failed: the callers queued behind it fail at once for a moment
    /// instead of each waiting out the database's time-out in turn.
    failed_at: Option<Instant>,
}

/// How long after a failed read callers fail without trying.
const FAIL_FAST_FOR: Duration = Duration::from_secs(1);

/// How far back handling times count for the wait estimate.
pub const ESTIMATE_WINDOW_MS: i64 = 3 * 60 * 60 * 1000;

/// The current snapshot: the cached one if the queue has not moved since and it is fresh,
/// else a new one (one caller reads, concurrent callers wait for it).
pub async fn snapshot(state: &AppState) -> Result<Arc<Snapshot>, AppError> {
    let hub = super::hub(state);
    // Read before taking: a move during the read leaves the snapshot already stale.
    let generation = hub.queue_generation();
    let mut latest = hub.queue_cache().latest.lock().await;
    if let Some(current) = latest.snapshot.as_ref()
        && current.generation == generation
        && current.taken.elapsed() < FRESH_FOR
    {
        return Ok(Arc::clone(current));
    }
    if latest.failed_at.is_some_and(|at| at.elapsed() < FAIL_FAST_FOR) {
        return Err(AppError::Unavailable(anyhow::anyhow!(
            "the waiting queue could not be read a moment ago"
        )));
    }
    let now = state.clock().now_ms();
    let taken = Instant::now();
    let read = async {
        let order = store::waiting_order(state.db()).await?;
        let seen_since = now - state.config().auth.session_idle_ms();
        let capacity = store::capacity(state.db(), now - ESTIMATE_WINDOW_MS, now, seen_since).await?;
        Ok::<_, sqlx::Error>((order, capacity))
    };
    let (order, capacity) = match read.await {
        Ok(read) => read,
        Err(err) => {
            latest.failed_at = Some(Instant::now());
            return Err(err.into());
        }
    };
    let fresh = Arc::new(Snapshot {
        generation,
        taken,
        places: order.into_iter().zip(1..).collect(),
        capacity,
    });
    latest.snapshot = Some(Arc::clone(&fresh));
    latest.failed_at = None;
    Ok(fresh)
}

/// The place of a waiting chat and what the estimate is made of.
pub async fn place(state: &AppState, chat: &ChatRow) -> Result<(i64, Capacity), AppError> {
    let snapshot = snapshot(state).await?;
    let place = match snapshot.place(&chat.enquiry_id) {
        Some(place) => place,
        None => store::position(state.db(), chat).await?,
    };
    Ok((place, snapshot.capacity))
}
