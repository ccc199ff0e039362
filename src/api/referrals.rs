//! `GET /api/v1/referrals` and `GET /api/v1/referrals/{id}`: list and read the referrals
//! addressed to the token's organisations, through the inbox's domain functions. The
//! steps (`POST …/{id}/…`) are in `steps.rs`. Handlers parse, check the scope, call
//! [`service`] and lay the answer out as the OpenAPI document says.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Value, json};
use time::format_description::well_known::Rfc3339;

use super::error::ApiError;
use super::token::{ApiCaller, Scope};
use crate::clock::from_unix_ms;
use crate::referral::ReferralState;
use crate::referral::recipient::{self as service, Page, ReferralView};
use crate::state::AppState;

/// Items a page holds when the caller does not say.
const DEFAULT_LIMIT: u32 = 50;
/// The version prefix inside a cursor, so its form can change without confusing clients.
const CURSOR_PREFIX: &str = "r1:";

/// A time as the API writes it (RFC 3339, UTC).
fn rfc3339(ms: i64) -> Value {
    from_unix_ms(ms).format(&Rfc3339).map_or(Value::Null, Value::from)
}

pub(super) fn rfc3339_opt(ms: Option<i64>) -> Value {
    ms.map_or(Value::Null, rfc3339)
}

/// The cursor that continues after referral `id`.
fn cursor_of(id: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{CURSOR_PREFIX}{id}"))
}

/// The referral id a cursor continues after; 400 for anything this API did not hand out.
fn parse_cursor(cursor: &str) -> Result<String, ApiError> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| ApiError::InvalidCursor)?;
    let text = String::from_utf8(bytes).map_err(|_| ApiError::InvalidCursor)?;
    let id = text.strip_prefix(CURSOR_PREFIX).ok_or(ApiError::InvalidCursor)?;
    let plausible =
        !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
    if plausible {
        Ok(id.to_owned())
    } else {
        Err(ApiError::InvalidCursor)
    }
}

pub(super) fn invalid(field: &str, message: &'static str) -> ApiError {
    ApiError::InvalidValue {
        field: field.to_owned(),
        message,
    }
}

/// What `GET /api/v1/referrals` was asked: `state`, `cursor`, `limit` (others are ignored).
fn parse_list_query(query: Option<&str>) -> Result<(Option<ReferralState>, Page), ApiError> {
    let mut filter = None;
    let mut page = Page {
        after: None,
        limit: DEFAULT_LIMIT,
    };
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "state" => {
                filter =
                    Some(ReferralState::parse(&value).ok_or_else(|| invalid("state", "api-error-state"))?);
            }
            // Empty is the first page, as absent is (`cursor=${next_cursor}` after the last).
            "cursor" if value.is_empty() => page.after = None,
            "cursor" => page.after = Some(parse_cursor(&value)?),
            "limit" => {
                page.limit = value
                    .parse::<u32>()
                    .ok()
                    .filter(|l| (1..=service::MAX_LIMIT).contains(l))
                    .ok_or_else(|| invalid("limit", "api-error-limit"))?;
            }
            _ => {}
        }
    }
    Ok((filter, page))
}

/// `GET /api/v1/referrals`: one page, newest first.
pub(super) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    RawQuery(query): RawQuery,
) -> Response {
    let answer = async {
        caller.require(Scope::Read)?;
        let (filter, page) = parse_list_query(query.as_deref())?;
        let limit = page.limit;
        let items = service::list(&state, &caller.scope, filter, &page).await?;
        let next_cursor = if items.len() == limit as usize {
            items.last().map(|last| Value::from(cursor_of(&last.id)))
        } else {
            None
        };
        let items: Vec<Value> = items
            .iter()
            .map(|s| {
                json!({
                    "id": s.id,
                    "org": s.org,
                    "org_name": s.org_name,
                    "kind": s.kind,
                    "state": s.state.as_str(),
                    "protected_identity": s.protected_identity,
                    "created_at": rfc3339(s.received_at),
                    "updated_at": rfc3339_opt(s.updated_at),
                })
            })
            .collect();
        Ok::<_, ApiError>(json!({ "items": items, "next_cursor": next_cursor.unwrap_or(Value::Null) }))
    }
    .await;
    respond(&state, &caller, answer)
}

/// `GET /api/v1/referrals/{id}`: one referral, with what the person consented to share.
pub(super) async fn read(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Response {
    let answer = async {
        caller.require(Scope::Read)?;
        let view = service::get(&state, &caller.scope, &id).await?;
        Ok::<_, ApiError>(referral_json(&view))
    }
    .await;
    respond(&state, &caller, answer)
}

fn respond(state: &AppState, caller: &ApiCaller, answer: Result<Value, ApiError>) -> Response {
    match answer {
        Ok(value) => (StatusCode::OK, axum::Json(value)).into_response(),
        Err(err) => err.render(state, caller.lang),
    }
}

/// When each step was taken.
pub(super) fn timeline(view: &ReferralView) -> Value {
    let s = &view.summary;
    json!({
        "accepted_at": rfc3339_opt(s.accepted_at),
        "declined_at": rfc3339_opt(view.state_times.declined_at),
        "forwarded_at": rfc3339_opt(view.state_times.forwarded_at),
        "forwarded_to": view.forwarded_to,
        "coordinator_contacted_at": rfc3339_opt(view.coordinator_contacted_at),
        "first_contact_at": rfc3339_opt(s.first_contact_at),
        "housing_at": rfc3339_opt(s.housing_at),
        "assessment_at": rfc3339_opt(view.state_times.assessment_at),
        "case_opened_at": rfc3339_opt(view.state_times.case_opened_at),
        "active_at": rfc3339_opt(view.state_times.active_at),
        "closed_at": rfc3339_opt(s.closed_at),
    })
}

pub(super) fn next_states(view: &ReferralView) -> Vec<&'static str> {
    view.next_states.iter().map(|c| c.state().as_str()).collect()
}

/// The whole referral, as its recipient reads it.
fn referral_json(view: &ReferralView) -> Value {
    let s = &view.summary;
    let events: Vec<Value> = view
        .events
        .iter()
        .map(|e| {
            json!({
                "at": rfc3339(e.at),
                "kind": e.kind,
                "from": e.from,
                "to": e.to,
                "occurred_at": rfc3339_opt(e.occurred_at),
                "detail": e.detail,
                "text": e.text,
                "actor_name": e.actor_name,
            })
        })
        .collect();
    json!({
        "id": s.id,
        "org": s.org,
        "org_name": s.org_name,
        "kind": s.kind,
        "state": s.state.as_str(),
        "protected_identity": s.protected_identity,
        "created_at": rfc3339(s.received_at),
        "updated_at": rfc3339_opt(s.updated_at),
        "consent": { "how": view.consent.how, "at": rfc3339_opt(view.consent.at) },
        "categories": view.categories,
        "shared": view.shared,
        "note": view.note,
        "reasons": view.reasons,
        "mandatory_report_recorded": view.mandatory_report_recorded,
        "timeline": timeline(view),
        "events": events,
        "allowed_actions": view.allowed_actions,
        "next_states": next_states(view),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_foreign_ones_are_refused() {
        let id = "0b6f3c1e-2d7a-4e0b-9a51-3f2c8d9e1a77";
        assert_eq!(parse_cursor(&cursor_of(id)).ok().as_deref(), Some(id));
        for bad in ["", "not base64!", "cjE6", "eDox", "cjE6JyBvciAxPTE="] {
            assert!(parse_cursor(bad).is_err(), "{bad:?}");
        }
    }
}
