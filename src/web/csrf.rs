//! CSRF protection for every state-changing form: a random token in a cookie that must
//! come back in the form field `_csrf` (double submit, with `SameSite=Strict` and the
//! `__Host-` prefix when secure), plus a refusal of cross-site fetches.
//!
//! This cookie is the only one an anonymous reader ever gets; it lives for the browser
//! session and carries nothing about the person.

use axum::http::{HeaderMap, HeaderValue, header};

use crate::crypto::{constant_time_eq, random_token};
use crate::error::AppError;

/// The form field that carries the token.
pub const FIELD: &str = "_csrf";

/// The cookie's name for this configuration.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-kp_csrf" } else { "kp_csrf" }
}

/// A token for a form, and the cookie to set when the browser has none yet.
#[derive(Debug)]
pub struct CsrfToken {
    value: String,
    cookie: Option<HeaderValue>,
}

impl CsrfToken {
    /// The token for the browser that sent `headers`: its own, or a new one.
    pub fn for_request(headers: &HeaderMap, secure: bool) -> Self {
        if let Some(value) = read_cookie(headers, cookie_name(secure)).filter(|v| v.len() == 43) {
            return Self { value, cookie: None };
        }
        let value = random_token();
        let attrs = if secure { "; Secure" } else { "" };
        let cookie = HeaderValue::from_str(&format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Strict{attrs}",
            cookie_name(secure)
        ))
        .ok();
        Self { value, cookie }
    }

    /// The token value for the hidden field.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The `Set-Cookie` value, when the browser had no token yet.
    pub fn into_cookie(self) -> Option<HeaderValue> {
        self.cookie
    }
}

/// The browser's own CSRF token (its cookie's value), to bind something to the browser
/// that asked for it (a receipt hand-off, a look-up): `None` without a well-formed one.
pub fn browser(headers: &HeaderMap, secure: bool) -> Option<String> {
    read_cookie(headers, cookie_name(secure)).filter(|v| v.len() == 43)
}

/// Whether the browser says the request came from another site (`Sec-Fetch-Site`).
pub fn is_cross_site(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| site == "cross-site" || site == "same-site")
}

/// Checks a submitted form's token against the browser's cookie; refuses cross-site posts.
pub fn verify(headers: &HeaderMap, submitted: Option<&str>, secure: bool) -> Result<(), AppError> {
    if is_cross_site(headers) {
        return Err(AppError::Forbidden("cross-site form post"));
    }
    let cookie = read_cookie(headers, cookie_name(secure)).ok_or(AppError::Forbidden("no CSRF cookie"))?;
    let submitted = submitted.ok_or(AppError::Forbidden("no CSRF field"))?;
    if constant_time_eq(cookie.as_bytes(), submitted.as_bytes()) {
        Ok(())
    } else {
        Err(AppError::Forbidden("CSRF token mismatch"))
    }
}

/// The value of the cookie `name`, if the request carries it.
pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers_with_cookie(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("other=1; kp_csrf={value}")).unwrap(),
        );
        h
    }

    #[test]
    fn matching_token_passes_and_others_fail() {
        let token = CsrfToken::for_request(&HeaderMap::new(), false);
        assert!(token.cookie.is_some());
        let headers = headers_with_cookie(token.value());
        assert!(verify(&headers, Some(token.value()), false).is_ok());
        assert!(verify(&headers, Some("forged"), false).is_err());
        assert!(verify(&headers, None, false).is_err());
        assert!(verify(&HeaderMap::new(), Some(token.value()), false).is_err());
    }

    #[test]
    fn existing_cookie_is_reused() {
        let first = CsrfToken::for_request(&HeaderMap::new(), false);
        let again = CsrfToken::for_request(&headers_with_cookie(first.value()), false);
        assert_eq!(again.value(), first.value());
        assert!(again.cookie.is_none());
    }

    #[test]
    fn cross_site_post_is_refused() {
        let token = CsrfToken::for_request(&HeaderMap::new(), false);
        let mut headers = headers_with_cookie(token.value());
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(verify(&headers, Some(token.value()), false).is_err());
    }
}
