//! The referral's closed vocabularies: what may be shared, what kind of referral it is,
//! and how consent was given. Each is an enum with its stored name (`as_str`) and a
//! `parse` back; serialized, it is that same name. Pure: no axum, no database.

use serde::Serialize;

use crate::enquiry::questions::Part;

/// One category of case data a person can consent to share with one recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
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
    pub const ALL: [Self; 6] = [
        Self::Basic,
        Self::Situation,
        Self::Threat,
        Self::Needs,
        Self::Message,
        Self::Contact,
    ];

    /// The stored and submitted value.
    pub fn as_str(self) -> &'static str {
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
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// May reveal data about offences, so never goes to civil society (GDPR art. 10):
    /// custody and probation, the threat around a criminal environment, and the person's
    /// free text, which may say anything.
    pub fn may_reveal_offences(self) -> bool {
        matches!(self, Self::Situation | Self::Threat | Self::Message)
    }
}

/// The category an enquiry question's part is shared as.
impl From<Part> for Category {
    fn from(part: Part) -> Self {
        match part {
            Part::Basic => Self::Basic,
            Part::Situation => Self::Situation,
            Part::Threat => Self::Threat,
            Part::Needs => Self::Needs,
        }
    }
}

impl Category {
    /// The part of the enquiry's questions this category shares, when it shares some
    /// (the person's words and the contact wishes are no questions' part).
    pub fn part(self) -> Option<Part> {
        Part::ALL.into_iter().find(|p| Self::from(*p) == self)
    }
}

/// A category equals its stored name (so tests and templates can say `"basic"`).
impl PartialEq<&str> for Category {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Stores a category set as `,basic,needs,` (filterable with `like '%,needs,%'`).
pub fn categories_to_column(categories: &[Category]) -> String {
    let mut text = String::from(",");
    for c in categories {
        text.push_str(c.as_str());
        text.push(',');
    }
    text
}

/// Reads a stored category set; unknown values are skipped.
pub fn categories_from_column(text: &str) -> Vec<Category> {
    text.split(',').filter_map(Category::parse).collect()
}

/// What a referral is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A referral resting on the person's consent.
    Referral,
    /// A report of concern about a child to social services (*orosanmälan*), which the
    /// law requires of an authority's staff with or without consent.
    ReportOfConcern,
}

impl Kind {
    /// Both kinds.
    pub const ALL: [Self; 2] = [Self::Referral, Self::ReportOfConcern];

    /// The stored and submitted value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Referral => "referral",
            Self::ReportOfConcern => "report_of_concern",
        }
    }

    /// Parses a submitted or stored value.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// How the person gave consent to share with this recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentHow {
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
    pub const ALL: [Self; 5] = [Self::Form, Self::Phone, Self::Chat, Self::Writing, Self::None];

    /// The stored and submitted value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Form => "form",
            Self::Phone => "phone",
            Self::Chat => "chat",
            Self::Writing => "writing",
            Self::None => "none",
        }
    }

    /// Parses a submitted or stored value.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_the_column() {
        let set = [Category::Basic, Category::Needs, Category::Contact];
        let column = categories_to_column(&set);
        assert_eq!(column, ",basic,needs,contact,");
        assert_eq!(categories_from_column(&column), set);
        assert!(Category::Message.may_reveal_offences());
        assert!(!Category::Needs.may_reveal_offences());
    }

    #[test]
    fn names_round_trip_and_serialize_as_stored() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_value(c).ok(), Some(serde_json::json!(c.as_str())));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).ok(), Some(serde_json::json!(k.as_str())));
        }
        for h in ConsentHow::ALL {
            assert_eq!(ConsentHow::parse(h.as_str()), Some(h));
            assert_eq!(serde_json::to_value(h).ok(), Some(serde_json::json!(h.as_str())));
        }
    }
}
