//! A referral's quasi-identifiers at rest (issue #14). The recipient organisation is what
//! the inbox, the API and notifications filter on, so `referrals.org` holds its keyed tag
//! ([`Keyring::tag`]) and the organisation itself is sealed beside it (`org_sealed`, bound
//! to the referral). Nothing filters on a forward's target or on a step's detail (the
//! organisation forwarded to, a state) or on the social services a report about a child
//! went to: those are only sealed, their clear columns left empty. The municipalities a
//! recipient belongs to (`referral_municipalities`, read by nothing now) are kept as tags. Short values are sealed padded, so their length does not tell a municipality's
//! social services from a programme.

use crate::crypto::{Column, Context, Keyring};

/// The kind of value a referral's organisation tag is made of.
const ORG: &str = "org";
/// The kind of value a referral's municipality tag is made of.
const MUNICIPALITY: &str = "municipality";

/// The tag stored in `referrals.org` for organisation `org`, under the current key.
pub(crate) fn org_tag(keys: &Keyring, org: &str) -> String {
    keys.tag(ORG, org)
}

/// What `referrals.org` is matched against to find the referrals of `orgs`: each one's tag
/// under every configured key (across a key rotation), and the organisation ids
/// themselves, so that a row not yet converted (written by an instance still on older
/// code during a rolling upgrade) is found until the next start converts it. A tag
/// (`t` and 24 hex digits) is never a directory id.
pub(crate) fn org_matches(keys: &Keyring, orgs: &[String]) -> Vec<String> {
    orgs.iter()
        .flat_map(|org| keys.tags(ORG, org).into_iter().chain([org.clone()]))
        .collect()
}

/// Whether a referral whose `org` column holds `stored` is addressed to organisation `org`.
pub(crate) fn is_addressed_to(keys: &Keyring, stored: &str, org: &str) -> bool {
    stored == org || keys.tags(ORG, org).iter().any(|tag| tag == stored)
}

/// The tag stored in `referral_municipalities.code` for municipality `code` (kommunkod).
pub(crate) fn municipality_tag(keys: &Keyring, code: &str) -> String {
    keys.tag(MUNICIPALITY, code)
}

/// Seals the social services report `report_id` went to.
pub(crate) fn seal_report_to(keys: &Keyring, report_id: &str, org: &str) -> Vec<u8> {
    keys.seal_padded(&Context::new(Column::MandatoryReportTo, report_id), org)
}

/// The social services report `report_id` went to, opened.
pub(crate) fn open_report_to(
    keys: &Keyring,
    report_id: &str,
    sealed: Option<&[u8]>,
    clear: &str,
) -> anyhow::Result<String> {
    open(keys, Column::MandatoryReportTo, report_id, sealed, clear)
}

/// Seals referral `referral_id`'s recipient organisation.
pub(crate) fn seal_org(keys: &Keyring, referral_id: &str, org: &str) -> Vec<u8> {
    keys.seal_padded(&Context::new(Column::ReferralOrg, referral_id), org)
}

/// Seals the organisation referral `referral_id` was forwarded to.
pub(crate) fn seal_forwarded_to(keys: &Keyring, referral_id: &str, org: &str) -> Vec<u8> {
    keys.seal_padded(&Context::new(Column::ReferralForwardedTo, referral_id), org)
}

/// Seals the detail of step `event_id` (a forward's organisation, a state).
pub(crate) fn seal_event_detail(keys: &Keyring, event_id: &str, detail: &str) -> Vec<u8> {
    keys.seal_padded(&Context::new(Column::ReferralEventDetail, event_id), detail)
}

/// Opens a sealed value of `column` at row `id`; a row not yet converted has none and
/// reads as its clear column `clear`.
fn open(
    keys: &Keyring,
    column: Column,
    id: &str,
    sealed: Option<&[u8]>,
    clear: &str,
) -> anyhow::Result<String> {
    match sealed {
        Some(sealed) => keys.open_padded(&Context::new(column, id), sealed),
        None => Ok(clear.to_owned()),
    }
}

/// Referral `referral_id`'s recipient organisation, opened.
pub(crate) fn open_org(
    keys: &Keyring,
    referral_id: &str,
    sealed: Option<&[u8]>,
    clear: &str,
) -> anyhow::Result<String> {
    open(keys, Column::ReferralOrg, referral_id, sealed, clear)
}

/// Where referral `referral_id` was forwarded, opened (`None`: nowhere).
pub(crate) fn open_forwarded_to(
    keys: &Keyring,
    referral_id: &str,
    sealed: Option<&[u8]>,
    clear: Option<&str>,
) -> anyhow::Result<Option<String>> {
    match (sealed, clear) {
        (None, None) => Ok(None),
        (sealed, clear) => open(
            keys,
            Column::ReferralForwardedTo,
            referral_id,
            sealed,
            clear.unwrap_or_default(),
        )
        .map(Some),
    }
}

/// Step `event_id`'s detail, opened.
pub(crate) fn open_event_detail(
    keys: &Keyring,
    event_id: &str,
    sealed: Option<&[u8]>,
    clear: &str,
) -> anyhow::Result<String> {
    open(keys, Column::ReferralEventDetail, event_id, sealed, clear)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_matches_by_every_keys_tag_and_its_own_id_never_another() {
        let old = Keyring::new(&[1u8; 32], &[]);
        let rotated = Keyring::new(&[2u8; 32], &[[1u8; 32]]);
        let wanted = org_matches(&rotated, &["socialtjanst:1280".to_owned()]);
        assert!(wanted.contains(&org_tag(&old, "socialtjanst:1280")));
        assert!(wanted.contains(&org_tag(&rotated, "socialtjanst:1280")));
        assert!(wanted.contains(&"socialtjanst:1280".to_owned()));
        assert!(!wanted.contains(&org_tag(&rotated, "socialtjanst:1281")));
        let sealed = seal_org(&rotated, "r1", "socialtjanst:1280");
        assert_eq!(
            open_org(&rotated, "r1", Some(&sealed), "").unwrap(),
            "socialtjanst:1280"
        );
        assert!(open_org(&rotated, "r2", Some(&sealed), "").is_err());
        assert_eq!(
            open_org(&rotated, "r1", None, "programme:x").unwrap(),
            "programme:x"
        );
    }
}
