//! `GET /console/events`: the queue's changes as server-sent events, for the live queue
//! page (`static/console-live.js`), which then reads the queue again as usual.
//!
//! An event is `{"change": …, "case_id": …}` and nothing else — never any content — so
//! what a page shows still comes through the audited, permission-checked queue. When a
//! subscriber falls behind the bus it gets one `reload` event instead of the lost ones.
//! The session is checked again before each event and every minute, so signing out or
//! being disabled ends the stream too.

use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream;
use tokio::sync::broadcast::Receiver;
use tokio::sync::broadcast::error::RecvError;

use crate::auth::{Permission, Role, StaffUser, can};
use crate::error::AppError;
use crate::events::Event;
use crate::state::AppState;
use crate::web::staff::require;

/// How often an idle stream carries a comment, so proxies keep it open.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// How often an idle stream checks that its session still lives.
const SESSION_CHECK: Duration = Duration::from_secs(60);
/// How long a browser waits before reconnecting a broken stream.
const RETRY: Duration = Duration::from_secs(5);

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/events", get(events))
}

/// One subscriber's position in the stream.
struct Feed {
    state: AppState,
    session_id: String,
    rx: Receiver<Event>,
    started: bool,
}

/// `GET /console/events` (users who may see the queue).
async fn events(State(state): State<AppState>, user: StaffUser) -> Result<Response, AppError> {
    require(&user, Permission::ViewQueue)?;
    let feed = Feed {
        rx: state.events().subscribe(),
        session_id: user.session_id,
        state,
        started: false,
    };
    let stream = stream::unfold(feed, |mut feed| async move {
        let event = next_event(&mut feed).await?;
        Some((Ok::<_, Infallible>(event), feed))
    });
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response())
}

/// The next event for the page, or `None` to end the stream (the bus closed, or the
/// session ended or lost the permission).
async fn next_event(feed: &mut Feed) -> Option<SseEvent> {
    if !feed.started {
        feed.started = true;
        // Sent at once, so the browser learns the retry delay and the answer's head
        // reaches the client before anything happens.
        return Some(SseEvent::default().comment("queue events").retry(RETRY));
    }
    loop {
        let received = tokio::select! {
            received = feed.rx.recv() => Some(received),
            () = tokio::time::sleep(SESSION_CHECK) => None,
            // The instance is shutting down: end, the browser reconnects.
            () = feed.state.events().closed() => return None,
        };
        if !session_lives(feed).await {
            return None;
        }
        match received {
            // An idle minute: the session was checked, wait again.
            None => {}
            Some(Ok(event)) => return as_sse(&event),
            Some(Err(RecvError::Lagged(_))) => {
                return SseEvent::default()
                    .event("reload")
                    .json_data(serde_json::json!({ "change": "reload" }))
                    .ok();
            }
            Some(Err(RecvError::Closed)) => return None,
        }
    }
}

/// A bus event as an SSE event named after its change, with only the change and the id.
fn as_sse(event: &Event) -> Option<SseEvent> {
    let name = serde_json::to_value(event.change).ok()?;
    SseEvent::default()
        .event(name.as_str().unwrap_or("updated"))
        .json_data(event)
        .ok()
}

/// Whether the stream's session is still live and its role may still see the queue.
async fn session_lives(feed: &Feed) -> bool {
    // The timer's re-check is not the user's activity: an open queue goes idle.
    match crate::auth::session::live(&feed.state, &feed.session_id, crate::auth::session::Use::Recheck).await
    {
        Ok(Some(user)) => user
            .role
            .parse::<Role>()
            .is_ok_and(|role| can(role, Permission::ViewQueue)),
        // Gone, or the database is unreachable: end the stream; the browser reconnects
        // and the sign-in check answers properly.
        Ok(None) | Err(_) => false,
    }
}
