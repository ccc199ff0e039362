//! The `[chat]` section: opening hours, closed dates and the per-chat limits, with the
//! parsing and checking of its shift and date strings.

use serde::Deserialize;

use super::ConfigError;
use super::validate::invalid;

/// The anonymous chat: opening hours in Swedish local time (split shifts allowed), dates
/// it is closed, and the limits that keep one chat from harming others.
///
/// Swedish public holidays and the eves of Midsummer, Christmas and New Year are computed
/// ([`crate::calendar`]); on them `holidays` applies instead of the weekday's hours.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ChatConfig {
    /// Shifts on Mondays, each `"HH:MM-HH:MM"`.
    pub monday: Vec<String>,
    /// Shifts on Tuesdays.
    pub tuesday: Vec<String>,
    /// Shifts on Wednesdays.
    pub wednesday: Vec<String>,
    /// Shifts on Thursdays.
    pub thursday: Vec<String>,
    /// Shifts on Fridays.
    pub friday: Vec<String>,
    /// Shifts on Saturdays.
    pub saturday: Vec<String>,
    /// Shifts on Sundays.
    pub sunday: Vec<String>,
    /// Shifts on public holidays and day-off eves (empty: closed).
    pub holidays: Vec<String>,
    /// Exceptional closures, `"YYYY-MM-DD"`.
    pub closed_dates: Vec<String>,
    /// Longest chat message, in characters.
    pub message_max_chars: usize,
    /// Messages a person may send per minute in one chat.
    pub messages_per_minute: u32,
    /// Open chat connections per client (a keyed hash of its address, never stored).
    pub connections_per_source: u32,
    /// Minutes without a message (or, while waiting, without the person's presence)
    /// after which a chat ends and the transcript leaves the screen.
    pub idle_timeout_minutes: u32,
}

impl Default for ChatConfig {
    /// Weekdays 09–12 and 13–21, weekends 12–18, closed on holidays.
    fn default() -> Self {
        let weekday = vec!["09:00-12:00".to_owned(), "13:00-21:00".to_owned()];
        let weekend = vec!["12:00-18:00".to_owned()];
        Self {
            monday: weekday.clone(),
            tuesday: weekday.clone(),
            wednesday: weekday.clone(),
            thursday: weekday.clone(),
            friday: weekday,
            saturday: weekend.clone(),
            sunday: weekend,
            holidays: Vec::new(),
            closed_dates: Vec::new(),
            message_max_chars: 2000,
            messages_per_minute: 20,
            connections_per_source: 20,
            idle_timeout_minutes: 15,
        }
    }
}

/// One shift of chat opening hours: minutes after local midnight, `start < end <= 1440`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    /// First open minute.
    pub start: u16,
    /// First closed minute after the shift (1440 = midnight).
    pub end: u16,
}

impl ChatConfig {
    /// The configured keys of the shift lists, Monday first, then `holidays`.
    pub const SHIFT_KEYS: [&'static str; 8] = [
        "chat.monday",
        "chat.tuesday",
        "chat.wednesday",
        "chat.thursday",
        "chat.friday",
        "chat.saturday",
        "chat.sunday",
        "chat.holidays",
    ];

    fn lists(&self) -> [&Vec<String>; 8] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
            &self.holidays,
        ]
    }

    /// The shifts of a weekday (`None`: public holidays and eves), in order. Values were
    /// checked by [`super::Config::validate`]; a bad one would simply be left out.
    pub fn shifts(&self, weekday: Option<time::Weekday>) -> Vec<Shift> {
        let index = weekday.map_or(7, |w| usize::from(w.number_days_from_monday()));
        self.lists()[index]
            .iter()
            .filter_map(|s| parse_shift(s).ok())
            .collect()
    }

    /// The exceptional closures.
    pub fn closed_on(&self) -> Vec<time::Date> {
        self.closed_dates
            .iter()
            .filter_map(|d| parse_date(d).ok())
            .collect()
    }

    /// The `[chat]` section's checks.
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        for (key, list) in Self::SHIFT_KEYS.into_iter().zip(self.lists()) {
            let mut previous_end = 0;
            for text in list {
                let shift = parse_shift(text).map_err(|problem| ConfigError::Invalid { key, problem })?;
                if shift.start < previous_end {
                    return invalid(key, "shifts must be in order and must not overlap");
                }
                previous_end = shift.end;
            }
        }
        for date in &self.closed_dates {
            parse_date(date).map_err(|problem| ConfigError::Invalid {
                key: "chat.closed_dates",
                problem,
            })?;
        }
        if !(200..=8000).contains(&self.message_max_chars) {
            return invalid("chat.message_max_chars", "must be between 200 and 8000");
        }
        if !(1..=600).contains(&self.messages_per_minute) {
            return invalid("chat.messages_per_minute", "must be between 1 and 600");
        }
        if self.connections_per_source == 0 {
            return invalid("chat.connections_per_source", "must be at least 1");
        }
        if !(1..=240).contains(&self.idle_timeout_minutes) {
            return invalid("chat.idle_timeout_minutes", "must be between 1 and 240");
        }
        Ok(())
    }
}

/// Parses `"HH:MM-HH:MM"` (local time; `24:00` ends a shift at midnight).
fn parse_shift(text: &str) -> Result<Shift, String> {
    let bad = || {
        format!(
            "{text:?} is not a shift like \"09:00-12:00\" (HH:MM-HH:MM, start before end, within one day)"
        )
    };
    let (from, to) = text.trim().split_once('-').ok_or_else(bad)?;
    let minute = |t: &str| -> Option<u16> {
        let (h, m) = t.trim().split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
        (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
    };
    let (start, end) = (minute(from).ok_or_else(bad)?, minute(to).ok_or_else(bad)?);
    if start >= end {
        return Err(bad());
    }
    Ok(Shift { start, end })
}

/// Parses `"YYYY-MM-DD"`.
fn parse_date(text: &str) -> Result<time::Date, String> {
    time::Date::parse(
        text.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| format!("{text:?} is not a date like \"2026-12-28\" (YYYY-MM-DD)"))
}
