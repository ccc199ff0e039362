//! The Swedish calendar of public holidays (*allmänna helgdagar*) and the eves that are
//! days off in practice, computed for any year — never typed in by hand.
//!
//! Used wherever "working day" or "open" matters: organisations' opening hours in the
//! directory, and (in later capabilities) the console's SLA clocks and chat hours.

use time::{Date, Duration, Month, Weekday};

/// Why a date is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOff {
    /// A public holiday (Lag (1989:253) om allmänna helgdagar), by its Swedish name.
    Holiday(&'static str),
    /// An eve that is a day off in practice (midsummer, Christmas and New Year's Eve).
    Eve(&'static str),
    /// Saturday or Sunday.
    Weekend,
}

/// Easter Sunday of a year (the anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = if month == 3 { Month::March } else { Month::April };
    Date::from_calendar_date(year, month, u8::try_from(day).unwrap_or(1)).unwrap_or(Date::MIN)
}

/// The first `weekday` on or after `(month, day)`.
fn first_on_or_after(year: i32, month: Month, day: u8, weekday: Weekday) -> Date {
    let start = Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN);
    let ahead = (7 + weekday.number_days_from_monday() - start.weekday().number_days_from_monday()) % 7;
    start + Duration::days(i64::from(ahead))
}

/// Whether `date` is a Swedish public holiday or a customary day-off eve, and which.
pub fn holiday(date: Date) -> Option<DayOff> {
    let year = date.year();
    let easter = easter_sunday(year);
    let fixed = |m: Month, d: u8| Date::from_calendar_date(year, m, d).ok() == Some(date);
    let named = [
        (fixed(Month::January, 1), DayOff::Holiday("nyårsdagen")),
        (fixed(Month::January, 6), DayOff::Holiday("trettondedag jul")),
        (
            date == easter - Duration::days(2),
            DayOff::Holiday("långfredagen"),
        ),
        (date == easter - Duration::days(1), DayOff::Eve("påskafton")),
        (date == easter, DayOff::Holiday("påskdagen")),
        (
            date == easter + Duration::days(1),
            DayOff::Holiday("annandag påsk"),
        ),
        (fixed(Month::May, 1), DayOff::Holiday("första maj")),
        (
            date == easter + Duration::days(39),
            DayOff::Holiday("kristi himmelsfärdsdag"),
        ),
        (
            date == easter + Duration::days(49),
            DayOff::Holiday("pingstdagen"),
        ),
        (fixed(Month::June, 6), DayOff::Holiday("sveriges nationaldag")),
        // Midsummer Day is the Saturday from 20 to 26 June; its eve the Friday before.
        (
            date == first_on_or_after(year, Month::June, 19, Weekday::Friday),
            DayOff::Eve("midsommarafton"),
        ),
        (
            date == first_on_or_after(year, Month::June, 20, Weekday::Saturday),
            DayOff::Holiday("midsommardagen"),
        ),
        // All Saints' Day is the Saturday from 31 October to 6 November.
        (
            date == first_on_or_after(year, Month::October, 31, Weekday::Saturday),
            DayOff::Holiday("alla helgons dag"),
        ),
        (fixed(Month::December, 24), DayOff::Eve("julafton")),
        (fixed(Month::December, 25), DayOff::Holiday("juldagen")),
        (fixed(Month::December, 26), DayOff::Holiday("annandag jul")),
        (fixed(Month::December, 31), DayOff::Eve("nyårsafton")),
    ];
    named.into_iter().find_map(|(is, what)| is.then_some(what))
}

/// Why `date` is not a working day, or `None` for a working day.
pub fn day_off(date: Date) -> Option<DayOff> {
    holiday(date)
        .or_else(|| matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday).then_some(DayOff::Weekend))
}

/// Whether `date` is a working day (Monday to Friday, not a holiday or a day-off eve).
pub fn is_working_day(date: Date) -> bool {
    day_off(date).is_none()
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn easter_falls_on_the_known_dates() {
        let known = [
            (2024, date!(2024 - 03 - 31)),
            (2025, date!(2025 - 04 - 20)),
            (2026, date!(2026 - 04 - 05)),
            (2027, date!(2027 - 03 - 28)),
            (2038, date!(2038 - 04 - 25)),
            (2285, date!(2285 - 03 - 22)),
        ];
        for (year, expected) in known {
            assert_eq!(easter_sunday(year), expected, "{year}");
        }
    }

    #[test]
    fn the_swedish_holidays_of_2026_are_computed() {
        let cases = [
            (date!(2026 - 01 - 06), Some(DayOff::Holiday("trettondedag jul"))),
            (date!(2026 - 04 - 03), Some(DayOff::Holiday("långfredagen"))),
            (date!(2026 - 04 - 06), Some(DayOff::Holiday("annandag påsk"))),
            (
                date!(2026 - 05 - 14),
                Some(DayOff::Holiday("kristi himmelsfärdsdag")),
            ),
            (date!(2026 - 05 - 24), Some(DayOff::Holiday("pingstdagen"))),
            (date!(2026 - 06 - 19), Some(DayOff::Eve("midsommarafton"))),
            (date!(2026 - 06 - 20), Some(DayOff::Holiday("midsommardagen"))),
            (date!(2026 - 10 - 31), Some(DayOff::Holiday("alla helgons dag"))),
            (date!(2026 - 12 - 24), Some(DayOff::Eve("julafton"))),
            (date!(2026 - 11 - 23), None),
        ];
        for (day, expected) in cases {
            assert_eq!(holiday(day), expected, "{day}");
        }
    }

    #[test]
    fn midsummer_and_all_saints_move_with_the_weekdays() {
        assert_eq!(
            holiday(date!(2027 - 06 - 25)),
            Some(DayOff::Eve("midsommarafton"))
        );
        assert_eq!(
            holiday(date!(2027 - 06 - 26)),
            Some(DayOff::Holiday("midsommardagen"))
        );
        assert_eq!(
            holiday(date!(2025 - 11 - 01)),
            Some(DayOff::Holiday("alla helgons dag"))
        );
        assert_eq!(
            holiday(date!(2031 - 11 - 01)),
            Some(DayOff::Holiday("alla helgons dag"))
        );
    }

    #[test]
    fn working_days_skip_weekends_holidays_and_eves() {
        assert!(is_working_day(date!(2026 - 11 - 23)), "an ordinary Monday");
        assert!(!is_working_day(date!(2026 - 11 - 22)), "a Sunday");
        assert!(
            !is_working_day(date!(2026 - 12 - 24)),
            "Christmas Eve, a Thursday"
        );
        assert!(
            !is_working_day(date!(2026 - 05 - 14)),
            "Ascension Day, a Thursday"
        );
        assert_eq!(day_off(date!(2026 - 11 - 21)), Some(DayOff::Weekend));
    }
}
