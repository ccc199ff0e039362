//! One error type at the HTTP edge.
//!
//! A handler returns [`AppError`]; its `IntoResponse` sets the status and leaves an
//! [`ErrorReport`] in the response extensions. One middleware ([`crate::web::errors`])
//! then renders it as a localized page (or JSON under `/api/`) and logs it once. The
//! user's words come from Fluent message ids, never from an error's `Display`.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What went wrong, as the edge sees it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such page or thing (also unknown receipt codes and languages).
    #[error("not found")]
    NotFound,
    /// No live session: pages answer 303 to the sign-in page, the JSON API 401.
    #[error("sign-in required")]
    SignInRequired,
    /// The CSRF token is missing or wrong (nothing was stored), or the role may not.
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// The body is larger than allowed.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The body could not be read as the expected type.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// JSON input with a value the contract does not allow.
    #[error("unprocessable: {message}")]
    Unprocessable {
        /// The field at fault, when known.
        field: Option<String>,
        /// A readable explanation (API only; pages use Fluent).
        message: String,
    },
    /// Too many requests from this client.
    #[error("rate limited")]
    RateLimited,
    /// The method is not allowed on this route.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The database is down or busy: try again.
    #[error("service unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// The request took longer than `http.request_timeout_secs`.
    #[error("request timed out")]
    TimedOut,
    /// A write was handed to the database but not confirmed within `http.write_wait_secs`:
    /// it may still commit, or not. Carries the receipt code the enquiry will be found by
    /// when there is one, so the person can check instead of wondering (`web::not_saved`).
    #[error("write not confirmed in time")]
    Unconfirmed(Option<crate::crypto::ReceiptCode>),
    /// Anything else; opaque to the client, logged with its cause chain.
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// A shorthand for results at the edge.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => Self::NotFound,
            err if crate::db::is_unavailable(&err) => Self::Unavailable(err.into()),
            err => Self::Internal(err.into()),
        }
    }
}

impl AppError {
    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::SignInRequired => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::Unavailable(_) | Self::TimedOut | Self::Unconfirmed(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code of this error in JSON answers.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::SignInRequired => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::PayloadTooLarge => "payload_too_large",
            Self::BadRequest(_) => "bad_request",
            Self::Unprocessable { .. } => "invalid_value",
            Self::RateLimited => "rate_limited",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::Unavailable(_) => "unavailable",
            Self::TimedOut => "timeout",
            Self::Unconfirmed(_) => "unconfirmed",
            Self::Internal(_) => "internal",
        }
    }
}

/// The error, carried in the response extensions for the rendering middleware.
#[derive(Clone, Debug)]
pub struct ErrorReport(pub Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(ErrorReport(Arc::new(self)));
        response
    }
}
