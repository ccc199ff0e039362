//! The referral inbox of every recipient organisation (social services, defector
//! programmes, police regions, agencies, psychiatry, civil society): the referrals the
//! contact point sent — only those whose recipient is one of the signed-in user's
//! organisations, and nothing once the person withdrew consent — and what the
//! organisation does with them: accept, decline with a reason (the case goes
//! back to the contact point's queue), forward to another programme or social services,
//! ask the contact point a question, record that the police region's defector coordinator
//! was contacted, when the first contact was made and when housing was arranged, and move
//! the case through the states the Nordic programmes report. A municipality can also send
//! the contact point a consultation or a case of its own. The domain functions the pages
//! and the municipal JSON API share are the referral room's recipient side
//! ([`crate::referral::recipient`]); every query takes the caller's organisation scope.
//!
//! Routes (inbox users — role `municipality`, of any recipient organisation — only: no
//! session is 303 to `/inbox/sign-in`, staff 403):
//! `/inbox/sign-in`, `/inbox/sign-out`, `/inbox/` (list), `/inbox/referrals/{id}` and its
//! steps `/inbox/referrals/{id}/{accept|decline|forward|question|coordinator|first-contact|housing|state}`,
//! `/inbox/consultation`, `/inbox/consultation/done/{ticket}`, `/inbox/account/password`
//! (the user's own password). Every look and step is an audit record.

mod account;
mod actions;
mod consultation;
mod pages;
mod store;
mod user;

use axum::Router;
use axum::routing::{get, post};

use crate::auth::sign_in;
use crate::state::AppState;

/// This area's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/inbox",
            get(|| async { axum::response::Redirect::permanent("/inbox/") }),
        )
        .route(
            "/inbox/sign-in",
            get(sign_in::show_inbox).post(sign_in::submit_inbox),
        )
        .route("/inbox/sign-out", post(sign_in::sign_out_inbox))
        .route("/inbox/", get(pages::list))
        .route("/inbox/referrals/{id}", get(pages::show))
        .route("/inbox/referrals/{id}/{step}", post(actions::step))
        .route(
            "/inbox/consultation",
            get(consultation::show).post(consultation::submit),
        )
        .route("/inbox/consultation/done/{ticket}", get(consultation::done))
        .route(
            "/inbox/account/password",
            get(account::show).post(account::submit),
        )
}
