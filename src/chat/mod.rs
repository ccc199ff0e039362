//! The anonymous chat, on one instance: the pre-chat step and the chat page (which work
//! without JavaScript: post and refresh), the live WebSocket, opening hours on the
//! computed Swedish calendar, and the limits that keep one chat from harming others.
//!
//! A chat is an enquiry with channel `chat`, stored through the same writer as every
//! channel and triaged from the pre-chat answers; its messages are the enquiry's sealed
//! messages, so the transcript is on the receipt page like any conversation. The chat's
//! address is an unguessable token (never the receipt code), stored only as a keyed hash
//! and never logged. Every message goes through one [`hub::ChatHub`].
//!
//! Routes: `GET/POST /{lang}/chat`, `GET /{lang}/chat/{token}`, `GET /{lang}/chat/ended`,
//! `POST /{lang}/chat/{token}/message`, `…/leave`, `…/end`, `…/code-saved`,
//! `GET/POST /{lang}/chat/{token}/callback` (be called back instead),
//! `GET /{lang}/chat/{token}/ws`. The staff side is in `console/chats.rs`.

mod callback;
pub mod hours;
pub mod hub;
mod pages;
pub mod protocol;
pub mod queue;
pub mod room;
pub mod socket;
pub mod store;
pub mod vocab;
pub mod writer;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// The instance's hub (in the state, so instances in one process — tests — never share
/// one).
pub fn hub(state: &AppState) -> &Arc<hub::ChatHub> {
    state.chat_hub()
}

/// Tells instances in one process apart while the hub is shared (see [`hub()`]): the
/// address of the instance's configuration, stable while it lives.
pub fn instance_key(state: &AppState) -> usize {
    std::ptr::from_ref(state.config()) as usize
}

/// This area's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/chat", get(pages::entry).post(pages::start))
        .route("/{lang}/chat/ended", get(pages::ended))
        .route("/{lang}/chat/{token}", get(pages::room))
        .route("/{lang}/chat/{token}/message", post(pages::message))
        .route("/{lang}/chat/{token}/leave", post(pages::leave))
        .route("/{lang}/chat/{token}/end", post(pages::end))
        .route("/{lang}/chat/{token}/code-saved", post(pages::code_saved))
        .route(
            "/{lang}/chat/{token}/callback",
            get(callback::show).post(callback::submit),
        )
        .route("/{lang}/chat/{token}/ws", get(pages::live))
}
