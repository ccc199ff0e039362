//! Security headers on every response, and `Cache-Control: no-store` on everything that
//! does not say otherwise (nothing does: `/static/` is `no-store` too), so no page, form
//! or typed text is kept in the browser's cache or its back/forward cache.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;

/// No inline script or style, nothing from another origin, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
base-uri 'none'";

/// Adds the security headers.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let onion = onion_location(&state, req.uri().path());
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    if let Some(value) = onion {
        headers.insert(HeaderName::from_static("onion-location"), value);
    }
    let fixed: [(HeaderName, &'static str); 7] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.config().http.cookie_secure {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// `Onion-Location` for a public page when the site also runs as an onion service
/// (`site.onion_location`): the same path at the onion address, which Tor Browser offers
/// to open. Not on the console, the inbox, the API or the operators' paths: only the
/// people who write in are pointed to Tor; the query is left out.
fn onion_location(state: &AppState, path: &str) -> Option<HeaderValue> {
    let onion = state.config().site.onion_location.as_deref()?;
    let staff = ["/console", "/inbox", "/api/", "/static/"];
    if staff.iter().any(|prefix| path.starts_with(prefix)) {
        return None;
    }
    HeaderValue::from_str(&format!("{onion}{path}")).ok()
}
