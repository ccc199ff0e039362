//! Times typed into and shown in the referral forms (consent given, report made, contact
//! recorded): `datetime-local` values, read and written in Swedish local time. Pure.

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::clock::{from_unix_ms, stockholm, unix_ms};

/// Parses a `datetime-local` value (`2026-11-23T10:30`, seconds optional) as Swedish
/// local time.
pub fn parse(text: &str) -> Option<OffsetDateTime> {
    let text = text.trim();
    let long = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let short = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let local = PrimitiveDateTime::parse(text, short)
        .or_else(|_| PrimitiveDateTime::parse(text, long))
        .ok()?;
    // Try summer time first, then winter time: the offset that Stockholm itself would
    // show at that instant is the right one (in the repeated autumn hour, summer time).
    [2, 1].into_iter().find_map(|hours| {
        let offset = UtcOffset::from_hms(hours, 0, 0).ok()?;
        let at = local.assume_offset(offset);
        (stockholm(at).offset() == offset).then_some(at)
    })
}

/// [`parse()`], as unix ms.
pub fn parse_ms(text: &str) -> Option<i64> {
    parse(text).map(unix_ms)
}

/// Formats an instant for a `datetime-local` field, in Swedish local time.
pub fn format(at: OffsetDateTime) -> String {
    stockholm(at)
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]"
        ))
        .unwrap_or_default()
}

/// [`format()`], from unix ms.
pub fn format_ms(ms: i64) -> String {
    format(from_unix_ms(ms))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn local_times_are_read_in_stockholm_time_in_winter_and_summer() {
        assert_eq!(parse("2026-11-23T10:30"), Some(datetime!(2026-11-23 09:30 UTC)));
        assert_eq!(
            parse("2026-07-01T10:30:00"),
            Some(datetime!(2026-07-01 08:30 UTC))
        );
        assert_eq!(parse("2026-11-23 10:30"), None, "the T is required");
        assert_eq!(parse("yesterday"), None);
        assert_eq!(format(datetime!(2026-11-23 09:30 UTC)), "2026-11-23T10:30");
    }

    #[test]
    fn local_times_read_and_write_as_unix_ms() {
        let winter = parse_ms("2026-11-23T10:30").expect("a valid time");
        assert_eq!(winter, 1_795_426_200_000);
        assert_eq!(format_ms(winter), "2026-11-23T10:30");
        let summer = parse_ms("2026-07-01T10:30:00").expect("a valid time");
        assert_eq!(format_ms(summer), "2026-07-01T10:30");
    }
}
