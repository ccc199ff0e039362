//! Reading `config/directory/`: the reference CSVs and the organisation TOML files.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use toml::Spanned;

use super::{
    County, Directory, DirectoryError, Municipality, MunicipalityCode, OpeningHours, OrgKind, Organisation,
    OutOfHours, PoliceRegion, swedish_order,
};
use super::{local_orgs, reference};

/// The files, in the order they are read and hashed.
const FILES: [&str; 6] = [
    "counties.csv",
    "municipalities.csv",
    "hours.toml",
    "agencies.toml",
    "programmes.toml",
    "civil_society.toml",
];

/// One file's text and path, for error messages.
pub(super) struct Source<'a> {
    path: &'a Path,
    pub(super) text: &'a str,
}

impl Source<'_> {
    pub(super) fn error(&self, line: usize, message: impl Into<String>) -> DirectoryError {
        DirectoryError::Invalid {
            file: self.path.to_path_buf(),
            line,
            message: message.into(),
        }
    }

    pub(super) fn line_of<T>(&self, spanned: &Spanned<T>) -> usize {
        line_at(self.text, spanned.span().start)
    }

    pub(super) fn toml<T: for<'de> Deserialize<'de>>(&self) -> Result<T, DirectoryError> {
        toml::from_str(self.text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_at(self.text, s.start));
            self.error(line, e.message().to_owned())
        })
    }
}

/// 1-based line number of a byte offset.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub(super) fn load(dir: &Path) -> Result<Directory, DirectoryError> {
    let mut texts = Vec::with_capacity(FILES.len());
    let mut hasher = Sha256::new();
    for name in FILES {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).map_err(|source| DirectoryError::Io {
            file: path.clone(),
            source,
        })?;
        // Length-prefix each part so that moving bytes between files changes the hash.
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
        texts.push((path, text));
    }
    let src = |i: usize| Source {
        path: &texts[i].0,
        text: &texts[i].1,
    };

    let counties = reference::read_counties(&src(0))?;
    let mut municipalities = reference::read_municipalities(&src(1), &counties)?;
    municipalities.sort_by(|a, b| swedish_order(&a.name, &b.name));
    let schedules = read_schedules(&src(2))?;

    let mut orgs = Vec::new();
    read_agencies(&src(3), &schedules, &municipalities, &counties, &mut orgs)?;
    let known: HashMap<MunicipalityCode, usize> = municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| (m.code.clone(), i))
        .collect();
    let mut programme_cover = HashMap::new();
    local_orgs::read_programmes(&src(4), &schedules, &known, &mut orgs, &mut programme_cover)?;
    local_orgs::read_civil_society(&src(5), &schedules, &known, &mut orgs)?;

    let mut org_index = HashMap::with_capacity(orgs.len());
    for (i, org) in orgs.iter().enumerate() {
        if org_index.insert(org.id.clone(), i).is_some() {
            let file = if org.kind == OrgKind::CivilSociety { 5 } else { 3 };
            return Err(src(file).error(1, format!("organisation id {} is defined twice", org.id)));
        }
    }
    // The engine relies on these three being present.
    for id in ["emergency:112", "contact-point", "police:national"] {
        if !org_index.contains_key(id) {
            return Err(src(3).error(1, format!("organisation {id} is required")));
        }
    }
    Ok(Directory {
        municipalities,
        municipality_index: known,
        counties,
        orgs,
        org_index,
        programme_cover,
        fingerprint: hasher.finalize().into(),
    })
}

pub(super) type Schedules = BTreeMap<String, OpeningHours>;

fn read_schedules(src: &Source<'_>) -> Result<Schedules, DirectoryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        schedules: BTreeMap<String, Spanned<Vec<String>>>,
    }
    let file: File = src.toml()?;
    file.schedules
        .into_iter()
        .map(|(name, windows)| {
            OpeningHours::parse(windows.get_ref())
                .map(|h| (name, h))
                .map_err(|m| src.error(src.line_of(&windows), m))
        })
        .collect()
}

/// Looks up a schedule name and an out-of-hours value from an organisation entry.
pub(super) fn resolve(
    src: &Source<'_>,
    line: usize,
    schedules: &Schedules,
    hours: &str,
    out_of_hours: &str,
) -> Result<(OpeningHours, OutOfHours), DirectoryError> {
    let hours = schedules
        .get(hours)
        .cloned()
        .ok_or_else(|| src.error(line, format!("unknown schedule {hours:?} (see hours.toml)")))?;
    let alt = OutOfHours::from_config(out_of_hours).ok_or_else(|| {
        let allowed: Vec<_> = OutOfHours::ALL.iter().map(|a| a.as_str()).collect();
        src.error(line, format!("out_of_hours must be one of {allowed:?}"))
    })?;
    Ok((hours, alt))
}

fn read_agencies(
    src: &Source<'_>,
    schedules: &Schedules,
    municipalities: &[Municipality],
    counties: &[County],
    orgs: &mut Vec<Organisation>,
) -> Result<(), DirectoryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Agency {
        id: String,
        name: String,
        kind: String,
        #[serde(default)]
        needs_consent: bool,
        hours: String,
        out_of_hours: String,
        #[serde(default)]
        phone: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Template {
        name: String,
        hours: String,
        out_of_hours: String,
        #[serde(default)]
        phone: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Templates {
        social_services: Spanned<Template>,
        police_region: Spanned<Template>,
        region_psychiatry: Spanned<Template>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        organisation: Vec<Spanned<Agency>>,
        templates: Templates,
    }
    let file: File = src.toml()?;
    for entry in &file.organisation {
        let line = src.line_of(entry);
        let a = entry.get_ref();
        let kind = match a.kind.as_str() {
            "emergency" => OrgKind::Emergency,
            "police" => OrgKind::Police,
            "agency" => OrgKind::Agency,
            "contact_point" => OrgKind::ContactPoint,
            other => {
                return Err(src.error(
                    line,
                    format!("kind {other:?} must be emergency, police, agency or contact_point"),
                ));
            }
        };
        let (hours, out_of_hours) = resolve(src, line, schedules, &a.hours, &a.out_of_hours)?;
        orgs.push(Organisation {
            id: a.id.clone(),
            name: a.name.clone(),
            kind,
            phone: a.phone.clone(),
            hours,
            out_of_hours,
            example: false,
            needs_consent: a.needs_consent,
            police_region: None,
            vetting: None,
        });
    }
    let t = &file.templates;
    let mut generate = |tpl: &Spanned<Template>, id: String, name: &str, kind, region| {
        let line = src.line_of(tpl);
        let tpl = tpl.get_ref();
        let (hours, out_of_hours) = resolve(src, line, schedules, &tpl.hours, &tpl.out_of_hours)?;
        orgs.push(Organisation {
            id,
            name: tpl.name.replace("{name}", name),
            kind,
            phone: tpl.phone.clone(),
            hours,
            out_of_hours,
            example: false,
            needs_consent: false,
            police_region: region,
            vetting: None,
        });
        Ok::<(), DirectoryError>(())
    };
    for m in municipalities {
        let id = format!("socialtjanst:{}", m.code);
        generate(&t.social_services, id, &m.name, OrgKind::SocialServices, None)?;
    }
    for &r in PoliceRegion::ALL {
        generate(&t.police_region, r.org_id(), r.name(), OrgKind::Police, Some(r))?;
    }
    for c in counties {
        let id = format!("region-psychiatry:{}", c.code);
        generate(&t.region_psychiatry, id, &c.name, OrgKind::RegionPsychiatry, None)?;
    }
    Ok(())
}
