//! The form again when its own page cannot be shown: a submission refused before its
//! handler ran (the flood limits: `429`; an expired or missing token: `403`), or one whose
//! store failed where the form's own page needs the database (a follow-up on a case).
//! Everything typed comes back — the free text in a box, every other answer as a hidden
//! field — with a fresh token and a "Send again" button that posts to the same address.
//! Nothing typed is logged here.

use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Serialize;

use super::Page;
use super::csrf::{self, CsrfToken};
use crate::i18n::Lang;
use crate::state::AppState;

/// The fields shown as text boxes; every other field travels hidden.
const TEXT_FIELDS: [&str; 2] = ["message", "problem"];

#[derive(Serialize)]
struct Field {
    name: String,
    value: String,
}

/// Why the form is back: the page's heading and its explanation (Fluent ids; the
/// explanation may use `$minutes`).
#[derive(Clone, Copy, Debug)]
pub struct Why {
    /// The heading's message id.
    pub title: &'static str,
    /// The explanation's message id.
    pub reason: &'static str,
    /// Minutes to wait, for a reason that names them.
    pub minutes: u64,
}

/// The form posted to `action` with `pairs` (its token left out), again, with `status`.
pub fn kept(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    action: &str,
    pairs: &[(String, String)],
    why: Why,
    status: StatusCode,
) -> Response {
    let (texts, hidden): (Vec<Field>, Vec<Field>) = pairs
        .iter()
        .filter(|(name, _)| name != csrf::FIELD)
        .map(|(name, value)| Field {
            name: name.clone(),
            value: value.clone(),
        })
        .partition(|f| TEXT_FIELDS.contains(&f.name.as_str()));
    let back = action
        .strip_prefix(&format!("/{}", lang.tag()))
        .unwrap_or(action)
        .to_owned();
    Page::new(lang, "errors/kept.html", back)
        .with("action", action)
        .with("texts", &texts)
        .with("hidden", &hidden)
        .with("title", why.title)
        .with("reason", why.reason)
        .with("minutes", &why.minutes)
        .status(status)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
        .render(state)
}
