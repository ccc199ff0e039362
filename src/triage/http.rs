//! `POST /api/v1/triage/preview`: public, stateless and rate-limited. JSON enquiry in,
//! decision out, nothing stored or logged. The only file of the triage capability that
//! knows HTTP.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{StatusCode, header};
use axum::routing::post;
use axum::{Json, Router};

use super::{Decision, Enquiry, EnquiryError};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::ratelimit::ClientKey;

/// The triage API routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/triage/preview", post(preview))
}

/// A JSON body whose problems become [`AppError`]s (JSON answers with a stable code).
pub struct JsonBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/json"));
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest("The request body could not be read.".to_owned())
            }
        })?;
        if !is_json {
            return Err(AppError::BadRequest(
                "Send the enquiry as application/json.".to_owned(),
            ));
        }
        Ok(Self(bytes))
    }
}

async fn preview(
    State(state): State<AppState>,
    client: ClientKey,
    JsonBody(body): JsonBody,
) -> Result<Json<Decision>, AppError> {
    state.preview_limiter().check(client)?;
    let enquiry = parse_preview(&body).map_err(|e| AppError::Unprocessable {
        field: e.field,
        message: e.message,
    })?;
    Ok(Json(state.engine().decide(&enquiry, state.clock().now())))
}

/// Reads the preview's body: one JSON object in the CONTRACT's shape (the OpenAPI
/// document's `Enquiry`). serde would also read a struct from an array of its fields in
/// order (`[null, null]`), which no client means and the document does not allow.
/// A stranger reaches this with any bytes (`fuzz/fuzz_targets/triage_json.rs`).
pub fn parse_preview(body: &[u8]) -> Result<Enquiry, EnquiryError> {
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        return Err(EnquiryError {
            field: None,
            message: "The enquiry must be a JSON object.".to_owned(),
        });
    }
    Enquiry::from_json(body)
}
