//! Organisations the engine can route to, and the out-of-hours lines it can name.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::hours::{OpeningHours, stockholm_local};
use super::places::{MunicipalityCode, PoliceRegion};

/// What kind of actor an organisation is; the engine treats some kinds specially.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    /// `emergency:112`.
    Emergency,
    /// `police:national` or a `police:region:*`.
    Police,
    /// `socialtjanst:{kommunkod}`.
    SocialServices,
    /// `programme:{slug}`, a municipal or regional defector programme.
    Programme,
    /// `region-psychiatry:{lanskod}`.
    RegionPsychiatry,
    /// A national agency: `kriminalvarden`, `sis`, `migrationsverket`, `cve`, `nck-heder`
    /// (Nationellt centrum mot hedersrelaterat våld och förtryck; the id is kept from its
    /// former name), `sapo` (Säkerhetspolisen) and `ud` (Utrikesdepartementet's consular
    /// support).
    Agency,
    /// `civil:{slug}`; never primary, never in acute cases, never sent offence data.
    CivilSociety,
    /// `contact-point`, the national contact point itself.
    ContactPoint,
}

/// A line to name when a recipient is closed (the *out-of-hours alternative*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OutOfHours {
    /// 112, for acute danger only.
    #[serde(rename = "112")]
    Emergency112,
    /// The police's non-emergency number 114 14 (open around the clock).
    #[serde(rename = "114_14")]
    Police11414,
    /// The municipal social-services emergency line (*socialjour*).
    #[serde(rename = "socialjour")]
    Socialjour,
    /// BRIS, the children's helpline, 116 111.
    #[serde(rename = "bris")]
    Bris,
    /// Kvinnofridslinjen, violence in close relationships, 020-50 50 50 (24/7).
    #[serde(rename = "kvinnofridslinjen")]
    Kvinnofridslinjen,
    /// 1177 Vårdguiden, healthcare advice including psychiatric emergencies.
    #[serde(rename = "1177")]
    Vardguiden1177,
    /// The contact point's own written channel, always open with a promised reply time.
    #[serde(rename = "contact_point")]
    ContactPoint,
}

impl OutOfHours {
    /// Every alternative.
    pub const ALL: &'static [Self] = &[
        Self::Emergency112,
        Self::Police11414,
        Self::Socialjour,
        Self::Bris,
        Self::Kvinnofridslinjen,
        Self::Vardguiden1177,
        Self::ContactPoint,
    ];

    /// The value used in configuration and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Emergency112 => "112",
            Self::Police11414 => "114_14",
            Self::Socialjour => "socialjour",
            Self::Bris => "bris",
            Self::Kvinnofridslinjen => "kvinnofridslinjen",
            Self::Vardguiden1177 => "1177",
            Self::ContactPoint => "contact_point",
        }
    }

    /// The public phone number, where there is one national number.
    pub fn phone(self) -> Option<&'static str> {
        match self {
            Self::Emergency112 => Some("112"),
            Self::Police11414 => Some("114 14"),
            Self::Bris => Some("116 111"),
            Self::Kvinnofridslinjen => Some("020-50 50 50"),
            Self::Vardguiden1177 => Some("1177"),
            // Socialjour is reached through each municipality's switchboard or 112.
            Self::Socialjour | Self::ContactPoint => None,
        }
    }

    /// Parses a configuration value.
    pub fn from_config(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|a| a.as_str() == text)
    }
}

/// Vetting of a civil-society organisation (*kontroll av civilsamhällets aktörer*).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vetting {
    /// The last day (Swedish local date) on which the vetting is valid.
    pub valid_until: Date,
    /// Environments the organisation works with (empty = all).
    pub environments: Vec<String>,
    /// Municipalities it serves; `None` = the whole country.
    pub covers: Option<Vec<MunicipalityCode>>,
    /// What it offers (`offers` in `civil_society.toml`; `mentoring` when left out).
    pub offers: Vec<CivilOffer>,
}

/// What a vetted civil-society organisation offers; rules reach each through its own
/// resolver (`civil_society` for mentoring, `shelter` for shelters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CivilOffer {
    /// Mentoring and community for a person who leaves.
    Mentoring,
    /// A women's or girls' shelter (*kvinnojour*, *tjejjour*): support and sheltered
    /// housing for women and girls subjected to violence.
    Shelter,
}

/// One organisation in the directory.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// The stable id from the CONTRACT, e.g. `socialtjanst:1280`.
    pub id: String,
    /// A display name in Swedish.
    pub name: String,
    /// What kind of actor this is.
    pub kind: OrgKind,
    /// A public phone number, or a placeholder (shipped config marks placeholders).
    pub phone: Option<String>,
    /// When the organisation answers.
    pub hours: OpeningHours,
    /// What to name when it is closed.
    pub out_of_hours: OutOfHours,
    /// Shipped example data, not a real programme or organisation. The loader makes sure an
    /// example says so wherever it is shown: its name starts with "Exempel:" and its id
    /// with `programme:exempel-` or `civil:exempel-`.
    pub example: bool,
    /// Only routed to when the person consents to sharing (e.g. Migrationsverket).
    pub needs_consent: bool,
    /// The police region, for police regions.
    pub police_region: Option<PoliceRegion>,
    /// Set for civil-society organisations only.
    pub vetting: Option<Vetting>,
}

impl Organisation {
    /// Whether the organisation answers at `now`.
    pub fn is_open(&self, now: OffsetDateTime) -> bool {
        self.hours.is_open(now)
    }

    /// For civil society: vetted and the vetting not expired at `now` (local date).
    /// Other kinds are always usable.
    pub fn is_vetted_at(&self, now: OffsetDateTime) -> bool {
        match (&self.vetting, self.kind) {
            (Some(v), OrgKind::CivilSociety) => stockholm_local(now).date() <= v.valid_until,
            (None, OrgKind::CivilSociety) => false,
            _ => true,
        }
    }
}
