//! `POST /console/cases/{id}/override` (fields `priority`, repeated `org` + `role`
//! (`primary`, `secondary`, `inform` or `remove`), `add_org`, `add_role`, `reason`): a
//! handler changes the decision in force with a written reason. The engine's proposal
//! and the override are kept, sealed, in the enquiry's decision record.

use axum::extract::{Path, State};
use serde::Serialize;

use super::form::{OverrideForm, problem, validate};
use super::history::differences;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::console::model;
use crate::console::outcome::Outcome;
use crate::crypto::{Column, Context};
use crate::enquiry::seal::flags_column;
use crate::enquiry::store::{self as enquiry_store, InForce, NewDecision};
use crate::enquiry::vocab::Status;
use crate::error::AppError;
use crate::events::Change;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Decision, Reason, policy};
use crate::web::staff::require;
use crate::web::{CsrfForm, FieldError};

/// What a refused override shows: the form as typed, and its problems.
#[derive(Debug, Serialize)]
pub(super) struct Invalid {
    decisions_form: OverrideForm,
    decisions_errors: Vec<FieldError>,
}

/// `POST /console/cases/{id}/override`.
pub(super) async fn override_decision(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Invalid>, AppError> {
    require(&user, Permission::WorkCase)?;
    let case = model::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let snapshot = state.directory();
    let directory: &crate::directory::Directory = &snapshot;
    let now = state.clock().now();
    let mut typed = OverrideForm::typed(directory, &form)?;
    let result = if case.row.status == Status::Closed {
        Err(vec![problem(
            "decisions-error-closed",
            "i-decisions-priority",
            "",
        )])
    } else {
        validate(&mut typed, &case.decision, &case.input.enquiry, directory, now)
    };
    let chosen = match result {
        Ok(chosen) => chosen,
        Err(errors) => {
            return Ok(Outcome::Invalid {
                shown: Invalid {
                    decisions_form: typed,
                    decisions_errors: errors,
                },
            });
        }
    };
    let locales = state.locales();
    let added = Reason {
        sv: locales.t(Lang::Sv, "decisions-added-reason"),
        en: locales.t(Lang::En, "decisions-added-reason"),
    };
    let decision = policy::overridden(
        &case.decision,
        chosen.priority,
        &chosen.recipients,
        directory,
        now,
        &added,
    );
    let now_ms = crate::clock::unix_ms(now);
    let keys = state.keys();
    let json = |d: &Decision| serde_json::to_vec(d).map_err(anyhow::Error::from);
    let (engine_id, human_id) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    let engine = NewDecision {
        decision_sealed: keys.seal(
            &Context::new(Column::CaseDecision, &engine_id),
            &json(&case.decision)?,
        ),
        id: engine_id,
        at: case.row.created_at,
        actor: "engine",
        kind: "engine",
        priority: case.decision.priority.as_str(),
        reason_sealed: None,
    };
    let human = NewDecision {
        decision_sealed: keys.seal(&Context::new(Column::CaseDecision, &human_id), &json(&decision)?),
        reason_sealed: Some(keys.seal_str(
            &Context::new(Column::CaseDecisionReason, &human_id),
            &chosen.reason,
        )),
        id: human_id,
        at: now_ms,
        actor: &user.user_id,
        kind: "override",
        priority: decision.priority.as_str(),
    };
    let sealed = keys.seal(&Context::new(Column::EnquiryDecision, &id), &json(&decision)?);
    let flags = flags_column(keys, &decision.flags);
    let in_force = InForce {
        sealed: &sealed,
        decision: &decision,
        flags: &flags,
    };
    let changed = differences(&case.decision, &decision, directory);
    let detail = match (
        changed.iter().any(|d| d.what == "priority"),
        changed.iter().any(|d| d.what != "priority"),
    ) {
        (true, true) => "priority+recipients",
        (true, false) => "priority",
        _ => "recipients",
    };
    crate::transact!(state.db(), |tx| {
        enquiry_store::store_override(tx, &id, &engine, &human, in_force).await?;
        audit::append_tx(tx, now_ms, &user.user_id, Action::Override, Some(&id), detail).await
    })?;
    state.events().publish(Change::Updated, &id);
    tracing::info!(enquiry.id = %id, changes = changed.len(), "decision overridden");
    Ok(Outcome::to_case(&id, "#decisions"))
}
