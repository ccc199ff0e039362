//! The languages of the public site.

use std::fmt;
use std::str::FromStr;

/// A supported language. Tags are the ones in the contract's routes (`/{lang}/…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Swedish (default).
    Sv,
    /// English.
    En,
    /// Arabic (right-to-left).
    Ar,
    /// Persian (right-to-left).
    Fa,
    /// Dari (right-to-left).
    Prs,
    /// Pashto (right-to-left).
    Ps,
    /// Somali.
    So,
    /// Tigrinya.
    Ti,
    /// Turkish.
    Tr,
    /// Finnish, a national minority language.
    Fi,
}

impl Lang {
    /// Every supported language, in the order of the language picker.
    pub const ALL: [Self; 10] = [
        Self::Sv,
        Self::En,
        Self::Ar,
        Self::Fa,
        Self::Prs,
        Self::Ps,
        Self::So,
        Self::Ti,
        Self::Tr,
        Self::Fi,
    ];

    /// The default language.
    pub const DEFAULT: Self = Self::Sv;

    /// The tag used in paths and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
            Self::Ar => "ar",
            Self::Fa => "fa",
            Self::Prs => "prs",
            Self::Ps => "ps",
            Self::So => "so",
            Self::Ti => "ti",
            Self::Tr => "tr",
            Self::Fi => "fi",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::Sv => "Svenska",
            Self::En => "English",
            Self::Ar => "العربية",
            Self::Fa => "فارسی",
            Self::Prs => "دری",
            Self::Ps => "پښتو",
            Self::So => "Soomaali",
            Self::Ti => "ትግርኛ",
            Self::Tr => "Türkçe",
            Self::Fi => "Suomi",
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Self::Ar | Self::Fa | Self::Prs | Self::Ps)
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The locale Fluent uses for plural rules and number formats. Dari has no CLDR plural
    /// data of its own; it shares Persian's as spoken in Afghanistan.
    pub(crate) fn fluent_locale(self) -> &'static str {
        match self {
            Self::Prs => "fa-AF",
            other => other.tag(),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The tag is not a supported language.
#[derive(Debug, thiserror::Error)]
#[error("unsupported language tag")]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Exact tags only (`sv`, not `SV` or `sv-SE`): paths are canonical.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|l| l.tag() == tag).ok_or(UnknownLang)
    }
}

/// Picks the best supported language for an `Accept-Language` header, else Swedish.
///
/// `fa-AF` (Persian as written in Afghanistan) is Dari; any other `fa` is Persian.
pub fn negotiate(accept_language: Option<&str>) -> Lang {
    let Some(header) = accept_language else {
        return Lang::DEFAULT;
    };
    let mut ranges: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
        })
        .collect();
    // Highest quality first; equal qualities keep the header's order.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .iter()
        .find_map(|(_, _, tag)| {
            if tag == "fa-af" {
                return Some(Lang::Prs);
            }
            let primary = tag.split('-').next().unwrap_or_default();
            primary.parse::<Lang>().ok()
        })
        .unwrap_or(Lang::DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_then_order() {
        let cases = [
            (None, Lang::Sv, "no header means Swedish"),
            (
                Some("de-DE,de;q=0.9"),
                Lang::Sv,
                "nothing supported falls back to Swedish",
            ),
            (Some("ar-SE,en;q=0.8"), Lang::Ar, "region subtags are ignored"),
            (Some("en;q=0.5,fi;q=0.9"), Lang::Fi, "higher quality wins"),
            (
                Some("fa-AF,fa;q=0.9"),
                Lang::Prs,
                "Persian of Afghanistan is Dari",
            ),
            (Some("fa-IR"), Lang::Fa, "Persian of Iran is Persian"),
            (Some("ti-ER;q=0,so"), Lang::So, "q=0 means not acceptable"),
            (Some("*"), Lang::Sv, "a wildcard falls back to Swedish"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(negotiate(header), expected, "{why}");
        }
    }

    #[test]
    fn four_languages_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL
            .into_iter()
            .filter(|l| l.is_rtl())
            .map(Lang::tag)
            .collect();
        assert_eq!(rtl, ["ar", "fa", "prs", "ps"]);
    }
}
