//! When the chat is open: the configured shifts of each weekday in Swedish local time,
//! closed on computed public holidays and eves (unless `chat.holidays` has hours) and on
//! the configured closures. Pure: the caller passes the time.

use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::calendar;
use crate::clock::stockholm;
use crate::config::{ChatConfig, Shift};

/// How far ahead the next opening is looked for (a year of closures is a configuration
/// mistake, and the page then says it cannot tell).
const LOOK_AHEAD_DAYS: i64 = 370;

/// The shifts of one Swedish date.
pub fn shifts_on(config: &ChatConfig, date: Date) -> Vec<Shift> {
    if config.closed_on().contains(&date) {
        return Vec::new();
    }
    if calendar::holiday(date).is_some() {
        return config.shifts(None);
    }
    config.shifts(Some(date.weekday()))
}

/// Whether the chat is open at `now`.
pub fn is_open(config: &ChatConfig, now: OffsetDateTime) -> bool {
    let local = stockholm(now);
    let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
    shifts_on(config, local.date())
        .iter()
        .any(|s| s.start <= minute && minute < s.end)
}

/// The next instant the chat opens after `now` (`None` when nothing is open within a
/// year). When it is open now, this is the start of a later shift.
pub fn next_opening(config: &ChatConfig, now: OffsetDateTime) -> Option<OffsetDateTime> {
    let today = stockholm(now).date();
    (0..LOOK_AHEAD_DAYS)
        .filter_map(|n| today.checked_add(Duration::days(n)))
        .flat_map(|date| {
            shifts_on(config, date)
                .into_iter()
                .map(move |s| local_instant(date, s.start))
        })
        .find(|start| *start > now)
}

/// The end of the shift running at `now`, when the chat is open.
pub fn closes_at(config: &ChatConfig, now: OffsetDateTime) -> Option<OffsetDateTime> {
    let local = stockholm(now);
    let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
    shifts_on(config, local.date())
        .into_iter()
        .find(|s| s.start <= minute && minute < s.end)
        .map(|s| local_instant(local.date(), s.end))
}

/// The instant of a Swedish wall-clock time (`minute` after local midnight, up to 1440).
fn local_instant(date: Date, minute: u16) -> OffsetDateTime {
    let midnight = PrimitiveDateTime::new(date, Time::MIDNIGHT);
    let wall = midnight + Duration::minutes(i64::from(minute));
    // Try summer time first, then winter time: the one whose Swedish reading is the wall
    // time itself. (The hour skipped in March has no instant; winter time is used.)
    for hours in [2, 1] {
        let offset = UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC);
        let candidate = wall.assume_offset(offset);
        let back = stockholm(candidate);
        if back.date() == wall.date() && back.time() == wall.time() {
            return candidate;
        }
    }
    wall.assume_offset(UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn config() -> ChatConfig {
        ChatConfig::default()
    }

    #[test]
    fn split_shifts_open_and_close_on_the_minute() {
        let c = config();
        let cases = [
            (
                datetime!(2026-11-23 07:59 UTC),
                false,
                "Monday 08:59 local, before",
            ),
            (datetime!(2026-11-23 08:00 UTC), true, "Monday 09:00 local, opens"),
            (datetime!(2026-11-23 10:59 UTC), true, "Monday 11:59 local"),
            (
                datetime!(2026-11-23 11:00 UTC),
                false,
                "Monday 12:00 local, lunch break",
            ),
            (
                datetime!(2026-11-23 12:00 UTC),
                true,
                "Monday 13:00 local, second shift",
            ),
            (
                datetime!(2026-11-23 20:00 UTC),
                false,
                "Monday 21:00 local, closed",
            ),
            (
                datetime!(2026-07-06 19:30 UTC),
                false,
                "summer Monday 21:30 local",
            ),
            (datetime!(2026-07-06 18:30 UTC), true, "summer Monday 20:30 local"),
        ];
        for (at, open, why) in cases {
            assert_eq!(is_open(&c, at), open, "{why}");
        }
    }

    #[test]
    fn computed_holidays_and_eves_are_closed_unless_configured() {
        let mut c = config();
        // Midsummer Eve 2026 is Friday 19 June; Christmas Eve a Thursday.
        assert!(!is_open(&c, datetime!(2026-06-19 10:00 UTC)));
        assert!(!is_open(&c, datetime!(2026-12-24 10:00 UTC)));
        assert!(
            is_open(&c, datetime!(2026-06-18 09:00 UTC)),
            "the Thursday before"
        );
        c.holidays = vec!["10:00-14:00".to_owned()];
        assert!(is_open(&c, datetime!(2026-12-24 10:00 UTC)), "11:00 local");
        assert!(!is_open(&c, datetime!(2026-12-24 14:00 UTC)), "15:00 local");
    }

    #[test]
    fn the_next_opening_skips_breaks_holidays_and_closures() {
        let mut c = config();
        assert_eq!(
            next_opening(&c, datetime!(2026-11-23 11:30 UTC)),
            Some(datetime!(2026-11-23 12:00 UTC)),
            "after the lunch break"
        );
        // Christmas Eve (Thu), Christmas Day (Fri), Boxing Day (Sat) are holidays; Sunday 27
        // has weekend hours.
        assert_eq!(
            next_opening(&c, datetime!(2026-12-23 21:00 UTC)),
            Some(datetime!(2026-12-27 11:00 UTC))
        );
        c.closed_dates = vec!["2026-12-27".to_owned()];
        assert_eq!(
            next_opening(&c, datetime!(2026-12-23 21:00 UTC)),
            Some(datetime!(2026-12-28 08:00 UTC))
        );
        // Midsummer Eve 2026 (Fri 19 June) and Day (Sat 20): open again Sunday 12:00 CEST.
        assert_eq!(
            next_opening(&c, datetime!(2026-06-18 20:00 UTC)),
            Some(datetime!(2026-06-21 10:00 UTC))
        );
    }

    #[test]
    fn nothing_open_in_a_year_is_none() {
        let c = ChatConfig {
            monday: vec![],
            tuesday: vec![],
            wednesday: vec![],
            thursday: vec![],
            friday: vec![],
            saturday: vec![],
            sunday: vec![],
            ..ChatConfig::default()
        };
        assert_eq!(next_opening(&c, datetime!(2026-11-23 10:00 UTC)), None);
    }
}
