//! The checks of a step's values that are the inbox's own (texts a recipient writes,
//! contact times it records) and how long a referral waited. The referral's states and
//! which step is legal when are [`crate::referral::lifecycle`]'s. Pure.

use crate::web::FieldError;

/// The most characters a reason for declining may have.
pub const REASON_MAX_CHARS: usize = 2000;
/// The most characters a question to the contact point may have.
pub const QUESTION_MAX_CHARS: usize = 4000;
/// How far ahead of the clock a recorded contact time may lie (a clock a little fast).
pub(super) const FUTURE_SLACK_MS: i64 = 5 * 60 * 1000;

/// Checks a written text: required, at most `max` characters. Returns it trimmed.
pub(super) fn check_text(
    text: &str,
    field: &'static str,
    max: usize,
    missing: &'static str,
    too_long: &'static str,
) -> Result<String, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(FieldError::new(field, missing))
    } else if trimmed.chars().count() > max {
        Err(FieldError::new(field, too_long))
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Checks a recorded contact time: not before the referral was sent, not in the future.
pub(super) fn check_contact_time(at: i64, sent_at: i64, now: i64) -> Result<i64, FieldError> {
    if at < sent_at {
        Err(FieldError::new("at", "inbox-error-at-before-referral"))
    } else if at > now + FUTURE_SLACK_MS {
        Err(FieldError::new("at", "inbox-error-at-future"))
    } else {
        Ok(at)
    }
}

/// A duration as whole days, hours and minutes.
pub fn split_duration(ms: i64) -> (i64, i64, i64) {
    let minutes = ms.max(0) / 60_000;
    (minutes / (24 * 60), minutes / 60 % 24, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_times_are_checked() {
        assert!(check_text("  ", "reason", 10, "m", "l").is_err());
        assert_eq!(check_text(" ok ", "reason", 10, "m", "l"), Ok("ok".to_owned()));
        assert_eq!(
            check_text(&"x".repeat(11), "reason", 10, "m", "l").map_err(|e| e.message_id),
            Err("l")
        );
        assert!(check_contact_time(5, 10, 100).is_err());
        assert!(check_contact_time(100 + FUTURE_SLACK_MS + 1, 10, 100).is_err());
        assert_eq!(check_contact_time(50, 10, 100), Ok(50));
        assert_eq!(split_duration((26 * 60 + 5) * 60_000), (1, 2, 5));
    }
}
