//! Safe windows, the retry plan and the attempt form.

use time::macros::datetime;

use super::attempts::plan;
use super::windows::{Window, current, inside, next_opening, parse_input};

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
