//! Claiming a case, so that two handlers never answer the same person:
//! `POST /console/cases/{id}/claim`, `…/release` and `…/take-over` (supervisors).
//!
//! A claim is one conditional update (`… where assigned_to is null`), so of two handlers
//! racing for a case exactly one wins; the other is told who holds it. A supervisor may
//! take a colleague's case over, in the open: the audit log shows a release and a claim.
//! Every change is announced to the live queue ([`crate::events::Change::Assigned`]).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use serde::Serialize;

use super::model::Case;
use super::outcome::Outcome;
use super::store;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::staff::{local, require};

/// The audit detail of the release and claim a take-over writes.
const TAKE_OVER: &str = "take_over";

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}/claim", post(claim))
        .route("/console/cases/{id}/release", post(release))
        .route("/console/cases/{id}/take-over", post(take_over))
}

/// What this part shows on the case page: who holds the case and since when, and the
/// buttons that fit the viewer.
#[derive(Serialize)]
pub(super) struct ClaimView {
    claim_holder: Option<String>,
    claim_holder_id: Option<String>,
    claim_since: Option<String>,
    claim_mine: bool,
    claim_may_claim: bool,
    claim_may_release: bool,
    claim_may_take_over: bool,
    /// A refused action's message id ([`Refusal`] replaces it).
    claim_notice: Option<&'static str>,
    claim_notice_holder: &'static str,
}

/// What a refused action shows: the message id and who holds the case.
#[derive(Debug, Serialize)]
pub(super) struct Refusal {
    claim_notice: &'static str,
    claim_notice_holder: String,
}

/// The claim section of the case page.
pub(super) async fn view(state: &AppState, user: &StaffUser, case: &Case) -> Result<ClaimView, AppError> {
    let holder = store::holder(state.db(), &case.id).await?;
    let mine = holder.as_ref().is_some_and(|h| h.user_id == user.user_id);
    let may_work = can(user.role, Permission::WorkCase);
    Ok(ClaimView {
        claim_holder: holder.as_ref().map(|h| h.name.clone()),
        claim_holder_id: holder.as_ref().map(|h| h.user_id.clone()),
        claim_since: holder.as_ref().map(|h| local(h.since)),
        claim_mine: mine,
        claim_may_claim: may_work && holder.is_none(),
        claim_may_release: may_work && mine,
        claim_may_take_over: holder.is_some() && !mine && can(user.role, Permission::Supervise),
        claim_notice: None,
        claim_notice_holder: "",
    })
}

/// The outcome of making sure the replier holds a case.
pub(super) enum ForReply {
    /// The replier holds it (they did, or they just claimed it).
    Held,
    /// A colleague holds it; their name.
    HeldBy(String),
}

/// Before a reply: claims an unclaimed case for the replier (audited and announced), or
/// names the colleague who holds it.
pub(super) async fn for_reply(state: &AppState, user: &StaffUser, id: &str) -> Result<ForReply, AppError> {
    // A claim and a release can interleave with the read of the holder; a few rounds
    // settle it (each round either claims, or finds a holder).
    for _ in 0..3 {
        let now = state.clock().now_ms();
        if change(state, user, id, &[Action::Claim], "reply", now, Move::Claim).await? {
            return Ok(ForReply::Held);
        }
        match store::holder(state.db(), id).await? {
            Some(h) if h.user_id == user.user_id => return Ok(ForReply::Held),
            Some(h) => return Ok(ForReply::HeldBy(h.name)),
            None => {}
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "the claim of a case kept changing"
    )))
}

/// The checks every action here starts with (after the form token, which [`CsrfForm`]
/// checked): the permission, and an existing case.
async fn checked(
    state: &AppState,
    user: &StaffUser,
    id: &str,
    permission: Permission,
) -> Result<(), AppError> {
    require(user, permission)?;
    if enquiry_store::case_row(state.db(), id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Back to the case page.
fn to_case(id: &str) -> Outcome<Refusal> {
    Outcome::to_case(id, "")
}

/// After an action that changed nothing: refused (409) if a colleague holds the case,
/// else back to the page (a second click, or the case changed hands in between).
async fn unless_held_by_another(
    state: &AppState,
    user: &StaffUser,
    id: &str,
    notice: &'static str,
) -> Result<Outcome<Refusal>, AppError> {
    match store::holder(state.db(), id).await? {
        Some(h) if h.user_id != user.user_id => Ok(Outcome::Refused {
            status: StatusCode::CONFLICT,
            shown: Refusal {
                claim_notice: notice,
                claim_notice_holder: h.name,
            },
        }),
        _ => Ok(to_case(id)),
    }
}

/// A change of holder.
#[derive(Clone, Copy)]
enum Move<'a> {
    /// The user claims an unclaimed case.
    Claim,
    /// The user releases the case they hold.
    Release,
    /// The user takes the case over from this holder.
    TakeOver(&'a str),
}

/// Makes a change of holder and, when it happened, writes its audit records in the same
/// commit, then announces it. Returns whether the holder changed.
async fn change(
    state: &AppState,
    user: &StaffUser,
    id: &str,
    actions: &[Action],
    detail: &str,
    now: i64,
    change: Move<'_>,
) -> Result<bool, AppError> {
    let me = user.user_id.as_str();
    let changed = crate::transact!(state.db(), |tx| {
        let changed = match change {
            Move::Claim => enquiry_store::claim(tx, id, me, now).await?,
            Move::Release => enquiry_store::release(tx, id, me, now).await?,
            Move::TakeOver(from) => enquiry_store::take_over(tx, id, from, me, now).await?,
        };
        if changed {
            for action in actions {
                audit::append_tx(tx, now, me, *action, Some(id), detail).await?;
            }
        }
        Ok::<_, sqlx::Error>(changed)
    })?;
    if changed {
        state.events().publish(Change::Assigned, id);
    }
    Ok(changed)
}

/// `POST /console/cases/{id}/claim`.
async fn claim(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    checked(&state, &user, &id, Permission::WorkCase).await?;
    let now = state.clock().now_ms();
    if change(&state, &user, &id, &[Action::Claim], "", now, Move::Claim).await? {
        return Ok(to_case(&id));
    }
    unless_held_by_another(&state, &user, &id, "claim-refused-held").await
}

/// `POST /console/cases/{id}/release`: only the holder releases; a supervisor takes over.
async fn release(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    checked(&state, &user, &id, Permission::WorkCase).await?;
    let now = state.clock().now_ms();
    if change(&state, &user, &id, &[Action::Release], "", now, Move::Release).await? {
        return Ok(to_case(&id));
    }
    unless_held_by_another(&state, &user, &id, "claim-release-refused").await
}

/// `POST /console/cases/{id}/take-over` (field `from`, the holder the supervisor saw):
/// a supervisor takes a colleague's case. If it changed hands meanwhile, nothing moves
/// and the page says who holds it now.
async fn take_over(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    checked(&state, &user, &id, Permission::Supervise).await?;
    let now = state.clock().now_ms();
    let seen = form.text("from").unwrap_or_default();
    if seen.is_empty() {
        // Nobody held it when the page was drawn: an ordinary claim.
        if change(&state, &user, &id, &[Action::Claim], "", now, Move::Claim).await? {
            return Ok(to_case(&id));
        }
    } else if seen != user.user_id
        && change(
            &state,
            &user,
            &id,
            &[Action::Release, Action::Claim],
            TAKE_OVER,
            now,
            Move::TakeOver(seen),
        )
        .await?
    {
        return Ok(to_case(&id));
    }
    unless_held_by_another(&state, &user, &id, "claim-take-over-moved").await
}
