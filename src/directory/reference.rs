//! Reading the reference CSVs (`counties.csv`, `municipalities.csv`, as in `shared/data`).

use super::load::Source;
use super::{County, DirectoryError, Municipality, MunicipalityCode, PoliceRegion};

/// Splits a simple CSV (no quoting is used by the reference data) after checking the header.
fn csv_rows<'a>(
    src: &'a Source<'_>,
    header: &str,
) -> Result<impl Iterator<Item = (usize, Vec<&'a str>)>, DirectoryError> {
    let mut lines = src.text.lines();
    if lines.next() != Some(header) {
        return Err(src.error(1, format!("expected the header {header:?}")));
    }
    let columns = header.split(',').count();
    let rows: Vec<(usize, Vec<&str>)> = lines
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| (i + 2, l.split(',').collect()))
        .collect();
    if let Some((line, _)) = rows.iter().find(|(_, r)| r.len() != columns) {
        return Err(src.error(*line, format!("expected {columns} comma-separated fields")));
    }
    Ok(rows.into_iter())
}

pub(super) fn read_counties(src: &Source<'_>) -> Result<Vec<County>, DirectoryError> {
    let mut counties = Vec::new();
    for (line, f) in csv_rows(src, "code,name,police_region")? {
        if f[0].len() != 2 || !f[0].bytes().all(|b| b.is_ascii_digit()) {
            return Err(src.error(line, format!("county code {:?} is not two digits", f[0])));
        }
        let police_region = PoliceRegion::from_name(f[2])
            .ok_or_else(|| src.error(line, format!("unknown police region {:?}", f[2])))?;
        if counties.iter().any(|c: &County| c.code == f[0]) {
            return Err(src.error(line, format!("county {} is listed twice", f[0])));
        }
        counties.push(County {
            code: f[0].to_owned(),
            name: f[1].to_owned(),
            police_region,
        });
    }
    Ok(counties)
}

pub(super) fn read_municipalities(
    src: &Source<'_>,
    counties: &[County],
) -> Result<Vec<Municipality>, DirectoryError> {
    let header = "code,name,county_code,county_name,police_region,lat,lon";
    let mut out: Vec<Municipality> = Vec::new();
    for (line, f) in csv_rows(src, header)? {
        let code = MunicipalityCode::parse(f[0]).map_err(|e| src.error(line, e.to_string()))?;
        let county = counties
            .iter()
            .find(|c| c.code == f[2] && code.county_code() == f[2])
            .ok_or_else(|| src.error(line, format!("county {:?} unknown or not the code's", f[2])))?;
        if county.name != f[3] || county.police_region.name() != f[4] {
            return Err(src.error(line, "county name or police region disagrees with counties.csv"));
        }
        if out.iter().any(|m| m.code == code) {
            return Err(src.error(line, format!("municipality {code} is listed twice")));
        }
        out.push(Municipality {
            code,
            name: f[1].to_owned(),
            county_code: county.code.clone(),
            police_region: county.police_region,
        });
    }
    Ok(out)
}
