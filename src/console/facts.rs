//! What is known of a case, updated as a handler learns more (in a chat, on the phone):
//! the same facts the public form asks for, chosen again; the engine then proposes again
//! from them. The person's own words, language and consent are theirs and stay as given.
//!
//! The new proposal becomes the decision in force (a handler may override it as before),
//! and `case_decisions` keeps the original proposal and this one (kind `retriage`, by the
//! handler), so rule owners see how the facts changed the outcome. Only the handler who
//! holds the case (or anyone while nobody holds it) may update it, and not once closed.
//!
//! Route: `POST /console/cases/{id}/facts` (field `back=chat` returns to the chat page).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde_json::Value;

use super::case::{self, Case};
use super::pages::require;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::db::Db;
use crate::error::AppError;
use crate::events::Change;
use crate::intake::model::{self, EnquiryInput, FieldError};
use crate::state::AppState;
use crate::triage::{Channel, Decision, Enquiry, Flag};
use crate::web::{Page, RawForm, csrf};
use crate::with_db;

/// The form's fields: the facts a handler may learn (not the message, language or
/// consent, which are the person's).
const FIELDS: [&str; 10] = [
    "enquirer",
    "professional_org",
    "age_band",
    "gender",
    "environment",
    "situation",
    "threat",
    "needs",
    "citizenship",
    "municipality",
];

/// This part's route.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/cases/{id}/facts", post(update))
}

/// Whether `user` may update the facts of `case` now.
fn may_update(user: &StaffUser, case: &Case) -> bool {
    can(user.role, Permission::WorkCase)
        && case.row.status != "closed"
        && case
            .row
            .assigned_to
            .as_deref()
            .is_none_or(|holder| holder == user.user_id)
}

/// What the facts form shows: the current facts (after a refusal, [`update`] passes what
/// was typed instead), the choices, and whether this user may send it.
pub(super) fn section(state: &AppState, user: &StaffUser, case: &Case, page: Page) -> Page {
    let values = serde_json::to_value(&case.input.enquiry).unwrap_or(Value::Null);
    page.with("facts_values", &values)
        .with("facts_errors", &Vec::<FieldError>::new())
        .with("facts_bad", &Vec::<&str>::new())
        .with("facts_may", &may_update(user, case))
        .with("fact_options", &model::options())
        .with("municipalities", &model::municipality_choices(&state.directory()))
}

/// `POST /console/cases/{id}/facts`.
async fn update(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let case = case::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let to_chat = form.get("back") == Some("chat");
    let chosen = RawForm(
        form.0
            .iter()
            .filter(|(k, _)| FIELDS.contains(&k.as_str()))
            .cloned()
            .chain([("wants_contact".to_owned(), "true".to_owned())])
            .collect(),
    );
    let refused = |status: StatusCode, notice: Option<&'static str>, errors: Vec<FieldError>| {
        let extra = vec![
            ("facts_values", model::echo(&chosen)),
            (
                "facts_errors",
                serde_json::to_value(&errors).unwrap_or(Value::Null),
            ),
            (
                "facts_bad",
                Value::from(errors.iter().map(|e| e.field).collect::<Vec<_>>()),
            ),
            ("facts_notice", notice.map_or(Value::Null, Value::from)),
        ];
        (status, extra)
    };
    let (status, extra) = if !may_update(&user, &case) {
        let notice = if case.row.status == "closed" {
            "console-facts-closed"
        } else {
            "console-facts-not-holder"
        };
        refused(StatusCode::CONFLICT, Some(notice), Vec::new())
    } else {
        let channel = case.input.enquiry.channel.unwrap_or(Channel::WebForm);
        match model::parse_enquiry(&chosen, &state.directory(), channel) {
            Ok(parsed) => {
                let old = &case.input.enquiry;
                let input = EnquiryInput {
                    enquiry: Enquiry {
                        channel: old.channel,
                        language: old.language.clone(),
                        message: old.message.clone(),
                        consent_to_share: old.consent_to_share,
                        ..parsed.enquiry
                    },
                    wants_contact: case.input.wants_contact,
                };
                store(&state, &user, &case, &input).await?;
                let back = if to_chat {
                    format!("/console/chats/{id}")
                } else {
                    format!("/console/cases/{id}#facts")
                };
                return Ok(Redirect::to(&back).into_response());
            }
            Err(errors) => refused(StatusCode::UNPROCESSABLE_ENTITY, None, errors),
        }
    };
    if to_chat {
        super::chats::render(&state, &user, &headers, &id, extra, status).await
    } else {
        case::render(&state, &user, &headers, &id, extra, status).await
    }
}

/// Decides again from `input` and stores facts and proposal as the case's, with the
/// history, the audit record and a queue event.
async fn store(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    input: &EnquiryInput,
) -> Result<(), AppError> {
    let now = state.clock().now();
    let now_ms = crate::clock::unix_ms(now);
    let decision = state.engine().decide(&input.enquiry, now);
    let keys = state.keys();
    let id = case.id.as_str();
    let (original_id, new_id) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    let rows = Rows {
        facts_sealed: keys.seal(format!("enquiry.facts:{id}").as_bytes(), &json(input)?),
        decision_sealed: keys.seal(format!("enquiry.decision:{id}").as_bytes(), &json(&decision)?),
        original_sealed: keys.seal(
            format!("case_decisions.decision:{original_id}").as_bytes(),
            &json(&case.decision)?,
        ),
        proposal_sealed: keys.seal(
            format!("case_decisions.decision:{new_id}").as_bytes(),
            &json(&decision)?,
        ),
        original_id,
        new_id,
    };
    let directory = state.directory();
    let police_region = input
        .enquiry
        .municipality
        .as_ref()
        .and_then(|c| directory.municipality(c))
        .map(|m| m.police_region.slug());
    write(
        state.db(),
        case,
        &rows,
        &decision,
        police_region,
        &user.user_id,
        now_ms,
    )
    .await?;
    audit::append(
        state.db(),
        now_ms,
        &user.user_id,
        Action::UpdateFacts,
        Some(id),
        decision.priority.as_str(),
    )
    .await?;
    state.events().publish(Change::Updated, id);
    tracing::info!(enquiry.id = %id, priority = decision.priority.as_str(), "facts updated; proposed again");
    Ok(())
}

/// A sealed part as stored (facts and decisions are JSON).
fn json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, anyhow::Error> {
    Ok(serde_json::to_vec(value)?)
}

/// The sealed values one update stores.
struct Rows {
    facts_sealed: Vec<u8>,
    decision_sealed: Vec<u8>,
    original_id: String,
    original_sealed: Vec<u8>,
    new_id: String,
    proposal_sealed: Vec<u8>,
}

/// One transaction: the original proposal kept (if the history has none yet), the new
/// proposal after it, and the enquiry's facts, decision and queue columns.
async fn write(
    db: &Db,
    case: &Case,
    rows: &Rows,
    decision: &Decision,
    police_region: Option<&str>,
    actor: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const ORIGINAL: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed) values ($1, $2, 1, $3, 'engine', 'engine', $4, $5) \
        on conflict (enquiry_id, seq) do nothing";
    const PROPOSAL: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed) select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, 'retriage', $5, $6 \
        from case_decisions where enquiry_id = $2";
    const ENQUIRY: &str = "update enquiries set facts_sealed = $2, decision_sealed = $3, priority = $4, \
        flags = $5, child = $6, police_region = $7, updated_at = $8 where id = $1";
    let flags = crate::intake::flags_column(&decision.flags);
    let id = case.id.as_str();
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        sqlx::query(ORIGINAL)
            .bind(rows.original_id.as_str())
            .bind(id)
            .bind(case.row.created_at)
            .bind(case.decision.priority.as_str())
            .bind(rows.original_sealed.as_slice())
            .execute(&mut *tx)
            .await?;
        sqlx::query(PROPOSAL)
            .bind(rows.new_id.as_str())
            .bind(id)
            .bind(now)
            .bind(actor)
            .bind(decision.priority.as_str())
            .bind(rows.proposal_sealed.as_slice())
            .execute(&mut *tx)
            .await?;
        sqlx::query(ENQUIRY)
            .bind(id)
            .bind(rows.facts_sealed.as_slice())
            .bind(rows.decision_sealed.as_slice())
            .bind(decision.priority.as_str())
            .bind(flags.as_str())
            .bind(decision.has_flag(Flag::Child))
            .bind(police_region)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    })
}
