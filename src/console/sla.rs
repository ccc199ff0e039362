//! Service levels of the queue: P1 now, P2 within the same working day, P3 within two
//! working days (configurable, [`SlaConfig`]) — counted on the Swedish calendar, so a
//! weekend, a public holiday or a day-off eve (Midsummer, Christmas, New Year) pauses
//! the clock. A day ends at midnight Swedish time, summer time included.

use time::{Date, Duration, OffsetDateTime, Time, UtcOffset};

use crate::calendar::is_working_day;
use crate::clock::stockholm;
use crate::config::SlaConfig;

/// When an enquiry of `priority` received at `received` must be answered.
pub fn due(levels: &SlaConfig, priority: &str, received: OffsetDateTime) -> OffsetDateTime {
    let arrived = stockholm(received).date();
    match priority {
        "P1" => received + Duration::minutes(i64::from(levels.p1_minutes)),
        "P2" => end_of(working_day_after(arrived, levels.p2_working_days)),
        // P3, and anything unknown: the slowest clock, never none.
        _ => end_of(working_day_after(arrived, levels.p3_working_days)),
    }
}

/// The `n`-th working day after `day`; for `n = 0`, `day` itself when it is a working day,
/// else the next working day.
fn working_day_after(mut day: Date, n: u32) -> Date {
    if n == 0 {
        while !is_working_day(day) {
            day = day.next_day().unwrap_or(day);
        }
        return day;
    }
    let mut left = n;
    while left > 0 {
        day = match day.next_day() {
            Some(next) => next,
            None => return day,
        };
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// The last second of `date` in Sweden.
fn end_of(date: Date) -> OffsetDateTime {
    let next = date.next_day().unwrap_or(date);
    midnight_in_sweden(next) - Duration::seconds(1)
}

/// Midnight starting `date` in Sweden. Summer time changes at 01:00 UTC (02:00 or 03:00
/// local), so midnight itself is never ambiguous: it is summer time exactly when the
/// instant, read as summer time, falls in summer time.
fn midnight_in_sweden(date: Date) -> OffsetDateTime {
    let summer = UtcOffset::from_hms(2, 0, 0).unwrap_or(UtcOffset::UTC);
    let winter = UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC);
    let as_summer = date.with_time(Time::MIDNIGHT).assume_offset(summer);
    if stockholm(as_summer).offset() == summer {
        as_summer
    } else {
        date.with_time(Time::MIDNIGHT).assume_offset(winter)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn standard() -> SlaConfig {
        SlaConfig::default()
    }

    /// The due time in Swedish local time.
    fn local_due(levels: &SlaConfig, priority: &str, received: OffsetDateTime) -> OffsetDateTime {
        stockholm(due(levels, priority, received))
    }

    #[test]
    fn clocks_skip_weekends_and_holidays() {
        // Monday 23 November 2026, 10:30 UTC.
        let monday = datetime!(2026-11-23 10:30 UTC);
        assert_eq!(due(&standard(), "P1", monday), monday);
        assert_eq!(local_due(&standard(), "P2", monday).date(), date!(2026 - 11 - 23));
        assert_eq!(local_due(&standard(), "P3", monday).date(), date!(2026 - 11 - 25));
        // Friday: P3 lands on Tuesday.
        let friday = datetime!(2026-11-27 10:00 UTC);
        assert_eq!(local_due(&standard(), "P3", friday).date(), date!(2026 - 12 - 01));
        // Christmas Eve (Thursday): P2 waits for Monday 28 December.
        let eve = datetime!(2026-12-24 10:00 UTC);
        assert_eq!(local_due(&standard(), "P2", eve).date(), date!(2026 - 12 - 28));
    }

    #[test]
    fn a_p3_on_the_day_before_midsummer_eve_is_due_the_next_tuesday() {
        // Thursday 18 June 2026; Friday is Midsummer Eve, Saturday Midsummer Day.
        let thursday = datetime!(2026-06-18 08:00 UTC);
        let due = local_due(&standard(), "P3", thursday);
        assert_eq!(due.date(), date!(2026 - 06 - 23));
        assert_eq!((due.hour(), due.minute()), (23, 59));
        // A P2 arriving on Midsummer Eve waits for Monday.
        let eve = datetime!(2026-06-19 09:00 UTC);
        assert_eq!(local_due(&standard(), "P2", eve).date(), date!(2026 - 06 - 22));
    }

    #[test]
    fn easter_and_ascension_pause_the_clock() {
        // Thursday 2 April 2026: Good Friday, Easter Saturday to Monday follow.
        let thursday = datetime!(2026-04-02 09:00 UTC);
        assert_eq!(
            local_due(&standard(), "P3", thursday).date(),
            date!(2026 - 04 - 08)
        );
        // Wednesday 13 May 2026: Ascension Day is Thursday 14 May.
        let wednesday = datetime!(2026-05-13 09:00 UTC);
        assert_eq!(
            local_due(&standard(), "P3", wednesday).date(),
            date!(2026 - 05 - 18)
        );
    }

    #[test]
    fn a_day_ends_at_swedish_midnight_in_summer_and_in_winter() {
        // Winter: 23:59:59 CET is 22:59:59 UTC.
        let winter = due(&standard(), "P2", datetime!(2026-11-23 10:00 UTC));
        assert_eq!(winter, datetime!(2026-11-23 22:59:59 UTC));
        // Received on Friday 27 March in winter time, due Tuesday 31 March in summer time:
        // 23:59:59 CEST is 21:59:59 UTC.
        let across = due(&standard(), "P3", datetime!(2026-03-27 10:00 UTC));
        assert_eq!(across, datetime!(2026-03-31 21:59:59 UTC));
        // And back: Friday 23 October (summer) to Tuesday 27 October (winter).
        let back = due(&standard(), "P3", datetime!(2026-10-23 10:00 UTC));
        assert_eq!(back, datetime!(2026-10-27 22:59:59 UTC));
    }

    #[test]
    fn a_late_evening_arrival_counts_on_its_swedish_date() {
        // 23:30 UTC on Friday 27 November is 00:30 on Saturday in Stockholm.
        let late = datetime!(2026-11-27 23:30 UTC);
        assert_eq!(local_due(&standard(), "P2", late).date(), date!(2026 - 11 - 30));
    }

    #[test]
    fn the_levels_follow_the_configuration() {
        let levels = SlaConfig {
            p1_minutes: 15,
            p2_working_days: 1,
            p3_working_days: 3,
        };
        let monday = datetime!(2026-11-23 10:30 UTC);
        assert_eq!(due(&levels, "P1", monday), monday + Duration::minutes(15));
        assert_eq!(local_due(&levels, "P2", monday).date(), date!(2026 - 11 - 24));
        assert_eq!(local_due(&levels, "P3", monday).date(), date!(2026 - 11 - 26));
        assert_eq!(local_due(&levels, "P9", monday).date(), date!(2026 - 11 - 26));
    }
}
