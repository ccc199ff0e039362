//! A new referral as the contact point's handler fills it in, and the checks it must
//! pass before anything is shared: the recipient, the kind, the categories, the consent.
//! Pure: no axum, no database.

use time::OffsetDateTime;

use super::local_time;
use super::model::{Category, ConsentHow, Kind};
use crate::directory::{OrgKind, Organisation};
use crate::enquiry::consent::ConsentFor;
use crate::triage::ConsentFrom;
use crate::web::FieldError;

/// The most characters a note for the recipient may have.
pub const NOTE_MAX_CHARS: usize = 4000;

/// How far ahead of the clock a consent time may lie (a clock a little fast).
const FUTURE_SLACK_MS: i64 = 5 * 60 * 1000;

/// What the case allows, for checking a referral form.
pub struct CaseFacts {
    /// Whose tick "consent to share" on the form is (a relative's never reaches an
    /// adult's recipients; a guardian's reaches social services only).
    pub form_consent: ConsentFrom,
    /// What was ticked on the form: the kinds of recipient "consent given in the form"
    /// reaches, and whether the person's own words may go with it.
    pub form_ticks: Vec<ConsentFor>,
    /// When the enquiry came in (the form consent's time), unix ms.
    pub received_at: i64,
    /// The handler may see (and so share) contact data of this case.
    pub contact_allowed: bool,
}

/// The referral form as submitted, kept verbatim to show again.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ReferralForm {
    /// The recipient's directory id.
    pub org: String,
    /// `referral` or `report_of_concern`.
    pub kind: String,
    /// The categories ticked.
    pub categories: Vec<String>,
    /// How consent was given.
    pub consent_how: String,
    /// When consent was given (`datetime-local`, Swedish time).
    pub consent_at: String,
    /// The note for the recipient.
    pub note: String,
}

/// A referral that passed every check.
#[derive(Debug)]
pub struct Draft {
    /// The recipient's directory id.
    pub org: String,
    /// What the referral is.
    pub kind: Kind,
    /// What is shared, in [`Category::ALL`] order.
    pub categories: Vec<Category>,
    /// How consent was given.
    pub consent_how: ConsentHow,
    /// When consent was given (unix ms); `None` only without consent.
    pub consent_at: Option<i64>,
    /// The note for the recipient, trimmed; `None` when empty.
    pub note: Option<String>,
}

/// The form's ticks name recipients of `kind` (the kinds the form never asks about are
/// never reached by it).
fn form_ticked(facts: &CaseFacts, kind: OrgKind) -> bool {
    ConsentFor::of_kind(kind).is_some_and(|tick| facts.form_ticks.contains(&tick))
}

/// The kinds of recipient consent given in the form can be used for: ticked, and whose
/// consent it is reaches them (a guardian's only social services, a relative's nobody).
pub fn form_reaches(form_consent: ConsentFrom, ticks: &[ConsentFor]) -> Vec<ConsentFor> {
    ticks
        .iter()
        .copied()
        .filter(|t| t.org_kind().is_some_and(|kind| form_consent.reaches(kind)))
        .collect()
}

fn error(field: &'static str, message_id: &'static str) -> FieldError {
    FieldError::new(field, message_id)
}

/// Checks a referral form against the directory entry, the case and the time.
///
/// Refuses: an organisation outside the directory (or the contact point and 112); a
/// civil-society organisation whose vetting has lapsed, or any category that may reveal
/// offences for one; a report of concern to anyone but social services; contact data
/// the handler may not see; and, except for a report of concern, a referral without
/// consent. Consent given in the form reaches only the kinds of recipient ticked there
/// (and whose consent it is must reach them), and never carries the person's own words
/// unless that was ticked too.
pub fn check(
    form: &ReferralForm,
    org: Option<&Organisation>,
    facts: &CaseFacts,
    now: OffsetDateTime,
) -> Result<Draft, Vec<FieldError>> {
    let mut errors = Vec::new();
    let now_ms = crate::clock::unix_ms(now);
    let org = org.filter(|o| !matches!(o.kind, OrgKind::Emergency | OrgKind::ContactPoint));
    let civil = org.is_some_and(|o| o.kind == OrgKind::CivilSociety);
    match org {
        None => errors.push(error("org", "referrals-error-org")),
        Some(o) if !o.is_vetted_at(now) => errors.push(error("org", "referrals-error-org-unvetted")),
        Some(_) => {}
    }
    let kind = Kind::parse(&form.kind);
    match kind {
        None => errors.push(error("kind", "referrals-error-kind")),
        Some(Kind::ReportOfConcern) if org.is_some_and(|o| o.kind != OrgKind::SocialServices) => {
            errors.push(error("kind", "referrals-error-report-social-services"));
        }
        Some(_) => {}
    }
    let mut categories: Vec<Category> = Vec::new();
    let mut unknown = false;
    for value in &form.categories {
        match Category::parse(value) {
            Some(c) if !categories.contains(&c) => categories.push(c),
            Some(_) => {}
            None => unknown = true,
        }
    }
    categories.sort_unstable();
    if unknown || categories.is_empty() {
        errors.push(error("categories", "referrals-error-categories"));
    } else if civil && categories.iter().any(|c| c.may_reveal_offences()) {
        errors.push(error("categories", "referrals-error-offence-data"));
    } else if categories.contains(&Category::Contact) && !facts.contact_allowed {
        errors.push(error("categories", "referrals-error-contact-protected"));
    }
    let consent_how = ConsentHow::parse(&form.consent_how);
    let consent_at = match consent_how {
        None => {
            errors.push(error("consent_how", "referrals-error-consent-missing"));
            None
        }
        Some(ConsentHow::None) => {
            if kind != Some(Kind::ReportOfConcern) {
                errors.push(error("consent_how", "referrals-error-consent-missing"));
            }
            None
        }
        Some(ConsentHow::Form) => {
            match (facts.form_consent, org) {
                (ConsentFrom::None, _) => errors.push(error("consent_how", "referrals-error-consent-form")),
                (from, Some(o)) if !from.reaches(o.kind) => {
                    errors.push(error("consent_how", "referrals-error-consent-form-not-theirs"));
                }
                (_, Some(o)) if !form_ticked(facts, o.kind) => {
                    errors.push(error("consent_how", "referrals-error-consent-form-not-ticked"));
                }
                _ => {}
            }
            if categories.contains(&Category::Message) && !facts.form_ticks.contains(&ConsentFor::Words) {
                errors.push(error("categories", "referrals-error-consent-form-words"));
            }
            Some(facts.received_at)
        }
        Some(_) => match local_time::parse(&form.consent_at) {
            Some(at) if crate::clock::unix_ms(at) <= now_ms + FUTURE_SLACK_MS => {
                Some(crate::clock::unix_ms(at))
            }
            _ => {
                errors.push(error("consent_at", "referrals-error-consent-at"));
                None
            }
        },
    };
    let note = form.note.trim();
    if note.chars().count() > NOTE_MAX_CHARS {
        errors.push(error("note", "referrals-error-note-too-long"));
    }
    match (org, kind, consent_how, errors.is_empty()) {
        (Some(org), Some(kind), Some(consent_how), true) => Ok(Draft {
            org: org.id.clone(),
            kind,
            categories,
            consent_how,
            consent_at,
            note: (!note.is_empty()).then(|| note.to_owned()),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;

    fn directory() -> Directory {
        Directory::load(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/directory"))
            .expect("the directory loads")
    }

    fn form(org: &str, categories: &[&str]) -> ReferralForm {
        ReferralForm {
            org: org.to_owned(),
            kind: "referral".to_owned(),
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            consent_how: "form".to_owned(),
            ..ReferralForm::default()
        }
    }

    fn facts(from: ConsentFrom, ticks: &[ConsentFor]) -> CaseFacts {
        CaseFacts {
            form_consent: from,
            form_ticks: ticks.to_vec(),
            received_at: 1,
            contact_allowed: true,
        }
    }

    /// The message ids a referral on the form's consent is refused with (none: accepted).
    fn refused(org: &str, categories: &[&str], facts: &CaseFacts) -> Vec<&'static str> {
        let directory = directory();
        match check(
            &form(org, categories),
            directory.org(org),
            facts,
            time::macros::datetime!(2026-11-23 10:00 UTC),
        ) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.message_id).collect(),
        }
    }

    #[test]
    fn the_forms_consent_reaches_only_the_kinds_ticked_and_the_words_only_when_ticked() {
        let social = facts(ConsentFrom::Person, &[ConsentFor::SocialServices]);
        assert!(refused("socialtjanst:1280", &["basic"], &social).is_empty());
        for org in ["programme:exempel-malmo", "police:region:syd", "kriminalvarden"] {
            assert_eq!(
                refused(org, &["basic"], &social),
                ["referrals-error-consent-form-not-ticked"],
                "{org}"
            );
        }
        assert_eq!(
            refused("socialtjanst:1280", &["basic", "message"], &social),
            ["referrals-error-consent-form-words"]
        );
        let with_words = facts(
            ConsentFrom::Person,
            &[ConsentFor::SocialServices, ConsentFor::Words],
        );
        assert!(refused("socialtjanst:1280", &["basic", "message"], &with_words).is_empty());
        // Whose consent it is still decides first: a relative's ticks reach nobody.
        let relative = facts(ConsentFrom::Relative, &ConsentFor::ALL);
        assert_eq!(
            refused("socialtjanst:1280", &["basic"], &relative),
            ["referrals-error-consent-form-not-theirs"]
        );
        assert_eq!(
            form_reaches(ConsentFrom::Guardian, &ConsentFor::ALL),
            [ConsentFor::SocialServices]
        );
        assert!(form_reaches(ConsentFrom::Relative, &ConsentFor::ALL).is_empty());
        assert!(form_reaches(ConsentFrom::Person, &[ConsentFor::Words]).is_empty());
    }
}
