//! Opening hours in Swedish local time (the Europe/Stockholm offset is computed in
//! [`crate::clock::stockholm`], so no time-zone database is needed).
//! Weekly windows are closed on Swedish public holidays and day-off eves (computed in
//! [`crate::calendar`]): on Christmas Eve or Midsummer Eve an office is closed and the
//! decision names the out-of-hours alternative. `always` means every day.

use time::{OffsetDateTime, PrimitiveDateTime};

/// Converts an instant to Swedish local (wall-clock) time (see [`crate::clock::stockholm`]).
pub fn stockholm_local(now: OffsetDateTime) -> PrimitiveDateTime {
    let local = crate::clock::stockholm(now);
    PrimitiveDateTime::new(local.date(), local.time())
}

/// When an organisation answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningHours {
    /// Around the clock, every day (112, the contact point's written channel).
    Always,
    /// Open only in these weekly windows.
    Windows(Vec<Window>),
}

/// One weekly window: a set of weekdays and a local-time span `[from, to)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Bit 0 = Monday … bit 6 = Sunday.
    days: u8,
    /// Minutes after local midnight.
    from: u16,
    /// Minutes after local midnight, exclusive; 24:00 is allowed.
    to: u16,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl OpeningHours {
    /// Parses a schedule: `["always"]` or windows like `"mon-fri 08:00-16:30"`.
    pub fn parse(windows: &[String]) -> Result<Self, String> {
        if windows.iter().any(|w| w.trim() == "always") {
            return if windows.len() == 1 {
                Ok(Self::Always)
            } else {
                Err("\"always\" must stand alone".to_owned())
            };
        }
        if windows.is_empty() {
            return Err("a schedule needs at least one window".to_owned());
        }
        windows
            .iter()
            .map(|w| Window::parse(w))
            .collect::<Result<Vec<_>, _>>()
            .map(Self::Windows)
    }

    /// Whether the organisation answers at this instant.
    pub fn is_open(&self, now: OffsetDateTime) -> bool {
        match self {
            Self::Always => true,
            Self::Windows(windows) => {
                let local = stockholm_local(now);
                if crate::calendar::holiday(local.date()).is_some() {
                    return false;
                }
                let day = local.weekday().number_days_from_monday();
                let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
                windows
                    .iter()
                    .any(|w| w.days & (1 << day) != 0 && w.from <= minute && minute < w.to)
            }
        }
    }
}

impl OpeningHours {
    /// When these hours next open, in Swedish local time: `None` when open at `now` (or
    /// always open), else the start of the first window on a day that is not a holiday,
    /// looking three weeks ahead (a schedule with no window in that time says `None` too).
    pub fn next_open(&self, now: OffsetDateTime) -> Option<PrimitiveDateTime> {
        let Self::Windows(windows) = self else {
            return None;
        };
        if self.is_open(now) {
            return None;
        }
        let local = stockholm_local(now);
        let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
        for offset in 0..21 {
            let date = local.date() + time::Duration::days(offset);
            if crate::calendar::holiday(date).is_some() {
                continue;
            }
            let day = date.weekday().number_days_from_monday();
            let start = windows
                .iter()
                .filter(|w| w.days & (1 << day) != 0 && (offset > 0 || w.from > minute))
                .map(|w| w.from)
                .min();
            if let Some(from) = start {
                let at =
                    time::Time::from_hms(u8::try_from(from / 60).ok()?, u8::try_from(from % 60).ok()?, 0)
                        .ok()?;
                return Some(PrimitiveDateTime::new(date, at));
            }
        }
        None
    }
}

/// One weekly window in words' parts: the first and last weekday (1 = Monday … 7 =
/// Sunday) and the local times `HH:MM`, for a page to say when the service reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowParts {
    /// First weekday, 1 = Monday.
    pub first: u8,
    /// Last weekday, 1 = Monday (equal to `first` for a single day).
    pub last: u8,
    /// Opens, `HH:MM`.
    pub from: String,
    /// Closes, `HH:MM`.
    pub to: String,
}

impl OpeningHours {
    /// The windows as parts for words, in the order written; `None` when always open.
    pub fn parts(&self) -> Option<Vec<WindowParts>> {
        let Self::Windows(windows) = self else {
            return None;
        };
        let clock = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        Some(
            windows
                .iter()
                .map(|w| {
                    // Parsed from a day range, so the set bits are contiguous.
                    let first = w.days.trailing_zeros();
                    let last = 8 - w.days.leading_zeros();
                    WindowParts {
                        first: u8::try_from(first + 1).unwrap_or(1),
                        last: u8::try_from(last).unwrap_or(7),
                        from: clock(w.from),
                        to: clock(w.to),
                    }
                })
                .collect(),
        )
    }
}

impl Window {
    fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("expected e.g. \"mon-fri 08:00-16:30\", got {text:?}");
        let (days, span) = text.trim().split_once(' ').ok_or_else(bad)?;
        let day = |d: &str| DAYS.iter().position(|x| *x == d).ok_or_else(bad);
        let (first, last) = match days.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(days)?, day(days)?),
        };
        if first > last {
            return Err(bad());
        }
        let mask = (first..=last).fold(0u8, |m, d| m | (1 << d));
        let (from, to) = span.trim().split_once('-').ok_or_else(bad)?;
        let minutes = |t: &str| -> Result<u16, String> {
            let (h, m) = t.split_once(':').ok_or_else(bad)?;
            let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
            if h > 24 || m > 59 || (h == 24 && m != 0) {
                return Err(bad());
            }
            Ok(h * 60 + m)
        };
        let (from, to) = (minutes(from)?, minutes(to)?);
        if from >= to {
            return Err(bad());
        }
        Ok(Self { days: mask, from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn windows_come_back_as_days_and_times_for_words() {
        let hours =
            OpeningHours::parse(&["mon-fri 08:00-17:00".to_owned(), "sat 10:00-24:00".to_owned()]).unwrap();
        let parts = hours.parts().unwrap();
        assert_eq!(
            parts,
            vec![
                WindowParts {
                    first: 1,
                    last: 5,
                    from: "08:00".into(),
                    to: "17:00".into()
                },
                WindowParts {
                    first: 6,
                    last: 6,
                    from: "10:00".into(),
                    to: "24:00".into()
                },
            ]
        );
        assert_eq!(OpeningHours::Always.parts(), None);
    }

    #[test]
    fn summer_and_winter_offsets_follow_the_eu_rule() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(stockholm_local(datetime!(2026-03-29 00:59 UTC)).hour(), 1);
        assert_eq!(stockholm_local(datetime!(2026-03-29 01:00 UTC)).hour(), 3);
        assert_eq!(stockholm_local(datetime!(2026-10-25 00:59 UTC)).hour(), 2);
        assert_eq!(stockholm_local(datetime!(2026-10-25 01:00 UTC)).hour(), 2);
        assert_eq!(stockholm_local(datetime!(2026-11-23 12:00 UTC)).hour(), 13);
    }

    #[test]
    fn office_hours_are_weekdays_in_local_time() {
        let office = OpeningHours::parse(&["mon-fri 08:00-16:30".to_owned()]).unwrap();
        // Monday 07:30 UTC in winter is 08:30 local.
        assert!(office.is_open(datetime!(2026-11-23 07:30 UTC)));
        assert!(!office.is_open(datetime!(2026-11-23 06:30 UTC)));
        assert!(!office.is_open(datetime!(2026-11-22 10:00 UTC)));
        assert!(OpeningHours::parse(&["mon-fri 17:00-08:00".to_owned()]).is_err());
        assert!(OpeningHours::parse(&["weekdays".to_owned()]).is_err());
    }

    #[test]
    fn weekly_windows_are_closed_on_holidays_and_day_off_eves() {
        let office = OpeningHours::parse(&["mon-fri 08:00-16:30".to_owned()]).unwrap();
        // Thursday 24 December 2026, 10:00 local: Christmas Eve.
        assert!(!office.is_open(datetime!(2026-12-24 09:00 UTC)));
        // Thursday 14 May 2026: Ascension Day.
        assert!(!office.is_open(datetime!(2026-05-14 08:00 UTC)));
        // Friday 19 June 2026: Midsummer Eve.
        assert!(!office.is_open(datetime!(2026-06-19 08:00 UTC)));
        // The Wednesday before is an ordinary working day.
        assert!(office.is_open(datetime!(2026-12-23 09:00 UTC)));
        assert!(OpeningHours::Always.is_open(datetime!(2026-12-24 09:00 UTC)));
    }
}
