//! Changes to the queue, published to everyone watching it (the console's live view).
//!
//! An event names what changed and which case — never any content — so a subscriber
//! re-reads what it may see. One instance uses an in-process broadcast channel; a slow
//! subscriber loses old events ([`tokio::sync::broadcast`] lags) and reloads instead of
//! slowing publishers.

use serde::Serialize;
use tokio::sync::{broadcast, watch};

/// How many events a subscriber may fall behind before it must reload.
const CAPACITY: usize = 1024;

/// What happened to a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
}

/// One change to the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    /// What happened.
    pub change: Change,
    /// Which case.
    pub case_id: String,
}

/// The publish side and subscription point of queue events.
#[derive(Clone, Debug)]
pub struct Bus {
    tx: broadcast::Sender<Event>,
    closing: watch::Sender<bool>,
}

impl Default for Bus {
    fn default() -> Self {
        Self::new()
    }
}

impl Bus {
    /// A bus with no subscribers yet.
    pub fn new() -> Self {
        let (tx, _) = broadcast::channel(CAPACITY);
        let (closing, _) = watch::channel(false);
        Self { tx, closing }
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

    /// Tells every subscriber; nobody listening is fine.
    pub fn publish(&self, change: Change, case_id: &str) {
        let _ = self.tx.send(Event {
            change,
            case_id: case_id.to_owned(),
        });
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
