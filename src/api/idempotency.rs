//! `Idempotency-Key` on every state-changing request, so a retry never acts twice.
//!
//! The header is required on every `POST` under `/api/v1/referrals/` (400
//! `idempotency_key_required` without it): 1–255 visible ASCII characters the client
//! chooses, a UUID say. The first request under a key reserves it for its token; its
//! answer — success or refusal — is kept for 24 hours and a retry with the same key and
//! the same request (method, path and body, byte for byte) gets exactly that answer
//! back, with `Idempotent-Replayed: true`, and nothing is done again. The same key with
//! another request is refused with 422 `idempotency_key_reused`; a retry while the first
//! is still being answered gets 409 `idempotency_key_in_use`. When the service itself
//! failed (5xx), the key is freed so that a retry can succeed; a reservation left by a
//! process that stopped mid-request is freed once no request can still be running.
//!
//! What is kept: keyed hashes (HMAC) of the key and of the request — the request body
//! may carry a reason or a question a person wrote, so it is never kept — and the answer,
//! sealed. Answers to actions carry ids, states and times, no text anyone wrote.

use std::future::Future;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::error::ApiError;
use super::store;
use super::token::ApiCaller;
use crate::crypto::Context;
use crate::state::AppState;

/// The request header.
pub(crate) const HEADER: &str = "idempotency-key";
/// The header on a replayed answer.
const REPLAYED: &str = "idempotent-replayed";
/// How long an answer is kept.
const KEEP_MS: i64 = 24 * 60 * 60 * 1000;

/// A client's key, checked.
struct Key(String);

impl Key {
    fn from_headers(headers: &HeaderMap) -> Result<Self, ApiError> {
        let value = headers
            .get(HEADER)
            .ok_or(ApiError::IdempotencyKeyRequired)?
            .to_str()
            .map_err(|_| ApiError::IdempotencyKeyInvalid)?;
        let fine = (1..=255).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_graphic());
        if fine {
            Ok(Self(value.to_owned()))
        } else {
            Err(ApiError::IdempotencyKeyInvalid)
        }
    }
}

/// Reads a JSON body within the service's size limit: 413 when larger, 415 when it is
/// not `application/json`. An empty body stands for `{}` (an accept needs nothing).
pub(crate) async fn read_json_body(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
) -> Result<Bytes, ApiError> {
    let bytes = axum::body::to_bytes(body, state.config().http.max_body_bytes)
        .await
        .map_err(|_| ApiError::PayloadTooLarge)?;
    if bytes.is_empty() {
        return Ok(Bytes::from_static(b"{}"));
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            ct.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
    if is_json {
        Ok(bytes)
    } else {
        Err(ApiError::UnsupportedMediaType)
    }
}

/// A JSON answer ready to send and to keep.
pub(crate) type Answer = (StatusCode, Value);

/// Runs `act` at most once per key: the first request under `Idempotency-Key` acts and
/// its answer is kept; a retry gets the kept answer. `body` is the request body as read.
pub(crate) async fn once<F, Fut>(
    state: &AppState,
    caller: &ApiCaller,
    headers: &HeaderMap,
    path: &str,
    body: Bytes,
    act: F,
) -> Response
where
    F: FnOnce(Bytes) -> Fut,
    Fut: Future<Output = Result<Answer, ApiError>>,
{
    match guarded(state, caller, headers, path, body, act).await {
        Ok(response) => response,
        Err(err) => err.render(state, caller.lang),
    }
}

async fn guarded<F, Fut>(
    state: &AppState,
    caller: &ApiCaller,
    headers: &HeaderMap,
    path: &str,
    body: Bytes,
    act: F,
) -> Result<Response, ApiError>
where
    F: FnOnce(Bytes) -> Fut,
    Fut: Future<Output = Result<Answer, ApiError>>,
{
    let key = Key::from_headers(headers)?;
    let keys = state.keys();
    let key_hash = keys.token_hash("api.idempotency.key", key.0.as_bytes());
    let request_hash = keys.token_hash(
        "api.idempotency.request",
        &[
            Method::POST.as_str().as_bytes(),
            b"\0",
            path.as_bytes(),
            b"\0",
            &body,
        ]
        .concat(),
    );
    let now = state.clock().now_ms();
    let db = state.db();
    // A reservation older than the longest a request may run was left by a stopped process.
    let timeout_ms = i64::try_from(state.config().http.request_timeout_secs)
        .unwrap_or(i64::MAX / 2_000)
        .saturating_mul(1000);
    let abandoned_before = now - timeout_ms.saturating_mul(2);
    let first = store::reserve_key(
        db,
        &caller.token_id,
        &key_hash,
        &request_hash,
        now,
        now + KEEP_MS,
        abandoned_before,
    )
    .await?;
    if !first {
        return replay(state, caller, &key_hash, &request_hash).await;
    }
    let answer = match act(body).await {
        Ok(answer) => answer,
        Err(ApiError::App(err)) => {
            // The service failed, not the request: free the key for a retry.
            store::release_key(db, &caller.token_id, &key_hash).await?;
            return Err(ApiError::App(err));
        }
        // A refusal is an answer too: a retry gets it again.
        Err(refused) => (refused.status(), refused.body(state, caller.lang)),
    };
    let json = serde_json::to_vec(&answer.1).map_err(|e| ApiError::App(anyhow::Error::from(e).into()))?;
    let sealed = keys.seal(&Context::idempotent_response(&caller.token_id, &key_hash), &json);
    store::keep_answer(
        db,
        &caller.token_id,
        &key_hash,
        i64::from(answer.0.as_u16()),
        &sealed,
    )
    .await?;
    Ok(json_response(answer.0, json, false))
}

/// The kept answer to a retry, or why there is none.
async fn replay(
    state: &AppState,
    caller: &ApiCaller,
    key_hash: &[u8],
    request_hash: &[u8],
) -> Result<Response, ApiError> {
    // Gone already means it expired between the two statements: a race a retry resolves.
    let kept = store::kept_answer(state.db(), &caller.token_id, key_hash)
        .await?
        .ok_or(ApiError::IdempotencyKeyInUse)?;
    if !crate::crypto::constant_time_eq(&kept.request_hash, request_hash) {
        return Err(ApiError::IdempotencyKeyReused);
    }
    let (Some(status), Some(sealed)) = (kept.status, kept.response_sealed) else {
        return Err(ApiError::IdempotencyKeyInUse);
    };
    let json = state
        .keys()
        .open(&Context::idempotent_response(&caller.token_id, key_hash), &sealed)
        .map_err(|e| ApiError::App(anyhow::Error::from(e).into()))?;
    let status = u16::try_from(status)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    Ok(json_response(status, json, true))
}

fn json_response(status: StatusCode, json: Vec<u8>, replayed: bool) -> Response {
    let mut response = (status, json).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if replayed {
        headers.insert(
            HeaderName::from_static(REPLAYED),
            HeaderValue::from_static("true"),
        );
    }
    response
}
