//! `GET /inbox/` (the referrals addressed to the user's organisations) and
//! `GET /inbox/referrals/{id}` (one referral: what the person consented to share, the
//! reasons that rest on it, the contact point's note, the steps so far and the forms for
//! the next ones).

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Serialize;
use serde_json::{Value, json};

use super::user::{InboxUser, inbox_page};
use crate::directory::OrgKind;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::referral::display::received;
use crate::referral::recipient::{self as service, Page, ReferralSummary, ReferralView};
use crate::referral::recipient::{QUESTION_MAX_CHARS, REASON_MAX_CHARS, split_duration};
use crate::referral::{Kind, ReferralState, StepKind, local_time};
use crate::state::AppState;
use crate::web::staff::{local, staff_lang as lang};

/// Referrals one list page shows; older ones are a link away.
const PAGE_SIZE: u32 = 50;

/// One row of the list.
#[derive(Serialize)]
struct Row {
    id: String,
    org_name: String,
    kind: Kind,
    state: &'static str,
    received: String,
    /// From receipt to the answer (or until now, while unanswered).
    waited: Waited,
    answered: bool,
    protected: bool,
}

/// A duration in whole days, hours and minutes.
#[derive(Serialize)]
struct Waited {
    days: i64,
    hours: i64,
    minutes: i64,
}

fn row(r: &ReferralSummary, now: i64) -> Row {
    let answered_at = r.accepted_at.or(r.closed_at);
    Row {
        id: r.id.clone(),
        org_name: r.org_name.clone(),
        kind: r.kind,
        state: r.state.as_str(),
        received: local(r.received_at),
        waited: {
            let (days, hours, minutes) = split_duration(answered_at.unwrap_or(now) - r.received_at);
            Waited { days, hours, minutes }
        },
        answered: answered_at.is_some(),
        protected: r.protected_identity,
    }
}

/// Reads `state` and `after` from the list's query string; unknown states show all.
fn parse_query(query: Option<&str>) -> (Option<ReferralState>, Option<String>) {
    let mut filter = None;
    let mut after = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "state" => filter = ReferralState::parse(&value),
            "after" if !value.is_empty() && value.len() <= 64 => after = Some(value.into_owned()),
            _ => {}
        }
    }
    (filter, after)
}

/// `GET /inbox/` (`?state=…` narrows, `?after=…` pages on).
pub(super) async fn list(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let (filter, after) = parse_query(query.as_deref());
    let page = Page {
        after,
        limit: PAGE_SIZE,
    };
    let referrals = service::list(&state, &user.scope, filter, &page).await?;
    let now = state.clock().now_ms();
    let rows: Vec<Row> = referrals.iter().map(|r| row(r, now)).collect();
    let older = (rows.len() == PAGE_SIZE as usize)
        .then(|| rows.last().map(|r| r.id.clone()))
        .flatten();
    let states: Vec<&str> = ReferralState::ALL.iter().map(|s| s.as_str()).collect();
    Ok(inbox_page(&state, &user, &headers, "inbox/list.html", "/inbox/")
        .with("page", "list")
        .with("rows", &rows)
        .with("states", &states)
        .with("chosen", filter.map_or("", ReferralState::as_str))
        .with("paged", &page.after.is_some())
        .with("older", &older)
        .render(&state))
}

/// `GET /inbox/referrals/{id}`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: InboxUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let view = service::get(&state, &user.scope, &id).await?;
    Ok(render(
        &state,
        &user,
        &headers,
        &view,
        &Form::default(),
        StatusCode::OK,
    ))
}

/// The fields the step forms carry, kept to show again.
const FIELDS: [&str; 5] = ["reason", "to_org", "text", "at", "state"];

/// What was typed into the step forms (every field, empty when not sent).
pub(super) fn typed(form: &crate::web::RawForm) -> Value {
    let mut values = serde_json::Map::new();
    for field in FIELDS {
        values.insert(
            field.to_owned(),
            Value::String(form.get(field).unwrap_or_default().to_owned()),
        );
    }
    Value::Object(values)
}

/// What was typed into the referral page's forms, and what was wrong with it.
#[derive(Debug, Serialize)]
pub(super) struct Form {
    /// The form that was sent back (`decline`, `forward`, …), if any.
    pub(super) step: String,
    /// The typed values, by field.
    pub(super) values: Value,
    /// The field at fault (empty when none).
    pub(super) error_field: String,
    /// The Fluent id of what is wrong with it.
    pub(super) error_message: String,
    /// A refused step: the state the referral is in (empty when none).
    pub(super) refused_state: String,
}

impl Default for Form {
    fn default() -> Self {
        Self {
            step: String::new(),
            values: typed(&crate::web::RawForm::default()),
            error_field: String::new(),
            error_message: String::new(),
            refused_state: String::new(),
        }
    }
}

/// One reason, in the page's language.
#[derive(Serialize)]
struct Reason {
    org_name: String,
    role: String,
    text: String,
}

/// One step, as the page lists it.
#[derive(Serialize)]
struct Step {
    at: String,
    actor: Option<String>,
    kind: StepKind,
    to: ReferralState,
    occurred_at: Option<String>,
    detail_name: Option<String>,
    text: Option<String>,
}

/// Renders the referral page with what the user typed (after a refusal or an error).
pub(super) fn render(
    state: &AppState,
    user: &InboxUser,
    headers: &HeaderMap,
    v: &ReferralView,
    form: &Form,
    status: StatusCode,
) -> Response {
    let page_lang = lang(headers);
    let directory = state.directory();
    let org_name = |id: &str| directory.org(id).map(|o| o.name.clone());
    let reasons: Vec<Reason> = v
        .reasons
        .iter()
        .map(|r| Reason {
            org_name: r.org_name.clone(),
            role: r.role.clone(),
            text: if page_lang == Lang::Sv {
                r.sv.clone()
            } else {
                r.en.clone()
            },
        })
        .collect();
    let steps: Vec<Step> = v
        .events
        .iter()
        .map(|e| Step {
            at: local(e.at),
            actor: e.actor_name.clone(),
            kind: e.kind,
            to: e.to,
            occurred_at: e.occurred_at.map(local),
            detail_name: (!e.detail.is_empty()).then(|| org_name(&e.detail)).flatten(),
            text: e.text.clone(),
        })
        .collect();
    let s = &v.summary;
    let times = json!({
        "received": local(s.received_at),
        "accepted": s.accepted_at.map(local),
        "first_contact": s.first_contact_at.map(local),
        "housing": s.housing_at.map(local),
        "coordinator": v.coordinator_contacted_at.map(local),
        "closed": s.closed_at.map(local),
        "consent": v.consent.at.map(local),
    });
    let now_local = local_time::format_ms(state.clock().now_ms());
    let next_states: Vec<&str> = v.next_states.iter().map(|c| c.state().as_str()).collect();
    inbox_page(
        state,
        user,
        headers,
        "inbox/referral.html",
        &format!("/inbox/referrals/{}", s.id),
    )
    .with("page", "referral")
    .with("r", v)
    .with("state", s.state.as_str())
    .with("times", &times)
    .with("shared", &received::layout(&v.shared, local))
    .with("reasons", &reasons)
    .with("steps", &steps)
    .with("allowed", &v.allowed_actions)
    .with("next_states", &next_states)
    .with("forward_groups", &forward_groups(state, &s.org))
    .with("forwarded_to_name", &v.forwarded_to.as_deref().and_then(org_name))
    .with("now_local", &now_local)
    .with("form", form)
    .with("reason_max", &REASON_MAX_CHARS)
    .with("question_max", &QUESTION_MAX_CHARS)
    .status(status)
    .render(state)
}

#[derive(Serialize)]
struct OrgOption {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct OrgGroup {
    label: &'static str,
    orgs: Vec<OrgOption>,
}

/// Where a referral may be forwarded: defector programmes, then social services, less
/// the referral's own recipient.
fn forward_groups(state: &AppState, own: &str) -> Vec<OrgGroup> {
    [
        (OrgKind::Programme, "referrals-group-programmes"),
        (OrgKind::SocialServices, "referrals-group-social-services"),
    ]
    .into_iter()
    .map(|(kind, label)| OrgGroup {
        label,
        orgs: state
            .directory()
            .orgs()
            .iter()
            .filter(|o| o.kind == kind && o.id != own)
            .map(|o| OrgOption {
                id: o.id.clone(),
                name: o.name.clone(),
            })
            .collect(),
    })
    .filter(|g| !g.orgs.is_empty())
    .collect()
}
