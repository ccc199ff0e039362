//! The only place that reads the time. Tests pass a [`TestClock`] and move it by hand.

use std::sync::Mutex;

use time::OffsetDateTime;

/// A source of the current time.
pub trait Clock: Send + Sync + 'static {
    /// The current instant, in UTC.
    fn now(&self) -> OffsetDateTime;

    /// The current instant as Unix milliseconds (how times are stored).
    fn now_ms(&self) -> i64 {
        unix_ms(self.now())
    }
}

/// Converts an instant to Unix milliseconds.
pub fn unix_ms(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// Converts Unix milliseconds back to an instant (saturating at the epoch on bad input).
pub fn from_unix_ms(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[expect(clippy::disallowed_methods, reason = "SystemClock is the one real clock")]
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that only moves when told to.
#[derive(Debug)]
pub struct TestClock(Mutex<OffsetDateTime>);

impl TestClock {
    /// A clock standing at `at`.
    pub fn new(at: OffsetDateTime) -> Self {
        Self(Mutex::new(at))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: time::Duration) {
        let mut now = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += by;
    }

    /// Sets the clock.
    pub fn set(&self, at: OffsetDateTime) {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = at;
    }
}

impl Clock for TestClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Swedish local time (CET/CEST): UTC+1, and UTC+2 from the last Sunday of March 01:00 UTC
/// to the last Sunday of October 01:00 UTC (the EU rule).
pub fn stockholm(at: OffsetDateTime) -> OffsetDateTime {
    let year = at.year();
    let dst_start = last_sunday_0100_utc(year, time::Month::March);
    let dst_end = last_sunday_0100_utc(year, time::Month::October);
    let hours = if at >= dst_start && at < dst_end { 2 } else { 1 };
    at.to_offset(time::UtcOffset::from_hms(hours, 0, 0).unwrap_or(time::UtcOffset::UTC))
}

/// The instant a day starts in Sweden (local midnight; the clocks change at 02:00/03:00
/// local time, never at midnight).
pub fn stockholm_day_start(date: time::Date) -> OffsetDateTime {
    let midnight = date.midnight();
    let offset = stockholm(midnight.assume_utc() - time::Duration::hours(1)).offset();
    midnight.assume_offset(offset)
}

fn last_sunday_0100_utc(year: i32, month: time::Month) -> OffsetDateTime {
    let last_day = time::util::days_in_month(month, year);
    let date = time::Date::from_calendar_date(year, month, last_day).unwrap_or(time::Date::MIN);
    let back = date.weekday().number_days_from_sunday();
    let sunday = date - time::Duration::days(i64::from(back));
    sunday
        .with_hms(1, 0, 0)
        .unwrap_or(time::PrimitiveDateTime::MIN)
        .assume_utc()
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn stockholm_time_follows_eu_summer_time() {
        let cases = [
            (datetime!(2026-01-15 12:00 UTC), 13, "winter is UTC+1"),
            (datetime!(2026-07-01 12:00 UTC), 14, "summer is UTC+2"),
            (datetime!(2026-03-29 00:59 UTC), 1, "just before the March change"),
            (datetime!(2026-03-29 01:00 UTC), 3, "at the March change"),
            (
                datetime!(2026-10-25 00:59 UTC),
                2,
                "just before the October change",
            ),
            (datetime!(2026-10-25 01:00 UTC), 2, "at the October change"),
        ];
        for (at, hour, why) in cases {
            assert_eq!(stockholm(at).hour(), hour, "{why}");
        }
    }

    #[test]
    fn a_swedish_day_starts_at_local_midnight_in_winter_and_summer() {
        use time::macros::date;
        assert_eq!(
            stockholm_day_start(date!(2026 - 01 - 15)),
            datetime!(2026-01-14 23:00 UTC)
        );
        assert_eq!(
            stockholm_day_start(date!(2026 - 07 - 01)),
            datetime!(2026-06-30 22:00 UTC)
        );
        assert_eq!(
            stockholm_day_start(date!(2026 - 03 - 29)),
            datetime!(2026-03-28 23:00 UTC),
            "the day summer time starts begins in winter time"
        );
    }
}
