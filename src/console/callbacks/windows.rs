//! The safe windows a person chose for a callback, on the Swedish calendar and in
//! Swedish local time: which one holds now, the next opening, and the time inputs.

use time::macros::format_description;
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use super::LOOKAHEAD_DAYS;
use crate::clock::stockholm;

/// A safe window the person chose (CONTRACT `windows`), in Swedish local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Window {
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
    pub(super) const ALL: [Self; 4] = [
        Self::WeekdayMorning,
        Self::WeekdayAfternoon,
        Self::WeekdayEvening,
        Self::WeekendDay,
    ];

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::WeekdayMorning => "weekday_morning",
            Self::WeekdayAfternoon => "weekday_afternoon",
            Self::WeekdayEvening => "weekday_evening",
            Self::WeekendDay => "weekend_day",
        }
    }

    /// The local hours `[start, end)`.
    pub(super) fn hours(self) -> (u8, u8) {
        match self {
            Self::WeekdayMorning => (8, 12),
            Self::WeekdayAfternoon => (12, 17),
            Self::WeekdayEvening => (17, 21),
            Self::WeekendDay => (10, 18),
        }
    }

    /// Weekday windows hold on working days; the weekend window on weekends, public
    /// holidays and day-off eves (src/calendar.rs).
    pub(super) fn applies(self, date: Date) -> bool {
        let day_off = crate::calendar::day_off(date).is_some();
        (self == Self::WeekendDay) == day_off
    }

    /// The known windows among the stored wishes' values, in calendar order.
    pub(super) fn parse_list(stored: &[String]) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|w| stored.iter().any(|s| s == w.as_str()))
            .collect()
    }
}

/// One window on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Slot {
    pub(super) window: Window,
    pub(super) start: OffsetDateTime,
    pub(super) end: OffsetDateTime,
}

/// A Swedish local date and hour as an instant (CET or CEST, whichever holds then).
pub(super) fn at_local(date: Date, hour: u8) -> OffsetDateTime {
    let local = date.with_hms(hour, 0, 0).unwrap_or(PrimitiveDateTime::MIN);
    from_local(local)
}

/// A Swedish local time as an instant.
pub(super) fn from_local(local: PrimitiveDateTime) -> OffsetDateTime {
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
pub(super) fn slots(windows: &[Window], now: OffsetDateTime) -> impl Iterator<Item = Slot> + '_ {
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
pub(super) fn current(windows: &[Window], now: OffsetDateTime) -> Option<Slot> {
    slots(windows, now).find(|s| s.start <= now && now < s.end)
}

/// The next window that opens after now (a retry goes to another window than this one).
pub(super) fn next_opening(windows: &[Window], now: OffsetDateTime) -> Option<Slot> {
    slots(windows, now).find(|s| s.start > now)
}

/// Whether an instant falls inside one of the windows.
pub(super) fn inside(windows: &[Window], at: OffsetDateTime) -> bool {
    current(windows, at).is_some()
}

/// The value of a `datetime-local` input for an instant.
pub(super) fn input_value(at: OffsetDateTime) -> String {
    stockholm(at)
        .format(format_description!("[year]-[month]-[day]T[hour]:[minute]"))
        .unwrap_or_default()
}

/// Parses a `datetime-local` value (or the same typed with a space) as Swedish local time.
pub(super) fn parse_input(value: &str) -> Option<OffsetDateTime> {
    let value = value.trim().replace(' ', "T");
    let value = value.get(..16).unwrap_or(&value);
    PrimitiveDateTime::parse(value, format_description!("[year]-[month]-[day]T[hour]:[minute]"))
        .ok()
        .map(from_local)
}
