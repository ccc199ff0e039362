//! A step on a referral: checked against the referral's life ([`crate::referral::lifecycle`])
//! and its values, stored with its event, audited and announced.

use super::checks::{self as model, QUESTION_MAX_CHARS, REASON_MAX_CHARS};
use super::read::build_view;
use super::{RecipientError, ReferralView, Scope};
use crate::audit::{self, Action};
use crate::directory::OrgKind;
use crate::events::Change;
use crate::referral::recipient_store::{self, ReferralRow, Step};
use crate::referral::{CaseState, ReferralAction, ReferralState, events, lifecycle, sealed};
use crate::state::AppState;

/// Takes step `action` on referral `referral_id` for `actor_user_id` and answers the
/// referral as it is after it.
///
/// [`RecipientError::NotFound`] outside the scope or after withdrawal (nothing changes);
/// [`RecipientError::InvalidTransition`] when the step is not allowed from the current state;
/// [`RecipientError::Invalid`] for an empty or too long text, an organisation that is not
/// another programme or social services, a contact time before the referral or in the
/// future, or a contact (or housing) time already recorded.
///
/// Declining or forwarding sends the case back to the contact point's queue. Every step is
/// an event (`referral_events`), a summary time on the referral, an audit record —
/// accept `claim`, decline `release`, forward `refer` (detail: the organisation),
/// question `reply` (detail `inbox_question`), coordinator contacted, first contact and
/// housing arranged `callback_attempt`, assessment / case opened / active `claim` and
/// completed / interrupted `close` (detail: the state) — and a queue event for the
/// console. The referral it answers is recorded as a look (`view_case`) too.
pub async fn act(
    state: &AppState,
    scope: &Scope,
    actor_user_id: &str,
    referral_id: &str,
    action: ReferralAction,
) -> Result<ReferralView, RecipientError> {
    let row = recipient_store::find(state.db(), state.keys(), &scope.orgs, referral_id)
        .await?
        .ok_or(RecipientError::NotFound)?;
    let from = ReferralState::parse(&row.status)
        .ok_or_else(|| anyhow::anyhow!("referral {} has an unknown status", row.id))?;
    let to = lifecycle::next_state(from, &action).ok_or(RecipientError::InvalidTransition {
        from,
        action: action.name(),
    })?;
    let now = state.clock().now_ms();
    let prepared = prepare(state, &row, &action, now)?;
    let event_id = uuid::Uuid::new_v4().to_string();
    let text_sealed = prepared
        .text
        .as_deref()
        .map(|text| events::seal_text(state.keys(), &event_id, text));
    let detail_sealed = sealed::seal_event_detail(state.keys(), &event_id, &prepared.detail);
    let forwarded_to_sealed = prepared
        .forwarded_to
        .as_deref()
        .map(|org| sealed::seal_forwarded_to(state.keys(), &row.id, org));
    let step = Step {
        event_id: &event_id,
        referral_id: &row.id,
        enquiry_id: &row.enquiry_id,
        actor: actor_user_id,
        now,
        kind: action.kind(),
        from,
        to,
        stamp: prepared.stamp,
        stamp_once: prepared.stamp_once,
        occurred_at: prepared.occurred_at,
        detail_sealed: &detail_sealed,
        text_sealed: text_sealed.as_deref(),
        forwarded_to_sealed: forwarded_to_sealed.as_deref(),
        back_to_queue: matches!(to, ReferralState::Declined | ReferralState::Forwarded),
    };
    let (audit_action, detail) = audit_of(&action, &prepared.detail);
    let stored = crate::transact!(state.db(), |tx| {
        let stored = recipient_store::apply(tx, &step).await?;
        if stored {
            let case = Some(row.enquiry_id.as_str());
            audit::append_tx(tx, now, actor_user_id, audit_action, case, detail).await?;
        }
        Ok::<_, sqlx::Error>(stored)
    })?;
    if !stored {
        return Err(refused(state, scope, &row, &action).await);
    }
    tracing::info!(referral.id = %row.id, "referral step");
    state.events().publish(Change::Updated, &row.enquiry_id);
    let after = recipient_store::find(state.db(), state.keys(), &scope.orgs, &row.id)
        .await?
        .ok_or(RecipientError::NotFound)?;
    let view = build_view(state, &after).await?;
    // The answer carries the shared data: it is a look as well as a step.
    let case = Some(row.enquiry_id.as_str());
    audit::append(state.db(), now, actor_user_id, Action::ViewCase, case, &row.org).await?;
    Ok(view)
}

/// Why a step that passed the checks was not stored: the referral moved on (or was
/// withdrawn) meanwhile, or the contact time was recorded by someone else.
async fn refused(
    state: &AppState,
    scope: &Scope,
    row: &ReferralRow,
    action: &ReferralAction,
) -> RecipientError {
    match recipient_store::find(state.db(), state.keys(), &scope.orgs, &row.id).await {
        Ok(Some(now)) => match ReferralState::parse(&now.status) {
            Some(from) if now.status != row.status => RecipientError::InvalidTransition {
                from,
                action: action.name(),
            },
            _ => RecipientError::Invalid {
                field: "at".into(),
                message_id: "inbox-error-already-recorded",
            },
        },
        Ok(None) => RecipientError::NotFound,
        Err(e) => e.into(),
    }
}

/// What a step stores besides the state.
struct Prepared {
    stamp: Option<(&'static str, i64)>,
    stamp_once: bool,
    occurred_at: Option<i64>,
    detail: String,
    text: Option<String>,
    forwarded_to: Option<String>,
}

/// Checks a step's values and says what it stores.
fn prepare(
    state: &AppState,
    row: &ReferralRow,
    action: &ReferralAction,
    now: i64,
) -> Result<Prepared, RecipientError> {
    let mut p = Prepared {
        stamp: None,
        stamp_once: false,
        occurred_at: None,
        detail: String::new(),
        text: None,
        forwarded_to: None,
    };
    match action {
        ReferralAction::Accept => p.stamp = Some(("accepted_at", now)),
        ReferralAction::Decline { reason } => {
            p.text = Some(model::check_text(
                reason,
                "reason",
                REASON_MAX_CHARS,
                "inbox-error-reason-missing",
                "inbox-error-reason-long",
            )?);
            p.stamp = Some(("declined_at", now));
        }
        ReferralAction::Forward { to_org } => {
            let directory = state.directory();
            let org = directory
                .org(to_org.trim())
                .filter(|o| matches!(o.kind, OrgKind::Programme | OrgKind::SocialServices))
                .filter(|o| o.id != row.org)
                .ok_or(RecipientError::Invalid {
                    field: "to_org".into(),
                    message_id: "inbox-error-forward-org",
                })?;
            p.detail = org.id.clone();
            p.forwarded_to = Some(org.id.clone());
            p.stamp = Some(("forwarded_at", now));
        }
        ReferralAction::AskQuestion { text } => {
            p.text = Some(model::check_text(
                text,
                "text",
                QUESTION_MAX_CHARS,
                "inbox-error-question-missing",
                "inbox-error-question-long",
            )?);
        }
        ReferralAction::CoordinatorContacted { at }
        | ReferralAction::FirstContactMade { at }
        | ReferralAction::HousingArranged { at } => {
            let (column, recorded) = match action {
                ReferralAction::FirstContactMade { .. } => ("first_contact_at", row.first_contact_at),
                ReferralAction::HousingArranged { .. } => ("housing_at", row.housing_at),
                _ => ("coordinator_contacted_at", row.coordinator_contacted_at),
            };
            if recorded.is_some() {
                return Err(RecipientError::Invalid {
                    field: "at".into(),
                    message_id: "inbox-error-already-recorded",
                });
            }
            let at = model::check_contact_time(*at, row.created_at, now)?;
            p.stamp = Some((column, at));
            p.stamp_once = true;
            p.occurred_at = Some(at);
        }
        ReferralAction::SetState { state: case_state } => {
            let column = match case_state {
                CaseState::Assessment => "assessment_at",
                CaseState::CaseOpened => "case_opened_at",
                CaseState::Active => "active_at",
                CaseState::Completed | CaseState::Interrupted => "closed_at",
            };
            p.stamp = Some((column, now));
            p.detail = case_state.state().as_str().to_owned();
        }
    }
    Ok(p)
}

/// The audit action and detail of a step (the closest of the existing actions).
fn audit_of<'a>(action: &ReferralAction, detail: &'a str) -> (Action, &'a str) {
    match action {
        ReferralAction::Accept => (Action::Claim, "inbox_accept"),
        ReferralAction::Decline { .. } => (Action::Release, "inbox_decline"),
        ReferralAction::Forward { .. } => (Action::Refer, detail),
        ReferralAction::AskQuestion { .. } => (Action::Reply, "inbox_question"),
        ReferralAction::CoordinatorContacted { .. } => {
            (Action::CallbackAttempt, "inbox_coordinator_contacted")
        }
        ReferralAction::FirstContactMade { .. } => (Action::CallbackAttempt, "inbox_first_contact"),
        ReferralAction::HousingArranged { .. } => (Action::CallbackAttempt, "inbox_housing"),
        ReferralAction::SetState { state } => match state {
            CaseState::Completed | CaseState::Interrupted => (Action::Close, detail),
            _ => (Action::Claim, detail),
        },
    }
}
