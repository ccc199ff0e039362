//! `GET/POST /{lang}/callback`: a callback request (being written).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::RawForm;

/// `GET /{lang}/callback`.
pub(super) async fn show(State(_state): State<AppState>, _lang: Lang, _headers: HeaderMap) -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// `POST /{lang}/callback`.
pub(super) async fn submit(
    State(_state): State<AppState>,
    _lang: Lang,
    _headers: HeaderMap,
    _form: RawForm,
) -> Response {
    StatusCode::NOT_FOUND.into_response()
}
