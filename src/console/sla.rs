//! Service levels of the queue: P1 now, P2 within the same working day, P3 within two
//! working days — counted on the Swedish calendar, so a weekend or a holiday pauses the
//! clock.

use time::{Duration, OffsetDateTime, Time};

use crate::calendar::is_working_day;
use crate::clock::stockholm;

/// When an enquiry of `priority` received at `received` must be answered.
pub fn due(priority: &str, received: OffsetDateTime) -> OffsetDateTime {
    let local = stockholm(received);
    let end_of = |date: time::Date| {
        // The end of that working day, Swedish time.
        stockholm(
            date.with_time(Time::MIDNIGHT).assume_offset(local.offset()) + Duration::days(1)
                - Duration::seconds(1),
        )
    };
    let mut day = local.date();
    match priority {
        "P1" => received,
        "P2" => {
            while !is_working_day(day) {
                day += Duration::days(1);
            }
            end_of(day)
        }
        _ => {
            // Two working days after the day it arrived (or the next working day).
            let mut left = 2;
            while left > 0 {
                day += Duration::days(1);
                if is_working_day(day) {
                    left -= 1;
                }
            }
            end_of(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn clocks_skip_weekends_and_holidays() {
        // Monday 23 November 2026, 10:30 UTC.
        let monday = datetime!(2026-11-23 10:30 UTC);
        assert_eq!(due("P1", monday), monday);
        assert_eq!(
            stockholm(due("P2", monday)).date(),
            time::macros::date!(2026 - 11 - 23)
        );
        assert_eq!(
            stockholm(due("P3", monday)).date(),
            time::macros::date!(2026 - 11 - 25)
        );
        // Friday: P3 lands on Tuesday.
        let friday = datetime!(2026-11-27 10:00 UTC);
        assert_eq!(
            stockholm(due("P3", friday)).date(),
            time::macros::date!(2026 - 12 - 01)
        );
        // Christmas Eve (Thursday): P2 waits for Monday 28 December.
        let eve = datetime!(2026-12-24 10:00 UTC);
        assert_eq!(
            stockholm(due("P2", eve)).date(),
            time::macros::date!(2026 - 12 - 28)
        );
    }
}
