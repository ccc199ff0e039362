//! The protected-identity marker (*sekretessmarkering*, *skyddad folkbokföring*): on a
//! marked case, address and contact data are shown only to the handlers named on it.
//!
//! A handler who sets the marker is named on it at once; only supervisors remove the
//! marker or name and remove handlers, so nobody can name themselves on a case someone
//! else marked. Every change is a `case_events` row and an audit record.
//!
//! Routes: `POST /console/cases/{id}/protect`, `POST /console/cases/{id}/unprotect`,
//! `POST /console/cases/{id}/protect/grant` and `POST /console/cases/{id}/protect/revoke`
//! (field `user_id`).

use super::model::Case;
use super::outcome::Outcome;
use super::store::{StaffChoice, case_events, eligible_users, named_users, user_names};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::triage::{Flag, Situation};
use crate::web::CsrfForm;
use crate::web::staff::{local, require};
use axum::Router;
use axum::extract::{Path, State};
use axum::routing::post;
use serde::Serialize;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}/protect", post(protect))
        .route("/console/cases/{id}/unprotect", post(unprotect))
        .route("/console/cases/{id}/protect/grant", post(grant))
        .route("/console/cases/{id}/protect/revoke", post(revoke))
}

// ---- the case page ----

#[derive(Debug, Serialize)]
struct EventView {
    kind: String,
    at: String,
    actor: String,
    detail: String,
}

/// What this part shows on the case page: the case's events and the marker — whether it
/// is set, who is named, who may be named (for supervisors), and whether the viewer sees
/// contact data.
#[derive(Serialize)]
pub(super) struct ProtectionView {
    decisions_events: Vec<EventView>,
    decisions_protected: bool,
    decisions_named: Vec<StaffChoice>,
    decisions_candidates: Vec<StaffChoice>,
    decisions_sees_contact: bool,
    decisions_said_protected: bool,
    decisions_protection_error: Option<&'static str>,
    decisions_grant_typed: &'static str,
}

/// What a refused change of the marker shows: the problem, and the user chosen.
#[derive(Debug, Serialize)]
pub(super) struct Refusal {
    decisions_protection_error: &'static str,
    decisions_grant_typed: String,
}

/// The protection section of the case page.
pub(super) async fn view(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
) -> Result<ProtectionView, AppError> {
    // `detail` is an outcome code or a user id: a user is shown by name.
    let names = user_names(state.db()).await?;
    let events = case_events(state.db(), &case.id)
        .await?
        .into_iter()
        .map(|e| {
            let detail = enquiry_store::open_case_event_detail(
                state.keys(),
                &e.id,
                e.detail_sealed.as_deref(),
                &e.detail,
            )?;
            Ok(EventView {
                detail: names.get(&detail).cloned().unwrap_or(detail),
                kind: e.kind,
                at: local(e.at),
                actor: e.actor_name,
            })
        })
        .collect::<Result<Vec<EventView>, AppError>>()?;
    let named = if case.row.protected {
        named_users(state.db(), &case.id).await?
    } else {
        Vec::new()
    };
    let candidates: Vec<StaffChoice> = if case.row.protected && can(user.role, Permission::Supervise) {
        eligible_users(state.db())
            .await?
            .into_iter()
            .filter(|c| !named.iter().any(|n| n.id == c.id))
            .collect()
    } else {
        Vec::new()
    };
    let said_protected = case.decision.has_flag(Flag::ProtectedIdentity)
        || case
            .input
            .enquiry
            .situation
            .contains(&Situation::ProtectedIdentity);
    Ok(ProtectionView {
        decisions_events: events,
        decisions_protected: case.row.protected,
        decisions_named: named,
        decisions_candidates: candidates,
        decisions_sees_contact: case.access.sees_place,
        decisions_said_protected: said_protected,
        decisions_protection_error: None,
        decisions_grant_typed: "",
    })
}

// ---- handlers ----

/// `POST /console/cases/{id}/protect`: sets the marker and names the handler who set it.
async fn protect(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    require(&user, Permission::WorkCase)?;
    exists(&state, &id).await?;
    let now = state.clock().now_ms();
    let me = user.user_id.as_str();
    let keys = state.keys();
    let set = crate::transact!(state.db(), |tx| {
        if !enquiry_store::set_marker(tx, &id, true, me, now).await? {
            return Ok(None);
        }
        audit::append_tx(tx, now, me, Action::Protect, Some(&id), "").await?;
        audit::append_tx(tx, now, me, Action::GrantAccess, Some(&id), me).await?;
        // Referrals already made lose the contact data too, in the same commit.
        let stripped = crate::referral::payload::protect_live(keys, tx, &id).await?;
        Ok::<_, AppError>(Some(stripped))
    })?;
    let Some(stripped) = set else {
        return Ok(refuse("decisions-error-already-protected", ""));
    };
    for referral_id in &stripped {
        crate::notify::referral_protected(&state, referral_id).await;
    }
    done(&state, &id)
}

/// `POST /console/cases/{id}/unprotect` (supervisors): removes the marker and every name.
async fn unprotect(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    require(&user, Permission::Supervise)?;
    exists(&state, &id).await?;
    let now = state.clock().now_ms();
    let removed = crate::transact!(state.db(), |tx| {
        let removed = enquiry_store::set_marker(tx, &id, false, &user.user_id, now).await?;
        if removed {
            audit::append_tx(tx, now, &user.user_id, Action::Unprotect, Some(&id), "").await?;
        }
        Ok::<_, sqlx::Error>(removed)
    })?;
    if !removed {
        return Ok(refuse("decisions-error-not-protected", ""));
    }
    done(&state, &id)
}

/// `POST /console/cases/{id}/protect/grant` (supervisors; field `user_id`).
async fn grant(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    require(&user, Permission::Supervise)?;
    let row = enquiry_store::case_row(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = form.text("user_id").unwrap_or_default();
    let problem = if !row.protected {
        Some("decisions-error-not-protected")
    } else if !eligible_users(state.db()).await?.iter().any(|u| u.id == target) {
        Some("decisions-error-user")
    } else {
        None
    };
    let now = state.clock().now_ms();
    let problem = match problem {
        None if !named(&state, &user, &id, target, true, now).await? => Some("decisions-error-already-named"),
        other => other,
    };
    if let Some(message) = problem {
        return Ok(refuse(message, target));
    }
    done(&state, &id)
}

/// `POST /console/cases/{id}/protect/revoke` (supervisors; field `user_id`).
async fn revoke(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    require(&user, Permission::Supervise)?;
    exists(&state, &id).await?;
    let target = form.text("user_id").unwrap_or_default();
    let now = state.clock().now_ms();
    if !named(&state, &user, &id, target, false, now).await? {
        return Ok(refuse("decisions-error-not-named", ""));
    }
    done(&state, &id)
}

/// Names (`grant`) or removes `target` on case `id`, with its audit record in the same
/// commit; false when they already were (or were not) named.
async fn named(
    state: &AppState,
    user: &StaffUser,
    id: &str,
    target: &str,
    grant: bool,
    now: i64,
) -> Result<bool, AppError> {
    let action = if grant {
        Action::GrantAccess
    } else {
        Action::RevokeAccess
    };
    Ok(crate::transact!(state.db(), |tx| {
        let changed = enquiry_store::change_access(tx, id, target, grant, &user.user_id, now).await?;
        if changed {
            audit::append_tx(tx, now, &user.user_id, action, Some(id), target).await?;
        }
        Ok::<_, sqlx::Error>(changed)
    })?)
}

async fn exists(state: &AppState, id: &str) -> Result<(), AppError> {
    match enquiry_store::case_row(state.db(), id).await? {
        Some(_) => Ok(()),
        None => Err(AppError::NotFound),
    }
}

fn done(state: &AppState, id: &str) -> Result<Outcome<Refusal>, AppError> {
    state.events().publish(Change::Updated, id);
    Ok(Outcome::to_case(id, "#protection"))
}

/// Back to the case page with the problem named and the chosen user kept.
fn refuse(message: &'static str, typed: &str) -> Outcome<Refusal> {
    Outcome::Invalid {
        shown: Refusal {
            decisions_protection_error: message,
            decisions_grant_typed: typed.to_owned(),
        },
    }
}
