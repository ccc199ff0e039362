//! The human decision on a case: a handler may change the engine's priority or recipients
//! with a written reason, and closes the case with an outcome (or reopens it). The
//! engine's proposal and every override are kept in `case_decisions`, sealed, so policy
//! owners can improve the rules from the differences; the enquiry's own columns hold the
//! decision in force, so the rest of the console uses it.
//!
//! Routes: `POST /console/cases/{id}/override`, `POST /console/cases/{id}/close`,
//! `POST /console/cases/{id}/reopen`, `GET /console/overrides` (supervisors), and the
//! protected-identity routes of [`super::protection`].

use std::collections::HashSet;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Value, json};
use sqlx::FromRow;
use time::OffsetDateTime;

use super::case::{self, Case};
use super::pages::{local, require, staff_page};
use super::protection;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::db::Db;
use crate::directory::{Directory, OrgKind, OutOfHours};
use crate::error::AppError;
use crate::events::Change;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Decision, Flag, Notice, Priority, Reason, Recipient, Role};
use crate::web::{Page, RawForm, csrf};
use crate::with_db;

/// The longest written reason for an override, in characters.
const REASON_MAX_CHARS: usize = 2000;
/// Overridden cases the overrides page lists at most (newest first).
const OVERRIDES_LIMIT: i64 = 500;
/// How a case can end (CONTRACT-like codes; follow-up counts them).
const OUTCOMES: [&str; 4] = [
    "advice_given",
    "referred",
    "referred_with_report",
    "no_further_action",
];

/// This part's routes (and those of the protected-identity marker).
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{id}/override", post(override_decision))
        .route("/console/cases/{id}/close", post(close))
        .route("/console/cases/{id}/reopen", post(reopen))
        .route("/console/overrides", get(overrides_page))
        .merge(protection::routes())
}

/// One recipient row of the override form, as shown or as typed.
#[derive(Debug, Clone, Serialize)]
struct FormRow {
    org: String,
    name: String,
    role: String,
    invalid: bool,
}

/// The override form, as shown or as typed (everything kept on an error).
#[derive(Debug, Serialize)]
struct OverrideForm {
    priority: String,
    rows: Vec<FormRow>,
    add_org: String,
    add_role: String,
    reason: String,
    priority_invalid: bool,
    add_invalid: bool,
    reason_invalid: bool,
}

/// A problem with the override form: the Fluent message, the field it links to and the
/// organisation it names, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct FieldError {
    message: &'static str,
    field: String,
    org: String,
}

impl FieldError {
    fn new(message: &'static str, field: impl Into<String>, org: &str) -> Self {
        Self {
            message,
            field: field.into(),
            org: org.to_owned(),
        }
    }
}

fn org_name(directory: &Directory, org: &str) -> String {
    directory
        .org(org)
        .map_or_else(|| org.to_owned(), |o| o.name.clone())
}

impl OverrideForm {
    /// The form for the decision in force, untouched.
    fn initial(directory: &Directory, decision: &Decision) -> Self {
        Self {
            priority: decision.priority.as_str().to_owned(),
            rows: decision
                .recipients
                .iter()
                .map(|r| FormRow {
                    org: r.org.clone(),
                    name: org_name(directory, &r.org),
                    role: r.role.as_str().to_owned(),
                    invalid: false,
                })
                .collect(),
            add_org: String::new(),
            add_role: Role::Secondary.as_str().to_owned(),
            reason: String::new(),
            priority_invalid: false,
            add_invalid: false,
            reason_invalid: false,
        }
    }

    /// The form as posted: rows pair the repeated `org` and `role` fields in order.
    fn typed(directory: &Directory, form: &RawForm) -> Result<Self, AppError> {
        let (orgs, roles) = (form.all("org"), form.all("role"));
        if orgs.len() != roles.len() {
            return Err(AppError::BadRequest("org and role fields do not pair".to_owned()));
        }
        Ok(Self {
            priority: form.get("priority").unwrap_or_default().to_owned(),
            rows: orgs
                .iter()
                .zip(&roles)
                .map(|(org, role)| FormRow {
                    org: (*org).to_owned(),
                    name: org_name(directory, org),
                    role: (*role).to_owned(),
                    invalid: false,
                })
                .collect(),
            add_org: form.get("add_org").unwrap_or_default().trim().to_owned(),
            add_role: form.get("add_role").unwrap_or_default().to_owned(),
            reason: form.get("reason").unwrap_or_default().to_owned(),
            priority_invalid: false,
            add_invalid: false,
            reason_invalid: false,
        })
    }
}

/// What a valid override asks for.
#[derive(Debug, PartialEq)]
struct Chosen {
    priority: Priority,
    recipients: Vec<(String, Role)>,
    reason: String,
}

/// Checks an override like the engine's contract: a priority, exactly one primary, known
/// organisations, civil society only as secondary or inform, only while vetted and never
/// on a P1 case, and a written reason. Marks the fields at fault in `form`.
fn validate(
    form: &mut OverrideForm,
    current: &Decision,
    directory: &Directory,
    now: OffsetDateTime,
) -> Result<Chosen, Vec<FieldError>> {
    let mut errors = Vec::new();
    let priority = form.priority.parse::<Priority>().ok();
    if priority.is_none() {
        form.priority_invalid = true;
        errors.push(FieldError::new(
            "decisions-error-priority",
            "i-decisions-priority",
            "",
        ));
    }
    // (org, role, field, row index or None for the added row)
    let mut chosen: Vec<(String, Role, String, Option<usize>)> = Vec::new();
    let mut seen = HashSet::new();
    for (i, row) in form.rows.iter_mut().enumerate() {
        let field = format!("i-decisions-role-{i}");
        let known = directory.org(&row.org).is_some() || current.recipient(&row.org).is_some();
        if !known {
            row.invalid = true;
            errors.push(FieldError::new("decisions-error-unknown-org", field, &row.org));
            continue;
        }
        if row.role == "remove" {
            continue;
        }
        let Ok(role) = row.role.parse::<Role>() else {
            row.invalid = true;
            errors.push(FieldError::new("decisions-error-role", field, &row.org));
            continue;
        };
        if !seen.insert(row.org.clone()) {
            row.invalid = true;
            errors.push(FieldError::new("decisions-error-duplicate", field, &row.org));
            continue;
        }
        chosen.push((row.org.clone(), role, field, Some(i)));
    }
    if !form.add_org.is_empty() {
        let field = "i-decisions-add-org";
        if directory.org(&form.add_org).is_none() {
            form.add_invalid = true;
            errors.push(FieldError::new(
                "decisions-error-unknown-org",
                field,
                &form.add_org,
            ));
        } else if seen.contains(&form.add_org) {
            form.add_invalid = true;
            errors.push(FieldError::new("decisions-error-duplicate", field, &form.add_org));
        } else if let Ok(role) = form.add_role.parse::<Role>() {
            chosen.push((form.add_org.clone(), role, field.to_owned(), None));
        } else {
            form.add_invalid = true;
            errors.push(FieldError::new("decisions-error-role", field, &form.add_org));
        }
    }
    let primaries: Vec<(&String, Option<usize>)> = chosen
        .iter()
        .filter(|c| c.1 == Role::Primary)
        .map(|c| (&c.2, c.3))
        .collect();
    if primaries.len() != 1 {
        // Point at the second primary when there are two, else at the first row.
        let (field, row) = primaries
            .get(1)
            .map_or(("i-decisions-role-0".to_owned(), Some(0)), |(f, r)| {
                ((*f).clone(), *r)
            });
        match row {
            Some(i) if i < form.rows.len() => form.rows[i].invalid = true,
            _ => form.add_invalid = true,
        }
        errors.push(FieldError::new("decisions-error-primary", field, ""));
    }
    for (org, role, field, row) in &chosen {
        let civil = directory
            .org(org)
            .map_or(org.starts_with("civil:"), |o| o.kind == OrgKind::CivilSociety);
        if !civil {
            continue;
        }
        let vetted = directory.org(org).is_some_and(|o| o.is_vetted_at(now));
        let problems = [
            (*role == Role::Primary, "decisions-error-civil-primary"),
            (!vetted, "decisions-error-civil-vetting"),
            (priority == Some(Priority::P1), "decisions-error-civil-acute"),
        ];
        for (_, message) in problems.iter().filter(|(fault, _)| *fault) {
            match row {
                Some(i) => form.rows[*i].invalid = true,
                None => form.add_invalid = true,
            }
            errors.push(FieldError::new(message, field.clone(), org));
        }
    }
    let reason = form.reason.trim();
    let length = reason.chars().count();
    if length == 0 || length > REASON_MAX_CHARS {
        form.reason_invalid = true;
        let message = if length == 0 {
            "decisions-error-reason"
        } else {
            "decisions-error-reason-long"
        };
        errors.push(FieldError::new(message, "i-decisions-reason", ""));
    }
    let recipients: Vec<(String, Role)> = chosen.into_iter().map(|(o, r, _, _)| (o, r)).collect();
    if errors.is_empty() && priority == Some(current.priority) && same_recipients(current, &recipients) {
        form.priority_invalid = true;
        errors.push(FieldError::new(
            "decisions-error-unchanged",
            "i-decisions-priority",
            "",
        ));
    }
    match priority {
        Some(priority) if errors.is_empty() => Ok(Chosen {
            priority,
            recipients,
            reason: reason.to_owned(),
        }),
        _ => Err(errors),
    }
}

fn same_recipients(current: &Decision, chosen: &[(String, Role)]) -> bool {
    current.recipients.len() == chosen.len()
        && chosen
            .iter()
            .all(|(org, role)| current.recipient(org).is_some_and(|r| r.role == *role))
}

/// The decision in force after an override: kept recipients keep their reasons and rule
/// ids; added ones get `added` as their reason and the directory's hours.
fn apply(
    current: &Decision,
    chosen: &Chosen,
    directory: &Directory,
    now: OffsetDateTime,
    added: &Reason,
) -> Decision {
    let acute = chosen.priority == Priority::P1;
    let mut recipients: Vec<Recipient> = chosen
        .recipients
        .iter()
        .map(|(org, role)| match current.recipient(org) {
            Some(kept) => Recipient {
                role: *role,
                ..kept.clone()
            },
            None => {
                let found = directory.org(org);
                let open = found.is_none_or(|o| o.is_open(now));
                let alternative = if acute {
                    OutOfHours::Emergency112
                } else {
                    found.map_or(OutOfHours::ContactPoint, |o| o.out_of_hours)
                };
                Recipient {
                    org: org.clone(),
                    role: *role,
                    rules: Vec::new(),
                    reason: added.clone(),
                    open,
                    out_of_hours: (!open).then_some(alternative),
                    no_offence_data: found.is_some_and(|o| o.kind == OrgKind::CivilSociety),
                }
            }
        })
        .collect();
    recipients.sort_by_key(|r| r.role);
    let civil = recipients.iter().any(|r| r.no_offence_data);
    let primary_closed = recipients.first().is_some_and(|r| !r.open);
    let notices = Notice::ALL
        .iter()
        .copied()
        .filter(|n| match n {
            Notice::NoOffenceData => civil,
            Notice::PrimaryClosed => primary_closed,
            other => current.has_notice(*other),
        })
        .collect();
    Decision {
        priority: chosen.priority,
        recipients,
        flags: current.flags.clone(),
        notices,
        rules_version: current.rules_version.clone(),
        trail: current.trail.clone(),
    }
}

/// One difference between two decisions, for people (no personal text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Difference {
    /// `priority`, `added`, `removed` or `role`.
    pub(crate) what: &'static str,
    /// The organisation id (empty for the priority).
    pub(crate) org: String,
    /// Its name in the directory.
    pub(crate) name: String,
    /// The value before (a priority or role; empty when added).
    pub(crate) from: String,
    /// The value after (empty when removed).
    pub(crate) to: String,
}

fn differences(before: &Decision, after: &Decision, directory: &Directory) -> Vec<Difference> {
    let mut out = Vec::new();
    if before.priority != after.priority {
        out.push(Difference {
            what: "priority",
            org: String::new(),
            name: String::new(),
            from: before.priority.as_str().to_owned(),
            to: after.priority.as_str().to_owned(),
        });
    }
    for r in &after.recipients {
        let was = before.recipient(&r.org).map(|b| b.role);
        if was == Some(r.role) {
            continue;
        }
        out.push(Difference {
            what: if was.is_some() { "role" } else { "added" },
            org: r.org.clone(),
            name: org_name(directory, &r.org),
            from: was.map(|w| w.as_str().to_owned()).unwrap_or_default(),
            to: r.role.as_str().to_owned(),
        });
    }
    for r in before
        .recipients
        .iter()
        .filter(|b| after.recipient(&b.org).is_none())
    {
        out.push(Difference {
            what: "removed",
            org: r.org.clone(),
            name: org_name(directory, &r.org),
            from: r.role.as_str().to_owned(),
            to: String::new(),
        });
    }
    out
}

// ---- storage ----

#[derive(Debug, FromRow)]
struct DecisionRow {
    id: String,
    at: i64,
    kind: String,
    actor_name: String,
    decision_sealed: Vec<u8>,
    reason_sealed: Option<Vec<u8>>,
}

async fn history_rows(db: &Db, enquiry_id: &str) -> Result<Vec<DecisionRow>, sqlx::Error> {
    // The engine's row has actor `engine`, which names no user.
    const SQL: &str = "select d.id, d.at, d.kind, coalesce(u.name, d.actor) as actor_name, \
        d.decision_sealed, d.reason_sealed from case_decisions d left join users u on u.id = d.actor \
        where d.enquiry_id = $1 order by d.seq";
    with_db!(db, |pool| sqlx::query_as::<_, DecisionRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// One sealed row of `case_decisions`, ready to insert.
struct NewDecision<'a> {
    id: String,
    at: i64,
    actor: &'a str,
    kind: &'static str,
    priority: &'static str,
    decision_sealed: Vec<u8>,
    reason_sealed: Option<Vec<u8>>,
}

/// The override, in one transaction: the engine's proposal first (only if the case has
/// no stored decisions yet), the override after it, and the enquiry's columns.
async fn store_override(
    db: &Db,
    enquiry_id: &str,
    engine: &NewDecision<'_>,
    human: &NewDecision<'_>,
    in_force: (&[u8], &Decision),
) -> Result<(), sqlx::Error> {
    // seq 1 is the engine's; a second handler's first override finds it taken and keeps it.
    const ENGINE: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed, reason_sealed) values ($1, $2, 1, $3, $4, $5, $6, $7, $8) \
        on conflict (enquiry_id, seq) do nothing";
    const HUMAN: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed, reason_sealed) select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8 \
        from case_decisions where enquiry_id = $2";
    const ENQUIRY: &str = "update enquiries set decision_sealed = $2, priority = $3, flags = $4, child = $5, \
        updated_at = $6 where id = $1";
    let (sealed, decision) = in_force;
    let flags = crate::intake::flags_column(&decision.flags);
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        for (sql, row) in [(ENGINE, engine), (HUMAN, human)] {
            sqlx::query(sql)
                .bind(row.id.as_str())
                .bind(enquiry_id)
                .bind(row.at)
                .bind(row.actor)
                .bind(row.kind)
                .bind(row.priority)
                .bind(row.decision_sealed.as_slice())
                .bind(row.reason_sealed.as_deref())
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(ENQUIRY)
            .bind(enquiry_id)
            .bind(sealed)
            .bind(decision.priority.as_str())
            .bind(flags.as_str())
            .bind(decision.has_flag(Flag::Child))
            .bind(human.at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    })
}

/// Closes (`Some(outcome)`) or reopens (`None`) a case and records it; false when the case
/// was not in the state to allow it (already closed, or not closed).
async fn store_close_or_reopen(
    db: &Db,
    enquiry_id: &str,
    outcome: Option<&str>,
    actor: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const CLOSE: &str = "update enquiries set status = 'closed', outcome = $2, closed_at = $3, updated_at = $3 \
        where id = $1 and status <> 'closed'";
    const REOPEN: &str = "update enquiries set status = 'in_progress', outcome = null, closed_at = null, \
        updated_at = $2 where id = $1 and status = 'closed'";
    let event_id = uuid::Uuid::new_v4().to_string();
    let (kind, detail) = outcome.map_or(("reopen", ""), |o| ("close", o));
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let changed = match outcome {
            Some(outcome) => sqlx::query(CLOSE).bind(enquiry_id).bind(outcome).bind(now),
            None => sqlx::query(REOPEN).bind(enquiry_id).bind(now),
        }
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !changed {
            return Ok(false);
        }
        sqlx::query(protection::INSERT_EVENT)
            .bind(event_id.as_str())
            .bind(enquiry_id)
            .bind(now)
            .bind(actor)
            .bind(kind)
            .bind(detail)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    })
}

#[derive(Debug, FromRow)]
struct OverriddenRow {
    enquiry_id: String,
    engine_id: String,
    engine_sealed: Vec<u8>,
    human_id: String,
    human_sealed: Vec<u8>,
    at: i64,
    seq: i64,
}

async fn overridden_rows(db: &Db, limit: i64) -> Result<Vec<OverriddenRow>, sqlx::Error> {
    // Per overridden case: the engine's proposal and the newest decision.
    const SQL: &str = "select e.enquiry_id, e.id as engine_id, e.decision_sealed as engine_sealed, \
        h.id as human_id, h.decision_sealed as human_sealed, h.at, h.seq \
        from case_decisions e join case_decisions h on h.enquiry_id = e.enquiry_id \
        where e.kind = 'engine' and h.kind = 'override' \
        and h.seq = (select max(m.seq) from case_decisions m where m.enquiry_id = e.enquiry_id) \
        order by h.at desc, e.enquiry_id limit $1";
    with_db!(db, |pool| sqlx::query_as::<_, OverriddenRow>(SQL)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

fn open_decision(state: &AppState, id: &str, sealed: &[u8]) -> Result<Decision, AppError> {
    let bytes = state
        .keys()
        .open(format!("case_decisions.decision:{id}").as_bytes(), sealed)
        .map_err(anyhow::Error::from)?;
    Ok(serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?)
}

// ---- the overrides page ----

/// A recipient in short: organisation and role.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RecipientBrief {
    /// The organisation id.
    pub(crate) org: String,
    /// primary | secondary | inform.
    pub(crate) role: &'static str,
}

/// One overridden case as policy owners see it: what fired, what the engine proposed and
/// what the handlers decided. No personal text.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Overridden {
    /// The enquiry id.
    pub(crate) case_id: String,
    /// When it was last overridden (local time).
    pub(crate) at: String,
    /// How many overrides it has had.
    pub(crate) overrides: i64,
    /// The ids of the rules that fired.
    pub(crate) rules: Vec<String>,
    /// The engine's priority.
    pub(crate) engine_priority: &'static str,
    /// The engine's recipients.
    pub(crate) engine_recipients: Vec<RecipientBrief>,
    /// The priority in force.
    pub(crate) human_priority: &'static str,
    /// The recipients in force.
    pub(crate) human_recipients: Vec<RecipientBrief>,
    /// What changed from the engine's proposal.
    pub(crate) changes: Vec<Difference>,
}

fn briefs(decision: &Decision) -> Vec<RecipientBrief> {
    decision
        .recipients
        .iter()
        .map(|r| RecipientBrief {
            org: r.org.clone(),
            role: r.role.as_str(),
        })
        .collect()
}

/// Every overridden case (the newest `limit`), engine proposal against the decision in
/// force, without any personal text.
pub(crate) async fn overrides(state: &AppState, limit: i64) -> Result<Vec<Overridden>, AppError> {
    let rows = overridden_rows(state.db(), limit).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let engine = open_decision(state, &row.engine_id, &row.engine_sealed)?;
        let human = open_decision(state, &row.human_id, &row.human_sealed)?;
        out.push(Overridden {
            changes: differences(&engine, &human, &state.directory()),
            case_id: row.enquiry_id,
            at: local(row.at),
            overrides: row.seq - 1,
            rules: engine.trail.clone(),
            engine_priority: engine.priority.as_str(),
            engine_recipients: briefs(&engine),
            human_priority: human.priority.as_str(),
            human_recipients: briefs(&human),
        });
    }
    Ok(out)
}

/// `GET /console/overrides`: where handlers departed from the engine (supervisors).
async fn overrides_page(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let items = overrides(&state, OVERRIDES_LIMIT).await?;
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewOverrides,
        None,
        "",
    )
    .await?;
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/decisions-overrides.html",
        "/console/overrides",
    )
    .with("decisions_items", &items)
    .render(&state))
}

// ---- the case page ----

#[derive(Debug, Serialize)]
struct HistoryEntry {
    kind: String,
    at: String,
    actor: String,
    priority: &'static str,
    changes: Vec<Difference>,
    reason: String,
}

/// What this part adds to the case page: the decision history, the override form, the
/// outcome (or the close form), the case's events and the protected-identity marker.
pub(super) async fn section(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    let directory = &*state.directory();
    let mut history = Vec::new();
    let mut previous: Option<Decision> = None;
    for row in history_rows(state.db(), &case.id).await? {
        let decision = open_decision(state, &row.id, &row.decision_sealed)?;
        let reason = match &row.reason_sealed {
            Some(sealed) => state
                .keys()
                .open_string(format!("case_decisions.reason:{}", row.id).as_bytes(), sealed)?,
            None => String::new(),
        };
        history.push(HistoryEntry {
            changes: previous
                .as_ref()
                .map(|p| differences(p, &decision, directory))
                .unwrap_or_default(),
            kind: row.kind,
            at: local(row.at),
            actor: row.actor_name,
            priority: decision.priority.as_str(),
            reason,
        });
        previous = Some(decision);
    }
    let orgs: Vec<Value> = directory
        .orgs()
        .iter()
        .map(|o| json!({ "id": o.id, "name": o.name }))
        .collect();
    let page = page
        .with("decisions_history", &history)
        .with(
            "decisions_form",
            &OverrideForm::initial(directory, &case.decision),
        )
        .with("decisions_errors", &Vec::<FieldError>::new())
        .with("decisions_orgs", &orgs)
        .with("decisions_reason_max", &REASON_MAX_CHARS)
        .with("decisions_outcomes", &OUTCOMES)
        .with("decisions_outcome", &case.row.outcome)
        .with("decisions_closed_at", &case.row.closed_at.map(local))
        .with("decisions_close_error", &Value::Null)
        .with("decisions_outcome_typed", "");
    protection::section(state, user, case, page).await
}

// ---- handlers ----

/// `POST /console/cases/{id}/override` (fields `priority`, repeated `org` + `role`
/// (`primary`, `secondary`, `inform` or `remove`), `add_org`, `add_role`, `reason`).
async fn override_decision(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let case = case::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let directory = &*state.directory();
    let now = state.clock().now();
    let mut typed = OverrideForm::typed(directory, &form)?;
    let result = if case.row.status == "closed" {
        Err(vec![FieldError::new(
            "decisions-error-closed",
            "i-decisions-priority",
            "",
        )])
    } else {
        validate(&mut typed, &case.decision, directory, now)
    };
    let chosen = match result {
        Ok(chosen) => chosen,
        Err(errors) => {
            let extra = vec![
                (
                    "decisions_form",
                    serde_json::to_value(&typed).unwrap_or(Value::Null),
                ),
                (
                    "decisions_errors",
                    serde_json::to_value(&errors).unwrap_or(Value::Null),
                ),
            ];
            return case::render(
                &state,
                &user,
                &headers,
                &id,
                extra,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let locales = state.locales();
    let added = Reason {
        sv: locales.t(Lang::Sv, "decisions-added-reason"),
        en: locales.t(Lang::En, "decisions-added-reason"),
    };
    let decision = apply(&case.decision, &chosen, directory, now, &added);
    let now_ms = crate::clock::unix_ms(now);
    let keys = state.keys();
    let json = |d: &Decision| serde_json::to_vec(d).map_err(anyhow::Error::from);
    let (engine_id, human_id) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    let engine = NewDecision {
        decision_sealed: keys.seal(
            format!("case_decisions.decision:{engine_id}").as_bytes(),
            &json(&case.decision)?,
        ),
        id: engine_id,
        at: case.row.created_at,
        actor: "engine",
        kind: "engine",
        priority: case.decision.priority.as_str(),
        reason_sealed: None,
    };
    let human = NewDecision {
        decision_sealed: keys.seal(
            format!("case_decisions.decision:{human_id}").as_bytes(),
            &json(&decision)?,
        ),
        reason_sealed: Some(keys.seal_str(
            format!("case_decisions.reason:{human_id}").as_bytes(),
            &chosen.reason,
        )),
        id: human_id,
        at: now_ms,
        actor: &user.user_id,
        kind: "override",
        priority: decision.priority.as_str(),
    };
    let in_force = keys.seal(format!("enquiry.decision:{id}").as_bytes(), &json(&decision)?);
    store_override(state.db(), &id, &engine, &human, (&in_force, &decision)).await?;
    let changed = differences(&case.decision, &decision, directory);
    let detail = match (
        changed.iter().any(|d| d.what == "priority"),
        changed.iter().any(|d| d.what != "priority"),
    ) {
        (true, true) => "priority+recipients",
        (true, false) => "priority",
        _ => "recipients",
    };
    audit::append(
        state.db(),
        now_ms,
        &user.user_id,
        Action::Override,
        Some(&id),
        detail,
    )
    .await?;
    state.events().publish(Change::Updated, &id);
    tracing::info!(enquiry.id = %id, changes = changed.len(), "decision overridden");
    Ok(Redirect::to(&format!("/console/cases/{id}#decisions")).into_response())
}

/// `POST /console/cases/{id}/close` (field `outcome`).
async fn close(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let typed = form.get("outcome").unwrap_or_default();
    let Some(outcome) = OUTCOMES.iter().copied().find(|o| *o == typed) else {
        return close_error(&state, &user, &headers, &id, "decisions-error-outcome", typed).await;
    };
    if intake_row_missing(&state, &id).await? {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    if !store_close_or_reopen(state.db(), &id, Some(outcome), &user.user_id, now).await? {
        return close_error(
            &state,
            &user,
            &headers,
            &id,
            "decisions-error-already-closed",
            typed,
        )
        .await;
    }
    audit::append(state.db(), now, &user.user_id, Action::Close, Some(&id), outcome).await?;
    state.events().publish(Change::Closed, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}#outcome")).into_response())
}

/// `POST /console/cases/{id}/reopen`.
async fn reopen(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    if intake_row_missing(&state, &id).await? {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    if !store_close_or_reopen(state.db(), &id, None, &user.user_id, now).await? {
        return close_error(&state, &user, &headers, &id, "decisions-error-not-closed", "").await;
    }
    audit::append(state.db(), now, &user.user_id, Action::Reopen, Some(&id), "").await?;
    state.events().publish(Change::Closed, &id);
    Ok(Redirect::to(&format!("/console/cases/{id}#outcome")).into_response())
}

async fn intake_row_missing(state: &AppState, id: &str) -> Result<bool, AppError> {
    Ok(crate::intake::store::case_row(state.db(), id).await?.is_none())
}

async fn close_error(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    message: &'static str,
    typed: &str,
) -> Result<Response, AppError> {
    let extra = vec![
        ("decisions_close_error", Value::from(message)),
        ("decisions_outcome_typed", Value::from(typed)),
    ];
    case::render(state, user, headers, id, extra, StatusCode::UNPROCESSABLE_ENTITY).await
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use time::macros::datetime;

    use super::*;

    fn directory() -> Directory {
        Directory::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/directory"))
            .expect("the shipped directory loads")
    }

    fn recipient(org: &str, role: Role) -> Recipient {
        Recipient {
            org: org.to_owned(),
            role,
            rules: vec!["some-rule".to_owned()],
            reason: Reason {
                sv: "regel".to_owned(),
                en: "rule".to_owned(),
            },
            open: true,
            out_of_hours: None,
            no_offence_data: false,
        }
    }

    fn proposal() -> Decision {
        Decision {
            priority: Priority::P2,
            recipients: vec![
                recipient("socialtjanst:1280", Role::Primary),
                recipient("police:region:syd", Role::Secondary),
            ],
            flags: vec![Flag::Child],
            notices: vec![],
            rules_version: "sha256:x".to_owned(),
            trail: vec!["child".to_owned()],
        }
    }

    fn form(priority: &str, rows: &[(&str, &str)], add: (&str, &str), reason: &str) -> OverrideForm {
        OverrideForm {
            priority: priority.to_owned(),
            rows: rows
                .iter()
                .map(|(org, role)| FormRow {
                    org: (*org).to_owned(),
                    name: String::new(),
                    role: (*role).to_owned(),
                    invalid: false,
                })
                .collect(),
            add_org: add.0.to_owned(),
            add_role: add.1.to_owned(),
            reason: reason.to_owned(),
            priority_invalid: false,
            add_invalid: false,
            reason_invalid: false,
        }
    }

    const NOW: OffsetDateTime = datetime!(2026-11-23 09:30 UTC);
    const ROWS: [(&str, &str); 2] = [
        ("socialtjanst:1280", "primary"),
        ("police:region:syd", "secondary"),
    ];

    fn messages(result: Result<Chosen, Vec<FieldError>>) -> Vec<&'static str> {
        result
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.message)
            .collect()
    }

    #[test]
    fn each_broken_override_names_its_problem() {
        let dir = directory();
        let cases: [(OverrideForm, &str, &str); 9] = [
            (
                form("P1", &ROWS, ("", ""), "  "),
                "decisions-error-reason",
                "no reason",
            ),
            (
                form("P9", &ROWS, ("", ""), "r"),
                "decisions-error-priority",
                "unknown priority",
            ),
            (
                form("P2", &[ROWS[0], ("police:region:syd", "primary")], ("", ""), "r"),
                "decisions-error-primary",
                "two primaries",
            ),
            (
                form("P2", &[("socialtjanst:1280", "remove"), ROWS[1]], ("", ""), "r"),
                "decisions-error-primary",
                "no primary",
            ),
            (
                form("P2", &ROWS, ("nowhere:1", "inform"), "r"),
                "decisions-error-unknown-org",
                "unknown org",
            ),
            (
                form("P2", &ROWS, ("civil:exempel-mentorer", "primary"), "r"),
                "decisions-error-civil-primary",
                "civil primary",
            ),
            (
                form("P2", &ROWS, ("civil:exempel-utgangen", "inform"), "r"),
                "decisions-error-civil-vetting",
                "civil expired",
            ),
            (
                form("P1", &ROWS, ("civil:exempel-mentorer", "inform"), "r"),
                "decisions-error-civil-acute",
                "civil on P1",
            ),
            (
                form("P2", &ROWS, ("", ""), "r"),
                "decisions-error-unchanged",
                "nothing changed",
            ),
        ];
        for (mut typed, expected, why) in cases {
            let got = messages(validate(&mut typed, &proposal(), &dir, NOW));
            assert!(got.contains(&expected), "{why}: {got:?}");
        }
    }

    #[test]
    fn a_valid_override_keeps_reasons_and_marks_civil_society() {
        let dir = directory();
        let mut typed = form(
            "P3",
            &[ROWS[0], ("police:region:syd", "remove")],
            ("civil:exempel-mentorer", "secondary"),
            " because ",
        );
        let chosen = validate(&mut typed, &proposal(), &dir, NOW).expect("valid");
        assert_eq!(chosen.reason, "because");
        let added = Reason {
            sv: "Tillagd".to_owned(),
            en: "Added".to_owned(),
        };
        let decision = apply(&proposal(), &chosen, &dir, NOW, &added);
        assert_eq!(decision.priority, Priority::P3);
        assert_eq!(decision.recipients.len(), 2);
        assert_eq!(
            decision.recipients[0].reason.en, "rule",
            "a kept recipient keeps its reason"
        );
        let civil = &decision.recipients[1];
        assert_eq!(
            (civil.org.as_str(), civil.role),
            ("civil:exempel-mentorer", Role::Secondary)
        );
        assert!(civil.no_offence_data && civil.reason == added && civil.rules.is_empty());
        assert!(decision.has_notice(Notice::NoOffenceData));
        assert_eq!(
            decision.trail,
            proposal().trail,
            "the rule trail stays the engine's"
        );
        let diff = differences(&proposal(), &decision, &dir);
        let whats: Vec<&str> = diff.iter().map(|d| d.what).collect();
        assert_eq!(whats, ["priority", "added", "removed"]);
    }
}
