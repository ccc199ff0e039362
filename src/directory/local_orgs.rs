//! Defector programmes and civil-society organisations: the organisations that serve an
//! area (a list of municipalities) and are shipped as examples.

use std::collections::HashMap;

use serde::Deserialize;
use time::{Date, Month};
use toml::Spanned;

use super::load::{Schedules, Source, resolve};
use super::{CivilOffer, DirectoryError, MunicipalityCode, OrgKind, Organisation, Vetting};

/// Environments a civil-society organisation may declare (the CONTRACT's values).
const ENVIRONMENTS: [&str; 3] = ["criminal_network", "violent_extremism", "honour_related"];

fn check_slug(src: &Source<'_>, line: usize, slug: &str) -> Result<(), DirectoryError> {
    let ok = !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(src.error(line, format!("slug {slug:?} must be [a-z0-9-]+")))
    }
}

/// The name of an example entry starts with this, so every page that shows the name shows
/// that it is an example.
pub(super) const EXAMPLE_NAME: &str = "Exempel:";
/// The slug of an example entry starts with this, so a page or tool that shows only the
/// id (`programme:exempel-…`, `civil:exempel-…`) shows it too.
pub(super) const EXAMPLE_SLUG: &str = "exempel-";

/// An example (`example = true`) must carry both marks, and a real entry neither: shipped
/// example data may never pass for a real programme or organisation.
fn check_example_marks(
    src: &Source<'_>,
    line: usize,
    example: bool,
    slug: &str,
    name: &str,
) -> Result<(), DirectoryError> {
    let marked = (name.starts_with(EXAMPLE_NAME), slug.starts_with(EXAMPLE_SLUG));
    match (example, marked) {
        (true, (true, true)) | (false, (false, false)) => Ok(()),
        (true, _) => Err(src.error(
            line,
            format!(
                "an example (example = true) must have a name starting {EXAMPLE_NAME:?} and a \
                 slug starting {EXAMPLE_SLUG:?}, got {name:?} and {slug:?}"
            ),
        )),
        (false, _) => Err(src.error(
            line,
            format!(
                "{slug:?} is marked as an example by its name or slug \
                 ({EXAMPLE_NAME:?}, {EXAMPLE_SLUG:?}) but has example = false"
            ),
        )),
    }
}

fn codes(
    src: &Source<'_>,
    line: usize,
    list: &[String],
    known: &HashMap<MunicipalityCode, usize>,
) -> Result<Vec<MunicipalityCode>, DirectoryError> {
    list.iter()
        .map(|c| match MunicipalityCode::parse(c) {
            Ok(code) if known.contains_key(&code) => Ok(code),
            _ => Err(src.error(line, format!("unknown municipality code {c:?}"))),
        })
        .collect()
}

pub(super) fn read_programmes(
    src: &Source<'_>,
    schedules: &Schedules,
    known: &HashMap<MunicipalityCode, usize>,
    orgs: &mut Vec<Organisation>,
    cover: &mut HashMap<MunicipalityCode, usize>,
) -> Result<(), DirectoryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Programme {
        slug: String,
        name: String,
        example: bool,
        covers: Vec<String>,
        hours: String,
        out_of_hours: String,
        #[serde(default)]
        phone: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        programme: Vec<Spanned<Programme>>,
    }
    let file: File = src.toml()?;
    for entry in &file.programme {
        let line = src.line_of(entry);
        let p = entry.get_ref();
        check_slug(src, line, &p.slug)?;
        check_example_marks(src, line, p.example, &p.slug, &p.name)?;
        let (hours, out_of_hours) = resolve(src, line, schedules, &p.hours, &p.out_of_hours)?;
        for code in codes(src, line, &p.covers, known)? {
            // The first programme listed for a municipality is the one routed to.
            cover.entry(code).or_insert(orgs.len());
        }
        orgs.push(Organisation {
            id: format!("programme:{}", p.slug),
            name: p.name.clone(),
            kind: OrgKind::Programme,
            phone: p.phone.clone(),
            hours,
            out_of_hours,
            example: p.example,
            needs_consent: false,
            police_region: None,
            vetting: None,
        });
    }
    Ok(())
}

fn mentoring() -> Vec<CivilOffer> {
    vec![CivilOffer::Mentoring]
}

pub(super) fn read_civil_society(
    src: &Source<'_>,
    schedules: &Schedules,
    known: &HashMap<MunicipalityCode, usize>,
    orgs: &mut Vec<Organisation>,
) -> Result<(), DirectoryError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Civil {
        slug: String,
        name: String,
        example: bool,
        vetted_until: toml::value::Datetime,
        #[serde(default)]
        environments: Vec<String>,
        #[serde(default)]
        covers: Option<Vec<String>>,
        #[serde(default = "mentoring")]
        offers: Vec<CivilOffer>,
        hours: String,
        out_of_hours: String,
        #[serde(default)]
        phone: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        organisation: Vec<Spanned<Civil>>,
    }
    let file: File = src.toml()?;
    for entry in &file.organisation {
        let line = src.line_of(entry);
        let c = entry.get_ref();
        check_slug(src, line, &c.slug)?;
        check_example_marks(src, line, c.example, &c.slug, &c.name)?;
        if c.offers.is_empty() {
            return Err(src.error(
                line,
                "offers must name at least one of \"mentoring\", \"shelter\" (left out = mentoring)",
            ));
        }
        let valid_until = match (c.vetted_until.date, c.vetted_until.time) {
            (Some(d), None) => Month::try_from(d.month)
                .ok()
                .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok()),
            _ => None,
        }
        .ok_or_else(|| src.error(line, "vetted_until must be a plain date, e.g. 2027-06-30"))?;
        if let Some(env) = c
            .environments
            .iter()
            .find(|e| !ENVIRONMENTS.contains(&e.as_str()))
        {
            return Err(src.error(
                line,
                format!("environment {env:?} must be one of {ENVIRONMENTS:?}"),
            ));
        }
        let covers = match &c.covers {
            Some(list) => Some(codes(src, line, list, known)?),
            None => None,
        };
        let (hours, out_of_hours) = resolve(src, line, schedules, &c.hours, &c.out_of_hours)?;
        orgs.push(Organisation {
            id: format!("civil:{}", c.slug),
            name: c.name.clone(),
            kind: OrgKind::CivilSociety,
            phone: c.phone.clone(),
            hours,
            out_of_hours,
            example: c.example,
            needs_consent: true,
            police_region: None,
            vetting: Some(Vetting {
                valid_until,
                environments: c.environments.clone(),
                covers,
                offers: c.offers.clone(),
            }),
        });
    }
    Ok(())
}
