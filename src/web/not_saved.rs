//! One answer for every form whose submission could not be stored: nothing was kept on
//! our side, so the same form comes back with everything the person typed, a localized
//! "not saved, send again" notice (`partials/not-saved.html`) and status 503 when the
//! database is unavailable (500 for anything else). The failure is logged here, once,
//! without anything the person typed.
//!
//! A write that was handed to the database but not confirmed in time
//! ([`AppError::Unconfirmed`]) is not called "not saved": it may still land. That answer
//! (503) says so, gives the receipt code the enquiry will be found by — chosen before the
//! write — and tells the person to look it up in a few minutes before sending again.

use axum::http::StatusCode;
use axum::response::Response;

use super::Page;
use crate::error::AppError;
use crate::state::AppState;

/// The notice's Fluent message id (its heading is `form-not-saved-title`).
pub const NOTICE: &str = "form-not-saved";

/// The notice when the write may still land, with the code to check (heading
/// `form-unconfirmed-title`).
pub const UNCONFIRMED: &str = "form-unconfirmed";

/// The notice when the write may still land and there is no code to check with.
pub const UNCONFIRMED_NO_CODE: &str = "form-unconfirmed-nocode";

/// The status for a store that failed with `err`, logged once; `form` names the form in
/// the log (`enquiry`, `phone enquiry`, …).
pub fn status_of(err: &AppError, form: &'static str) -> StatusCode {
    if let AppError::Unconfirmed(_) = err {
        tracing::warn!(form, "form not confirmed stored in time; it may still land");
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    if let AppError::Unavailable(cause) = err {
        tracing::warn!(
            form,
            error = format!("{cause:#}"),
            "form not stored: database unavailable"
        );
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        tracing::error!(form, error = ?err, "form not stored");
        StatusCode::INTERNAL_SERVER_ERROR
    }
}

/// The answer to a form whose submission was not stored: `page` is that form again with
/// the submitted values; it gets the notice and the status for `err`.
pub fn not_saved(state: &AppState, page: Page, err: &AppError, form: &'static str) -> Response {
    let status = status_of(err, form);
    let page = match err {
        AppError::Unconfirmed(Some(code)) => page
            .with("banner", UNCONFIRMED)
            .with("banner_title", "form-unconfirmed-title")
            .with("pending_code", &code.expose_grouped()),
        AppError::Unconfirmed(None) => page
            .with("banner", UNCONFIRMED_NO_CODE)
            .with("banner_title", "form-unconfirmed-title"),
        _ => page.with("banner", NOTICE),
    };
    page.status(status).render(state)
}
