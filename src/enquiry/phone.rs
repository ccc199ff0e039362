//! A telephone number as a person types it, parsed to E.164 at the edge; it never prints
//! itself.

use std::fmt;

/// A telephone number, normalised to E.164 (`+46701234567`). `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhoneNumber([redacted])")
    }
}

/// Why a typed number was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Nothing was typed.
    Missing,
    /// It is not a number we can call.
    Invalid,
}

/// Swedish mobile prefixes (after the trunk 0): always nine digits after it.
const SWEDISH_MOBILE: [&str; 5] = ["70", "72", "73", "76", "79"];

impl PhoneNumber {
    /// Parses a Swedish number in its common spellings (`070-123 45 67`, `08-123 456 78`,
    /// `+46 (0)70 123 45 67`, `0046 70…`) or an international one (`+358 40 123 4567`).
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let typed = input.trim().replace("(0)", "");
        if typed.is_empty() {
            return Err(PhoneError::Missing);
        }
        let allowed =
            |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}');
        let (plus, rest) = match typed.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, typed.as_str()),
        };
        if !rest.chars().all(allowed) {
            return Err(PhoneError::Invalid);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        let swedish = match international {
            Some(number) => match number.strip_prefix("46") {
                // "+46 070…" keeps a trunk zero by mistake; it is dropped.
                Some(national) => national.strip_prefix('0').unwrap_or(national),
                None => return Self::foreign(number),
            },
            None => digits.strip_prefix('0').ok_or(PhoneError::Invalid)?,
        };
        let valid_length = if SWEDISH_MOBILE.iter().any(|p| swedish.starts_with(p)) {
            swedish.len() == 9
        } else {
            (7..=9).contains(&swedish.len())
        };
        if !valid_length || swedish.starts_with('0') {
            return Err(PhoneError::Invalid);
        }
        Ok(Self(format!("+46{swedish}")))
    }

    /// A number with another country code: E.164 allows at most 15 digits.
    fn foreign(digits: &str) -> Result<Self, PhoneError> {
        if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
            Ok(Self(format!("+{digits}")))
        } else {
            Err(PhoneError::Invalid)
        }
    }

    /// The number in E.164 form.
    pub fn e164(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_spellings_of_a_number_become_e164() {
        let cases = [
            ("070-123 45 67", "+46701234567", "a mobile number with spaces"),
            ("0701234567", "+46701234567", "a mobile number without spaces"),
            ("+46 70 123 45 67", "+46701234567", "international form"),
            (
                "+46 (0)70-123 45 67",
                "+46701234567",
                "with the trunk zero in brackets",
            ),
            ("+46070 123 45 67", "+46701234567", "with a stray trunk zero"),
            ("0046 70 123 45 67", "+46701234567", "00 for abroad"),
            ("08-123 456 78", "+46812345678", "a Stockholm landline"),
            ("08/12 34 56", "+468123456", "a short Stockholm number"),
            ("031-12 34 56", "+4631123456", "a Gothenburg landline"),
            ("0920-123 45", "+4692012345", "a Luleå landline"),
            ("+358 40 123 4567", "+358401234567", "a Finnish mobile"),
        ];
        for (typed, expected, why) in cases {
            assert_eq!(
                PhoneNumber::parse(typed).map(|p| p.0),
                Ok(expected.to_owned()),
                "{why}"
            );
        }
    }

    #[test]
    fn a_number_that_cannot_be_called_is_refused_with_a_reason() {
        let cases = [
            ("", PhoneError::Missing, "nothing typed"),
            ("   ", PhoneError::Missing, "only spaces"),
            (
                "070-123 45 6",
                PhoneError::Invalid,
                "a mobile number one digit short",
            ),
            (
                "070-123 45 678",
                PhoneError::Invalid,
                "a mobile number one digit long",
            ),
            ("12345", PhoneError::Invalid, "no trunk zero or country code"),
            ("ring mig", PhoneError::Invalid, "words"),
            ("070-ABC", PhoneError::Invalid, "letters"),
            ("+46 8 123", PhoneError::Invalid, "too short"),
            ("0000000000", PhoneError::Invalid, "zeros"),
            ("+1 234", PhoneError::Invalid, "too short abroad"),
            ("07+0123", PhoneError::Invalid, "a plus inside"),
        ];
        for (typed, expected, why) in cases {
            assert_eq!(PhoneNumber::parse(typed), Err(expected), "{why}");
        }
    }

    #[test]
    fn a_phone_number_never_prints_itself() {
        let number = PhoneNumber::parse("070-123 45 67").unwrap();
        assert!(!format!("{number:?}").contains("123"));
    }
}
