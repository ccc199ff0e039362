//! Referrals and the report to social services.
//!
//! A handler refers a case to any organisation in the directory. Consent is recorded per
//! recipient — which categories of data, to whom, when and how it was given — and what
//! is shared is exactly that: a sealed snapshot of the chosen categories, taken when the
//! referral is made. Consent can be withdrawn; the recipient can then read nothing
//! ([`crate::referral::payload::shared`] answers `None`). Civil-society organisations never receive data
//! about offences (GDPR art. 10) and only while their vetting is valid. Without consent
//! only a report of concern about a child to social services may be made, because the
//! law requires it (*anmälningsplikt*, Socialtjänstlagen). The protected-identity marker
//! travels with every referral. The referral's vocabulary, snapshot and store are
//! [`crate::referral`]'s; this part holds the console's actions and section.
//!
//! When the decision carries the `mandatory_report` flag, the case asks the handler to
//! record that the report to social services was made: by whom, when, to which social
//! services.
//!
//! Routes: `POST /console/cases/{id}/referrals`,
//! `POST /console/cases/{id}/referrals/{rid}/withdraw`,
//! `POST /console/cases/{id}/mandatory-report`.

mod refer;
mod report;
mod view;

use axum::Router;
use axum::routing::post;

use super::model::Case;
use crate::auth::StaffUser;
use crate::error::AppError;
use crate::state::AppState;

pub(super) use view::ReferralsView;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}/referrals", post(refer::refer))
        .route(
            "/console/cases/{id}/referrals/{rid}/withdraw",
            post(refer::withdraw),
        )
        .route("/console/cases/{id}/mandatory-report", post(report::record))
}

/// What this part shows on the case page: the referrals made, the referral form and, when
/// the decision asks for it, the report to social services.
pub(super) async fn view(state: &AppState, user: &StaffUser, case: &Case) -> Result<ReferralsView, AppError> {
    view::view(state, user, case).await
}
