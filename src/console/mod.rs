//! The staff triage console: sign-in (password and second factor), the live queue with
//! its service-level clocks and filters, claiming, the case (facts, conversation, the
//! engine's proposal and the human decision, callbacks, referrals with per-recipient
//! consent, the mandatory report, the protected-identity marker, outcomes), phone
//! enquiries, reply templates, users, the rules reload, and the audit log.
//!
//! Routes (every one needs a live session and a role the policy in [`crate::auth::can`]
//! allows; `tests/api/console_authz.rs` walks them all with every role):
//! `/console/sign-in`, `/console/sign-out`, `/console/` (queue), `/console/events` (SSE),
//! `/console/audit`, `/console/overrides`, `/console/phone`, `/console/phone/done/{ticket}`,
//! `/console/cases/{id}` and its actions `claim`, `release`, `take-over`, `reply`,
//! `template`, `override`, `facts`, `close`, `reopen`, `protect`, `unprotect`, `protect/grant`,
//! `protect/revoke`, `callback/attempt`, `referrals`, `referrals/{rid}/withdraw`,
//! `mandatory-report`, `break-glass`; `/console/break-glass` (supervisors);
//! `/console/templates…`, `/console/users…`, `/console/rules…`; `/console/account/password`
//! (every staff role: their own password).
//! Every sign-in, look and change is an audit record.

mod access;
mod account;
mod admin;
mod audit_log;
mod callbacks;
mod case;
mod chats;
mod claim;
mod decisions;
mod facts;
mod floods;
mod live;
mod model;
mod outcome;
mod pages;
mod phone;
mod protection;
mod referrals;
pub mod sla;
mod store;
mod templates;

use axum::Router;
use axum::routing::{get, post};

use crate::auth::sign_in;
use crate::state::AppState;
use crate::web::staff::staff_lang;

/// The console's routes; `state` serves the middleware that draws the case page around
/// what a section's action sends back.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            "/console",
            get(|| async { axum::response::Redirect::permanent("/console/") }),
        )
        .route("/console/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/console/sign-out", post(sign_in::sign_out))
        .route("/console/", get(pages::queue))
        .route("/console/audit", get(audit_log::audit))
        .merge(case::routes(
            state,
            Router::new()
                .merge(access::case_routes())
                .merge(claim::routes())
                .merge(protection::routes())
                .merge(
                    Router::new()
                        .merge(decisions::routes())
                        .merge(facts::routes())
                        .merge(callbacks::routes())
                        .merge(referrals::routes())
                        .merge(templates::routes())
                        .layer(axum::middleware::from_fn_with_state(
                            state.clone(),
                            access::named_only,
                        )),
                ),
        ))
        .merge(access::routes())
        .merge(phone::routes())
        .merge(chats::routes())
        .merge(floods::routes())
        .merge(admin::routes())
        .merge(account::routes())
        .merge(live::routes())
}
