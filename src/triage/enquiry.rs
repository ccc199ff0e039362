//! The enquiry: the typed facts the engine routes on (CONTRACT "Triage API").

use std::fmt;

use serde::{Deserialize, Serialize};

use super::values::{
    AgeBand, Channel, Citizenship, Enquirer, EnquiryType, Environment, Gender, Need, ProfessionalOrg, Risk,
    Situation, Threat, WriterAgeBand,
};
use crate::directory::{Directory, MunicipalityCode};

/// One enquiry. Every field is optional; lists default to empty.
///
/// Age band, gender and situation describe the person who wants to leave, also when a
/// relative or a professional writes. `message` is free text: the rules never read it
/// (the engine must not route on words a frightened person typed), and `Debug` prints it
/// as `[redacted]`.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enquiry {
    /// How the enquiry came in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Who writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enquirer: Option<Enquirer>,
    /// Where a professional writer works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub professional_org: Option<ProfessionalOrg>,
    /// The subject's age band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    /// The subject's gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// The environments the subject wants to leave.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub environment: Vec<Environment>,
    /// The home municipality (*kommunkod*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<MunicipalityCode>,
    /// About a person (the default), a consultation or method support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enquiry_type: Option<EnquiryType>,
    /// The age band of a relative who writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writer_age_band: Option<WriterAgeBand>,
    /// The subject's situation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situation: Vec<Situation>,
    /// Risks to or from the subject, or to the relative who writes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// How threatened the subject is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat: Option<Threat>,
    /// What the subject needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
    /// The subject's citizenship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<Citizenship>,
    /// Consent to share with recipients other than the contact point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_to_share: Option<bool>,
    /// The language to answer in, a BCP 47 tag such as `sv`, `ar` or `fa-AF`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Free text. Never read by the rules; never printed by `Debug`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl fmt::Debug for Enquiry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Enquiry")
            .field("channel", &self.channel)
            .field("enquirer", &self.enquirer)
            .field("professional_org", &self.professional_org)
            .field("age_band", &self.age_band)
            .field("gender", &self.gender)
            .field("environment", &self.environment)
            .field("municipality", &self.municipality)
            .field("enquiry_type", &self.enquiry_type)
            .field("writer_age_band", &self.writer_age_band)
            .field("situation", &self.situation)
            .field("risks", &self.risks)
            .field("threat", &self.threat)
            .field("needs", &self.needs)
            .field("citizenship", &self.citizenship)
            .field("consent_to_share", &self.consent_to_share)
            .field("language", &self.language)
            .field("message", &format_args!("[redacted]"))
            .finish()
    }
}

/// Whose consent an enquiry's `consent_to_share` is (rule field `consent_from`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentFrom {
    /// Not given (or refused).
    None,
    /// The person the enquiry is about (also when nobody said who writes).
    Person,
    /// A professional states that the person agreed.
    Professional,
    /// An adult relative of a child: a guardian may speak for the child towards social services.
    Guardian,
    /// A relative of an adult (or of a person of unknown age): never the adult's consent.
    Relative,
}

impl ConsentFrom {
    /// Every value, in the order of [`Self::VALUES`].
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::Person,
        Self::Professional,
        Self::Guardian,
        Self::Relative,
    ];
    /// The values a rule names.
    pub const VALUES: &'static [&'static str] = &["none", "person", "professional", "guardian", "relative"];

    /// Position in [`Self::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// This consent reaches an organisation of `kind`: the person's own (or a
    /// professional's statement of it) reaches anyone; a guardian's a child's social
    /// services only; a relative's nobody.
    pub fn reaches(self, kind: crate::directory::OrgKind) -> bool {
        match self {
            Self::Person | Self::Professional => true,
            Self::Guardian => kind == crate::directory::OrgKind::SocialServices,
            Self::Relative | Self::None => false,
        }
    }
}

/// What the person asked of the contact point besides the enquiry's facts: wishes the
/// site's forms collect (the callback form's interpreter), which rules may test like facts.
/// Not part of the CONTRACT JSON; the preview API decides without wishes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wishes {
    /// An interpreter is wanted for the call (rule field `interpreter_wanted`).
    pub interpreter_wanted: bool,
}

/// The body is not a valid enquiry; `field` names the offending field where known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", field.as_ref().map(|f| format!("{f}: ")).unwrap_or_default())]
pub struct EnquiryError {
    /// The CONTRACT field name (`threat`, `needs`, …), `None` for a malformed body.
    pub field: Option<String>,
    /// What is wrong, in English (for the API's JSON error; the site localises by field).
    pub message: String,
}

impl Enquiry {
    /// Parses the CONTRACT JSON and checks the language tag's syntax.
    ///
    /// Unknown fields and values are errors naming the field (for a 422 answer).
    pub fn from_json(body: &[u8]) -> Result<Self, EnquiryError> {
        let mut de = serde_json::Deserializer::from_slice(body);
        let enquiry: Self = serde_path_to_error::deserialize(&mut de).map_err(|err| {
            let message = err.inner().to_string();
            let field = err
                .path()
                .iter()
                .find_map(|seg| match seg {
                    serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                    _ => None,
                })
                .or_else(|| unknown_field_name(&message));
            EnquiryError { field, message }
        })?;
        de.end().map_err(|e| EnquiryError {
            field: None,
            message: e.to_string(),
        })?;
        enquiry.validate()?;
        Ok(enquiry)
    }

    /// Checks what serde cannot: the language tag's syntax.
    pub fn validate(&self) -> Result<(), EnquiryError> {
        match &self.language {
            Some(tag) if !is_language_tag(tag) => Err(EnquiryError {
                field: Some("language".to_owned()),
                message: format!("{tag:?} is not a language tag such as \"sv\" or \"fa-AF\""),
            }),
            _ => Ok(()),
        }
    }

    /// Checks that the municipality, if given, exists in the directory.
    pub fn check_municipality(&self, directory: &Directory) -> Result<(), EnquiryError> {
        match &self.municipality {
            Some(code) if directory.municipality(code).is_none() => Err(EnquiryError {
                field: Some("municipality".to_owned()),
                message: format!("no municipality has the code {code}"),
            }),
            _ => Ok(()),
        }
    }

    /// The subject is a child (under 18).
    pub fn is_child(&self) -> bool {
        self.age_band.is_some_and(AgeBand::is_child)
    }

    /// A relative who writes is a child (under 18).
    pub fn writer_is_child(&self) -> bool {
        self.writer_age_band.is_some_and(WriterAgeBand::is_child)
    }

    /// Whose consent `consent_to_share` is, and so how far it reaches (CONTRACT: it is
    /// the consent of the person the enquiry is about).
    pub fn consent_from(&self) -> ConsentFrom {
        if self.consent_to_share != Some(true) {
            return ConsentFrom::None;
        }
        match self.enquirer {
            // A relative who is a child is not the child's guardian.
            Some(Enquirer::Relative) if self.is_child() && !self.writer_is_child() => ConsentFrom::Guardian,
            Some(Enquirer::Relative) => ConsentFrom::Relative,
            Some(Enquirer::Professional) => ConsentFrom::Professional,
            Some(Enquirer::SelfPerson) | None => ConsentFrom::Person,
        }
    }

    /// The consent given reaches an organisation of this kind: the person's own (or a
    /// professional's statement of it) reaches anyone; a guardian's reaches a child's
    /// social services only; a relative's never stands in for an adult's.
    pub fn consent_reaches(&self, kind: crate::directory::OrgKind) -> bool {
        self.consent_from().reaches(kind)
    }

    /// The primary language subtag in lower case (`fa` for `fa-AF`).
    pub fn primary_language(&self) -> Option<String> {
        self.language
            .as_deref()
            .and_then(|t| t.split(['-', '_']).next())
            .map(str::to_ascii_lowercase)
    }
}

/// serde reports an unknown key at the parent's path; its message names the key.
fn unknown_field_name(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next().map(str::to_owned)
}

/// A loose BCP 47 check: 2–3 letter primary subtag, then 1–8 alphanumeric subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && tag.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_value_names_the_field_and_allowed_values() {
        let err = Enquiry::from_json(br#"{"threat":"grave"}"#).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("threat"));
        assert!(err.message.contains("acute"), "{}", err.message);
        let err = Enquiry::from_json(br#"{"needs":["housing","money"]}"#).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("needs"));
    }

    #[test]
    fn unknown_field_is_named() {
        let err = Enquiry::from_json(br#"{"threat":"none","name":"x"}"#).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("name"));
    }

    #[test]
    fn debug_never_prints_the_message() {
        let e = Enquiry {
            message: Some("secret words".to_owned()),
            ..Enquiry::default()
        };
        let printed = format!("{e:?}");
        assert!(!printed.contains("secret"));
        assert!(printed.contains("[redacted]"));
    }

    #[test]
    fn language_tags_are_checked() {
        assert!(Enquiry::from_json(br#"{"language":"fa-AF"}"#).is_ok());
        let err = Enquiry::from_json(br#"{"language":"<script>"}"#).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("language"));
    }
}
