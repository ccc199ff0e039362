//! What the referrals section of the case page shows: the referrals made (with what each
//! recipient can read), the referral form with its choices, and the report to social
//! services when the decision asks for it.

use serde::Serialize;

use super::report::{BY_MAX_CHARS, ReportForm};
use crate::auth::StaffUser;
use crate::console::model::{Case, may_see_contact};
use crate::crypto::{Column, Context};
use crate::directory::{OrgKind, Organisation};
use crate::error::AppError;
use crate::referral::display::org_name;
use crate::referral::display::sent::{Shown, shown};
use crate::referral::draft::{NOTE_MAX_CHARS, ReferralForm, form_reaches};
use crate::referral::model::categories_from_column;
use crate::referral::{Category, ConsentHow, Kind, ReferralState, local_time, payload, sealed, store};
use crate::state::AppState;
use crate::triage::Flag;
use crate::web::FieldError;
use crate::web::staff::local;

/// Kinds of organisation offered, in the order of the list's groups.
const GROUPS: [(OrgKind, &str); 6] = [
    (OrgKind::SocialServices, "referrals-group-social-services"),
    (OrgKind::Programme, "referrals-group-programmes"),
    (OrgKind::Police, "referrals-group-police"),
    (OrgKind::Agency, "referrals-group-agencies"),
    (OrgKind::RegionPsychiatry, "referrals-group-psychiatry"),
    (OrgKind::CivilSociety, "referrals-group-civil"),
];

#[derive(Serialize)]
struct ReferralView {
    id: String,
    org: String,
    name: String,
    kind: Kind,
    categories: Vec<Category>,
    consent_how: ConsentHow,
    consent_at: Option<String>,
    by: Option<String>,
    at: String,
    status: String,
    status_known: bool,
    withdrawn_at: Option<String>,
    protected: bool,
    note: Option<String>,
    shared: Vec<Shown>,
    contact_hidden: bool,
}

#[derive(Serialize)]
struct OrgOption {
    id: String,
    name: String,
    civil: bool,
}

#[derive(Serialize)]
struct OrgGroup {
    label: &'static str,
    orgs: Vec<OrgOption>,
}

#[derive(Serialize)]
struct CategoryOption {
    value: &'static str,
    offence: bool,
    allowed: bool,
}

#[derive(Serialize)]
struct ReportView {
    to: String,
    by: String,
    at: String,
    recorded_by: Option<String>,
    recorded_at: String,
}

fn option(o: &Organisation) -> OrgOption {
    OrgOption {
        id: o.id.clone(),
        name: o.name.clone(),
        civil: o.kind == OrgKind::CivilSociety,
    }
}

/// The section's context (every key starts with `referrals_`).
#[derive(Serialize)]
pub(in crate::console) struct ReferralsView {
    referrals_list: Vec<ReferralView>,
    referrals_proposed: Vec<OrgOption>,
    referrals_groups: Vec<OrgGroup>,
    referrals_categories: Vec<CategoryOption>,
    referrals_consent_options: Vec<&'static str>,
    /// The kinds of recipient "consent given in the form" can be used for.
    referrals_form_reaches: Vec<&'static str>,
    /// The person's own words may be shared on the form's consent.
    referrals_form_words: bool,
    referrals_contact_allowed: bool,
    referrals_protected: bool,
    referrals_form: ReferralForm,
    referrals_errors: Vec<FieldError>,
    referrals_notice: Option<&'static str>,
    referrals_note_max: usize,
    #[serde(flatten)]
    report: ReportSection,
}

/// The report to social services, as the section shows it.
#[derive(Serialize)]
struct ReportSection {
    referrals_report_needed: bool,
    referrals_reports: Vec<ReportView>,
    referrals_report_form: ReportForm,
    referrals_report_errors: Vec<FieldError>,
    referrals_social_services: Vec<OrgOption>,
    referrals_report_by_max: usize,
}

/// The referrals section of the case page.
pub(super) async fn view(state: &AppState, user: &StaffUser, case: &Case) -> Result<ReferralsView, AppError> {
    let contact_allowed = may_see_contact(state, case, user).await?;
    let referrals = referral_views(state, case, contact_allowed).await?;
    // What a referral shared and its note are the case's content: only for its readers.
    let referrals = if case.access.reads() {
        referrals
    } else {
        referrals
            .into_iter()
            .map(|r| ReferralView {
                note: None,
                shared: Default::default(),
                ..r
            })
            .collect()
    };
    let now = state.clock().now();
    let (proposed, groups) = org_options(state, case, now);
    let categories: Vec<CategoryOption> = Category::ALL
        .into_iter()
        .map(|c| CategoryOption {
            value: c.as_str(),
            offence: c.may_reveal_offences(),
            // Contact data of a protected case never leaves the contact point.
            allowed: c != Category::Contact || !case.row.protected,
        })
        .collect();
    // The form's ticks are offered as consent when they reach some kind of recipient:
    // one ticked, and whose consent it is reaches it (a relative's tick about an adult
    // reaches nobody); the recipient is checked on send.
    let reaches = form_reaches(case.input.enquiry.consent_from(), &case.input.consent_for);
    let form_consent = !reaches.is_empty();
    let consent_options: Vec<&str> = ConsentHow::ALL
        .into_iter()
        .filter(|h| *h != ConsentHow::Form || form_consent)
        .map(ConsentHow::as_str)
        .collect();
    let form = ReferralForm {
        consent_at: local_time::format(now),
        kind: Kind::Referral.as_str().to_owned(),
        ..ReferralForm::default()
    };
    Ok(ReferralsView {
        referrals_list: referrals,
        referrals_proposed: proposed,
        referrals_groups: groups,
        referrals_categories: categories,
        referrals_consent_options: consent_options,
        referrals_form_reaches: reaches.into_iter().map(|t| t.as_str()).collect(),
        referrals_form_words: case.input.consented_words(),
        referrals_contact_allowed: contact_allowed,
        referrals_protected: case.row.protected,
        referrals_form: form,
        referrals_errors: Vec::new(),
        referrals_notice: None,
        referrals_note_max: NOTE_MAX_CHARS,
        report: report_section(state, user, case).await?,
    })
}

async fn referral_views(
    state: &AppState,
    case: &Case,
    contact_allowed: bool,
) -> Result<Vec<ReferralView>, AppError> {
    let directory = state.directory();
    let mut views = Vec::new();
    for r in store::referrals_of(state.db(), &case.id).await? {
        let note = r
            .note_sealed
            .as_ref()
            .map(|sealed| payload::open_note(state.keys(), &r.id, sealed))
            .transpose()?;
        // What the recipient can read now: nothing once consent is withdrawn.
        let payload = payload::shared(state, &r.id).await?;
        let shared = payload
            .as_ref()
            .map(|p| shown(p, !contact_allowed))
            .unwrap_or_default();
        let categories = categories_from_column(&r.categories);
        let unknown = |what: &str| anyhow::anyhow!("referral {} has an unknown {what}", r.id);
        let org = sealed::open_org(state.keys(), &r.id, r.org_sealed.as_deref(), &r.org)?;
        views.push(ReferralView {
            name: org_name(&directory, &org),
            kind: Kind::parse(&r.kind).ok_or_else(|| unknown("kind"))?,
            consent_how: ConsentHow::parse(&r.consent_how).ok_or_else(|| unknown("consent"))?,
            contact_hidden: !contact_allowed && categories.contains(&Category::Contact),
            consent_at: r.consent_at.map(local),
            at: local(r.created_at),
            status_known: ReferralState::parse(&r.status).is_some(),
            withdrawn_at: r.withdrawn_at.map(local),
            id: r.id,
            org,
            by: r.created_by_name,
            status: r.status,
            protected: r.protected,
            note,
            shared,
            categories,
        });
    }
    Ok(views)
}

/// The decision's recipients first, then every other organisation by kind. Not offered:
/// 112 and the contact point itself, and civil society whose vetting has lapsed.
fn org_options(state: &AppState, case: &Case, now: time::OffsetDateTime) -> (Vec<OrgOption>, Vec<OrgGroup>) {
    let directory = state.directory();
    let offered = |o: &&Organisation| {
        !matches!(o.kind, OrgKind::Emergency | OrgKind::ContactPoint) && o.is_vetted_at(now)
    };
    let proposed: Vec<OrgOption> = case
        .decision
        .recipients
        .iter()
        .filter_map(|r| directory.org(&r.org))
        .filter(offered)
        .map(option)
        .collect();
    let groups = GROUPS
        .iter()
        .map(|(kind, label)| OrgGroup {
            label,
            orgs: directory
                .orgs()
                .iter()
                .filter(|o| o.kind == *kind)
                .filter(offered)
                .filter(|o| !proposed.iter().any(|p| p.id == o.id))
                .map(option)
                .collect(),
        })
        .filter(|g| !g.orgs.is_empty())
        .collect();
    (proposed, groups)
}

/// The report to social services: asked for when the decision flags it, listed once made.
async fn report_section(state: &AppState, user: &StaffUser, case: &Case) -> Result<ReportSection, AppError> {
    let flagged = case.decision.has_flag(Flag::MandatoryReport);
    let recorded = store::report_recorded(state.db(), &case.id).await?;
    let directory = state.directory();
    let mut reports = Vec::new();
    if recorded {
        for r in store::reports_of(state.db(), &case.id).await? {
            let by = state.keys().open_string(
                &Context::new(Column::MandatoryReportBy, &r.id),
                &r.reported_by_sealed,
            )?;
            let to = sealed::open_report_to(
                state.keys(),
                &r.id,
                r.reported_to_sealed.as_deref(),
                &r.reported_to,
            )?;
            reports.push(ReportView {
                to: org_name(&directory, &to),
                by,
                at: local(r.reported_at),
                recorded_by: r.recorded_by_name,
                recorded_at: local(r.recorded_at),
            });
        }
    }
    let home = case
        .input
        .enquiry
        .municipality
        .as_ref()
        .map(|c| format!("socialtjanst:{}", c.as_str()))
        .filter(|id| directory.org(id).is_some())
        .unwrap_or_default();
    let social_services: Vec<OrgOption> = state
        .directory()
        .orgs()
        .iter()
        .filter(|o| o.kind == OrgKind::SocialServices)
        .map(option)
        .collect();
    let form = ReportForm::prefilled(&user.name, state.clock().now(), home);
    Ok(ReportSection {
        referrals_report_needed: flagged,
        referrals_reports: reports,
        referrals_report_form: form,
        referrals_report_errors: Vec::new(),
        referrals_social_services: social_services,
        referrals_report_by_max: BY_MAX_CHARS,
    })
}
