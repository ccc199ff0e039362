//! The language redirect and the information pages.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::error::AppError;
use crate::i18n::{Lang, negotiate};
use crate::state::AppState;
use crate::web::Page;

/// The information pages, by path segment and template.
const PAGES: [(&str, &str); 10] = [
    ("leave", "pages/leave.html"),
    ("relatives", "pages/relatives.html"),
    ("professionals", "pages/professionals.html"),
    ("young", "pages/young.html"),
    ("where-to-turn", "pages/where-to-turn.html"),
    ("support", "pages/support.html"),
    ("about", "pages/about.html"),
    ("privacy", "pages/privacy.html"),
    ("when-closed", "pages/when-closed.html"),
    ("safety", "pages/safety.html"),
];

/// `GET /`: the browser's language (Accept-Language), else Swedish.
pub(super) async fn root(headers: HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = negotiate(accept);
    let mut response = Redirect::to(&format!("/{}/", lang.tag())).into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

/// `GET /{lang}`: the canonical address has a trailing slash.
pub(super) async fn lang_root(lang: Lang) -> Redirect {
    Redirect::permanent(&format!("/{}/", lang.tag()))
}

/// `GET /{lang}/`.
pub(super) async fn home(State(state): State<AppState>, lang: Lang) -> Response {
    Page::new(lang, "pages/home.html", "/").render(&state)
}

/// `GET /{lang}/{page}` for the information pages.
pub(super) async fn info(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, page)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (slug, template) = PAGES
        .iter()
        .find(|(slug, _)| *slug == page)
        .ok_or(AppError::NotFound)?;
    Ok(Page::new(lang, template, format!("/{slug}")).render(&state))
}
