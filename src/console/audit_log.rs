//! `GET /console/audit`: the audit log for auditors (and admins), filtered by action,
//! actor, case and period, newest first, paged backwards. Looking is itself audited.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};
use time::Date;
use time::macros::format_description;

use crate::audit::{self, Action, Filter};
use crate::auth::{Permission, StaffUser};
use crate::clock::{stockholm_day_start, unix_ms};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::FieldError;
use crate::web::staff::{local, require, staff_page};

/// Records per page.
const PAGE: i64 = 200;

/// The filter as typed (every value echoed back into the form).
#[derive(Debug, Default, Deserialize)]
pub(super) struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    case: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    before: Option<i64>,
}

fn parse_day(text: &str) -> Result<Option<Date>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .map(Some)
        .map_err(|_| ())
}

/// `GET /console/audit?action=&actor=&case=&from=&until=&before=`.
pub(super) async fn audit(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewAudit)?;
    // A mangled address (say, a non-numeric `before`) shows the unfiltered newest page.
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let names = super::store::user_names(state.db()).await?;
    let mut errors: Vec<FieldError> = Vec::new();
    let action = q.action.trim();
    if !action.is_empty() && !Action::ALL.iter().any(|a| a.as_str() == action) {
        errors.push(FieldError::new("action", "console-audit-error-action"));
    }
    // The actor is typed as a user name (or `system`); the log stores ids.
    let actor_typed = q.actor.trim();
    let actor = if actor_typed.is_empty() || actor_typed == "system" {
        actor_typed.to_owned()
    } else if let Some((id, _)) = names.iter().find(|(_, n)| n.as_str() == actor_typed) {
        id.clone()
    } else {
        errors.push(FieldError::new("actor", "console-audit-error-actor"));
        String::new()
    };
    let from = parse_day(&q.from).unwrap_or_else(|()| {
        errors.push(FieldError::new("from", "console-audit-error-date"));
        None
    });
    let until = parse_day(&q.until).unwrap_or_else(|()| {
        errors.push(FieldError::new("until", "console-audit-error-date"));
        None
    });
    let records = if errors.is_empty() {
        let filter = Filter {
            action: action.to_owned(),
            actor,
            case_id: q.case.trim().to_owned(),
            from: from.map(|d| unix_ms(stockholm_day_start(d))),
            until: until
                .and_then(|d| d.next_day())
                .map(|d| unix_ms(stockholm_day_start(d))),
            before_seq: q.before,
        };
        audit::search(state.db(), &filter, PAGE).await?
    } else {
        Vec::new()
    };
    let shown: Vec<Value> = records
        .iter()
        .map(|r| {
            json!({ "seq": r.seq, "at": local(r.at),
                "actor": names.get(&r.actor).cloned().unwrap_or_else(|| r.actor.clone()),
                "action": r.action, "case_id": r.case_id, "detail": r.detail })
        })
        .collect();
    // The next page continues below the oldest record shown, with the same filter.
    let older = (records.len() as i64 == PAGE)
        .then(|| records.last().map(|r| r.seq))
        .flatten()
        .map(|seq| {
            let mut link = form_urlencoded::Serializer::new(String::new());
            link.append_pair("action", action)
                .append_pair("actor", actor_typed)
                .append_pair("case", q.case.trim())
                .append_pair("from", q.from.trim())
                .append_pair("until", q.until.trim())
                .append_pair("before", &seq.to_string());
            format!("/console/audit?{}", link.finish())
        });
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewAudit,
        None,
        "",
    )
    .await?;
    let actions: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
    let bad: Vec<&str> = errors.iter().map(|e| &*e.field).collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(
        staff_page(&state, &user, &headers, "console/audit.html", "/console/audit")
            .with("records", &shown)
            .with("actions", &actions)
            .with(
                "filter",
                &json!({ "action": action, "actor": actor_typed, "case": q.case.trim(),
                    "from": q.from.trim(), "until": q.until.trim() }),
            )
            .with("errors", &errors)
            .with("bad", &bad)
            .with("older", &older)
            .status(status)
            .render(&state),
    )
}
