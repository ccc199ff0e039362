//! The municipal JSON API under `/api/v1/`: a municipality's case system lists and reads
//! the referrals addressed to it and answers them — accept, decline, forward, record
//! contact and the case's state, ask the contact point a question — through the same
//! domain functions as the inbox ([`crate::referral::recipient`]).
//!
//! Callers authenticate with `Authorization: Bearer <token>`: a scoped, expiring JWT an
//! admin issues (and can revoke) at `/console/api-tokens` for a municipality user
//! (`token.rs`). Every state change takes an `Idempotency-Key` (`idempotency.rs`). Errors
//! are `{ "error": { "code", "message" } }` with a stable code (`error.rs`). The whole API
//! is described by the OpenAPI 3.1 document at `GET /api/v1/openapi.json`, and
//! [`ROUTES`] is the one list of its routes: the router is built from it, and a test
//! checks it against the document and the running server.
//!
//! Routes: everything in [`ROUTES`], plus `/console/api-tokens` (list and issue) and
//! `/console/api-tokens/{id}/revoke` for admins.

mod error;
mod idempotency;
mod openapi;
mod referrals;
mod steps;
mod store;
mod token;
mod tokens_form;
mod tokens_page;

use axum::Router;
use axum::routing::{MethodRouter, get, post};

use crate::state::AppState;

/// One route of the JSON API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path as the OpenAPI document writes it (`{id}` for a parameter).
    pub path: &'static str,
    /// The document's `operationId`.
    pub operation: &'static str,
}

const fn route(method: &'static str, path: &'static str, operation: &'static str) -> Route {
    Route {
        method,
        path,
        operation,
    }
}

/// Every `/api/v1/` route of the service, as the OpenAPI document describes them.
pub const ROUTES: [Route; 10] = [
    route("GET", "/api/v1/openapi.json", "getOpenApi"),
    route("POST", "/api/v1/triage/preview", "previewTriage"),
    route("GET", "/api/v1/referrals", "listReferrals"),
    route("GET", "/api/v1/referrals/{id}", "getReferral"),
    route("POST", "/api/v1/referrals/{id}/accept", "acceptReferral"),
    route("POST", "/api/v1/referrals/{id}/decline", "declineReferral"),
    route("POST", "/api/v1/referrals/{id}/forward", "forwardReferral"),
    route("POST", "/api/v1/referrals/{id}/contact", "recordContact"),
    route("POST", "/api/v1/referrals/{id}/state", "setReferralState"),
    route("POST", "/api/v1/referrals/{id}/questions", "askQuestion"),
];

/// The handler of a route, or `None` for one another capability serves (the triage
/// preview is `crate::triage::http`'s, merged by `crate::startup::router`).
fn handler(route: &Route) -> Option<MethodRouter<AppState>> {
    Some(match route.operation {
        "getOpenApi" => get(openapi::serve),
        "listReferrals" => get(referrals::list),
        "getReferral" => get(referrals::read),
        "acceptReferral" => post(steps::accept),
        "declineReferral" => post(steps::decline),
        "forwardReferral" => post(steps::forward),
        "recordContact" => post(steps::contact),
        "setReferralState" => post(steps::set_state),
        "askQuestion" => post(steps::question),
        _ => return None,
    })
}

/// The API's routes (built from [`ROUTES`]) and the console's token pages.
pub fn router() -> Router<AppState> {
    ROUTES
        .iter()
        .filter_map(|r| handler(r).map(|h| (r.path, h)))
        .fold(Router::new(), |router, (path, h)| router.route(path, h))
        .merge(tokens_page::routes())
}

#[cfg(test)]
mod tests {
    use super::{ROUTES, handler};

    #[test]
    fn every_route_but_the_triage_preview_has_its_handler_here() {
        for route in &ROUTES {
            let served_here = handler(route).is_some();
            assert_eq!(
                served_here,
                route.operation != "previewTriage",
                "{} {}",
                route.method,
                route.path
            );
            assert!(route.path.starts_with("/api/v1/"), "{}", route.path);
        }
    }
}
