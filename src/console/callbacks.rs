//! The callback part of a case: the number (only for those who may see contact data), the
//! safe windows and the person's wishes, a warning when now is outside every safe window,
//! the call attempts with a retry plan, and `POST /console/cases/{id}/callback/attempt`.
//!
//! A wrong person answering stops every further call: the person who answered may be the
//! network the caller is leaving.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde_json::{Value, json};
use time::macros::format_description;
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use super::case::Case;
use super::pages::{local, require};
use super::protection::may_see_contact;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::clock::{stockholm, unix_ms};
use crate::enquiry::store::{self, AttemptRow, CallbackRow, NewAttempt};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{Page, RawForm, csrf};

/// Longest attempt note, in characters.
const NOTE_MAX_CHARS: usize = 2000;

/// Unanswered tries after which one final try is suggested (and after that, none).
const TRIES_BEFORE_FINAL: usize = 3;

/// How far ahead the next safe window is looked for.
const LOOKAHEAD_DAYS: i64 = 14;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/console/cases/{id}/callback/attempt", post(attempt))
}

/// A safe window the person chose (CONTRACT `windows`), in Swedish local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Window {
    /// Working days 08–12.
    WeekdayMorning,
    /// Working days 12–17.
    WeekdayAfternoon,
    /// Working days 17–21.
    WeekdayEvening,
    /// Weekends, public holidays and day-off eves 10–18.
    WeekendDay,
}

impl Window {
    const ALL: [Self; 4] = [
        Self::WeekdayMorning,
        Self::WeekdayAfternoon,
        Self::WeekdayEvening,
        Self::WeekendDay,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::WeekdayMorning => "weekday_morning",
            Self::WeekdayAfternoon => "weekday_afternoon",
            Self::WeekdayEvening => "weekday_evening",
            Self::WeekendDay => "weekend_day",
        }
    }

    /// The local hours `[start, end)`.
    fn hours(self) -> (u8, u8) {
        match self {
            Self::WeekdayMorning => (8, 12),
            Self::WeekdayAfternoon => (12, 17),
            Self::WeekdayEvening => (17, 21),
            Self::WeekendDay => (10, 18),
        }
    }

    /// Weekday windows hold on working days; the weekend window on weekends, public
    /// holidays and day-off eves (src/calendar.rs).
    fn applies(self, date: Date) -> bool {
        let day_off = crate::calendar::day_off(date).is_some();
        (self == Self::WeekendDay) == day_off
    }

    /// The windows stored as `,a,b,`.
    fn parse_list(stored: &str) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|w| stored.split(',').any(|s| s == w.as_str()))
            .collect()
    }
}

/// One window on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    window: Window,
    start: OffsetDateTime,
    end: OffsetDateTime,
}

/// A Swedish local date and hour as an instant (CET or CEST, whichever holds then).
fn at_local(date: Date, hour: u8) -> OffsetDateTime {
    let local = date.with_hms(hour, 0, 0).unwrap_or(PrimitiveDateTime::MIN);
    from_local(local)
}

/// A Swedish local time as an instant.
fn from_local(local: PrimitiveDateTime) -> OffsetDateTime {
    for hours in [1, 2] {
        let offset = UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC);
        let at = local.assume_offset(offset);
        if stockholm(at).offset() == offset {
            return at;
        }
    }
    local.assume_offset(UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC))
}

/// The chosen windows from today (local) on, in order.
fn slots(windows: &[Window], now: OffsetDateTime) -> impl Iterator<Item = Slot> + '_ {
    let today = stockholm(now).date();
    (0..=LOOKAHEAD_DAYS).flat_map(move |d| {
        let date = today + Duration::days(d);
        windows
            .iter()
            .filter(move |w| w.applies(date))
            .map(move |&window| {
                let (start, end) = window.hours();
                Slot {
                    window,
                    start: at_local(date, start),
                    end: at_local(date, end),
                }
            })
    })
}

/// The window open now, if any.
fn current(windows: &[Window], now: OffsetDateTime) -> Option<Slot> {
    slots(windows, now).find(|s| s.start <= now && now < s.end)
}

/// The next window that opens after now (a retry goes to another window than this one).
fn next_opening(windows: &[Window], now: OffsetDateTime) -> Option<Slot> {
    slots(windows, now).find(|s| s.start > now)
}

/// Whether an instant falls inside one of the windows.
fn inside(windows: &[Window], at: OffsetDateTime) -> bool {
    current(windows, at).is_some()
}

/// What an attempt's outcome means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Reached,
    NoAnswer,
    WrongPerson,
    TryLater,
}

impl Outcome {
    const ALL: [Self; 4] = [Self::Reached, Self::NoAnswer, Self::WrongPerson, Self::TryLater];

    fn as_str(self) -> &'static str {
        match self {
            Self::Reached => "reached",
            Self::NoAnswer => "no_answer",
            Self::WrongPerson => "wrong_person",
            Self::TryLater => "try_later",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == value)
    }

    /// Whether a next try is planned after it.
    fn plans_next(self) -> bool {
        matches!(self, Self::NoAnswer | Self::TryLater)
    }
}

/// Unanswered tries since the person was last reached.
fn unanswered(attempts: &[AttemptRow]) -> usize {
    attempts
        .iter()
        .rev()
        .take_while(|a| a.outcome != Outcome::Reached.as_str())
        .filter(|a| a.outcome == Outcome::NoAnswer.as_str())
        .count()
}

/// The retry plan for the next unanswered try: another try, a final one, or stop.
fn plan(unanswered_so_far: usize) -> &'static str {
    match unanswered_so_far + 1 {
        n if n < TRIES_BEFORE_FINAL => "retry",
        n if n == TRIES_BEFORE_FINAL => "final",
        _ => "stop",
    }
}

/// The value of a `datetime-local` input for an instant.
fn input_value(at: OffsetDateTime) -> String {
    stockholm(at)
        .format(format_description!("[year]-[month]-[day]T[hour]:[minute]"))
        .unwrap_or_default()
}

/// Parses a `datetime-local` value (or the same typed with a space) as Swedish local time.
fn parse_input(value: &str) -> Option<OffsetDateTime> {
    let value = value.trim().replace(' ', "T");
    let value = value.get(..16).unwrap_or(&value);
    PrimitiveDateTime::parse(value, format_description!("[year]-[month]-[day]T[hour]:[minute]"))
        .ok()
        .map(from_local)
}

/// What this part adds to the case page: nothing unless the case is a callback request.
pub(super) async fn section(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    let Some(row) = store::callback(state.db(), &case.id).await? else {
        return Ok(page
            .with("callback", &Value::Null)
            .with("callback_errors", &Value::Array(Vec::new()))
            .with("callback_values", &json!({})));
    };
    let now = state.clock().now();
    let shows_contact = may_see_contact(state.db(), case, user).await?;
    let attempts = store::callback_attempts(state.db(), &case.id).await?;
    let view = view(state, case, &row, &attempts, shows_contact, now)?;
    if shows_contact {
        audit::append(
            state.db(),
            unix_ms(now),
            &user.user_id,
            Action::ViewContact,
            Some(&case.id),
            "callback",
        )
        .await?;
    }
    let may_attempt = can(user.role, Permission::WorkCase)
        && shows_contact
        && row.stopped_at.is_none()
        && case.row.status != "closed";
    let windows = Window::parse_list(&row.windows);
    let proposal = if plan(unanswered(&attempts)) == "stop" {
        String::new()
    } else {
        next_opening(&windows, now)
            .map(|s| input_value(s.start))
            .unwrap_or_default()
    };
    Ok(page
        .with("callback", &view)
        .with("callback_may_attempt", &may_attempt)
        .with("callback_errors", &Value::Array(Vec::new()))
        .with(
            "callback_values",
            &json!({ "outcome": "", "note": "", "next_try": proposal }),
        ))
}

/// The section's view of the callback request.
fn view(
    state: &AppState,
    case: &Case,
    row: &CallbackRow,
    attempts: &[AttemptRow],
    shows_contact: bool,
    now: OffsetDateTime,
) -> Result<Value, AppError> {
    let keys = state.keys();
    let id = &case.id;
    let (number, code_word) = if shows_contact {
        let number = keys.open_string(format!("callbacks.phone:{id}").as_bytes(), &row.phone_sealed)?;
        let code_word = row
            .code_word_sealed
            .as_ref()
            .map(|sealed| keys.open_string(format!("callbacks.code_word:{id}").as_bytes(), sealed))
            .transpose()?;
        (Some(number), code_word)
    } else {
        (None, None)
    };
    let windows = Window::parse_list(&row.windows);
    let open_now = current(&windows, now);
    let next = next_opening(&windows, now);
    let mut listed = Vec::new();
    for a in attempts {
        let note = match (&a.note_sealed, shows_contact) {
            (Some(sealed), true) => {
                Some(keys.open_string(format!("callback_attempts.note:{}", a.id).as_bytes(), sealed)?)
            }
            _ => None,
        };
        listed.push(json!({
            "at": local(a.at),
            "by": a.by_name,
            "outcome": a.outcome,
            "note": note,
            "note_hidden": a.note_sealed.is_some() && !shows_contact,
            "next_try": a.next_try_at.map(local),
        }));
    }
    let tries = unanswered(attempts);
    Ok(json!({
        "hidden": !shows_contact,
        "number": number,
        "code_word": code_word,
        "has_code_word": row.code_word_sealed.is_some(),
        "windows": windows.iter().map(|w| w.as_str()).collect::<Vec<_>>(),
        "voicemail_ok": row.voicemail_ok,
        "may_say_who": row.may_say_who,
        "language": case.input.enquiry.language,
        "interpreter": row.interpreter,
        "interpreter_language": row.interpreter_language,
        "open_window": open_now.map(|s| s.window.as_str()),
        "open_until": open_now.map(|s| local(unix_ms(s.end))),
        "next_window": next.map(|s| s.window.as_str()),
        "next_at": next.map(|s| local(unix_ms(s.start))),
        "stopped": row.stopped_at.is_some(),
        "stopped_at": row.stopped_at.map(local),
        "attempts": listed,
        "unanswered": tries,
        "plan": plan(tries),
        "state": if tries > TRIES_BEFORE_FINAL { "stop" } else if tries == TRIES_BEFORE_FINAL { "final" } else { "retry" },
    }))
}

/// A parsed attempt form.
struct AttemptForm {
    outcome: Outcome,
    note: Option<String>,
    next_try: Option<OffsetDateTime>,
}

/// Parses the attempt form against the callback's windows; names every problem.
fn parse_attempt(form: &RawForm, windows: &[Window], now: OffsetDateTime) -> Result<AttemptForm, Vec<Value>> {
    let mut errors = Vec::new();
    let mut error = |field: &str, message_id: &str| {
        errors.push(json!({ "field": field, "message_id": message_id }));
    };
    let outcome = form.text("outcome").and_then(Outcome::parse);
    if outcome.is_none() {
        error("outcome", "console-callback-error-outcome");
    }
    let note = form.text("note").map(str::to_owned);
    if note.as_ref().is_some_and(|n| n.chars().count() > NOTE_MAX_CHARS) {
        error("note", "console-callback-error-note-too-long");
    }
    let mut next_try = None;
    if let (Some(o), Some(typed)) = (outcome, form.text("next_try"))
        && o.plans_next()
    {
        match parse_input(typed) {
            None => error("next_try", "console-callback-error-next-try-format"),
            Some(at) if at <= now => error("next_try", "console-callback-error-next-try-past"),
            // The person may name any time when they answer ("try later"); an
            // unanswered call is only retried inside the windows they chose.
            Some(at) if o == Outcome::NoAnswer && !inside(windows, at) => {
                error("next_try", "console-callback-error-next-try-window");
            }
            Some(at) => next_try = Some(at),
        }
    }
    match outcome {
        Some(outcome) if errors.is_empty() => Ok(AttemptForm {
            outcome,
            note,
            next_try,
        }),
        _ => Err(errors),
    }
}

/// `POST /console/cases/{id}/callback/attempt` (fields `outcome`, `note`, `next_try`).
async fn attempt(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::WorkCase)?;
    let case = super::case::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let row = store::callback(state.db(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_see_contact(state.db(), &case, &user).await? {
        return Err(AppError::Forbidden("not named on this protected case"));
    }
    let now = state.clock().now();
    let parsed = if row.stopped_at.is_some() || case.row.status == "closed" {
        Err(vec![
            json!({ "field": "outcome", "message_id": "console-callback-error-stopped" }),
        ])
    } else {
        parse_attempt(&form, &Window::parse_list(&row.windows), now)
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(errors) => return again(&state, &user, &headers, &id, &form, errors).await,
    };
    let attempt_id = uuid::Uuid::new_v4().to_string();
    let note_sealed = parsed.note.as_deref().map(|note| {
        state
            .keys()
            .seal_str(format!("callback_attempts.note:{attempt_id}").as_bytes(), note)
    });
    let stored = store::add_callback_attempt(
        state.db(),
        &NewAttempt {
            id: &attempt_id,
            enquiry_id: &id,
            at: unix_ms(now),
            by_user: &user.user_id,
            outcome: parsed.outcome.as_str(),
            note_sealed: note_sealed.as_deref(),
            next_try_at: parsed.next_try.map(unix_ms),
            stop: parsed.outcome == Outcome::WrongPerson,
        },
    )
    .await?;
    if !stored {
        // Someone recorded a wrong person in the meantime: no more calls.
        let errors = vec![json!({ "field": "outcome", "message_id": "console-callback-error-stopped" })];
        return again(&state, &user, &headers, &id, &form, errors).await;
    }
    audit::append(
        state.db(),
        unix_ms(now),
        &user.user_id,
        Action::CallbackAttempt,
        Some(&id),
        parsed.outcome.as_str(),
    )
    .await?;
    state.events().publish(crate::events::Change::Updated, &id);
    tracing::info!(enquiry.id = %id, outcome = parsed.outcome.as_str(), "callback attempt recorded");
    Ok(Redirect::to(&format!("/console/cases/{id}#callback")).into_response())
}

/// The case page again with the attempt form as the handler left it and what is wrong.
async fn again(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    form: &RawForm,
    errors: Vec<Value>,
) -> Result<Response, AppError> {
    let values = json!({
        "outcome": form.get("outcome").unwrap_or_default(),
        "note": form.get("note").unwrap_or_default(),
        "next_try": form.get("next_try").unwrap_or_default(),
    });
    super::case::render(
        state,
        user,
        headers,
        id,
        vec![
            ("callback_errors", Value::Array(errors)),
            ("callback_values", values),
        ],
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn windows_follow_the_swedish_calendar_and_local_time() {
        let weekday = [Window::WeekdayAfternoon];
        // Monday 23 November 2026, 13:30 in Stockholm (CET).
        let monday = datetime!(2026-11-23 12:30 UTC);
        assert_eq!(
            current(&weekday, monday).map(|s| s.window),
            Some(Window::WeekdayAfternoon)
        );
        // Christmas Eve is a day off: weekday windows do not hold, the weekend one does.
        let christmas_eve = datetime!(2026-12-24 12:30 UTC);
        assert_eq!(current(&weekday, christmas_eve), None);
        assert!(inside(&[Window::WeekendDay], christmas_eve));
        // Summer time: 08:00 in Stockholm is 06:00 UTC.
        let summer = next_opening(&[Window::WeekdayMorning], datetime!(2026-06-01 05:00 UTC)).unwrap();
        assert_eq!(summer.start, datetime!(2026-06-01 06:00 UTC));
    }

    #[test]
    fn the_next_opening_skips_to_another_window() {
        let windows = [Window::WeekdayMorning, Window::WeekendDay];
        // Friday 27 November 2026, 09:00 local: inside the morning; next is Saturday 10:00.
        let next = next_opening(&windows, datetime!(2026-11-27 08:00 UTC)).unwrap();
        assert_eq!(next.window, Window::WeekendDay);
        assert_eq!(next.start, datetime!(2026-11-28 09:00 UTC));
    }

    #[test]
    fn the_retry_plan_suggests_a_final_try_then_stop() {
        assert_eq!(plan(0), "retry");
        assert_eq!(plan(1), "retry");
        assert_eq!(plan(2), "final");
        assert_eq!(plan(3), "stop");
    }

    #[test]
    fn a_typed_local_time_is_read_in_stockholm_time() {
        assert_eq!(
            parse_input("2026-11-23T13:00"),
            Some(datetime!(2026-11-23 12:00 UTC))
        );
        assert_eq!(
            parse_input("2026-07-01 13:00"),
            Some(datetime!(2026-07-01 11:00 UTC))
        );
        assert_eq!(parse_input("tomorrow"), None);
    }
}
