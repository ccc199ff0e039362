//! `GET /console/overrides` (supervisors): every overridden case, the engine's proposal
//! against the decision in force, so policy owners can improve the rules from the
//! differences. No personal text.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;

use super::history::{Difference, differences, open_decision};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::state::AppState;
use crate::triage::Decision;
use crate::web::staff::{local, require, staff_page};

/// Overridden cases the overrides page lists at most (newest first).
const OVERRIDES_LIMIT: i64 = 500;

/// A recipient in short: organisation and role.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RecipientBrief {
    /// The organisation id.
    pub(crate) org: String,
    /// primary | secondary | inform.
    pub(crate) role: &'static str,
}

/// One overridden case as policy owners see it: what fired, what the engine proposed and
/// what the handlers decided. No personal text.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Overridden {
    /// The enquiry id.
    pub(crate) case_id: String,
    /// When it was last overridden (local time).
    pub(crate) at: String,
    /// How many overrides it has had.
    pub(crate) overrides: i64,
    /// The ids of the rules that fired.
    pub(crate) rules: Vec<String>,
    /// The engine's priority.
    pub(crate) engine_priority: &'static str,
    /// The engine's recipients.
    pub(crate) engine_recipients: Vec<RecipientBrief>,
    /// The priority in force.
    pub(crate) human_priority: &'static str,
    /// The recipients in force.
    pub(crate) human_recipients: Vec<RecipientBrief>,
    /// What changed from the engine's proposal.
    pub(crate) changes: Vec<Difference>,
}

fn briefs(decision: &Decision) -> Vec<RecipientBrief> {
    decision
        .recipients
        .iter()
        .map(|r| RecipientBrief {
            org: r.org.clone(),
            role: r.role.as_str(),
        })
        .collect()
}

/// Every overridden case (the newest `limit`), engine proposal against the decision in
/// force, without any personal text.
pub(crate) async fn overrides(state: &AppState, limit: i64) -> Result<Vec<Overridden>, AppError> {
    let rows = enquiry_store::overridden(state.db(), limit).await?;
    let directory = state.directory();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let engine = open_decision(state, &row.engine_id, &row.engine_sealed)?;
        let human = open_decision(state, &row.human_id, &row.human_sealed)?;
        out.push(Overridden {
            changes: differences(&engine, &human, &directory),
            case_id: row.enquiry_id,
            at: local(row.at),
            overrides: row.seq - 1,
            rules: engine.trail.clone(),
            engine_priority: engine.priority.as_str(),
            engine_recipients: briefs(&engine),
            human_priority: human.priority.as_str(),
            human_recipients: briefs(&human),
        });
    }
    Ok(out)
}

/// `GET /console/overrides`: where handlers departed from the engine (supervisors).
pub(super) async fn overrides_page(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let items = overrides(&state, OVERRIDES_LIMIT).await?;
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewOverrides,
        None,
        "",
    )
    .await?;
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/decisions-overrides.html",
        "/console/overrides",
    )
    .with("decisions_items", &items)
    .render(&state))
}
