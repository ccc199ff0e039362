//! The decision history of a case, for people: each stored decision opened, with what
//! changed from the one before (no personal text but the handler's written reason).

use serde::Serialize;

use super::form::org_name;
use crate::crypto::{Column, Context};
use crate::directory::Directory;
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::state::AppState;
use crate::triage::Decision;
use crate::web::staff::local;

/// One difference between two decisions, for people (no personal text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Difference {
    /// `priority`, `added`, `removed` or `role`.
    pub(crate) what: &'static str,
    /// The organisation id (empty for the priority).
    pub(crate) org: String,
    /// Its name in the directory.
    pub(crate) name: String,
    /// The value before (a priority or role; empty when added).
    pub(crate) from: String,
    /// The value after (empty when removed).
    pub(crate) to: String,
}

/// What changed from `before` to `after`: the priority, then added or changed
/// recipients, then removed ones.
pub(super) fn differences(before: &Decision, after: &Decision, directory: &Directory) -> Vec<Difference> {
    let mut out = Vec::new();
    if before.priority != after.priority {
        out.push(Difference {
            what: "priority",
            org: String::new(),
            name: String::new(),
            from: before.priority.as_str().to_owned(),
            to: after.priority.as_str().to_owned(),
        });
    }
    for r in &after.recipients {
        let was = before.recipient(&r.org).map(|b| b.role);
        if was == Some(r.role) {
            continue;
        }
        out.push(Difference {
            what: if was.is_some() { "role" } else { "added" },
            org: r.org.clone(),
            name: org_name(directory, &r.org),
            from: was.map(|w| w.as_str().to_owned()).unwrap_or_default(),
            to: r.role.as_str().to_owned(),
        });
    }
    for r in before
        .recipients
        .iter()
        .filter(|b| after.recipient(&b.org).is_none())
    {
        out.push(Difference {
            what: "removed",
            org: r.org.clone(),
            name: org_name(directory, &r.org),
            from: r.role.as_str().to_owned(),
            to: String::new(),
        });
    }
    out
}

/// Opens a stored decision of the history (row `id`).
pub(super) fn open_decision(state: &AppState, id: &str, sealed: &[u8]) -> Result<Decision, AppError> {
    let bytes = state
        .keys()
        .open(&Context::new(Column::CaseDecision, id), sealed)
        .map_err(anyhow::Error::from)?;
    Ok(serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?)
}

/// One decision of the history as the case page shows it.
#[derive(Debug, Serialize)]
pub(super) struct HistoryEntry {
    kind: String,
    at: String,
    actor: String,
    priority: &'static str,
    changes: Vec<Difference>,
    reason: String,
}

/// The decision history of case `id`, oldest first.
pub(super) async fn history(state: &AppState, id: &str) -> Result<Vec<HistoryEntry>, AppError> {
    let snapshot = state.directory();
    let directory: &crate::directory::Directory = &snapshot;
    let mut history = Vec::new();
    let mut previous: Option<Decision> = None;
    for row in enquiry_store::decision_history(state.db(), id).await? {
        let decision = open_decision(state, &row.id, &row.decision_sealed)?;
        let reason = match &row.reason_sealed {
            Some(sealed) => state
                .keys()
                .open_string(&Context::new(Column::CaseDecisionReason, &row.id), sealed)?,
            None => String::new(),
        };
        history.push(HistoryEntry {
            changes: previous
                .as_ref()
                .map(|p| differences(p, &decision, directory))
                .unwrap_or_default(),
            kind: row.kind,
            at: local(row.at),
            actor: row.actor_name,
            priority: decision.priority.as_str(),
            reason,
        });
        previous = Some(decision);
    }
    Ok(history)
}
