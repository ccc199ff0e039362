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

use axum::Router;
use axum::extract::{Path, State};
use axum::routing::post;
use serde::Serialize;
use sqlx::FromRow;

use super::model::{Case, may_see_contact};
use super::outcome::Outcome;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::db::Db;
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::triage::{Flag, Situation};
use crate::web::CsrfForm;
use crate::web::staff::{local, require};
use crate::with_db;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}/protect", post(protect))
        .route("/console/cases/{id}/unprotect", post(unprotect))
        .route("/console/cases/{id}/protect/grant", post(grant))
        .route("/console/cases/{id}/protect/revoke", post(revoke))
}

// ---- storage ----

/// A staff user who may be named on a protected case.
#[derive(Debug, Clone, FromRow, Serialize)]
struct StaffChoice {
    id: String,
    name: String,
    role: String,
}

/// Active users who work cases (handlers, supervisors, admins), by name.
async fn eligible_users(db: &Db) -> Result<Vec<StaffChoice>, sqlx::Error> {
    const SQL: &str = "select id, name, role from users where disabled = $1 \
        and role in ('handler', 'supervisor', 'admin') order by name";
    with_db!(db, |pool| sqlx::query_as::<_, StaffChoice>(SQL)
        .bind(false)
        .fetch_all(pool)
        .await)
}

/// The users named on a case, by name.
async fn named_users(db: &Db, case_id: &str) -> Result<Vec<StaffChoice>, sqlx::Error> {
    const SQL: &str = "select u.id, u.name, u.role from protected_access p join users u on u.id = p.user_id \
        where p.enquiry_id = $1 order by u.name";
    with_db!(db, |pool| sqlx::query_as::<_, StaffChoice>(SQL)
        .bind(case_id)
        .fetch_all(pool)
        .await)
}

#[derive(Debug, FromRow)]
struct EventRow {
    at: i64,
    kind: String,
    detail: String,
    actor_name: String,
    detail_name: Option<String>,
}

async fn case_events(db: &Db, case_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    // `detail` is an outcome code or a user id; the join names the user when it is one.
    const SQL: &str = "select e.at, e.kind, e.detail, coalesce(a.name, e.actor) as actor_name, \
        d.name as detail_name from case_events e left join users a on a.id = e.actor \
        left join users d on d.id = e.detail where e.enquiry_id = $1 order by e.seq";
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(SQL)
        .bind(case_id)
        .fetch_all(pool)
        .await)
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
    let events: Vec<EventView> = case_events(state.db(), &case.id)
        .await?
        .into_iter()
        .map(|e| EventView {
            detail: e.detail_name.unwrap_or(e.detail),
            kind: e.kind,
            at: local(e.at),
            actor: e.actor_name,
        })
        .collect();
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
        decisions_sees_contact: may_see_contact(state.db(), case, user).await?,
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
    if !enquiry_store::set_marker(state.db(), &id, true, &user.user_id, now).await? {
        return Ok(refuse("decisions-error-already-protected", ""));
    }
    audit::append(state.db(), now, &user.user_id, Action::Protect, Some(&id), "").await?;
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::GrantAccess,
        Some(&id),
        &user.user_id,
    )
    .await?;
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
    if !enquiry_store::set_marker(state.db(), &id, false, &user.user_id, now).await? {
        return Ok(refuse("decisions-error-not-protected", ""));
    }
    audit::append(state.db(), now, &user.user_id, Action::Unprotect, Some(&id), "").await?;
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
        None if !enquiry_store::change_access(state.db(), &id, target, true, &user.user_id, now).await? => {
            Some("decisions-error-already-named")
        }
        other => other,
    };
    if let Some(message) = problem {
        return Ok(refuse(message, target));
    }
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::GrantAccess,
        Some(&id),
        target,
    )
    .await?;
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
    if !enquiry_store::change_access(state.db(), &id, target, false, &user.user_id, now).await? {
        return Ok(refuse("decisions-error-not-named", ""));
    }
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::RevokeAccess,
        Some(&id),
        target,
    )
    .await?;
    done(&state, &id)
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
