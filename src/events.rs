//! Changes to the queue, published to everyone watching it (the console's live view).
//!
//! An event names what changed and which case — never any content — so a subscriber
//! re-reads what it may see. Each instance delivers through an in-process broadcast
//! channel; a slow subscriber loses old events ([`tokio::sync::broadcast`] lags) and
//! reloads instead of slowing publishers.
//!
//! On PostgreSQL, instances share the queue: every event is also handed to the
//! [`relay`], which sends it to the other instances with `NOTIFY` and delivers theirs
//! here. Local subscribers get an instance's own events at once (not through the
//! database), and the relay drops its own echoes, so each event arrives exactly once.
//! When the relay may have missed events (its connection dropped), subscribers get a
//! [`Change::Reload`] and read the queue again.

pub mod relay;

use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, watch};

use relay::{Notice, Relay};

/// How many events a subscriber may fall behind before it must reload.
const CAPACITY: usize = 1024;

/// What happened to a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A new enquiry entered the queue.
    Added,
    /// Something on the case changed (reply, override, referral, callback attempt…).
    Updated,
    /// A handler claimed or released it.
    Assigned,
    /// It was closed (and left the queue) or reopened.
    Closed,
    /// Events may have been missed (another instance could not be heard for a while):
    /// read the whole queue again. Carries no case id.
    Reload,
}

/// One change to the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    /// What happened.
    pub change: Change,
    /// Which case (empty for [`Change::Reload`]).
    pub case_id: String,
}

/// The publish side and subscription point of queue events.
#[derive(Clone, Debug)]
pub struct Bus {
    tx: broadcast::Sender<Event>,
    closing: watch::Sender<bool>,
    relay: Option<Relay>,
}

impl Default for Bus {
    fn default() -> Self {
        Self::new()
    }
}

impl Bus {
    /// A bus with no subscribers yet, for this instance only (SQLite).
    pub fn new() -> Self {
        Self::with_relay(None)
    }

    /// A bus that also hands every event to `relay` (PostgreSQL: other instances).
    pub fn with_relay(relay: Option<Relay>) -> Self {
        let (tx, _) = broadcast::channel(CAPACITY);
        let (closing, _) = watch::channel(false);
        Self { tx, closing, relay }
    }

    /// Tells long-lived subscribers (event streams) that the instance is shutting down,
    /// so they end and graceful shutdown does not wait for them.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Completes once [`Bus::close`] was called (at once if it already was).
    pub async fn closed(&self) {
        let mut rx = self.closing.subscribe();
        // An error means the sender is gone, which is a shutdown too.
        let _ = rx.wait_for(|closing| *closing).await;
    }

    /// Tells every subscriber, on every instance; nobody listening is fine. Never waits.
    pub fn publish(&self, change: Change, case_id: &str) {
        if let Some(relay) = &self.relay {
            relay.send(Notice::Queue {
                change,
                case_id: case_id.to_owned(),
            });
        }
        self.deliver(Event {
            change,
            case_id: case_id.to_owned(),
        });
    }

    /// Tells this instance's subscribers only (an event that came from another one).
    pub fn deliver(&self, event: Event) {
        let _ = self.tx.send(event);
    }

    /// A new subscription, receiving events published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn subscribers_see_events_published_after_they_subscribed() {
        let bus = Bus::new();
        bus.publish(Change::Added, "before");
        let mut rx = bus.subscribe();
        bus.publish(Change::Assigned, "a");
        let event = rx.recv().await.expect("an event");
        assert_eq!(event.case_id, "a");
        assert_eq!(event.change, Change::Assigned);
    }

    #[tokio::test]
    async fn closing_wakes_every_waiter_and_later_ones_at_once() {
        let bus = Bus::new();
        let waiter = tokio::spawn({
            let bus = bus.clone();
            async move { bus.closed().await }
        });
        bus.close();
        tokio::time::timeout(std::time::Duration::from_secs(1), waiter)
            .await
            .expect("woken")
            .expect("joined");
        tokio::time::timeout(std::time::Duration::from_secs(1), bus.closed())
            .await
            .expect("already closed");
    }
}
