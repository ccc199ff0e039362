//! The live side of a chat: one task per WebSocket connection, generic over any
//! `Stream + Sink` of messages (the real socket, or channels in tests).
//!
//! A person's connection to an ended chat gets only its standing (checked before any
//! message is read). A connection first gets every message after `?after=N` from the database, then what
//! the hub publishes. Each frame carries the chat's sequence number, and the loop keeps
//! the last one it sent: a number already sent is skipped, a gap (or a hub lag) is filled
//! from the database. So a client that reconnects with the last number it saw gets
//! exactly what it missed — also after a restart — and never a message twice.
//!
//! Nothing here can slow another connection: the hub never waits for a subscriber, a send
//! that does not finish within `SEND_TIMEOUT` drops the client (its socket's write
//! buffer is bounded), and a client that answers no ping for `DEAD_AFTER` is dropped.

use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::http::header;
use axum::response::Response;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use tokio::time::Instant;

use super::hub::{ChatEvent, ConnectionGuard, Received};
use super::protocol::{ClientFrame, ServerFrame};
use super::room::{self, Side};
use super::store;
use crate::auth::session::Use;
use crate::i18n::Lang;
use crate::state::AppState;

/// How often the server pings.
const PING_EVERY: Duration = Duration::from_secs(20);
/// A client silent this long (no pong, no frame) is gone.
const DEAD_AFTER: Duration = Duration::from_secs(50);
/// Longest wait for one frame to be written before the client counts as too slow.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Shortest time between two recomputations of a waiting person's place.
const QUEUE_THROTTLE: Duration = Duration::from_secs(2);

/// Who is on the other end of a connection.
#[derive(Clone, Debug)]
pub struct Peer {
    /// The chat (enquiry) id.
    pub chat_id: String,
    /// Person or staff.
    pub side: Side,
    /// The language of frames' texts.
    pub lang: Lang,
    /// The last sequence number the client has.
    pub after: i64,
    /// For staff: the user id (audit, and only the holder may write).
    pub user_id: Option<String>,
    /// For staff: the session the connection was opened in. It is checked again every
    /// minute and before every frame is acted on: a sign-out, an expiry or a
    /// disabled user ends the connection.
    pub session_id: Option<String>,
}

/// How often a staff connection's session is checked again.
const SESSION_RECHECK: Duration = Duration::from_secs(60);

/// Whether a WebSocket handshake comes from this site (an `Origin` of another host is a
/// cross-site page trying to use the visitor's cookies or address).
pub fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Not a browser: nothing to ride on.
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest.trim_end_matches('/') == host)
}

/// Accepts the upgrade with small, bounded buffers and runs the connection.
pub fn upgrade(ws: WebSocketUpgrade, state: AppState, peer: Peer, guard: ConnectionGuard) -> Response {
    let max_bytes = state.config().chat.message_max_chars * 4 + 1024;
    ws.read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_write_buffer_size(256 * 1024)
        // Well above the longest message (4 bytes a character), so an overlong one is
        // answered with a readable error frame instead of a dropped connection.
        .max_message_size(max_bytes * 4)
        .max_frame_size(max_bytes * 4)
        .on_upgrade(move |socket| async move {
            run(state, socket, peer).await;
            drop(guard);
        })
}

/// Why the loop stopped writing.
struct Gone;

/// Writes one frame, or gives up on a slow or gone client.
async fn send<S>(socket: &mut S, message: Message) -> Result<(), Gone>
where
    S: Sink<Message> + Unpin,
{
    match tokio::time::timeout(SEND_TIMEOUT, socket.send(message)).await {
        Ok(Ok(())) => Ok(()),
        _ => Err(Gone),
    }
}

async fn send_frame<S>(socket: &mut S, frame: &ServerFrame) -> Result<(), Gone>
where
    S: Sink<Message> + Unpin,
{
    send(socket, Message::Text(frame.to_json().into())).await
}

/// The state of one connection.
struct Connection {
    state: AppState,
    peer: Peer,
    last: i64,
    status: &'static str,
}

impl Connection {
    /// Sends every stored message after the last one sent.
    async fn catch_up<S>(&mut self, socket: &mut S) -> Result<(), Gone>
    where
        S: Sink<Message> + Unpin,
    {
        let Ok(missed) = room::messages_after(&self.state, &self.peer.chat_id, self.last).await else {
            // The database is unreachable: the client reconnects later with `after`.
            return Err(Gone);
        };
        for shown in missed {
            self.last = shown.seq;
            send_frame(socket, &shown.frame()).await?;
        }
        Ok(())
    }

    /// Sends where the chat stands; returns the status.
    async fn send_standing<S>(&mut self, socket: &mut S) -> Result<&'static str, Gone>
    where
        S: Sink<Message> + Unpin,
    {
        // A person still waiting at the queue's latest snapshot reads nothing of their own
        // (thousands wait at once; every queue move asks each of them to look again).
        if self.peer.side == Side::Person && self.status == "waiting" {
            match room::standing_if_waiting(&self.state, &self.peer.chat_id, self.peer.lang).await {
                Ok(Some(standing)) => {
                    send_frame(socket, &standing.frame()).await?;
                    return Ok(self.status);
                }
                Ok(None) => {}
                Err(_) => return Err(Gone),
            }
        }
        let Ok(Some(chat)) = store::by_id(self.state.db(), &self.peer.chat_id).await else {
            return Err(Gone);
        };
        let frame = match self.peer.side {
            Side::Person => match room::standing(&self.state, &chat, self.peer.lang).await {
                Ok(standing) => standing.frame(),
                Err(_) => return Err(Gone),
            },
            Side::Staff => staff_standing(&self.state, &chat, self.peer.lang),
        };
        if let ServerFrame::Status { status, .. } = &frame {
            self.status = status;
        }
        send_frame(socket, &frame).await?;
        Ok(self.status)
    }

    /// For staff, whether the session the connection was opened in still holds (signed
    /// in, not expired, idle or revoked, the user not disabled: the check every request
    /// makes, `auth::session::live`); a person's always does. A frame the user sent is
    /// activity; the minute's re-check is not.
    async fn session_holds(&self, used: Use) -> bool {
        let (Some(session), Some(user)) = (&self.peer.session_id, &self.peer.user_id) else {
            return self.peer.side == Side::Person;
        };
        matches!(
            crate::auth::session::live(&self.state, session, used).await,
            Ok(Some(found)) if &found.user_id == user
        )
    }

    /// Handles a frame from the client.
    async fn received<S>(&mut self, socket: &mut S, text: &str) -> Result<(), Gone>
    where
        S: Sink<Message> + Unpin,
    {
        if !self.session_holds(Use::Active).await {
            // Signed out, expired or disabled since the connection opened: nothing more.
            return Err(Gone);
        }
        let Some(ClientFrame::Send { text }) = ClientFrame::parse(text) else {
            let message = self
                .state
                .locales()
                .text(self.peer.lang, "chat-error-bad-frame", None);
            return send_frame(
                socket,
                &ServerFrame::Error {
                    code: "bad_frame",
                    message,
                },
            )
            .await;
        };
        match self.post(&text).await {
            Ok(()) => Ok(()),
            Err(refused) => {
                let frame = ServerFrame::Error {
                    code: refused.code(),
                    message: refused.text(&self.state, self.peer.lang),
                };
                send_frame(socket, &frame).await
            }
        }
    }

    /// Posts a message from this side (staff: only the holder; audited in its commit).
    async fn post(&self, text: &str) -> Result<(), room::Refused> {
        let chat = store::by_id(self.state.db(), &self.peer.chat_id)
            .await
            .map_err(crate::error::AppError::from)?
            .ok_or(room::Refused::NotOpen)?;
        if self.peer.side == Side::Staff && chat.assigned_to.as_deref() != self.peer.user_id.as_deref() {
            return Err(room::Refused::NotOpen);
        }
        room::post(
            &self.state,
            &chat,
            self.peer.side,
            self.peer.user_id.as_deref(),
            text,
        )
        .await?;
        Ok(())
    }
}

/// Where the chat stands, as a handler is told.
pub fn staff_standing(state: &AppState, chat: &store::ChatRow, lang: Lang) -> ServerFrame {
    let status: &'static str = match chat.status.as_str() {
        "waiting" => "waiting",
        "active" => "active",
        _ => "ended",
    };
    let reason = (status == "ended").then(|| room::reason(chat.ended_reason.as_deref()));
    let id = match reason {
        Some(r) => format!("console-chat-ended-{}", r.replace('_', "-")),
        None => format!("console-chat-status-{status}"),
    };
    ServerFrame::Status {
        status,
        position: None,
        reason,
        text: state.locales().text(lang, &id, None),
    }
}

/// Runs one connection until the client leaves, is too slow or silent, the chat ends, or
/// the instance shuts down.
///
/// Most connections sit idle for minutes, and a task is as large as the largest state of
/// its future: every step that reads or writes the database is boxed, so an idle
/// connection holds only its timers and subscriptions (the memory aim: under 20 KB per
/// idle connection, `scripts/bench-chat.sh`; a test keeps this future small).
pub async fn run<S, E>(state: AppState, mut socket: S, peer: Peer)
where
    S: Stream<Item = Result<Message, E>> + Sink<Message> + Unpin,
{
    let hub = super::hub(&state);
    // Subscribe before reading the backlog, so nothing falls between the two; what comes
    // twice is skipped by its number.
    let mut subscription = hub.subscribe(&peer.chat_id);
    let mut queue = hub.queue_watch();
    let idle = Duration::from_millis(u64::try_from(room::idle_ms(&state)).unwrap_or(u64::MAX));
    let mut conn = Connection {
        last: peer.after.max(0),
        status: "waiting",
        state: state.clone(),
        peer,
    };
    if conn.peer.side == Side::Person {
        // An ended chat gives the person nothing of its transcript: where it stands is
        // read before any catch-up, and an ended one is only told so.
        match Box::pin(store::by_id(state.db(), &conn.peer.chat_id)).await {
            Ok(Some(chat)) if chat.status != "ended" => {}
            Ok(Some(_)) => {
                if Box::pin(conn.send_standing(&mut socket)).await.is_ok() {
                    close(&mut socket).await;
                }
                return;
            }
            _ => return,
        }
        let _ = Box::pin(store::touch(
            state.db(),
            &conn.peer.chat_id,
            state.clock().now_ms(),
        ))
        .await;
    }
    if Box::pin(conn.catch_up(&mut socket)).await.is_err() {
        return;
    }
    match Box::pin(conn.send_standing(&mut socket)).await {
        Ok("ended") => {
            close(&mut socket).await;
            return;
        }
        Ok(_) => {}
        Err(Gone) => return,
    }
    let mut ping = tokio::time::interval_at(Instant::now() + PING_EVERY, PING_EVERY);
    let mut session_check = tokio::time::interval_at(Instant::now() + SESSION_RECHECK, SESSION_RECHECK);
    let mut presence = tokio::time::interval_at(Instant::now() + idle / 3, idle / 3);
    let idle_timer = tokio::time::sleep(idle);
    tokio::pin!(idle_timer);
    let mut heard = Instant::now();
    let mut queue_checked = Instant::now();
    let recheck = tokio::time::sleep(QUEUE_THROTTLE);
    tokio::pin!(recheck);
    let mut recheck_due = false;
    let closing = state.events().clone();
    let stop = closing.closed();
    tokio::pin!(stop);
    loop {
        let outcome: Result<(), Gone> = tokio::select! {
            () = &mut stop => {
                close(&mut socket).await;
                return;
            }
            _ = session_check.tick(), if conn.peer.session_id.is_some() => {
                if Box::pin(conn.session_holds(Use::Recheck)).await {
                    Ok(())
                } else {
                    close(&mut socket).await;
                    return;
                }
            }
            frame = socket.next() => {
                heard = Instant::now();
                match frame {
                    Some(Ok(Message::Text(text))) => Box::pin(conn.received(&mut socket, text.as_str())).await,
                    Some(Ok(Message::Binary(_))) => Box::pin(conn.received(&mut socket, "")).await,
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => Ok(()),
                    Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                }
            }
            event = subscription.recv() => match event {
                Some(Received::Event(ChatEvent::Message(m))) => {
                    idle_timer.as_mut().reset(Instant::now() + idle);
                    match m.text {
                        _ if m.seq <= conn.last => Ok(()),
                        Some(text) if m.seq == conn.last + 1 => {
                            conn.last = m.seq;
                            let shown = room::Shown { seq: m.seq, author: m.author, at: room::clock_time(m.at), text };
                            send_frame(&mut socket, &shown.frame()).await
                        }
                        _ => Box::pin(conn.catch_up(&mut socket)).await,
                    }
                }
                Some(Received::Lagged) => Box::pin(conn.catch_up(&mut socket)).await,
                Some(Received::Event(ChatEvent::Accepted)) => {
                    idle_timer.as_mut().reset(Instant::now() + idle);
                    // No longer waiting, whatever a queue snapshot taken before says.
                    conn.status = "active";
                    Box::pin(conn.send_standing(&mut socket)).await.map(drop)
                }
                Some(Received::Event(ChatEvent::Ended(_))) => {
                    // The person's page drops the transcript at the end: nothing more of
                    // it is sent; a handler gets what they missed.
                    let caught_up = conn.peer.side == Side::Person || Box::pin(conn.catch_up(&mut socket)).await.is_ok();
                    if caught_up && Box::pin(conn.send_standing(&mut socket)).await.is_ok() {
                        close(&mut socket).await;
                    }
                    return;
                }
                None => return,
            },
            moved = queue.recv(), if conn.status == "waiting" => {
                // A closed queue channel cannot happen while the hub lives; lag only means
                // "look again".
                drop(moved);
                if queue_checked.elapsed() >= QUEUE_THROTTLE {
                    queue_checked = Instant::now();
                    Box::pin(conn.send_standing(&mut socket)).await.map(drop)
                } else {
                    // Looked a moment ago: look again once the throttle allows, so the
                    // last move is never missed.
                    if !recheck_due {
                        recheck_due = true;
                        recheck.as_mut().reset(queue_checked + QUEUE_THROTTLE);
                    }
                    Ok(())
                }
            }
            () = &mut recheck, if recheck_due => {
                recheck_due = false;
                queue_checked = Instant::now();
                if conn.status == "waiting" {
                    Box::pin(conn.send_standing(&mut socket)).await.map(drop)
                } else {
                    Ok(())
                }
            }
            _ = ping.tick() => {
                if heard.elapsed() > DEAD_AFTER {
                    tracing::debug!(enquiry.id = %conn.peer.chat_id, "chat client silent; dropped");
                    return;
                }
                Box::pin(send(&mut socket, Message::Ping(Vec::new().into()))).await
            }
            _ = presence.tick(), if conn.peer.side == Side::Person && conn.status == "waiting" => {
                // A waiting person with the page open is present, not idle.
                let _ = Box::pin(store::touch(state.db(), &conn.peer.chat_id, state.clock().now_ms())).await;
                Ok(())
            }
            () = &mut idle_timer, if conn.status == "active" => {
                idle_timer.as_mut().reset(Instant::now() + idle);
                // Conditional: of the two sides' timers only one ends it.
                let _ = Box::pin(room::end(&state, &conn.peer.chat_id, "idle")).await;
                Ok(())
            }
        };
        if outcome.is_err() {
            tracing::debug!(enquiry.id = %conn.peer.chat_id, "chat client too slow or gone; dropped");
            return;
        }
    }
}

/// Says goodbye (best effort).
async fn close<S>(socket: &mut S)
where
    S: Sink<Message> + Unpin,
{
    let frame = CloseFrame {
        code: 1000,
        reason: "".into(),
    };
    let _ = send(socket, Message::Close(Some(frame))).await;
}
