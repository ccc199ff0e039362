//! The inbox's domain functions, shared by the inbox pages and the municipal JSON API.
//!
//! Every function takes the caller's [`Scope`]: the municipality codes a user acts for.
//! A referral outside the scope, or one whose consent was withdrawn, is [`InboxError::NotFound`]
//! — never "forbidden" — so its id cannot be probed. Every look and every step is an
//! audit record (looks: `view_queue`, `view_case`, `view_contact`; steps: see [`act`]),
//! with a code as detail, never text. Texts a recipient writes (a reason for declining, a
//! question) are sealed at rest as `referral_events.text:{event id}`.

use serde::Serialize;
use serde_json::Value;

use super::model;
pub use super::model::{
    CaseState, FieldProblem, QUESTION_MAX_CHARS, REASON_MAX_CHARS, ReferralAction, ReferralState,
};
use super::reasons;
pub use super::reasons::ReasonView;
use super::store::{self, EventRow, ListQuery, ReferralRow, Step};
use crate::audit::{self, Action};
use crate::auth::Role;
use crate::db::Db;
use crate::directory::OrgKind;
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::triage::Decision;

/// The most referrals one list answer holds.
pub const MAX_LIMIT: u32 = 100;

/// Who is asking, and for which municipalities (from `user_municipalities`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scope {
    /// The municipality user.
    pub user_id: String,
    /// The municipality codes (*kommunkoder*) they act for; a programme covering several
    /// municipalities is a user bound to all their codes.
    pub municipalities: Vec<String>,
}

/// Keyset paging through a list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Page {
    /// The id of the last referral of the previous page; `None` for the first page.
    pub after: Option<String>,
    /// How many at most (1 to [`MAX_LIMIT`]; 0 means [`MAX_LIMIT`]).
    pub limit: u32,
}

/// What went wrong in an inbox operation.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// No such referral in the caller's scope (also: withdrawn, or another municipality's).
    #[error("not found")]
    NotFound,
    /// The user is not an enabled municipality user.
    #[error("not a municipality user")]
    Forbidden,
    /// The step is not allowed from the referral's state.
    #[error("cannot {action} a referral that is {}", from.as_str())]
    InvalidTransition {
        /// The state the referral is in.
        from: ReferralState,
        /// The step's name ([`ReferralAction::name`]).
        action: &'static str,
    },
    /// A value of the step is not acceptable.
    #[error("invalid {field}: {message_id}")]
    Invalid {
        /// The field (`reason`, `to_org`, `text`, `at`).
        field: &'static str,
        /// The Fluent id of the explanation.
        message_id: &'static str,
    },
    /// The database is down or busy: try again.
    #[error("unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// The database failed.
    #[error("database")]
    Db(#[from] sqlx::Error),
    /// Anything else (a sealed value that does not open).
    #[error("internal")]
    Internal(#[from] anyhow::Error),
}

impl From<FieldProblem> for InboxError {
    fn from(p: FieldProblem) -> Self {
        Self::Invalid {
            field: p.field,
            message_id: p.message_id,
        }
    }
}

impl From<InboxError> for AppError {
    fn from(err: InboxError) -> Self {
        match err {
            InboxError::NotFound => Self::NotFound,
            InboxError::Forbidden => Self::Forbidden("not a municipality user"),
            InboxError::InvalidTransition { from, action } => Self::Unprocessable {
                field: None,
                message: format!("cannot {action} a referral that is {}", from.as_str()),
            },
            InboxError::Invalid { field, message_id } => Self::Unprocessable {
                field: Some(field.to_owned()),
                message: message_id.to_owned(),
            },
            InboxError::Unavailable(e) => Self::Unavailable(e),
            InboxError::Db(e) => e.into(),
            InboxError::Internal(e) => Self::Internal(e),
        }
    }
}

/// One referral in a list: no content, only what sorts and follows up.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralSummary {
    /// The referral's id.
    pub id: String,
    /// The recipient organisation (`socialtjanst:1280`, `programme:…`).
    pub org: String,
    /// Its name in the directory.
    pub org_name: String,
    /// `referral`, or `report_of_concern` (a report about a child, made by law).
    pub kind: String,
    /// Where it stands.
    pub state: ReferralState,
    /// When the contact point sent it (unix ms).
    pub received_at: i64,
    /// The recipient's last step (unix ms).
    pub updated_at: Option<i64>,
    /// When it was accepted (unix ms).
    pub accepted_at: Option<i64>,
    /// When the first contact with the person was made (unix ms, as recorded).
    pub first_contact_at: Option<i64>,
    /// When housing was arranged for the person (unix ms, as recorded).
    pub housing_at: Option<i64>,
    /// When it ended: declined, forwarded, completed or interrupted (unix ms).
    pub closed_at: Option<i64>,
    /// The person has a protected identity (*skyddad identitet*): address data is never
    /// shared and every step needs the care that goes with it.
    pub protected_identity: bool,
}

/// How the person consented to share with this recipient.
#[derive(Debug, Clone, Serialize)]
pub struct Consent {
    /// `form`, `phone`, `chat`, `writing`, or `none` (a report of concern).
    pub how: String,
    /// When (unix ms).
    pub at: Option<i64>,
}

/// One recorded step.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralEvent {
    /// The step's id.
    pub id: String,
    /// When it was recorded (unix ms).
    pub at: i64,
    /// The sign-in name of who recorded it.
    pub actor_name: Option<String>,
    /// `accept`, `decline`, `forward`, `question`, `coordinator_contacted`,
    /// `first_contact`, `housing` or `state`.
    pub kind: String,
    /// The state before.
    pub from: String,
    /// The state after.
    pub to: String,
    /// The time recorded for a contact (unix ms).
    pub occurred_at: Option<i64>,
    /// A forward's organisation id.
    pub detail: String,
    /// What was written (a reason, a question), opened.
    pub text: Option<String>,
}

/// One referral as its recipient reads it.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralView {
    /// The list's facts.
    #[serde(flatten)]
    pub summary: ReferralSummary,
    /// The categories the person consented to share (`basic`, `situation`, `threat`,
    /// `needs`, `message`, `contact`).
    pub categories: Vec<String>,
    /// The consent the referral rests on.
    pub consent: Consent,
    /// The shared data: exactly the consented categories, as the contact point sent them.
    pub shared: Value,
    /// The contact point's note for the recipient.
    pub note: Option<String>,
    /// The engine's reasons that rest only on shared facts.
    pub reasons: Vec<ReasonView>,
    /// The contact point recorded the report of concern about the child (told only when
    /// the child's age was shared, or the referral is that report).
    pub mandatory_report_recorded: bool,
    /// When the police region's defector coordinator was contacted (unix ms, as recorded).
    pub coordinator_contacted_at: Option<i64>,
    /// Where a forward pointed.
    pub forwarded_to: Option<String>,
    /// The times of each reporting state (unix ms).
    pub state_times: StateTimes,
    /// Every step, oldest first.
    pub events: Vec<ReferralEvent>,
    /// The steps allowed now, by name.
    pub allowed_actions: Vec<&'static str>,
    /// The case states it may move to now.
    pub next_states: Vec<CaseState>,
}

/// When each reporting state was reached (unix ms).
#[derive(Debug, Clone, Default, Serialize)]
pub struct StateTimes {
    /// Declined.
    pub declined_at: Option<i64>,
    /// Forwarded.
    pub forwarded_at: Option<i64>,
    /// Assessment began.
    pub assessment_at: Option<i64>,
    /// The case was opened.
    pub case_opened_at: Option<i64>,
    /// Support became active.
    pub active_at: Option<i64>,
}

/// The scope of user `user_id`: their municipality codes. [`InboxError::Forbidden`] when
/// the user is unknown, disabled or not a municipality user.
pub async fn scope_for(db: &Db, user_id: &str) -> Result<Scope, InboxError> {
    let user = store::scope_user(db, user_id)
        .await?
        .ok_or(InboxError::Forbidden)?;
    if user.disabled || user.role != Role::Municipality.as_str() {
        return Err(InboxError::Forbidden);
    }
    Ok(Scope {
        user_id: user_id.to_owned(),
        municipalities: store::user_codes(db, user_id).await?,
    })
}

fn org_name(state: &AppState, id: &str) -> String {
    state
        .directory()
        .org(id)
        .map_or_else(|| id.to_owned(), |o| o.name.clone())
}

fn summary(state: &AppState, r: &ReferralRow) -> Result<ReferralSummary, InboxError> {
    let status = ReferralState::parse(&r.status)
        .ok_or_else(|| anyhow::anyhow!("referral {} has an unknown status", r.id))?;
    Ok(ReferralSummary {
        id: r.id.clone(),
        org: r.org.clone(),
        org_name: org_name(state, &r.org),
        kind: r.kind.clone(),
        state: status,
        received_at: r.created_at,
        updated_at: r.updated_at,
        accepted_at: r.accepted_at,
        first_contact_at: r.first_contact_at,
        housing_at: r.housing_at,
        closed_at: r.closed_at.or(r.declined_at).or(r.forwarded_at),
        protected_identity: r.protected,
    })
}

/// The referrals addressed to the scope's municipalities and not withdrawn, newest first;
/// only those in `filter` when given. Audited as a look at the list (`view_queue`).
pub async fn list(
    state: &AppState,
    scope: &Scope,
    filter: Option<ReferralState>,
    page: &Page,
) -> Result<Vec<ReferralSummary>, InboxError> {
    let limit = if page.limit == 0 {
        MAX_LIMIT
    } else {
        page.limit.min(MAX_LIMIT)
    };
    let rows = store::list(
        state.db(),
        &ListQuery {
            codes: &scope.municipalities,
            status: filter.map(ReferralState::as_str),
            after: page.after.as_deref(),
            limit: i64::from(limit),
        },
    )
    .await?;
    let now = state.clock().now_ms();
    audit::append(state.db(), now, &scope.user_id, Action::ViewQueue, None, "inbox").await?;
    rows.iter().map(|r| summary(state, r)).collect()
}

/// Referral `referral_id` as its recipient reads it. [`InboxError::NotFound`] outside the
/// scope or once consent is withdrawn. Audited as a look at the case (`view_case`), and
/// as a look at contact data (`view_contact`) when the shared data holds a phone number.
pub async fn get(state: &AppState, scope: &Scope, referral_id: &str) -> Result<ReferralView, InboxError> {
    let row = store::find(state.db(), &scope.municipalities, referral_id)
        .await?
        .ok_or(InboxError::NotFound)?;
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
async fn build_view(state: &AppState, row: &ReferralRow) -> Result<ReferralView, InboxError> {
    // Withdrawn between the two reads: nothing may be shown.
    let shared = crate::console::shared_payload(state, &row.id)
        .await
        .map_err(|e| match e {
            AppError::Unavailable(cause) => InboxError::Unavailable(cause),
            other => InboxError::Internal(other.into()),
        })?
        .ok_or(InboxError::NotFound)?;
    let keys = state.keys();
    let note = row
        .note_sealed
        .as_ref()
        .map(|sealed| keys.open_string(format!("referral.note:{}", row.id).as_bytes(), sealed))
        .transpose()?;
    let categories: Vec<String> = row
        .categories
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let reasons = match decision_of(state, &row.enquiry_id).await? {
        Some(decision) => {
            let fields = reasons::rule_fields(&state.engine());
            reasons::visible(&decision, &fields, &categories, |id| org_name(state, id))
        }
        None => Vec::new(),
    };
    // A recorded report says the person is a child: told only to whom the age was shared.
    let report_visible = row.kind == "report_of_concern" || categories.iter().any(|c| c == "basic");
    let mandatory_report_recorded =
        report_visible && crate::console::mandatory_report_recorded(state.db(), &row.enquiry_id).await?;
    let events = store::events(state.db(), &row.id)
        .await?
        .iter()
        .map(|e| open_event(state, e))
        .collect::<Result<Vec<_>, _>>()?;
    let summary = summary(state, row)?;
    let from = summary.state;
    Ok(ReferralView {
        summary,
        categories,
        consent: Consent {
            how: row.consent_how.clone(),
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
        next_states: model::next_case_states(from),
    })
}

/// The steps allowed now: the state machine's, less contact times already recorded.
fn allowed(from: ReferralState, row: &ReferralRow) -> Vec<&'static str> {
    model::allowed_actions(from)
        .into_iter()
        .filter(|a| match *a {
            "coordinator_contacted" => row.coordinator_contacted_at.is_none(),
            "first_contact" => row.first_contact_at.is_none(),
            "housing" => row.housing_at.is_none(),
            _ => true,
        })
        .collect()
}

/// The decision in force on the case, opened.
async fn decision_of(state: &AppState, enquiry_id: &str) -> Result<Option<Decision>, InboxError> {
    let Some(case) = crate::enquiry::store::case_row(state.db(), enquiry_id).await? else {
        return Ok(None);
    };
    let bytes = state
        .keys()
        .open(
            format!("enquiry.decision:{enquiry_id}").as_bytes(),
            &case.decision_sealed,
        )
        .map_err(anyhow::Error::from)?;
    Ok(Some(serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?))
}

fn open_event(state: &AppState, e: &EventRow) -> Result<ReferralEvent, InboxError> {
    let text = e
        .text_sealed
        .as_ref()
        .map(|sealed| {
            state
                .keys()
                .open_string(format!("referral_events.text:{}", e.id).as_bytes(), sealed)
        })
        .transpose()?;
    Ok(ReferralEvent {
        id: e.id.clone(),
        at: e.at,
        actor_name: e.actor_name.clone(),
        kind: e.kind.clone(),
        from: e.from_status.clone(),
        to: e.to_status.clone(),
        occurred_at: e.occurred_at,
        detail: e.detail.clone(),
        text,
    })
}

/// Takes step `action` on referral `referral_id` for `actor_user_id` and answers the
/// referral as it is after it.
///
/// [`InboxError::NotFound`] outside the scope or after withdrawal (nothing changes);
/// [`InboxError::InvalidTransition`] when the step is not allowed from the current state;
/// [`InboxError::Invalid`] for an empty or too long text, an organisation that is not
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
) -> Result<ReferralView, InboxError> {
    let row = store::find(state.db(), &scope.municipalities, referral_id)
        .await?
        .ok_or(InboxError::NotFound)?;
    let from = ReferralState::parse(&row.status)
        .ok_or_else(|| anyhow::anyhow!("referral {} has an unknown status", row.id))?;
    let to = model::next_state(from, &action).ok_or(InboxError::InvalidTransition {
        from,
        action: action.name(),
    })?;
    let now = state.clock().now_ms();
    let prepared = prepare(state, &row, &action, now)?;
    let event_id = uuid::Uuid::new_v4().to_string();
    let text_sealed = prepared.text.as_deref().map(|text| {
        state
            .keys()
            .seal_str(format!("referral_events.text:{event_id}").as_bytes(), text)
    });
    let stored = store::apply(
        state.db(),
        &Step {
            event_id: &event_id,
            referral_id: &row.id,
            enquiry_id: &row.enquiry_id,
            actor: actor_user_id,
            now,
            kind: action.name(),
            from: from.as_str(),
            to: to.as_str(),
            stamp: prepared.stamp,
            stamp_once: prepared.stamp_once,
            occurred_at: prepared.occurred_at,
            detail: &prepared.detail,
            text_sealed: text_sealed.as_deref(),
            forwarded_to: prepared.forwarded_to.as_deref(),
            back_to_queue: matches!(to, ReferralState::Declined | ReferralState::Forwarded),
        },
    )
    .await?;
    if !stored {
        return Err(refused(state, scope, &row, &action).await);
    }
    let (audit_action, detail) = audit_of(&action, &prepared.detail);
    audit::append(
        state.db(),
        now,
        actor_user_id,
        audit_action,
        Some(&row.enquiry_id),
        detail,
    )
    .await?;
    tracing::info!(referral.id = %row.id, enquiry.id = %row.enquiry_id, step = action.name(), "referral step");
    state.events().publish(Change::Updated, &row.enquiry_id);
    let after = store::find(state.db(), &scope.municipalities, &row.id)
        .await?
        .ok_or(InboxError::NotFound)?;
    let view = build_view(state, &after).await?;
    // The answer carries the shared data: it is a look as well as a step.
    let case = Some(row.enquiry_id.as_str());
    audit::append(state.db(), now, actor_user_id, Action::ViewCase, case, &row.org).await?;
    Ok(view)
}

/// Why a step that passed the checks was not stored: the referral moved on (or was
/// withdrawn) meanwhile, or the contact time was recorded by someone else.
async fn refused(state: &AppState, scope: &Scope, row: &ReferralRow, action: &ReferralAction) -> InboxError {
    match store::find(state.db(), &scope.municipalities, &row.id).await {
        Ok(Some(now)) => match ReferralState::parse(&now.status) {
            Some(from) if now.status != row.status => InboxError::InvalidTransition {
                from,
                action: action.name(),
            },
            _ => InboxError::Invalid {
                field: "at",
                message_id: "inbox-error-already-recorded",
            },
        },
        Ok(None) => InboxError::NotFound,
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
) -> Result<Prepared, InboxError> {
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
                .ok_or(InboxError::Invalid {
                    field: "to_org",
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
                return Err(InboxError::Invalid {
                    field: "at",
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

/// One step a recipient recorded on a referral of a case, for the contact point's case
/// page: declines with their reason, forwards, questions, contacts and states.
#[derive(Debug, Clone, Serialize)]
pub struct CaseNote {
    /// The referral.
    pub referral_id: String,
    /// The step.
    #[serde(flatten)]
    pub event: ReferralEvent,
}

/// Every step recipients recorded on the referrals of case `enquiry_id`, oldest first,
/// with their texts opened. For the console (the caller audits its own look).
pub async fn case_notes(state: &AppState, enquiry_id: &str) -> Result<Vec<CaseNote>, InboxError> {
    store::events_of_case(state.db(), enquiry_id)
        .await?
        .iter()
        .map(|e| {
            Ok(CaseNote {
                referral_id: e.referral_id.clone(),
                event: open_event(state, e)?,
            })
        })
        .collect()
}
