//! The one way chat events travel: [`ChatHub`] publishes by chat id to whoever is
//! subscribed to that chat, and tells waiting people when the queue moved.
//!
//! Delivery is best effort by design: every message is stored (with its sequence number)
//! before it is published, and a subscriber that falls behind ([`broadcast`] lag) or sees
//! a gap in the numbers reads what it missed from the database. That is what lets the
//! hub cross instances on PostgreSQL without changing the socket loop: events also go to
//! the [`Relay`] (`NOTIFY`, ids and numbers only), other instances' events come back
//! through [`ChatHub::deliver`] without their text (the socket reads the row), and after
//! a gap the relay makes every subscription re-read ([`ChatHub::resync`]). A subscriber
//! never trusts the hub for completeness.
//!
//! The hub also holds the in-memory limits that must be shared by every connection of
//! one instance: messages per minute per chat and open connections per client.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::broadcast;

use crate::events::relay::{Notice, Relay};

/// Events one subscriber may fall behind before it reads from the database instead.
/// Each chat with a live connection holds this many slots (one pointer each, see
/// [`Delivery`]), so it is kept small: at thousands of waiting chats it is memory per
/// connection, and a subscriber that lags only reads from the database.
const CHAT_CAPACITY: usize = 16;

/// Queue moves a waiting person may fall behind (each only means "look again").
const QUEUE_CAPACITY: usize = 16;

/// A message as the hub carries it (already stored; the text in memory only).
#[derive(Clone, Debug)]
pub struct HubMessage {
    /// The per-chat sequence number.
    pub seq: i64,
    /// `person` or `staff`.
    pub author: &'static str,
    /// Unix ms (0 when the text is not carried).
    pub at: i64,
    /// The text; `None` means "read it from the database" (an event from another
    /// instance, which carries no text).
    pub text: Option<String>,
}

/// Something that happened in one chat.
#[derive(Clone, Debug)]
pub enum ChatEvent {
    /// A stored message.
    Message(HubMessage),
    /// A handler accepted the chat or took it over.
    Accepted,
    /// The chat ended (`reason` as stored: person, staff, idle, blocked, left_message,
    /// callback).
    Ended(&'static str),
}

impl ChatEvent {
    /// The event as it crosses instances.
    fn notice(&self, chat_id: &str) -> Notice {
        let chat_id = chat_id.to_owned();
        match self {
            Self::Message(m) => Notice::ChatMessage {
                chat_id,
                seq: m.seq,
                author: m.author,
            },
            Self::Accepted => Notice::ChatAccepted { chat_id },
            Self::Ended(reason) => Notice::ChatEnded { chat_id, reason },
        }
    }
}

/// What a chat's channel carries (an event behind a pointer: a slot is as small as it
/// can be, and subscribers share the one copy until they take it).
#[derive(Clone, Debug)]
enum Delivery {
    /// An event.
    Event(Arc<ChatEvent>),
    /// Events may have been missed: read from the database.
    Resync,
}

/// Publish/subscribe by chat id, plus the per-instance chat limits.
#[derive(Debug)]
pub struct ChatHub {
    chats: Mutex<HashMap<String, broadcast::Sender<Delivery>>>,
    queue: broadcast::Sender<()>,
    queue_generation: AtomicU64,
    queue_cache: super::queue::Cache,
    sent: Mutex<HashMap<String, VecDeque<i64>>>,
    connections: Mutex<HashMap<u64, u32>>,
    relay: Option<Relay>,
}

impl Default for ChatHub {
    fn default() -> Self {
        Self::new()
    }
}

impl ChatHub {
    /// An empty hub for this instance only (SQLite).
    pub fn new() -> Self {
        Self::with_relay(None)
    }

    /// An empty hub that also hands every event to `relay` (PostgreSQL: other instances).
    pub fn with_relay(relay: Option<Relay>) -> Self {
        Self {
            chats: Mutex::new(HashMap::new()),
            queue: broadcast::channel(QUEUE_CAPACITY).0,
            queue_generation: AtomicU64::new(0),
            queue_cache: super::queue::Cache::default(),
            sent: Mutex::new(HashMap::new()),
            connections: Mutex::new(HashMap::new()),
            relay,
        }
    }

    /// Tells every subscriber of `chat_id`, on every instance; nobody listening is fine.
    /// Never waits.
    pub fn publish(&self, chat_id: &str, event: ChatEvent) {
        if let Some(relay) = &self.relay {
            relay.send(event.notice(chat_id));
        }
        self.deliver(chat_id, event);
    }

    /// Tells this instance's subscribers of `chat_id` only (an event that came from
    /// another instance).
    pub fn deliver(&self, chat_id: &str, event: ChatEvent) {
        self.send(chat_id, Delivery::Event(Arc::new(event)));
    }

    /// Makes this instance's subscribers of `chat_id` read what they may have missed from
    /// the database.
    pub fn resync(&self, chat_id: &str) {
        self.send(chat_id, Delivery::Resync);
    }

    fn send(&self, chat_id: &str, delivery: Delivery) {
        let chats = self.chats.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(tx) = chats.get(chat_id) {
            let _ = tx.send(delivery);
        }
    }

    /// The chats with subscribers on this instance.
    pub fn live_chat_ids(&self) -> Vec<String> {
        self.chats
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .cloned()
            .collect()
    }

    /// Subscribes to `chat_id`; the subscription ends (and the chat's channel is dropped
    /// once nobody listens) when it is dropped.
    pub fn subscribe(self: &Arc<Self>, chat_id: &str) -> Subscription {
        let mut chats = self.chats.lock().unwrap_or_else(PoisonError::into_inner);
        let rx = chats
            .entry(chat_id.to_owned())
            .or_insert_with(|| broadcast::channel(CHAT_CAPACITY).0)
            .subscribe();
        Subscription {
            hub: Arc::clone(self),
            chat_id: chat_id.to_owned(),
            rx: Some(rx),
        }
    }

    /// Tells waiting people, on every instance, that the queue moved (they recompute
    /// their place).
    pub fn queue_moved(&self) {
        if let Some(relay) = &self.relay {
            relay.send(Notice::ChatQueueMoved);
        }
        self.queue_moved_here();
    }

    /// Tells this instance's waiting people that the queue moved.
    pub fn queue_moved_here(&self) {
        self.queue_generation.fetch_add(1, Ordering::AcqRel);
        let _ = self.queue.send(());
    }

    /// Counts the queue's moves seen here: a snapshot of an older count is stale.
    pub fn queue_generation(&self) -> u64 {
        self.queue_generation.load(Ordering::Acquire)
    }

    /// The instance's latest snapshot of the queue.
    pub fn queue_cache(&self) -> &super::queue::Cache {
        &self.queue_cache
    }

    /// A subscription to queue moves.
    pub fn queue_watch(&self) -> broadcast::Receiver<()> {
        self.queue.subscribe()
    }

    /// Counts one message of a chat at `now_ms` if fewer than `per_minute` were sent in
    /// the 60 seconds before; `false` (nothing counted) when over the limit.
    pub fn allow_message(&self, chat_id: &str, now_ms: i64, per_minute: u32) -> bool {
        let mut sent = self.sent.lock().unwrap_or_else(PoisonError::into_inner);
        let times = sent.entry(chat_id.to_owned()).or_default();
        while times.front().is_some_and(|t| *t <= now_ms - 60_000) {
            times.pop_front();
        }
        if times.len() >= usize::try_from(per_minute).unwrap_or(usize::MAX) {
            return false;
        }
        times.push_back(now_ms);
        true
    }

    /// Forgets what the hub counted for an ended chat.
    pub fn forget(&self, chat_id: &str) {
        self.sent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(chat_id);
    }

    /// Opens a connection for `client` (a [`crate::web::ratelimit::ClientKey`]) if it has
    /// fewer than `limit` open; the guard closes it when dropped.
    pub fn connect(self: &Arc<Self>, client: &impl Hash, limit: u32) -> Option<ConnectionGuard> {
        let mut hasher = DefaultHasher::new();
        client.hash(&mut hasher);
        let client = hasher.finish();
        let mut open = self.connections.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(client).or_insert(0);
        if *count >= limit {
            return None;
        }
        *count += 1;
        Some(ConnectionGuard {
            hub: Arc::clone(self),
            client,
        })
    }

    /// How many chats have live subscribers (for tests and metrics).
    pub fn live_chats(&self) -> usize {
        self.chats.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

/// A live subscription to one chat.
#[derive(Debug)]
pub struct Subscription {
    hub: Arc<ChatHub>,
    chat_id: String,
    rx: Option<broadcast::Receiver<Delivery>>,
}

/// What a subscriber receives.
#[derive(Debug)]
pub enum Received {
    /// The next event.
    Event(ChatEvent),
    /// Events were lost (lag, or a gap between instances): read from the database.
    Lagged,
}

impl Subscription {
    /// The next event (waits); `None` only if the hub went away.
    pub async fn recv(&mut self) -> Option<Received> {
        let rx = self.rx.as_mut()?;
        match rx.recv().await {
            Ok(Delivery::Event(event)) => Some(Received::Event(Arc::unwrap_or_clone(event))),
            Ok(Delivery::Resync) | Err(broadcast::error::RecvError::Lagged(_)) => Some(Received::Lagged),
            Err(broadcast::error::RecvError::Closed) => None,
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        drop(self.rx.take());
        let mut chats = self.hub.chats.lock().unwrap_or_else(PoisonError::into_inner);
        if chats
            .get(&self.chat_id)
            .is_some_and(|tx| tx.receiver_count() == 0)
        {
            chats.remove(&self.chat_id);
        }
    }
}

/// One open connection of a client; closes it when dropped.
#[derive(Debug)]
pub struct ConnectionGuard {
    hub: Arc<ChatHub>,
    client: u64,
}

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        let mut open = self
            .hub
            .connections
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.client) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(seq: i64) -> ChatEvent {
        ChatEvent::Message(HubMessage {
            seq,
            author: "person",
            at: 0,
            text: Some("x".to_owned()),
        })
    }

    #[tokio::test]
    async fn subscribers_of_a_chat_get_its_events_and_no_other_chats() {
        let hub = Arc::new(ChatHub::new());
        let mut a = hub.subscribe("a");
        let mut b = hub.subscribe("b");
        hub.publish("a", message(1));
        assert!(matches!(a.recv().await, Some(Received::Event(ChatEvent::Message(m))) if m.seq == 1));
        hub.publish("b", ChatEvent::Ended("staff"));
        assert!(matches!(
            b.recv().await,
            Some(Received::Event(ChatEvent::Ended("staff")))
        ));
        drop((a, b));
        assert_eq!(hub.live_chats(), 0, "channels go when nobody listens");
    }

    #[tokio::test]
    async fn a_slow_subscriber_is_told_it_lagged_and_never_blocks_the_publisher() {
        let hub = Arc::new(ChatHub::new());
        let mut slow = hub.subscribe("a");
        for seq in 0..200 {
            hub.publish("a", message(seq));
        }
        assert!(matches!(slow.recv().await, Some(Received::Lagged)));
    }

    #[tokio::test]
    async fn a_resync_makes_every_subscriber_of_the_chat_read_from_the_database() {
        let hub = Arc::new(ChatHub::new());
        let mut a = hub.subscribe("a");
        let mut other = hub.subscribe("b");
        let mut live = hub.live_chat_ids();
        live.sort();
        assert_eq!(live, ["a", "b"]);
        hub.resync("a");
        hub.deliver("b", message(1));
        assert!(matches!(a.recv().await, Some(Received::Lagged)));
        assert!(matches!(other.recv().await, Some(Received::Event(ChatEvent::Message(m))) if m.seq == 1));
    }

    #[test]
    fn messages_per_minute_slide_with_the_clock() {
        let hub = ChatHub::new();
        assert!(hub.allow_message("a", 0, 2));
        assert!(hub.allow_message("a", 1000, 2));
        assert!(!hub.allow_message("a", 2000, 2));
        assert!(hub.allow_message("b", 2000, 2), "per chat");
        assert!(hub.allow_message("a", 60_001, 2), "the first one left the window");
    }

    #[test]
    fn connections_per_client_are_capped_and_released() {
        let hub = Arc::new(ChatHub::new());
        let first = hub.connect(&7_u64, 2);
        let second = hub.connect(&7_u64, 2);
        assert!(first.is_some() && second.is_some());
        assert!(hub.connect(&7_u64, 2).is_none());
        assert!(hub.connect(&8_u64, 2).is_some(), "per client");
        drop(first);
        assert!(hub.connect(&7_u64, 2).is_some());
    }
}
