//! Municipalities, counties and police regions: the geography the engine routes on.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A municipality code (*kommunkod*): exactly four ASCII digits, e.g. `1280` for Malmö.
///
/// [`MunicipalityCode::parse`] checks the syntax only; whether the code names a real
/// municipality is [`super::Directory::municipality`]'s question.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MunicipalityCode(String);

/// The text given was not four ASCII digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a municipality code (kommunkod) is exactly four digits, e.g. \"1280\"; got {0:?}")]
pub struct InvalidMunicipalityCode(pub String);

impl MunicipalityCode {
    /// Parses four ASCII digits; anything else (spaces, signs, three digits) is an error.
    pub fn parse(text: &str) -> Result<Self, InvalidMunicipalityCode> {
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(text.to_owned()))
        } else {
            Err(InvalidMunicipalityCode(text.to_owned()))
        }
    }

    /// The four digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The county code (*länskod*): the first two digits.
    pub fn county_code(&self) -> &str {
        &self.0[..2]
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MunicipalityCode({})", self.0)
    }
}

impl FromStr for MunicipalityCode {
    type Err = InvalidMunicipalityCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for MunicipalityCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for MunicipalityCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// One of Polismyndigheten's seven regions (since 2015).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PoliceRegion {
    /// Region Nord (Västernorrland, Jämtland, Västerbotten, Norrbotten).
    Nord,
    /// Region Mitt (Uppsala, Västmanland, Gävleborg).
    Mitt,
    /// Region Stockholm (Stockholm, Gotland).
    Stockholm,
    /// Region Öst (Södermanland, Östergötland, Jönköping).
    Ost,
    /// Region Väst (Halland, Västra Götaland).
    Vast,
    /// Region Syd (Kronoberg, Kalmar, Blekinge, Skåne).
    Syd,
    /// Region Bergslagen (Värmland, Örebro, Dalarna).
    Bergslagen,
}

impl PoliceRegion {
    /// All seven regions.
    pub const ALL: &'static [Self] = &[
        Self::Nord,
        Self::Mitt,
        Self::Stockholm,
        Self::Ost,
        Self::Vast,
        Self::Syd,
        Self::Bergslagen,
    ];

    /// The id part used in `police:region:{slug}` (lower case, å/ä/ö folded).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Nord => "nord",
            Self::Mitt => "mitt",
            Self::Stockholm => "stockholm",
            Self::Ost => "ost",
            Self::Vast => "vast",
            Self::Syd => "syd",
            Self::Bergslagen => "bergslagen",
        }
    }

    /// The region's Swedish name as in the reference data (`Öst`, `Väst`, …).
    pub fn name(self) -> &'static str {
        match self {
            Self::Nord => "Nord",
            Self::Mitt => "Mitt",
            Self::Stockholm => "Stockholm",
            Self::Ost => "Öst",
            Self::Vast => "Väst",
            Self::Syd => "Syd",
            Self::Bergslagen => "Bergslagen",
        }
    }

    /// The organisation id of the region, e.g. `police:region:syd`.
    pub fn org_id(self) -> String {
        format!("police:region:{}", self.slug())
    }

    /// Accepts the reference data's name (`Öst`) or the slug (`ost`).
    pub fn from_name(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|r| r.name() == text || r.slug() == text)
    }
}

impl fmt::Display for PoliceRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for PoliceRegion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.slug())
    }
}

/// A municipality (*kommun*) with the county and police region it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Municipality {
    /// The *kommunkod*.
    pub code: MunicipalityCode,
    /// The short Swedish name, e.g. `Malmö`.
    pub name: String,
    /// The two-digit county code (*länskod*).
    pub county_code: String,
    /// The police region, inherited from the county.
    pub police_region: PoliceRegion,
}

/// A county (*län*) and its police region.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct County {
    /// The two-digit *länskod*.
    pub code: String,
    /// The full name, e.g. `Skåne län`.
    pub name: String,
    /// The police region the county belongs to.
    pub police_region: PoliceRegion,
}

/// Compares names the Swedish way: å, ä and ö come after z.
pub fn swedish_order(a: &str, b: &str) -> Ordering {
    let key = |c: char| -> (u32, u32) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let base = match lower {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            'é' | 'è' => 'e' as u32,
            'ü' => 'y' as u32,
            other => other as u32,
        };
        // Case breaks ties only, so "Ale" and "ale" sit together.
        (base, c as u32)
    };
    a.chars().map(key).cmp(b.chars().map(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_four_digits_only() {
        assert!(MunicipalityCode::parse("0180").is_ok());
        for bad in ["180", "01800", "018a", " 180", "", "١٢٣٤"] {
            assert!(MunicipalityCode::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn swedish_letters_sort_after_z() {
        let mut names = vec!["Örebro", "Ale", "Åre", "Älmhult", "Zinkgruvan", "Eda"];
        names.sort_by(|a, b| swedish_order(a, b));
        assert_eq!(names, ["Ale", "Eda", "Zinkgruvan", "Åre", "Älmhult", "Örebro"]);
    }
}
