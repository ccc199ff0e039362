//! The API's errors: `{ "error": { "code": "stable_snake_case", "message": "…", "field"? } }`
//! with the right status — the same shape `crate::web::errors` gives every other `/api/`
//! answer, with codes of this API's own. The message is English, or Swedish when the
//! caller's `Accept-Language` prefers it, and comes from Fluent (`locales/*/api.ftl`).

use axum::Json;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::error::AppError;
use crate::i18n::{Lang, negotiate};
use crate::referral::recipient::RecipientError;
use crate::state::AppState;

/// What went wrong with an API request.
#[derive(Debug)]
pub(crate) enum ApiError {
    /// No token, or one that is malformed, wrongly signed, expired or revoked (401).
    Unauthorized,
    /// The token lacks the scope the route needs (403).
    InsufficientScope(&'static str),
    /// No such referral for this caller (404, also for another municipality's id).
    NotFound,
    /// The request body could not be read as JSON (400).
    MalformedJson,
    /// An `Idempotency-Key` header is required on this route (400).
    IdempotencyKeyRequired,
    /// The `Idempotency-Key` header is not 1–255 visible ASCII characters (400).
    IdempotencyKeyInvalid,
    /// The cursor is not one this API handed out (400).
    InvalidCursor,
    /// The referral's state does not allow this action now (409).
    InvalidTransition,
    /// The first request under this key is still being answered (409).
    IdempotencyKeyInUse,
    /// The body is larger than the service accepts (413).
    PayloadTooLarge,
    /// The body is not `application/json` (415).
    UnsupportedMediaType,
    /// A field's value is missing or not allowed (422); the message id names the rule.
    InvalidValue {
        /// The field at fault.
        field: String,
        /// The Fluent message id saying what is allowed.
        message: &'static str,
    },
    /// The same key came with another request (422).
    IdempotencyKeyReused,
    /// The database or something below failed; rendered by the service's error layer.
    App(AppError),
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::NotFound => Self::NotFound,
            other => Self::App(other),
        }
    }
}

impl From<RecipientError> for ApiError {
    fn from(err: RecipientError) -> Self {
        match err {
            RecipientError::NotFound => Self::NotFound,
            // The token's user is no longer an enabled municipality user.
            RecipientError::Forbidden => Self::Unauthorized,
            RecipientError::InvalidTransition { .. } => Self::InvalidTransition,
            RecipientError::Invalid { field, message_id } => Self::InvalidValue {
                field: field.into_owned(),
                message: message_id,
            },
            other => Self::App(other.into()),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> Self {
        AppError::from(err).into()
    }
}

impl ApiError {
    /// The HTTP status.
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::InsufficientScope(_) => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MalformedJson
            | Self::IdempotencyKeyRequired
            | Self::IdempotencyKeyInvalid
            | Self::InvalidCursor => StatusCode::BAD_REQUEST,
            Self::InvalidTransition | Self::IdempotencyKeyInUse => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::InvalidValue { .. } | Self::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            Self::App(err) => err.status(),
        }
    }

    /// The stable code (documented in the OpenAPI document's `ErrorCode`).
    pub(crate) fn code(&self) -> &'static str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::InsufficientScope(_) => "insufficient_scope",
            Self::NotFound => "not_found",
            Self::MalformedJson => "malformed_json",
            Self::IdempotencyKeyRequired => "idempotency_key_required",
            Self::IdempotencyKeyInvalid => "idempotency_key_invalid",
            Self::InvalidCursor => "invalid_cursor",
            Self::InvalidTransition => "invalid_transition",
            Self::IdempotencyKeyInUse => "idempotency_key_in_use",
            Self::PayloadTooLarge => "payload_too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::InvalidValue { .. } => "invalid_value",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::App(err) => err.code(),
        }
    }

    /// The JSON answer in the caller's language (see [`api_lang`]). Errors from below
    /// (database down, internal) go to the service's error layer, which logs them once.
    pub(crate) fn render(self, state: &AppState, lang: Lang) -> Response {
        if let Self::App(err) = self {
            return err.into_response();
        }
        let mut response = (self.status(), Json(self.body(state, lang))).into_response();
        if matches!(self, Self::Unauthorized) {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"kontaktpunkt\""),
            );
        }
        response
    }

    /// The JSON body of a refusal (not of an [`ApiError::App`], which the service's error
    /// layer renders); logged here, once, by its code.
    pub(crate) fn body(&self, state: &AppState, lang: Lang) -> Value {
        tracing::debug!(error.code = self.code(), "api request refused");
        let id = match self {
            Self::InvalidValue { message, .. } => message,
            // One message per scope: Fluent would wrap an argument in isolation marks.
            Self::InsufficientScope(scope) if *scope == super::token::Scope::Write.as_str() => {
                "api-error-insufficient-scope-write"
            }
            Self::InsufficientScope(_) => "api-error-insufficient-scope-read",
            other => message_id(other.code()),
        };
        let mut body = json!({
            "error": { "code": self.code(), "message": state.locales().t(lang, id) }
        });
        if let Self::InvalidValue { field, .. } = self {
            body["error"]["field"] = Value::from(field.as_str());
        }
        body
    }
}

/// The Fluent id of a code's message.
fn message_id(code: &str) -> &'static str {
    match code {
        "unauthorized" => "api-error-unauthorized",
        "not_found" => "api-error-not-found",
        "malformed_json" => "api-error-malformed-json",
        "idempotency_key_required" => "api-error-idempotency-key-required",
        "idempotency_key_invalid" => "api-error-idempotency-key-invalid",
        "invalid_cursor" => "api-error-invalid-cursor",
        "invalid_transition" => "api-error-invalid-transition",
        "idempotency_key_in_use" => "api-error-idempotency-key-in-use",
        "payload_too_large" => "api-error-payload-too-large",
        "unsupported_media_type" => "api-error-unsupported-media-type",
        "idempotency_key_reused" => "api-error-idempotency-key-reused",
        _ => "api-error-invalid-value",
    }
}

/// The API answers in English, or in Swedish when `Accept-Language` prefers it.
pub(crate) fn api_lang(headers: &HeaderMap) -> Lang {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    // `negotiate` falls back to Swedish for anything it does not know; the API's
    // fallback is English, so Swedish must be asked for by name.
    let asks_swedish = accept.is_some_and(|a| {
        a.split(',')
            .any(|range| range.trim().to_ascii_lowercase().starts_with("sv"))
    });
    if asks_swedish && negotiate(accept) == Lang::Sv {
        Lang::Sv
    } else {
        Lang::En
    }
}
