//! `POST /api/v1/referrals/{id}/accept|decline|forward|contact|state|questions`: one step
//! on a referral, through [`service::act`], at most once per `Idempotency-Key`. Bodies
//! are read strictly: a JSON object with exactly the step's fields.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{Map, Value, json};
use time::format_description::well_known::Rfc3339;

use super::error::ApiError;
use super::idempotency::{self, Answer};
use super::referrals::{invalid, next_states, rfc3339_opt, timeline};
use super::token::{ApiCaller, Scope};
use crate::clock::unix_ms;
use crate::referral::recipient::{self as service, ReferralView};
use crate::referral::{CaseState, ReferralAction};
use crate::state::AppState;

/// Where the referral stands after a step: ids, states and times only — no text anyone
/// wrote, since this answer is kept under the idempotency key.
fn progress_json(action: &'static str, view: &ReferralView) -> Value {
    json!({
        "action": action,
        "referral": {
            "id": view.summary.id,
            "state": view.summary.state.as_str(),
            "updated_at": rfc3339_opt(view.summary.updated_at),
            "timeline": timeline(view),
            "allowed_actions": view.allowed_actions,
            "next_states": next_states(view),
        }
    })
}

/// The body as a JSON object with no fields but `allowed`.
fn object(body: &[u8], allowed: &[&str]) -> Result<Map<String, Value>, ApiError> {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return Err(ApiError::MalformedJson);
    };
    if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(invalid(unknown, "api-error-unknown-field"));
    }
    // NUL cannot be stored (PostgreSQL's text): refused by field, the same on both databases.
    if let Some(field) = map.iter().find_map(|(k, v)| holds_nul(v).then_some(k)) {
        return Err(invalid(field, "api-error-invalid-value"));
    }
    Ok(map)
}

/// Whether a JSON value holds a NUL in any string, at any depth.
fn holds_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(holds_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || holds_nul(v)),
        _ => false,
    }
}

/// A string field, present and a string.
fn text<'a>(map: &'a Map<String, Value>, field: &str, message: &'static str) -> Result<&'a str, ApiError> {
    map.get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(field, message))
}

/// A step's body, read into the domain's action.
type ParseStep = fn(&[u8]) -> Result<ReferralAction, ApiError>;

fn parse_accept(body: &[u8]) -> Result<ReferralAction, ApiError> {
    object(body, &[])?;
    Ok(ReferralAction::Accept)
}

fn parse_decline(body: &[u8]) -> Result<ReferralAction, ApiError> {
    let map = object(body, &["reason"])?;
    Ok(ReferralAction::Decline {
        reason: text(&map, "reason", "api-error-reason")?.to_owned(),
    })
}

fn parse_forward(body: &[u8]) -> Result<ReferralAction, ApiError> {
    let map = object(body, &["to_org"])?;
    Ok(ReferralAction::Forward {
        to_org: text(&map, "to_org", "api-error-to-org")?.to_owned(),
    })
}

fn parse_contact(body: &[u8]) -> Result<ReferralAction, ApiError> {
    let map = object(body, &["kind", "at"])?;
    let kind = text(&map, "kind", "api-error-contact-kind")?;
    let at = time::OffsetDateTime::parse(text(&map, "at", "api-error-time")?, &Rfc3339)
        .map_err(|_| invalid("at", "api-error-time"))?;
    let at = unix_ms(at);
    match kind {
        "coordinator" => Ok(ReferralAction::CoordinatorContacted { at }),
        "first_contact" => Ok(ReferralAction::FirstContactMade { at }),
        "housing" => Ok(ReferralAction::HousingArranged { at }),
        _ => Err(invalid("kind", "api-error-contact-kind")),
    }
}

fn parse_state(body: &[u8]) -> Result<ReferralAction, ApiError> {
    let map = object(body, &["state"])?;
    let state = CaseState::parse(text(&map, "state", "api-error-case-state")?)
        .ok_or_else(|| invalid("state", "api-error-case-state"))?;
    Ok(ReferralAction::SetState { state })
}

fn parse_question(body: &[u8]) -> Result<ReferralAction, ApiError> {
    let map = object(body, &["text"])?;
    Ok(ReferralAction::AskQuestion {
        text: text(&map, "text", "api-error-text")?.to_owned(),
    })
}

/// A step on referral `id`: write scope, the body read within limits, then at most once
/// per `Idempotency-Key`.
async fn step(
    state: AppState,
    caller: ApiCaller,
    headers: HeaderMap,
    id: String,
    body: Body,
    segment: &'static str,
    parse: ParseStep,
) -> Response {
    if let Err(err) = caller.require(Scope::Write) {
        return err.render(&state, caller.lang);
    }
    let bytes = match idempotency::read_json_body(&state, &headers, body).await {
        Ok(bytes) => bytes,
        Err(err) => return err.render(&state, caller.lang),
    };
    let path = format!("/api/v1/referrals/{id}/{segment}");
    let (state, caller, id) = (&state, &caller, &id);
    idempotency::once(state, caller, &headers, &path, bytes, |bytes| async move {
        let action = parse(&bytes)?;
        let name = action.name();
        let view = service::act(state, &caller.scope, &caller.user_id, id, action).await?;
        Ok::<Answer, ApiError>((StatusCode::OK, progress_json(name, &view)))
    })
    .await
}

/// `POST /api/v1/referrals/{id}/accept`.
pub(super) async fn accept(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "accept", parse_accept).await
}

/// `POST /api/v1/referrals/{id}/decline` `{ "reason": "…" }`.
pub(super) async fn decline(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "decline", parse_decline).await
}

/// `POST /api/v1/referrals/{id}/forward` `{ "to_org": "…" }`.
pub(super) async fn forward(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "forward", parse_forward).await
}

/// `POST /api/v1/referrals/{id}/contact`
/// `{ "kind": "coordinator" | "first_contact" | "housing", "at": "…" }`.
pub(super) async fn contact(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "contact", parse_contact).await
}

/// `POST /api/v1/referrals/{id}/state` `{ "state": "assessment" | … }`.
pub(super) async fn set_state(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "state", parse_state).await
}

/// `POST /api/v1/referrals/{id}/questions` `{ "text": "…" }`.
pub(super) async fn question(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    step(state, caller, headers, id, body, "questions", parse_question).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_in_any_string_is_refused_by_field() {
        assert!(matches!(
            parse_decline(b"{\"reason\": \"a\\u0000b\"}"),
            Err(ApiError::InvalidValue { field, .. }) if field == "reason"
        ));
    }

    #[test]
    fn step_bodies_are_read_strictly() {
        assert!(matches!(parse_accept(b"{}"), Ok(ReferralAction::Accept)));
        assert!(matches!(parse_accept(b"[]"), Err(ApiError::MalformedJson)));
        assert!(matches!(
            parse_decline(b"{\"reason\": 3}"),
            Err(ApiError::InvalidValue { .. })
        ));
        assert!(matches!(
            parse_decline(b"{\"reason\": \"x\", \"extra\": 1}"),
            Err(ApiError::InvalidValue { field, .. }) if field == "extra"
        ));
        assert!(matches!(
            parse_contact(b"{\"kind\": \"first_contact\", \"at\": \"2026-11-23T10:05:00+01:00\"}"),
            Ok(ReferralAction::FirstContactMade {
                at: 1_795_424_700_000
            })
        ));
        assert!(matches!(
            parse_contact(b"{\"kind\": \"housing\", \"at\": \"2026-11-23T10:05:00Z\"}"),
            Ok(ReferralAction::HousingArranged {
                at: 1_795_428_300_000
            })
        ));
        assert!(matches!(
            parse_contact(b"{\"kind\": \"housing_arranged\", \"at\": \"2026-11-23T10:05:00Z\"}"),
            Err(ApiError::InvalidValue { field, .. }) if field == "kind"
        ));
        assert!(matches!(
            parse_contact(b"{\"kind\": \"coordinator\", \"at\": \"yesterday\"}"),
            Err(ApiError::InvalidValue { field, .. }) if field == "at"
        ));
        assert!(matches!(
            parse_state(b"{\"state\": \"declined\"}"),
            Err(ApiError::InvalidValue { field, .. }) if field == "state"
        ));
    }
}
