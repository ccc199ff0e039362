//! When a person will be answered, said honestly on the page after sending: from the
//! decision's priority and the hours when handlers read (`site.read_hours`), not one
//! "two working days" for everyone. Pure: the time is passed in.

use serde::Serialize;
use time::OffsetDateTime;

use crate::directory::OpeningHours;
use crate::triage::Priority;

/// What the page after sending says about the answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum WhenAnswered {
    /// Handlers are reading now, and the message is urgent (P1): it is read at once.
    Now,
    /// Handlers are reading now and the message is for the same day (P2): today.
    Today,
    /// Handlers are not reading now and the message cannot wait two days (P1, P2): when
    /// they read again, in Swedish time (`weekday` 1 = Monday … 7 = Sunday, `time` HH:MM).
    Reopens {
        /// ISO weekday, 1 = Monday.
        weekday: u8,
        /// Local time, `HH:MM`.
        time: String,
    },
    /// Within this many working days (P3, or P1/P2 when no reading hours lie ahead).
    WithinDays {
        /// Working days.
        days: u32,
    },
}

/// When a message of `priority`, sent at `now`, will be answered.
pub(crate) fn when_answered(
    priority: Priority,
    reads: &OpeningHours,
    now: OffsetDateTime,
    reply_days: u32,
) -> WhenAnswered {
    let within = WhenAnswered::WithinDays { days: reply_days };
    if priority == Priority::P3 {
        return within;
    }
    if reads.is_open(now) {
        return if priority == Priority::P1 {
            WhenAnswered::Now
        } else {
            WhenAnswered::Today
        };
    }
    match reads.next_open(now) {
        Some(at) => WhenAnswered::Reopens {
            weekday: at.weekday().number_from_monday(),
            time: format!("{:02}:{:02}", at.hour(), at.minute()),
        },
        None => within,
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn office() -> OpeningHours {
        OpeningHours::parse(&["mon-fri 08:00-17:00".to_owned()]).unwrap()
    }

    fn reopens(weekday: u8, time: &str) -> WhenAnswered {
        WhenAnswered::Reopens {
            weekday,
            time: time.to_owned(),
        }
    }

    #[test]
    fn acute_on_a_saturday_night_is_told_when_we_read_again_not_two_working_days() {
        // Saturday 28 November 2026, 23:30 in Stockholm.
        let saturday_night = datetime!(2026-11-28 22:30 UTC);
        assert_eq!(
            when_answered(Priority::P1, &office(), saturday_night, 2),
            reopens(1, "08:00")
        );
        assert_eq!(
            when_answered(Priority::P2, &office(), saturday_night, 2),
            reopens(1, "08:00")
        );
        assert_eq!(
            when_answered(Priority::P3, &office(), saturday_night, 2),
            WhenAnswered::WithinDays { days: 2 }
        );
    }

    #[test]
    fn while_we_read_an_acute_message_is_read_now_and_a_same_day_one_today() {
        // Tuesday 24 November 2026, 10:00 in Stockholm.
        let tuesday = datetime!(2026-11-24 09:00 UTC);
        assert_eq!(
            when_answered(Priority::P1, &office(), tuesday, 2),
            WhenAnswered::Now
        );
        assert_eq!(
            when_answered(Priority::P2, &office(), tuesday, 2),
            WhenAnswered::Today
        );
    }

    #[test]
    fn after_hours_and_over_christmas_the_next_reading_day_is_named() {
        // Tuesday 24 November 2026, 18:00: tomorrow morning.
        assert_eq!(
            when_answered(Priority::P2, &office(), datetime!(2026-11-24 17:00 UTC), 2),
            reopens(3, "08:00")
        );
        // Wednesday 23 December 2026, 18:00: Christmas Eve to Boxing Day are closed, then
        // the weekend; Monday 28 December.
        assert_eq!(
            when_answered(Priority::P1, &office(), datetime!(2026-12-23 17:00 UTC), 2),
            reopens(1, "08:00")
        );
        // Early morning the same day.
        assert_eq!(
            when_answered(Priority::P1, &office(), datetime!(2026-11-24 05:00 UTC), 2),
            reopens(2, "08:00")
        );
    }

    #[test]
    fn a_service_staffed_around_the_clock_always_reads_now() {
        let always = OpeningHours::parse(&["always".to_owned()]).unwrap();
        assert_eq!(
            when_answered(Priority::P1, &always, datetime!(2026-11-28 22:30 UTC), 2),
            WhenAnswered::Now
        );
    }
}
