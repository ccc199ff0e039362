//! Who reads a case. The queue and the case page show everyone who works cases the
//! decision's facts; the case's content — the person's words, the conversation and
//! replies, contact data (the callback number and code word, a chat's transcript), what a
//! referral shared and the recipients' notes — is read only by a handler or supervisor
//! who holds the case, or who has written why they must read it without holding it
//! (break-glass: sealed, audited, listed for supervisors, valid for this user and this
//! case for `[access] break_glass_minutes`). Admins and auditors never read case content.
//!
//! On a protected case (`enquiries.protected`) the municipality, everything that names
//! the place (the recipients, the decision's history, referrals, the facts form) and the
//! content are hidden from everyone not named on it in `protected_access` — a claim or a
//! reason does not lift that; a supervisor names handlers.
//!
//! Routes: `POST /console/cases/{id}/break-glass` (field `reason`, 1–500 characters) and
//! `GET /console/break-glass` (supervisors: who read which case, when, until when, why).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Serialize;
use sqlx::FromRow;

use super::model::Case;
use super::outcome::Outcome;
use super::store;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::chat::room::{self, Shown};
use crate::crypto::{Column, Context};
use crate::db::Db;
use crate::enquiry::store::{self as enquiry_store, CaseRow};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::staff::{local, require, staff_page};
use crate::{with_db, with_tx};

/// Longest break-glass reason, in characters.
pub(super) const REASON_MAX_CHARS: usize = 500;

/// Rows the supervisors' list shows, newest first.
const LIST_LIMIT: i64 = 500;

/// The break-glass routes (the case action is drawn by the case page's `again`).
pub(super) fn case_routes() -> Router<AppState> {
    Router::new().route("/console/cases/{id}/break-glass", post(break_glass))
}

/// The supervisors' list.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/break-glass", get(list))
}

/// Why the content of a case is not shown to this viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hidden {
    /// The viewer's role never reads case content (admins; auditors do not open cases).
    Role,
    /// A protected case, and the viewer is not named on it.
    Protected,
    /// The viewer neither holds the case nor has given a reason that is still valid.
    NotHeld,
}

impl Hidden {
    /// The notice's message id.
    fn message(self) -> &'static str {
        match self {
            Self::Role => "access-why-role",
            Self::Protected => "access-why-protected",
            Self::NotHeld => "access-why-not-held",
        }
    }
}

/// What a viewer may see of one case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Access {
    /// Why the content is hidden; `None` when the viewer reads it.
    pub(super) hidden: Option<Hidden>,
    /// Whether the viewer sees where the person lives (false only on a protected case
    /// for someone not named on it).
    pub(super) sees_place: bool,
    /// Until when a break-glass reason lets the viewer read (unix ms), when that is why.
    pub(super) glass_until: Option<i64>,
}

impl Access {
    /// Nothing: what a case carries until [`of`] has looked.
    pub(super) const NONE: Self = Self {
        hidden: Some(Hidden::Role),
        sees_place: false,
        glass_until: None,
    };

    /// Whether the viewer reads the case's content.
    pub(super) fn reads(&self) -> bool {
        self.hidden.is_none()
    }
}

/// What `user` may see of the case whose row is `row`.
pub(super) async fn of(
    state: &AppState,
    user: &StaffUser,
    id: &str,
    row: &CaseRow,
) -> Result<Access, AppError> {
    let named = !row.protected || store::is_named(state.db(), id, &user.user_id).await?;
    let mut access = Access {
        hidden: None,
        sees_place: named,
        glass_until: None,
    };
    if !can(user.role, Permission::ReadContent) {
        access.hidden = Some(Hidden::Role);
    } else if !named {
        access.hidden = Some(Hidden::Protected);
    } else if row.assigned_to.as_deref() != Some(user.user_id.as_str()) {
        access.glass_until = valid_until(state.db(), id, &user.user_id, state.clock().now_ms()).await?;
        if access.glass_until.is_none() {
            access.hidden = Some(Hidden::NotHeld);
        }
    }
    Ok(access)
}

/// Hides from `case` what its viewer may not see (its `access` says what that is): the
/// person's words and the conversation, and where they live.
pub(super) fn redact(case: &mut Case) {
    if !case.access.reads() {
        case.conversation.clear();
        case.input.enquiry.message = None;
    }
    if !case.access.sees_place {
        case.input.enquiry.municipality = None;
        case.decision.recipients.clear();
    }
}

/// A chat's transcript (case `case`), when its viewer reads the case; else nothing.
pub(super) async fn transcript(state: &AppState, case: &Case) -> Result<Vec<Shown>, AppError> {
    if !case.access.reads() {
        return Ok(Vec::new());
    }
    room::messages_after(state, &case.id, 0).await
}

/// Refuses (403), before the handler runs, an action on a protected case by someone not
/// named on it: the facts, the decision, a referral, a callback attempt, a template, closing
/// or reopening. The page hides those forms from them; this makes it so on the server too,
/// whatever is posted. Claiming, the reason form and the protection's own routes decide
/// for themselves.
pub(super) async fn named_only(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Result<Response, AppError> {
    let (mut parts, body) = request.into_parts();
    // Only /console/cases/{id}/…: the other routes under this layer (the overrides and
    // template pages) name no case and cost no look-up.
    let id = parts
        .uri
        .path()
        .strip_prefix("/console/cases/")
        .and_then(|rest| rest.split('/').next())
        .map(str::to_owned);
    if let (Some(id), Ok(user)) = (
        id,
        <StaffUser as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, &state)
            .await,
    ) && let Some(row) = enquiry_store::case_row(state.db(), &id).await?
        && row.protected
        && !store::is_named(state.db(), &id, &user.user_id).await?
    {
        return Err(AppError::Forbidden("not named on this protected case"));
    }
    Ok(next.run(axum::extract::Request::from_parts(parts, body)).await)
}

/// Refuses (403) a user who does not read case `id` now: the chat's live connection.
pub(super) async fn must_read(state: &AppState, user: &StaffUser, id: &str) -> Result<(), AppError> {
    let row = enquiry_store::case_row(state.db(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if of(state, user, id, &row).await?.reads() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "neither holds this case nor gave a reason to read it",
        ))
    }
}

/// What the case page shows of this: the notice in place of the words, and the form to
/// give a reason.
#[derive(Serialize)]
pub(super) struct AccessView {
    access_reads: bool,
    access_hides_place: bool,
    access_why: Option<&'static str>,
    access_may_break_glass: bool,
    access_glass_until: Option<String>,
    access_minutes: u32,
    access_reason_max: usize,
    access_reason_typed: &'static str,
    access_reason_error: Option<&'static str>,
}

/// The access section of the case (and chat) page.
pub(super) fn view(state: &AppState, case: &Case) -> AccessView {
    let access = &case.access;
    AccessView {
        access_reads: access.reads(),
        access_hides_place: !access.sees_place,
        access_why: access.hidden.map(Hidden::message),
        access_may_break_glass: access.hidden == Some(Hidden::NotHeld),
        access_glass_until: access.glass_until.map(local),
        access_minutes: state.config().access.break_glass_minutes,
        access_reason_max: REASON_MAX_CHARS,
        access_reason_typed: "",
        access_reason_error: None,
    }
}

/// What a refused reason shows: the problem and what was typed.
#[derive(Debug, Serialize)]
pub(super) struct Refusal {
    access_reason_error: &'static str,
    access_reason_typed: String,
}

/// `POST /console/cases/{id}/break-glass` (field `reason`): lets the user read this case
/// for the configured minutes, the reason sealed, audited in the same commit.
async fn break_glass(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Refusal>, AppError> {
    require(&user, Permission::ReadContent)?;
    let row = enquiry_store::case_row(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = form.get("reason").unwrap_or_default();
    let reason = typed.trim();
    let refuse = |message: &'static str| Refusal {
        access_reason_error: message,
        access_reason_typed: typed.to_owned(),
    };
    if row.protected && !store::is_named(state.db(), &id, &user.user_id).await? {
        // A reason does not lift protected identity: a supervisor names who may read.
        return Ok(Outcome::Refused {
            status: StatusCode::FORBIDDEN,
            shown: refuse("access-why-protected"),
        });
    }
    let length = reason.chars().count();
    if length == 0 {
        return Ok(Outcome::Invalid {
            shown: refuse("access-reason-empty"),
        });
    }
    if length > REASON_MAX_CHARS {
        return Ok(Outcome::Invalid {
            shown: refuse("access-reason-too-long"),
        });
    }
    let grant = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(&Context::new(Column::BreakGlassReason, &grant), reason);
    let now = state.clock().now_ms();
    let until = now + i64::from(state.config().access.break_glass_minutes) * 60_000;
    let me = user.user_id.as_str();
    crate::transact!(state.db(), |tx| {
        with_tx!(tx, |conn| sqlx::query(
            "insert into break_glass (id, enquiry_id, user_id, reason_sealed, created_at, expires_at) \
             values ($1, $2, $3, $4, $5, $6)"
        )
        .bind(&grant)
        .bind(&id)
        .bind(me)
        .bind(&sealed)
        .bind(now)
        .bind(until)
        .execute(&mut *conn)
        .await
        .map(|_| ()))?;
        audit::append_tx(tx, now, me, Action::BreakGlass, Some(&id), &grant).await
    })?;
    Ok(Outcome::to_case(&id, "#conversation"))
}

/// Until when `user_id` may read case `id` by a reason given (the latest grant), if a
/// grant is still valid at `now`.
async fn valid_until(db: &Db, id: &str, user_id: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    const SQL: &str = "select max(expires_at) from break_glass \
        where enquiry_id = $1 and user_id = $2 and expires_at > $3";
    with_db!(db, |pool| sqlx::query_scalar::<_, Option<i64>>(SQL)
        .bind(id)
        .bind(user_id)
        .bind(now)
        .fetch_one(pool)
        .await)
}

/// One break-glass read as stored, with the reader's name.
#[derive(FromRow)]
struct GrantRow {
    enquiry_id: String,
    id: String,
    name: String,
    created_at: i64,
    expires_at: i64,
    reason_sealed: Vec<u8>,
}

/// One break-glass read as the supervisors' page lists it.
#[derive(Serialize)]
struct GrantView {
    case_id: String,
    who: String,
    at: String,
    until: String,
    valid: bool,
    reason: String,
}

/// `GET /console/break-glass` (supervisors): every read without holding, newest first.
async fn list(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    const SQL: &str = "select b.id, b.enquiry_id, coalesce(u.name, b.user_id) as name, b.created_at, \
        b.expires_at, b.reason_sealed from break_glass b left join users u on u.id = b.user_id \
        order by b.created_at desc, b.id limit $1";
    let rows: Vec<GrantRow> = with_db!(state.db(), |pool| sqlx::query_as::<_, GrantRow>(SQL)
        .bind(LIST_LIMIT)
        .fetch_all(pool)
        .await)?;
    let now = state.clock().now_ms();
    let mut grants = Vec::with_capacity(rows.len());
    for r in rows {
        let reason = state
            .keys()
            .open_string(&Context::new(Column::BreakGlassReason, &r.id), &r.reason_sealed)?;
        grants.push(GrantView {
            case_id: r.enquiry_id,
            who: r.name,
            at: local(r.created_at),
            until: local(r.expires_at),
            valid: r.expires_at > now,
            reason,
        });
    }
    audit::append(state.db(), now, &user.user_id, Action::ViewBreakGlass, None, "").await?;
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/break-glass.html",
        "/console/break-glass",
    )
    .with("grants", &grants)
    .render(&state))
}
