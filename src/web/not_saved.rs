//! One answer for every form whose submission could not be stored: nothing was kept on
//! our side, so the same form comes back with everything the person typed, a localized
//! "not saved, send again" notice (`partials/not-saved.html`) and status 503 when the
//! database is unavailable (500 for anything else). The failure is logged here, once,
//! without anything the person typed.

use axum::http::StatusCode;
use axum::response::Response;

use super::Page;
use crate::error::AppError;
use crate::state::AppState;

/// The notice's Fluent message id (its heading is `form-not-saved-title`).
pub const NOTICE: &str = "form-not-saved";

/// The status for a store that failed with `err`, logged once; `form` names the form in
/// the log (`enquiry`, `phone enquiry`, …).
pub fn status_of(err: &AppError, form: &'static str) -> StatusCode {
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
    page.with("banner", NOTICE)
        .status(status_of(err, form))
        .render(state)
}
