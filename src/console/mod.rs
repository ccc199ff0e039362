//! The staff triage console: sign-in (password and second factor), sign-out, the queue
//! of open enquiries with their service-level clocks, and the audit log for auditors.
//!
//! Routes: `/console/sign-in`, `/console/sign-out`, `/console/`, `/console/audit`,
//! `/console/cases/{id}`, `/console/cases/{id}/reply`.
//! Every page needs a live session ([`crate::auth::StaffUser`]) and a role the policy allows; every
//! sign-in and every look is an audit record.

mod admin;
mod audit_log;
mod callbacks;
mod case;
mod claim;
mod decisions;
mod live;
mod pages;
mod phone;
mod protection;
mod referrals;
mod sign_in;
pub mod sla;
mod store;
mod templates;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// The console's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/console",
            get(|| async { axum::response::Redirect::permanent("/console/") }),
        )
        .route("/console/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/console/sign-out", post(sign_in::sign_out))
        .route("/console/", get(pages::queue))
        .route("/console/audit", get(audit_log::audit))
        .route("/console/cases/{id}", get(case::show))
        .route("/console/cases/{id}/reply", post(case::reply))
        .merge(claim::routes())
        .merge(decisions::routes())
        .merge(callbacks::routes())
        .merge(referrals::routes())
        .merge(templates::routes())
        .merge(phone::routes())
        .merge(admin::routes())
        .merge(live::routes())
}

/// Staff pages are in Swedish, or English when the browser prefers it.
fn staff_lang(headers: &axum::http::HeaderMap) -> crate::i18n::Lang {
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    match crate::i18n::negotiate(accept) {
        crate::i18n::Lang::En => crate::i18n::Lang::En,
        _ => crate::i18n::Lang::Sv,
    }
}
