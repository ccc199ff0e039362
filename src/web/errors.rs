//! The one place where errors become pages: a localized HTML page (in the language of the
//! path, else the browser's) or, under `/api/`, JSON with a stable code. Each error is
//! logged here, once, without anything personal.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::error::{AppError, ErrorReport};
use crate::i18n::{Lang, negotiate};
use crate::state::AppState;
use crate::web::Page;

/// Renders any [`AppError`] left in a response by a handler or an extractor.
pub async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let mut response = next.run(req).await;
    let Some(ErrorReport(err)) = response.extensions_mut().remove::<ErrorReport>() else {
        return response;
    };
    log_once(&err, &route);
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    if matches!(*err, AppError::SignInRequired) && !path.starts_with("/api/") {
        // Pages behind a sign-in send the browser to it; the JSON API answers 401.
        let target = if path.starts_with("/inbox") {
            "/inbox/sign-in"
        } else {
            "/console/sign-in"
        };
        return axum::response::Redirect::to(target).into_response();
    }
    let mut rendered = if path.starts_with("/api/") {
        json_error(&err)
    } else {
        html_error(&state, &err, &path, accept.as_deref())
    };
    if let Some(value) = retry_after {
        rendered.headers_mut().insert(header::RETRY_AFTER, value);
    }
    rendered
}

fn log_once(err: &AppError, route: &str) {
    match err {
        AppError::Internal(cause) => {
            tracing::error!(http.route = route, error = format!("{cause:#}"), "request failed");
        }
        AppError::Unavailable(cause) => {
            tracing::warn!(
                http.route = route,
                error = format!("{cause:#}"),
                "database unavailable"
            );
        }
        AppError::TimedOut => tracing::warn!(http.route = route, "request timed out"),
        AppError::Unconfirmed(_) => tracing::warn!(http.route = route, "write not confirmed in time"),
        other => tracing::debug!(http.route = route, error.code = other.code(), "request refused"),
    }
}

fn json_error(err: &AppError) -> Response {
    let (message, field) = match err {
        AppError::Unprocessable { field, message } => (message.clone(), field.clone()),
        AppError::BadRequest(message) => (message.clone(), None),
        other => (api_message(other).to_owned(), None),
    };
    let mut body = json!({ "error": { "code": err.code(), "message": message } });
    if let Some(field) = field {
        body["error"]["field"] = json!(field);
    }
    (err.status(), Json(body)).into_response()
}

fn api_message(err: &AppError) -> &'static str {
    match err {
        AppError::NotFound => "No such resource.",
        AppError::SignInRequired => "Sign in first.",
        AppError::Forbidden(_) => "Not allowed.",
        AppError::PayloadTooLarge => "The request body is too large.",
        AppError::RateLimited => "Too many requests; wait a minute and try again.",
        AppError::MethodNotAllowed => "Method not allowed on this resource.",
        AppError::Unavailable(_) => "The service is temporarily unavailable; try again shortly.",
        AppError::TimedOut => "The request took too long; try again shortly.",
        AppError::Unconfirmed(_) => {
            "The write was not confirmed in time: it may still be stored. Check before sending again."
        }
        _ => "Internal error.",
    }
}

fn html_error(state: &AppState, err: &AppError, path: &str, accept: Option<&str>) -> Response {
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let first = segments.next().unwrap_or_default();
    let (lang, rest) = match first.parse::<Lang>() {
        Ok(lang) => (lang, segments.next().unwrap_or_default()),
        // An unknown or missing language: answer in the browser's, and let the picker
        // offer the same page in every supported one.
        Err(_) if first.len() <= 3 && first.chars().all(|c| c.is_ascii_lowercase()) => {
            (negotiate(accept), segments.next().unwrap_or_default())
        }
        Err(_) => (negotiate(accept), path.trim_start_matches('/')),
    };
    let status = err.status();
    let response = Page::new(lang, "errors/error.html", format!("/{rest}"))
        .with("status", &status.as_u16())
        .with("error", err.code())
        .status(status)
        .render(state);
    if response.extensions().get::<ErrorReport>().is_some() {
        // The error page itself failed: say something plain rather than nothing.
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal error. In danger? Call 112.",
        )
            .into_response();
    }
    response
}
