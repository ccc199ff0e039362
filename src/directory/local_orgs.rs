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
