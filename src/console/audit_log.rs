//! `GET /console/audit`: the audit log, for auditors, filtered.

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;

use super::pages::{local, require, staff_page};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::error::AppError;
use crate::state::AppState;

#[derive(Deserialize)]
pub(super) struct AuditFilter {
    action: Option<String>,
}

/// `GET /console/audit?action=…`: the newest records, for auditors.
pub(super) async fn audit(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(filter): Query<AuditFilter>,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewAudit)?;
    let action = filter.action.filter(|a| !a.is_empty());
    let records = audit::recent(state.db(), 200, action.as_deref()).await?;
    let shown: Vec<_> = records
        .iter()
        .map(|r| {
            serde_json::json!({ "seq": r.seq, "at": local(r.at), "actor": r.actor, "action": r.action,
            "case_id": r.case_id, "detail": r.detail })
        })
        .collect();
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewAudit,
        None,
        "",
    )
    .await?;
    Ok(
        staff_page(&state, &user, &headers, "console/audit.html", "/console/audit")
            .with("records", &shown)
            .with("action", &action.unwrap_or_default())
            .render(&state),
    )
}

