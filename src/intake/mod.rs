//! The public site and anonymous intake: the language redirect, the information and
//! audience pages, the enquiry form, the receipt hand-off and look-up, and the
//! accessibility report form.
//!
//! Routes: `/`, `/{lang}/`, `/{lang}/{page}`, `/{lang}/enquiry`,
//! `/{lang}/enquiry/sent/{ticket}`, `/{lang}/enquiry/saved`, `/{lang}/receipt`,
//! `/{lang}/receipt/message`, `/{lang}/accessibility`, and the child form
//! `/{lang}/young/enquiry`.

mod accessibility;
mod answer;
mod callback;
mod enquiry;
mod pages;
pub(crate) mod receipt;
mod store;
mod young;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// The public site's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::root))
        .route("/{lang}", get(pages::lang_root))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}/{page}", get(pages::info))
        .route("/{lang}/enquiry", get(enquiry::show).post(enquiry::submit))
        .route("/{lang}/young/enquiry", get(young::show).post(young::submit))
        .route("/{lang}/callback", get(callback::show).post(callback::submit))
        .route(
            "/{lang}/enquiry/sent/{ticket}",
            get(receipt::handoff).post(receipt::confirm_saved),
        )
        .route("/{lang}/enquiry/sent/{ticket}/code.txt", get(receipt::download))
        .route("/{lang}/enquiry/saved", get(receipt::saved))
        .route("/{lang}/receipt", get(receipt::lookup_form).post(receipt::lookup))
        .route("/{lang}/receipt/message", post(receipt::follow_up))
        .route("/{lang}/receipt/case", get(receipt::case))
        .route(
            "/{lang}/accessibility",
            get(accessibility::show).post(accessibility::report),
        )
}
