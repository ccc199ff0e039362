//! The referral's closed vocabularies (what may be shared, what kind of referral, how
//! consent was given) and the parsing of the referral form into a checked draft. Pure:
//! no axum, no database.

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::clock::stockholm;
use crate::directory::{OrgKind, Organisation};

/// The most characters a note for the recipient may have.
pub(super) const NOTE_MAX_CHARS: usize = 4000;

/// How far ahead of the clock a consent or report time may lie (a clock a little fast).
const FUTURE_SLACK_MS: i64 = 5 * 60 * 1000;

/// One category of case data a person can consent to share with one recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Category {
    /// Who writes, the subject's age band, gender, home municipality, environment and language.
    Basic,
    /// The subject's situation (custody, probation, SiS placement, protection).
    Situation,
    /// How threatened the subject is.
    Threat,
    /// What the subject needs (and citizenship, for voluntary return).
    Needs,
    /// The person's own words: the first message and their follow-ups.
    Message,
    /// Whether and how they want to be contacted (safe-contact preferences).
    Contact,
}

impl Category {
    /// Every category, in the order the form and the payload list them.
    pub(super) const ALL: [Self; 6] = [
        Self::Basic,
        Self::Situation,
        Self::Threat,
        Self::Needs,
        Self::Message,
        Self::Contact,
    ];

    /// The stored and submitted value.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Basic => "basic",
            Self::Situation => "situation",
            Self::Threat => "threat",
            Self::Needs => "needs",
            Self::Message => "message",
            Self::Contact => "contact",
        }
    }

    /// Parses a submitted or stored value.
    pub(super) fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// May reveal data about offences, so never goes to civil society (GDPR art. 10):
    /// custody and probation, the threat around a criminal environment, and the person's
    /// free text, which may say anything.
    pub(super) fn may_reveal_offences(self) -> bool {
        matches!(self, Self::Situation | Self::Threat | Self::Message)
    }
}

/// Stores a category set as `,basic,needs,` (filterable with `like '%,needs,%'`).
pub(super) fn categories_to_column(categories: &[Category]) -> String {
    let mut text = String::from(",");
    for c in categories {
        text.push_str(c.as_str());
        text.push(',');
    }
    text
}

/// Reads a stored category set; unknown values are skipped.
pub(super) fn categories_from_column(text: &str) -> Vec<Category> {
    text.split(',').filter_map(Category::parse).collect()
}

/// What a referral is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A referral resting on the person's consent.
    Referral,
    /// A report of concern about a child to social services (*orosanmälan*), which the
    /// law requires of an authority's staff with or without consent.
    ReportOfConcern,
}

impl Kind {
    /// The stored and submitted value.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Referral => "referral",
            Self::ReportOfConcern => "report_of_concern",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Self::Referral, Self::ReportOfConcern]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// How the person gave consent to share with this recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ConsentHow {
    /// The tick "consent to share" on the enquiry form.
    Form,
    /// Orally, on the phone.
    Phone,
    /// In the chat.
    Chat,
    /// In writing (a message or a signed form).
    Writing,
    /// No consent: only a report of concern to social services.
    None,
}

impl ConsentHow {
    /// Every value, in the order the form offers them.
    pub(super) const ALL: [Self; 5] = [Self::Form, Self::Phone, Self::Chat, Self::Writing, Self::None];

    /// The stored and submitted value.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Form => "form",
            Self::Phone => "phone",
            Self::Chat => "chat",
            Self::Writing => "writing",
            Self::None => "none",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// What the case allows, for checking a referral form.
pub(super) struct CaseFacts {
    /// The person ticked "consent to share" on the form.
    pub(super) form_consent: bool,
    /// When the enquiry came in (the form consent's time), unix ms.
    pub(super) received_at: i64,
    /// The handler may see (and so share) contact data of this case.
    pub(super) contact_allowed: bool,
}

/// The referral form as submitted, kept verbatim to show again.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(super) struct ReferralForm {
    /// The recipient's directory id.
    pub(super) org: String,
    /// `referral` or `report_of_concern`.
    pub(super) kind: String,
    /// The categories ticked.
    pub(super) categories: Vec<String>,
    /// How consent was given.
    pub(super) consent_how: String,
    /// When consent was given (`datetime-local`, Swedish time).
    pub(super) consent_at: String,
    /// The note for the recipient.
    pub(super) note: String,
}

/// A field with a problem and the Fluent id of what to say.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(super) struct FieldError {
    /// The field's name (its input's id is `r-{field}` or `m-{field}`).
    pub(super) field: &'static str,
    /// The Fluent id of the message.
    pub(super) message_id: &'static str,
}

/// A referral that passed every check.
#[derive(Debug)]
pub(super) struct Draft {
    /// The recipient's directory id.
    pub(super) org: String,
    /// What the referral is.
    pub(super) kind: Kind,
    /// What is shared, in [`Category::ALL`] order.
    pub(super) categories: Vec<Category>,
    /// How consent was given.
    pub(super) consent_how: ConsentHow,
    /// When consent was given (unix ms); `None` only without consent.
    pub(super) consent_at: Option<i64>,
    /// The note for the recipient, trimmed; `None` when empty.
    pub(super) note: Option<String>,
}

fn error(field: &'static str, message_id: &'static str) -> FieldError {
    FieldError { field, message_id }
}

/// Checks a referral form against the directory entry, the case and the time.
///
/// Refuses: an organisation outside the directory (or the contact point and 112); a
/// civil-society organisation whose vetting has lapsed, or any category that may reveal
/// offences for one; a report of concern to anyone but social services; contact data
/// the handler may not see; and, except for a report of concern, a referral without
/// consent.
pub(super) fn check(
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
            if !facts.form_consent {
                errors.push(error("consent_how", "referrals-error-consent-form"));
            }
            Some(facts.received_at)
        }
        Some(_) => match parse_local(&form.consent_at) {
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

/// Parses a `datetime-local` value (`2026-11-23T10:30`, seconds optional) as Swedish
/// local time.
pub(super) fn parse_local(text: &str) -> Option<OffsetDateTime> {
    let text = text.trim();
    let long = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let short = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let local = PrimitiveDateTime::parse(text, short)
        .or_else(|_| PrimitiveDateTime::parse(text, long))
        .ok()?;
    // Try summer time first, then winter time: the offset that Stockholm itself would
    // show at that instant is the right one (in the repeated autumn hour, summer time).
    [2, 1].into_iter().find_map(|hours| {
        let offset = UtcOffset::from_hms(hours, 0, 0).ok()?;
        let at = local.assume_offset(offset);
        (stockholm(at).offset() == offset).then_some(at)
    })
}

/// Formats an instant for a `datetime-local` field, in Swedish local time.
pub(super) fn format_local(at: OffsetDateTime) -> String {
    stockholm(at)
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]"
        ))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn local_times_are_read_in_stockholm_time_in_winter_and_summer() {
        assert_eq!(
            parse_local("2026-11-23T10:30"),
            Some(datetime!(2026-11-23 09:30 UTC))
        );
        assert_eq!(
            parse_local("2026-07-01T10:30:00"),
            Some(datetime!(2026-07-01 08:30 UTC))
        );
        assert_eq!(parse_local("2026-11-23 10:30"), None, "the T is required");
        assert_eq!(parse_local("yesterday"), None);
        assert_eq!(format_local(datetime!(2026-11-23 09:30 UTC)), "2026-11-23T10:30");
    }

    #[test]
    fn categories_round_trip_through_the_column() {
        let set = [Category::Basic, Category::Needs, Category::Contact];
        let column = categories_to_column(&set);
        assert_eq!(column, ",basic,needs,contact,");
        assert_eq!(categories_from_column(&column), set);
        assert!(Category::Message.may_reveal_offences());
        assert!(!Category::Needs.may_reveal_offences());
    }
}
