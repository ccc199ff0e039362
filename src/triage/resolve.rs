//! Resolvers: from a rule's recipient (a fixed id or a resolver) to organisations.

use time::OffsetDateTime;

use super::enquiry::Enquiry;
use super::rules::Resolver;
use crate::directory::{CivilOffer, Directory, Organisation};

/// Finds the organisations a recipient spec names for this enquiry.
pub(crate) fn resolve<'a>(
    dir: &'a Directory,
    target: Resolver,
    e: &Enquiry,
    now: OffsetDateTime,
    out: &mut Vec<&'a Organisation>,
) {
    let municipality = e.municipality.as_ref().and_then(|c| dir.municipality(c));
    let org = |id: &str| dir.org(id);
    let social = || municipality.and_then(|m| org(&format!("socialtjanst:{}", m.code)));
    let police = || match municipality {
        Some(m) => org(&m.police_region.org_id()),
        None => org("police:national"),
    };
    let programme = || municipality.and_then(|m| dir.programme_for(&m.code));
    let found = match target {
        Resolver::Org(i) => dir.orgs().get(i),
        Resolver::PoliceRegion => police(),
        Resolver::SocialServices => social(),
        Resolver::ProgrammeOrSocialServices => programme().or_else(social),
        Resolver::ProgrammeOrPoliceRegion => programme().or_else(police),
        Resolver::RegionPsychiatry => {
            municipality.and_then(|m| org(&format!("region-psychiatry:{}", m.county_code)))
        }
        Resolver::CivilSociety => {
            civil(dir, e, now, CivilOffer::Mentoring, out);
            None
        }
        Resolver::Shelter => {
            civil(dir, e, now, CivilOffer::Shelter, out);
            None
        }
    };
    out.extend(found);
}

/// Every vetted, unexpired civil-society organisation that offers `offer`, serves the
/// municipality (or the whole country) and works with one of the enquiry's environments.
fn civil<'a>(
    dir: &'a Directory,
    e: &Enquiry,
    now: OffsetDateTime,
    offer: CivilOffer,
    out: &mut Vec<&'a Organisation>,
) {
    let envs: Vec<&str> = e.environment.iter().map(|x| x.as_str()).collect();
    out.extend(dir.orgs().iter().filter(|o| {
        let Some(v) = &o.vetting else { return false };
        let env_ok = v.environments.is_empty()
            || envs.is_empty()
            || v.environments.iter().any(|x| envs.contains(&x.as_str()));
        let area_ok = v
            .covers
            .as_ref()
            .is_none_or(|c| e.municipality.as_ref().is_some_and(|m| c.contains(m)));
        v.offers.contains(&offer) && env_ok && area_ok && o.is_vetted_at(now)
    }));
}
