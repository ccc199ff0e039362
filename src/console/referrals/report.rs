//! `POST /console/cases/{id}/mandatory-report`: record that the report of concern about
//! a child was made to social services (by whom, when, to which social services).

use axum::extract::{Path, State};
use serde::Serialize;

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::console::outcome::Outcome;
use crate::crypto::{Column, Context};
use crate::directory::OrgKind;
use crate::error::AppError;
use crate::events::Change;
use crate::referral::store::{self, NewReport};
use crate::referral::{local_time, sealed};
use crate::state::AppState;
use crate::web::staff::require;
use crate::web::{CsrfForm, FieldError};

/// The longest name or role accepted for who made the report.
pub(super) const BY_MAX_CHARS: usize = 200;

/// How far ahead of the clock a report time may lie (a clock a little fast).
const FUTURE_SLACK_MS: i64 = 5 * 60 * 1000;

/// The report form as typed, kept to show again.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct ReportForm {
    pub(super) by: String,
    pub(super) at: String,
    pub(super) to: String,
}

impl ReportForm {
    /// The form's first state: the signed-in handler, now, the home municipality.
    pub(super) fn prefilled(by: &str, now: time::OffsetDateTime, to: String) -> Self {
        Self {
            by: by.to_owned(),
            at: local_time::format(now),
            to,
        }
    }
}

/// What a refused report shows: the form as typed, and its problems.
#[derive(Debug, Serialize)]
pub(super) struct Invalid {
    referrals_report_form: ReportForm,
    referrals_report_errors: Vec<FieldError>,
}

/// `POST /console/cases/{id}/mandatory-report` (fields `reported_by`, `reported_at`,
/// `reported_to`).
pub(super) async fn record(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Invalid>, AppError> {
    require(&user, Permission::WorkCase)?;
    let typed = ReportForm {
        by: form.get("reported_by").unwrap_or_default().to_owned(),
        at: form.get("reported_at").unwrap_or_default().trim().to_owned(),
        to: form.get("reported_to").unwrap_or_default().trim().to_owned(),
    };
    if crate::enquiry::store::case_row(state.db(), &id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    let mut errors = Vec::new();
    let by = typed.by.trim();
    if by.is_empty() || by.chars().count() > BY_MAX_CHARS {
        errors.push(FieldError::new("reported_by", "referrals-report-error-by"));
    }
    let at = local_time::parse_ms(&typed.at).filter(|at| *at <= now + FUTURE_SLACK_MS);
    if at.is_none() {
        errors.push(FieldError::new("reported_at", "referrals-report-error-at"));
    }
    let to_social_services = state
        .directory()
        .org(&typed.to)
        .is_some_and(|o| o.kind == OrgKind::SocialServices);
    if !to_social_services {
        errors.push(FieldError::new("reported_to", "referrals-report-error-to"));
    }
    let Some(reported_at) = at.filter(|_| errors.is_empty()) else {
        return Ok(Outcome::Invalid {
            shown: Invalid {
                referrals_report_form: typed,
                referrals_report_errors: errors,
            },
        });
    };
    let report_id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(&Context::new(Column::MandatoryReportBy, &report_id), by);
    let reported_to_sealed = sealed::seal_report_to(state.keys(), &report_id, &typed.to);
    let report = NewReport {
        id: &report_id,
        enquiry_id: &id,
        reported_to_sealed: &reported_to_sealed,
        reported_by_sealed: &sealed,
        reported_at,
        recorded_by: &user.user_id,
        recorded_at: now,
    };
    crate::transact!(state.db(), |tx| {
        store::insert_report(tx, &report).await?;
        audit::append_tx(
            tx,
            now,
            &user.user_id,
            Action::MandatoryReport,
            Some(&id),
            &typed.to,
        )
        .await
    })?;
    tracing::info!(enquiry.id = %id, "report to social services recorded");
    state.events().publish(Change::Updated, &id);
    Ok(Outcome::to_case(&id, "#mandatory-report"))
}
