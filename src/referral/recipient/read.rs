//! Reading referrals: the list, and one referral as its recipient reads it. Each read is
//! a look the audit records.

use super::reasons;
use super::views::{Consent, ReferralSummary, ReferralView, StateTimes, summary};
use super::{MAX_LIMIT, Page, RecipientError, Scope};
use crate::audit::{self, Action};
use crate::crypto::{Column, Context};
use crate::referral::display::org_name;
use crate::referral::model::categories_from_column;
use crate::referral::recipient_store::{self, ListQuery, ReferralRow};
use crate::referral::{
    Category, ConsentHow, Kind, ReferralState, StepKind, events, lifecycle, payload, store,
};
use crate::state::AppState;
use crate::triage::Decision;

/// The referrals addressed to the scope's organisations and not withdrawn, newest first;
/// only those in `filter` when given. Audited as a look at the list (`view_queue`).
pub async fn list(
    state: &AppState,
    scope: &Scope,
    filter: Option<ReferralState>,
    page: &Page,
) -> Result<Vec<ReferralSummary>, RecipientError> {
    let limit = if page.limit == 0 {
        MAX_LIMIT
    } else {
        page.limit.min(MAX_LIMIT)
    };
    let rows = recipient_store::list(
        state.db(),
        state.keys(),
        &ListQuery {
            orgs: &scope.orgs,
            status: filter,
            after: page.after.as_deref(),
            limit: i64::from(limit),
        },
    )
    .await?;
    let now = state.clock().now_ms();
    audit::append(state.db(), now, &scope.user_id, Action::ViewQueue, None, "inbox").await?;
    let directory = state.directory();
    rows.iter().map(|r| summary(&directory, r)).collect()
}

/// Referral `referral_id` as its recipient reads it. [`RecipientError::NotFound`] outside the
/// scope or once consent is withdrawn. Audited as a look at the case (`view_case`), and
/// as a look at contact data (`view_contact`) when the shared data holds a phone number.
pub async fn get(state: &AppState, scope: &Scope, referral_id: &str) -> Result<ReferralView, RecipientError> {
    let row = recipient_store::find(state.db(), state.keys(), &scope.orgs, referral_id)
        .await?
        .ok_or(RecipientError::NotFound)?;
    let view = build_view(state, &row).await?;
    let now = state.clock().now_ms();
    let case = Some(row.enquiry_id.as_str());
    audit::append(state.db(), now, &scope.user_id, Action::ViewCase, case, &row.org).await?;
    if view.shared.pointer("/contact/callback/phone").is_some() {
        audit::append(
            state.db(),
            now,
            &scope.user_id,
            Action::ViewContact,
            case,
            &row.org,
        )
        .await?;
    }
    Ok(view)
}

/// Opens and lays out one referral (no audit: the callers record the look).
pub(super) async fn build_view(state: &AppState, row: &ReferralRow) -> Result<ReferralView, RecipientError> {
    // Withdrawn between the two reads: nothing may be shown.
    let shared = payload::shared(state, &row.id)
        .await?
        .ok_or(RecipientError::NotFound)?;
    let note = row
        .note_sealed
        .as_ref()
        .map(|sealed| payload::open_note(state.keys(), &row.id, sealed))
        .transpose()?;
    let categories = categories_from_column(&row.categories);
    let directory = state.directory();
    let reasons = match decision_of(state, &row.enquiry_id).await? {
        Some(decision) => {
            let fields = reasons::rule_fields(&state.engine());
            let names: Vec<String> = categories.iter().map(|c| c.as_str().to_owned()).collect();
            reasons::visible(&decision, &fields, &names, |id| org_name(&directory, id))
        }
        None => Vec::new(),
    };
    let summary = summary(&directory, row)?;
    // A recorded report says the person is a child: told only to whom the age was shared.
    let report_visible = summary.kind == Kind::ReportOfConcern || categories.contains(&Category::Basic);
    let mandatory_report_recorded =
        report_visible && store::report_recorded(state.db(), &row.enquiry_id).await?;
    let events = events::of_referral(state, &row.id).await?;
    let from = summary.state;
    Ok(ReferralView {
        summary,
        categories,
        consent: Consent {
            how: ConsentHow::parse(&row.consent_how)
                .ok_or_else(|| anyhow::anyhow!("referral {} has an unknown consent", row.id))?,
            at: row.consent_at,
        },
        shared,
        note,
        reasons,
        mandatory_report_recorded,
        coordinator_contacted_at: row.coordinator_contacted_at,
        forwarded_to: row.forwarded_to.clone(),
        state_times: StateTimes {
            declined_at: row.declined_at,
            forwarded_at: row.forwarded_at,
            assessment_at: row.assessment_at,
            case_opened_at: row.case_opened_at,
            active_at: row.active_at,
        },
        events,
        allowed_actions: allowed(from, row),
        next_states: lifecycle::next_case_states(from),
    })
}

/// The steps allowed now: the state machine's, less contact times already recorded.
fn allowed(from: ReferralState, row: &ReferralRow) -> Vec<StepKind> {
    lifecycle::allowed_actions(from)
        .into_iter()
        .filter(|a| match a {
            StepKind::CoordinatorContacted => row.coordinator_contacted_at.is_none(),
            StepKind::FirstContact => row.first_contact_at.is_none(),
            StepKind::Housing => row.housing_at.is_none(),
            _ => true,
        })
        .collect()
}

/// The decision in force on the case, opened.
async fn decision_of(state: &AppState, enquiry_id: &str) -> Result<Option<Decision>, RecipientError> {
    let Some(case) = crate::enquiry::store::case_row(state.db(), enquiry_id).await? else {
        return Ok(None);
    };
    let bytes = state
        .keys()
        .open(
            &Context::new(Column::EnquiryDecision, enquiry_id),
            &case.decision_sealed,
        )
        .map_err(anyhow::Error::from)?;
    Ok(Some(serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?))
}
