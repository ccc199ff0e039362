//! Events across instances on PostgreSQL: `NOTIFY` out, `LISTEN` in.
//!
//! Publishers stay synchronous: [`Relay::send`] puts a [`Notice`] on a bounded channel
//! and never waits. One task per instance drains it and sends the notices in batches
//! with `select pg_notify(…)`; another (the `listen` module) holds a dedicated `LISTEN`
//! connection and delivers what other instances sent to this instance's queue bus and
//! chat hub.
//!
//! A notice is `{from, kind, id, seq, change}` — the sending instance, what happened, the
//! case or chat id, a chat message's sequence number, and a change, author or end reason
//! — never any text, so it stays far below `NOTIFY`'s 8000-byte limit and nothing
//! personal passes through PostgreSQL's notification queue. A chat message arrives
//! without its text; the receiving socket reads it from the database, where it was stored
//! before it was published.
//!
//! Delivery is local first: an instance delivers its own events to its own subscribers
//! at once and drops the echo of its own notices (by `from`). So local delivery never
//! depends on the `LISTEN` connection, needs no database read per message, and each event
//! arrives exactly once. What may be lost is said instead: when the channel overflowed or
//! sending failed, the next batch starts with a `resync` notice; when the `LISTEN`
//! connection was lost, the instance resyncs itself once it listens again. A resync tells
//! live queue pages to reload and every chat socket to re-read from its last number.

mod listen;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::Change;
use crate::db::Pool;
use crate::state::AppState;

pub use listen::APPLICATION_NAME;

/// The PostgreSQL notification channel every instance of one database listens on.
pub const CHANNEL: &str = "kontaktpunkt_events";

/// Notices that may wait for the sender before the relay gives up on them (and resyncs).
const QUEUE: usize = 8192;

/// Most notices sent in one statement.
const BATCH: usize = 256;

/// How often an instance notifies even when nothing happens: its own listener hears the
/// echo, which proves the `LISTEN` connection still works.
const HEARTBEAT: Duration = Duration::from_secs(15);

/// The longest pause between attempts to reach the database.
const MAX_BACKOFF: Duration = Duration::from_secs(10);

/// Something that happened, as it crosses instances: ids and numbers only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A queue event.
    Queue {
        /// What happened.
        change: Change,
        /// Which case.
        case_id: String,
    },
    /// A chat message was stored.
    ChatMessage {
        /// The chat.
        chat_id: String,
        /// Its sequence number.
        seq: i64,
        /// `person` or `staff`.
        author: &'static str,
    },
    /// A handler accepted a chat or took it over.
    ChatAccepted {
        /// The chat.
        chat_id: String,
    },
    /// A chat ended.
    ChatEnded {
        /// The chat.
        chat_id: String,
        /// Why, as stored.
        reason: &'static str,
    },
    /// The chat queue moved (waiting people recompute their place).
    ChatQueueMoved,
    /// Notices of the sender were lost: everyone re-reads.
    Resync,
    /// Nothing happened (the sender's liveness check of its own `LISTEN` connection).
    Heartbeat,
}

/// The JSON of a notice.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Wire {
    from: String,
    kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seq: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    change: Option<String>,
}

impl Notice {
    /// The notice as a `NOTIFY` payload from instance `from`.
    pub fn to_payload(&self, from: &str) -> String {
        let mut wire = Wire {
            from: from.to_owned(),
            ..Wire::default()
        };
        let (kind, id, seq, change): (&str, &str, Option<i64>, Option<String>) = match self {
            Self::Queue { change, case_id } => (
                "queue",
                case_id,
                None,
                serde_json::to_value(change)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned)),
            ),
            Self::ChatMessage { chat_id, seq, author } => {
                ("chat_message", chat_id, Some(*seq), Some((*author).to_owned()))
            }
            Self::ChatAccepted { chat_id } => ("chat_accepted", chat_id, None, None),
            Self::ChatEnded { chat_id, reason } => ("chat_ended", chat_id, None, Some((*reason).to_owned())),
            Self::ChatQueueMoved => ("chat_queue", "", None, None),
            Self::Resync => ("resync", "", None, None),
            Self::Heartbeat => ("heartbeat", "", None, None),
        };
        kind.clone_into(&mut wire.kind);
        id.clone_into(&mut wire.id);
        wire.seq = seq;
        wire.change = change;
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// A payload read back: the sending instance and the notice; `None` if it is not one
    /// (another program on the channel, or a newer version's kind).
    pub fn from_payload(payload: &str) -> Option<(String, Self)> {
        let wire: Wire = serde_json::from_str(payload).ok()?;
        let change = wire.change.as_deref();
        let notice = match wire.kind.as_str() {
            "queue" => Self::Queue {
                change: serde_json::from_value(serde_json::Value::from(change?)).ok()?,
                case_id: wire.id,
            },
            "chat_message" => Self::ChatMessage {
                seq: wire.seq?,
                author: if change == Some("staff") {
                    "staff"
                } else {
                    "person"
                },
                chat_id: wire.id,
            },
            "chat_accepted" => Self::ChatAccepted { chat_id: wire.id },
            "chat_ended" => Self::ChatEnded {
                reason: crate::chat::room::reason(change),
                chat_id: wire.id,
            },
            "chat_queue" => Self::ChatQueueMoved,
            "resync" => Self::Resync,
            "heartbeat" => Self::Heartbeat,
            _ => return None,
        };
        Some((wire.from, notice))
    }
}

/// The sending side, held by the queue bus and the chat hub. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Relay {
    tx: mpsc::Sender<Notice>,
    lost: Arc<AtomicBool>,
}

impl Relay {
    /// Hands a notice to the sender; never waits. A full queue (the database is slow or
    /// down) drops it and makes the next batch a resync.
    pub fn send(&self, notice: Notice) {
        if self.tx.try_send(notice).is_err() {
            self.lost.store(true, Ordering::Relaxed);
        }
    }
}

/// The receiving side of [`Relay`], kept until the instance runs ([`spawn`]).
#[derive(Debug)]
pub struct Outbound {
    rx: mpsc::Receiver<Notice>,
    lost: Arc<AtomicBool>,
    instance: String,
}

/// A relay for one instance, with a fresh random instance id.
pub fn channel() -> (Relay, Outbound) {
    let (tx, rx) = mpsc::channel(QUEUE);
    let lost = Arc::new(AtomicBool::new(false));
    let relay = Relay {
        tx,
        lost: Arc::clone(&lost),
    };
    let outbound = Outbound {
        rx,
        lost,
        instance: uuid::Uuid::new_v4().simple().to_string(),
    };
    (relay, outbound)
}

/// The relay's running tasks.
#[derive(Debug)]
pub struct Running {
    sender: JoinHandle<()>,
    stop_sender: oneshot::Sender<()>,
    listener: JoinHandle<()>,
}

/// Starts the sender and the listener of a PostgreSQL instance (`None` on SQLite, where
/// the in-process bus is all there is). The listener ends when the queue bus closes.
pub fn spawn(state: &AppState, outbound: Outbound) -> Option<Running> {
    let Pool::Postgres(pool) = state.db().pool() else {
        return None;
    };
    let (stop_sender, stop) = oneshot::channel();
    let listener = tokio::spawn(listen::run(state.clone(), outbound.instance.clone()));
    let sender = tokio::spawn(send_loop(pool.clone(), outbound, stop));
    Some(Running {
        sender,
        stop_sender,
        listener,
    })
}

impl Running {
    /// Sends what is still queued (briefly), then stops both tasks; call before the
    /// database closes.
    pub async fn stop(self) {
        let _ = self.stop_sender.send(());
        let mut sender = self.sender;
        if tokio::time::timeout(Duration::from_secs(2), &mut sender)
            .await
            .is_err()
        {
            sender.abort();
        }
        self.listener.abort();
    }
}

/// Sends queued notices in batches until stopped; a heartbeat when idle.
async fn send_loop(pool: PgPool, mut outbound: Outbound, mut stop: oneshot::Receiver<()>) {
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    let mut batch: Vec<Notice> = Vec::with_capacity(BATCH);
    let mut backoff = Duration::from_millis(100);
    loop {
        let last = tokio::select! {
            received = outbound.rx.recv_many(&mut batch, BATCH) => received == 0,
            _ = heartbeat.tick() => {
                batch.push(Notice::Heartbeat);
                false
            }
            _ = &mut stop => {
                while batch.len() < BATCH && let Ok(notice) = outbound.rx.try_recv() {
                    batch.push(notice);
                }
                true
            }
        };
        if outbound.lost.swap(false, Ordering::Relaxed) {
            batch.insert(0, Notice::Resync);
        }
        if !batch.is_empty() {
            let payloads: Vec<String> = batch.iter().map(|n| n.to_payload(&outbound.instance)).collect();
            batch.clear();
            match notify(&pool, &payloads).await {
                Ok(()) => backoff = Duration::from_millis(100),
                Err(err) => {
                    tracing::warn!(error = %err, events.lost = payloads.len(), "could not notify other instances; they will resync");
                    outbound.lost.store(true, Ordering::Relaxed);
                    if !last {
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(MAX_BACKOFF);
                    }
                }
            }
        }
        if last {
            return;
        }
    }
}

/// Sends the payloads as notifications, in order, in one statement (so one round trip
/// and one transaction: they are delivered together and in this order).
async fn notify(pool: &PgPool, payloads: &[String]) -> Result<(), sqlx::Error> {
    const SQL: &str = "select pg_notify($1, p) from unnest($2::text[]) with ordinality as t(p, n) order by n";
    sqlx::query(SQL)
        .bind(CHANNEL)
        .bind(payloads)
        .execute(pool)
        .await
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_reads_back_as_itself_with_its_sender() {
        let notices = [
            Notice::Queue {
                change: Change::Assigned,
                case_id: "c1".to_owned(),
            },
            Notice::ChatMessage {
                chat_id: "c2".to_owned(),
                seq: 7,
                author: "staff",
            },
            Notice::ChatMessage {
                chat_id: "c2".to_owned(),
                seq: 8,
                author: "person",
            },
            Notice::ChatAccepted {
                chat_id: "c3".to_owned(),
            },
            Notice::ChatEnded {
                chat_id: "c4".to_owned(),
                reason: "left_message",
            },
            Notice::ChatQueueMoved,
            Notice::Resync,
            Notice::Heartbeat,
        ];
        for notice in notices {
            let payload = notice.to_payload("i1");
            assert_eq!(
                Notice::from_payload(&payload),
                Some(("i1".to_owned(), notice.clone())),
                "{payload}"
            );
        }
    }

    #[test]
    fn a_payload_has_only_the_sender_kind_id_number_and_change() {
        let payload = Notice::ChatMessage {
            chat_id: "c2".to_owned(),
            seq: 7,
            author: "staff",
        }
        .to_payload("i1");
        assert_eq!(
            payload,
            r#"{"from":"i1","kind":"chat_message","id":"c2","seq":7,"change":"staff"}"#
        );
    }

    #[test]
    fn foreign_or_broken_payloads_are_ignored() {
        for payload in [
            "",
            "hello",
            r#"{"from":"x","kind":"unknown"}"#,
            r#"{"from":"x","kind":"queue","id":"c"}"#,
            r#"{"from":"x","kind":"queue","id":"c","change":"exploded"}"#,
            r#"{"from":"x","kind":"chat_message","id":"c"}"#,
        ] {
            assert_eq!(Notice::from_payload(payload), None, "{payload}");
        }
    }

    #[tokio::test]
    async fn queue_events_go_to_local_subscribers_and_to_the_relay_but_delivered_ones_only_here() {
        let (relay, mut outbound) = channel();
        let bus = super::super::Bus::with_relay(Some(relay));
        let mut rx = bus.subscribe();
        bus.publish(Change::Added, "c1");
        assert_eq!(rx.recv().await.expect("local").case_id, "c1");
        assert_eq!(
            outbound.rx.try_recv().ok(),
            Some(Notice::Queue {
                change: Change::Added,
                case_id: "c1".to_owned()
            })
        );
        bus.deliver(super::super::Event {
            change: Change::Closed,
            case_id: "c2".to_owned(),
        });
        assert_eq!(rx.recv().await.expect("local").case_id, "c2");
        assert!(
            outbound.rx.try_recv().is_err(),
            "an event from elsewhere is not sent back"
        );
    }

    #[tokio::test]
    async fn chat_events_cross_without_their_text_and_delivered_ones_stay_here() {
        use crate::chat::hub::{ChatEvent, ChatHub, HubMessage, Received};
        let (relay, mut outbound) = channel();
        let hub = Arc::new(ChatHub::with_relay(Some(relay)));
        let mut sub = hub.subscribe("c1");
        hub.publish(
            "c1",
            ChatEvent::Message(HubMessage {
                seq: 3,
                author: "person",
                at: 1,
                text: Some("secret words".to_owned()),
            }),
        );
        assert!(
            matches!(sub.recv().await, Some(Received::Event(ChatEvent::Message(m))) if m.text.as_deref() == Some("secret words"))
        );
        let notice = outbound.rx.try_recv().expect("handed to the relay");
        assert!(!notice.to_payload("i").contains("secret"), "no text crosses");
        assert_eq!(
            notice,
            Notice::ChatMessage {
                chat_id: "c1".to_owned(),
                seq: 3,
                author: "person"
            }
        );
        hub.queue_moved();
        assert_eq!(outbound.rx.try_recv().ok(), Some(Notice::ChatQueueMoved));
        hub.deliver("c1", ChatEvent::Accepted);
        hub.queue_moved_here();
        assert!(matches!(
            sub.recv().await,
            Some(Received::Event(ChatEvent::Accepted))
        ));
        assert!(
            outbound.rx.try_recv().is_err(),
            "nothing from elsewhere is sent back"
        );
    }

    #[tokio::test]
    async fn a_full_queue_drops_the_notice_and_makes_the_next_batch_a_resync() {
        let (relay, mut outbound) = channel();
        for _ in 0..QUEUE + 1 {
            relay.send(Notice::ChatQueueMoved);
        }
        assert!(outbound.lost.load(Ordering::Relaxed), "the overflow is noted");
        assert_eq!(outbound.rx.recv().await, Some(Notice::ChatQueueMoved));
    }
}
