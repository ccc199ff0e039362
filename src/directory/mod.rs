//! The national directory: every municipality, county and police region, and every
//! organisation the triage engine may route to, with opening hours and (for civil
//! society) the date their vetting expires.
//!
//! Loaded once at start from `config/directory/` (see [`Directory::load`]): the
//! reference CSVs (`municipalities.csv`, `counties.csv`, copied from `shared/data`) and
//! TOML files for schedules, agencies, defector programmes and civil society. Social
//! services (`socialtjanst:{kommunkod}`), police regions and region psychiatry are
//! generated from templates, one per municipality, region or county. Pure data, no I/O
//! after loading.

mod hours;
mod load;
mod local_orgs;
mod organisation;
mod places;
mod reference;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use hours::{OpeningHours, Window, WindowParts, stockholm_local};
pub use organisation::{CivilOffer, OrgKind, Organisation, OutOfHours, Vetting};
pub use places::{
    County, InvalidMunicipalityCode, Municipality, MunicipalityCode, PoliceRegion, swedish_order,
};

/// A directory file could not be read or is inconsistent.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The file could not be read.
    #[error("{}: {source}", file.display())]
    Io {
        /// The file.
        file: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file was read but a line in it is wrong.
    #[error("{}:{line}: {message}", file.display())]
    Invalid {
        /// The file.
        file: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong, in English for the operator.
        message: String,
    },
}

/// The loaded directory; cheap to share behind an `Arc`.
#[derive(Debug, Clone)]
pub struct Directory {
    municipalities: Vec<Municipality>,
    municipality_index: HashMap<MunicipalityCode, usize>,
    counties: Vec<County>,
    orgs: Vec<Organisation>,
    org_index: HashMap<String, usize>,
    /// Municipality → index into `orgs` of the first programme covering it.
    programme_cover: HashMap<MunicipalityCode, usize>,
    fingerprint: [u8; 32],
}

impl Directory {
    /// Loads and checks every file in `dir` (normally `config/directory`).
    ///
    /// Errors name the file and line: unknown keys, duplicate ids, a municipality whose
    /// county or police region disagrees with `counties.csv`, a programme covering an
    /// unknown municipality, an unknown schedule name.
    pub fn load(dir: &Path) -> Result<Self, DirectoryError> {
        load::load(dir)
    }

    /// All municipalities, sorted by name in Swedish order (å, ä, ö after z).
    pub fn municipalities(&self) -> &[Municipality] {
        &self.municipalities
    }

    /// The municipality a person named: its code, or its name written as people write
    /// it (any case, with or without å/ä/ö and accents, hyphens or spaces, and a trailing
    /// "kommun" or "stad"), e.g. `malmo`, `Upplands Vasby`, `Stockholms stad`.
    pub fn municipality_named(&self, text: &str) -> Option<&Municipality> {
        if let Ok(code) = MunicipalityCode::parse(text.trim()) {
            return self.municipality(&code);
        }
        let wanted = fold_name(text);
        let wanted = ["kommun", "stad"]
            .iter()
            .find_map(|suffix| wanted.strip_suffix(suffix).map(str::trim_end))
            .unwrap_or(&wanted)
            .to_owned();
        if wanted.is_empty() {
            return None;
        }
        let find = |w: &str| self.municipalities.iter().find(|m| fold_name(&m.name) == w);
        // "Stockholms stad", "Göteborgs kommun": the genitive s of the full name.
        find(&wanted).or_else(|| wanted.strip_suffix('s').and_then(find))
    }

    /// The municipality with this code, if it exists.
    pub fn municipality(&self, code: &MunicipalityCode) -> Option<&Municipality> {
        self.municipality_index
            .get(code)
            .map(|&i| &self.municipalities[i])
    }

    /// All 21 counties, sorted by code.
    pub fn counties(&self) -> &[County] {
        &self.counties
    }

    /// The county with this two-digit code.
    pub fn county(&self, code: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }

    /// The organisation with this id (`socialtjanst:1280`, `police:region:syd`, …).
    pub fn org(&self, id: &str) -> Option<&Organisation> {
        self.org_index.get(id).map(|&i| &self.orgs[i])
    }

    /// Every organisation, in load order.
    pub fn orgs(&self) -> &[Organisation] {
        &self.orgs
    }

    /// The defector programme covering the municipality, if any (the first listed wins).
    pub fn programme_for(&self, code: &MunicipalityCode) -> Option<&Organisation> {
        self.programme_cover.get(code).map(|&i| &self.orgs[i])
    }

    /// Civil-society organisations whose vetting has expired at `now` (for
    /// `kontaktpunkt directory check`; the engine never routes to them).
    pub fn expired_vetting(&self, now: time::OffsetDateTime) -> Vec<&Organisation> {
        self.orgs
            .iter()
            .filter(|o| o.kind == OrgKind::CivilSociety && !o.is_vetted_at(now))
            .collect()
    }

    /// SHA-256 over the bytes of every directory file, in a fixed order.
    pub fn fingerprint(&self) -> &[u8; 32] {
        &self.fingerprint
    }
}

#[cfg(test)]
mod tests;

/// A municipality name as compared: lower case, å/ä/ö and accents folded to their base
/// letter, hyphens and runs of spaces as one space.
fn fold_name(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            '-' | '\u{2010}' | '\u{2013}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim_end().to_owned()
}
