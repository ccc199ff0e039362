//! Form bodies as ordered name/value pairs, so repeated fields (lists) survive and a
//! person's input can be echoed back whatever was wrong with it.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};

use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf;

/// An `application/x-www-form-urlencoded` body, in order. State-changing handlers take
/// [`CsrfForm`] instead, which also proves the post came from our own form.
#[derive(Debug, Default)]
pub struct RawForm(pub Vec<(String, String)>);

impl RawForm {
    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The first value of a field, trimmed, or `None` when empty.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name).map(str::trim).filter(|v| !v.is_empty())
    }

    /// Reads an `application/x-www-form-urlencoded` body. Never fails: invalid
    /// percent-encoding and UTF-8 are read leniently, and NUL (which cannot be stored on
    /// PostgreSQL and is never typed) is dropped, the rest kept. A stranger reaches this
    /// with any bytes (`fuzz/fuzz_targets/form.rs`).
    pub fn parse(body: &[u8]) -> Self {
        let strip = |text: std::borrow::Cow<'_, str>| -> String {
            if text.contains('\0') {
                text.replace('\0', "")
            } else {
                text.into_owned()
            }
        };
        Self(
            form_urlencoded::parse(body)
                .map(|(name, value)| (strip(name), strip(value)))
                .collect(),
        )
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for RawForm {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest("unreadable body".to_owned())
            }
        })?;
        if !is_form {
            return Err(AppError::BadRequest("expected a form body".to_owned()));
        }
        Ok(Self::parse(&bytes))
    }
}

/// The largest body a form filled to its own limits can have: the longest texts one form
/// holds (the message, 8,000 characters, and up to 2,000 more in notes) at 12 bytes a
/// character (four UTF-8 bytes, each `%XX`), and 16 KiB for every other field.
/// `http.max_body_bytes` may not be smaller (config validation).
pub const LARGEST_FORM_BYTES: usize = 12 * (crate::enquiry::model::MESSAGE_MAX_CHARS + 2_000) + 16 * 1024;

/// A form body whose CSRF token matched the browser's cookie, from a post that was not
/// cross-site: every state-changing form handler takes this instead of [`RawForm`].
///
/// The body is read first, so an oversize or unreadable body is refused as it is for
/// [`RawForm`] (413, 400); a missing, forged or cross-site token is then `403`.
#[derive(Debug)]
pub struct CsrfForm(pub RawForm);

impl FromRequest<AppState> for CsrfForm {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let form = RawForm::from_request(req, state).await?;
        csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
        Ok(Self(form))
    }
}
