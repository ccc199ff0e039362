//! The enquiry form, parsed at the edge into the triage [`Enquiry`], with a message id for
//! every field that is wrong — and every value kept, so the form can be shown again as the
//! person left it.

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::consent::ConsentFor;
use super::questions::{self, QUESTIONS};
use crate::directory::Directory;
use crate::i18n::Lang;
use crate::triage::{
    AgeBand, Channel, Citizenship, Enquirer, Enquiry, EnquiryType, Environment, Gender, Need,
    ProfessionalOrg, Risk, Situation, Threat, WriterAgeBand,
};
use crate::web::{FieldError, RawForm};

/// Longest message accepted, in characters (the textarea says so too).
pub const MESSAGE_MAX_CHARS: usize = 8000;

/// What a person sent: the facts for triage (message included) and their wishes.
#[derive(Clone, Serialize, Deserialize)]
pub struct EnquiryInput {
    /// The facts, in the contract's shape.
    pub enquiry: Enquiry,
    /// They want the contact point to get in touch (they may have written nothing).
    pub wants_contact: bool,
    /// What they consented to on the public form, tick by tick (each kind of recipient,
    /// and their own words); empty for every other channel and for enquiries stored before
    /// the form asked per recipient. `enquiry.consent_to_share` is true when a recipient
    /// is ticked; a `consent_to_share` posted on its own gives no consent per recipient.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consent_for: Vec<ConsentFor>,
}

impl EnquiryInput {
    /// The language to answer in: the one asked for, else Swedish.
    pub fn reply_lang(&self) -> Lang {
        self.enquiry
            .language
            .as_deref()
            .and_then(|tag| tag.parse::<Lang>().ok())
            .unwrap_or(Lang::Sv)
    }

    /// This input with the facts a handler learned ([`super::questions::is_learned`], parsed from the
    /// case page's form); the person's own words, language, consent and wishes stay.
    #[must_use]
    pub fn with_learned(&self, learned: Self) -> Self {
        let old = &self.enquiry;
        Self {
            enquiry: Enquiry {
                channel: old.channel,
                language: old.language.clone(),
                message: old.message.clone(),
                consent_to_share: old.consent_to_share,
                ..learned.enquiry
            },
            wants_contact: self.wants_contact,
            consent_for: self.consent_for.clone(),
        }
    }

    /// The kinds of recipient the form's consent was given for, in the form's order.
    pub fn consented_recipients(&self) -> Vec<ConsentFor> {
        self.consent_for
            .iter()
            .copied()
            .filter(|c| c.is_recipient())
            .collect()
    }

    /// The person's own words may be passed on word for word (ticked on the form).
    pub fn consented_words(&self) -> bool {
        self.consent_for.contains(&ConsentFor::Words)
    }
}

/// The 290 municipalities as the forms' select offers them (`code`, `name`).
pub fn municipality_choices(directory: &Directory) -> Vec<Value> {
    directory
        .municipalities()
        .iter()
        .map(|m| serde_json::json!({ "code": m.code.as_str(), "name": m.name }))
        .collect()
}

/// The site languages, each named in itself (`tag`, `name`), for "answer me in".
pub fn language_choices() -> Vec<Value> {
    Lang::ALL
        .into_iter()
        .map(|l| serde_json::json!({ "tag": l.tag(), "name": l.endonym() }))
        .collect()
}

/// Parses the enquiry form. On failure every field with a problem is named.
pub fn parse_enquiry(
    form: &RawForm,
    directory: &Directory,
    channel: Channel,
) -> Result<EnquiryInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let enquirer = one::<Enquirer>(form, "enquirer", &mut errors);
    let writer_age_band = one::<WriterAgeBand>(form, "writer_age_band", &mut errors);
    let professional_org = one::<ProfessionalOrg>(form, "professional_org", &mut errors);
    let enquiry_type = one::<EnquiryType>(form, "enquiry_type", &mut errors);
    let age_band = one::<AgeBand>(form, "age_band", &mut errors);
    let gender = one::<Gender>(form, "gender", &mut errors);
    let environment = many::<Environment>(form, "environment", &mut errors);
    let situation = many::<Situation>(form, "situation", &mut errors);
    let threat = one::<Threat>(form, "threat", &mut errors);
    let risks = many::<Risk>(form, "risks", &mut errors);
    let needs = many::<Need>(form, "needs", &mut errors);
    let citizenship = one::<Citizenship>(form, "citizenship", &mut errors);
    // The public forms ask for the name (typed), the staff forms offer the list (a code).
    let municipality = form.text("municipality").and_then(|text| {
        let known = directory.municipality_named(text).map(|m| m.code.clone());
        if known.is_none() {
            errors.push(FieldError::new("municipality", "error-unknown-municipality"));
        }
        known
    });
    let language = form.text("language").and_then(|tag| {
        if tag.parse::<Lang>().is_err() {
            errors.push(FieldError::new("language", "error-choose-option"));
            return None;
        }
        Some(tag.to_owned())
    });
    let mut consent_for = many::<ConsentFor>(form, "consent_for", &mut errors);
    consent_for.sort_unstable();
    consent_for.dedup();
    // The engine's one consent: a recipient ticked; ticking only the words is answering
    // "no recipient". A `consent_to_share` posted on its own (the API's field, an older
    // form) still counts for the engine, but names no recipient.
    let posted = form.text("consent_to_share").map(|v| v == "true" || v == "on");
    let consent_to_share = if consent_for.iter().any(|c| c.is_recipient()) {
        Some(true)
    } else if consent_for.is_empty() {
        posted
    } else {
        Some(posted == Some(true))
    };
    let wants_contact = form
        .text("wants_contact")
        .is_some_and(|v| v == "true" || v == "on");
    let message = form
        .get("message")
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_owned);
    match &message {
        Some(text) if text.chars().count() > MESSAGE_MAX_CHARS => {
            errors.push(FieldError::new("message", "error-message-too-long"));
        }
        None if !wants_contact => {
            errors.push(FieldError::new("message", "error-message-or-contact"));
        }
        _ => {}
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let enquiry = Enquiry {
        channel: Some(channel),
        enquirer,
        professional_org,
        age_band,
        gender,
        environment,
        municipality,
        enquiry_type,
        writer_age_band,
        situation,
        risks,
        threat,
        needs,
        citizenship,
        consent_to_share,
        language,
        message,
    };
    Ok(EnquiryInput {
        enquiry,
        wants_contact,
        consent_for,
    })
}

fn one<T: FromStr>(form: &RawForm, field: &'static str, errors: &mut Vec<FieldError>) -> Option<T> {
    let value = form.text(field)?;
    let parsed = value.parse().ok();
    if parsed.is_none() {
        errors.push(FieldError::new(field, "error-choose-option"));
    }
    parsed
}

fn many<T: FromStr>(form: &RawForm, field: &'static str, errors: &mut Vec<FieldError>) -> Vec<T> {
    let mut out = Vec::new();
    for value in form
        .all(field)
        .into_iter()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        match value.parse() {
            Ok(v) => out.push(v),
            Err(_) => {
                errors.push(FieldError::new(field, "error-choose-option"));
                break;
            }
        }
    }
    out
}

/// The submitted values, for showing the form again exactly as the person left it.
pub fn echo(form: &RawForm) -> Value {
    let mut values = Map::new();
    for (name, value) in &form.0 {
        if name == crate::web::csrf::FIELD {
            continue;
        }
        if questions::repeats(name) {
            let list = values
                .entry(name.clone())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = list {
                items.push(Value::String(value.clone()));
            }
        } else {
            values
                .entry(name.clone())
                .or_insert_with(|| Value::String(value.clone()));
        }
    }
    for q in &QUESTIONS {
        let empty = if q.repeats {
            Value::Array(Vec::new())
        } else {
            Value::String(String::new())
        };
        values.entry(q.name.to_owned()).or_insert(empty);
    }
    values
        .entry("wants_contact".to_owned())
        .or_insert_with(|| Value::String(String::new()));
    Value::Object(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawForm {
        RawForm(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn echo_keeps_lists_and_text_but_not_the_csrf_token() {
        let values = echo(&form(&[
            ("_csrf", "secret"),
            ("environment", "criminal_network"),
            ("environment", "honour_related"),
            ("message", "  hej  "),
        ]));
        assert_eq!(
            values["environment"],
            serde_json::json!(["criminal_network", "honour_related"])
        );
        assert_eq!(values["message"], "  hej  ");
        assert_eq!(values["needs"], serde_json::json!([]));
        assert!(values.get("_csrf").is_none());
    }

    #[test]
    fn consent_is_ticked_per_recipient_and_an_older_row_reads_without_ticks() {
        let directory = crate::directory::Directory::load(
            &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/directory"),
        )
        .expect("the directory loads");
        let parse = |pairs: &[(&str, &str)]| {
            parse_enquiry(&form(pairs), &directory, Channel::WebForm).map_err(|e| {
                e.iter()
                    .map(|e| (e.field.to_string(), e.message_id))
                    .collect::<Vec<_>>()
            })
        };
        let ticked = parse(&[
            ("consent_for", "words"),
            ("consent_for", "police"),
            ("consent_for", "police"),
            ("message", "hej"),
        ])
        .expect("valid");
        assert_eq!(ticked.consent_for, [ConsentFor::Police, ConsentFor::Words]);
        assert_eq!(ticked.consented_recipients(), [ConsentFor::Police]);
        assert!(ticked.consented_words());
        assert_eq!(ticked.enquiry.consent_to_share, Some(true));

        let words_only = parse(&[("consent_for", "words"), ("message", "hej")]).expect("valid");
        assert_eq!(words_only.enquiry.consent_to_share, Some(false), "no recipient");
        let posted = parse(&[("consent_to_share", "true"), ("message", "hej")]).expect("valid");
        assert_eq!(
            posted.enquiry.consent_to_share,
            Some(true),
            "the engine's consent"
        );
        assert!(posted.consented_recipients().is_empty(), "but no recipient's");
        let silent = parse(&[("message", "hej")]).expect("valid");
        assert_eq!(silent.enquiry.consent_to_share, None);

        let Err(errors) = parse(&[("consent_for", "everyone"), ("message", "hej")]) else {
            panic!("an unknown tick is refused");
        };
        assert_eq!(errors, [("consent_for".to_owned(), "error-choose-option")]);
        assert!(questions::repeats("consent_for"), "the echo keeps a list");

        // Stored before the form asked per recipient: it reads, with no ticks; and
        // without ticks nothing new is written.
        let old: EnquiryInput = serde_json::from_str(
            r#"{"enquiry":{"consent_to_share":true,"message":"hej"},"wants_contact":false}"#,
        )
        .expect("an older row reads");
        assert!(old.consent_for.is_empty());
        let again = serde_json::to_value(&old).expect("serializes");
        assert!(again.get("consent_for").is_none());
        let stored = serde_json::to_value(&ticked).expect("serializes");
        assert_eq!(stored["consent_for"], serde_json::json!(["police", "words"]));
        let back: EnquiryInput = serde_json::from_value(stored).expect("reads back");
        assert_eq!(back.consent_for, ticked.consent_for);
    }

    #[test]
    fn the_new_facts_are_parsed_and_an_unknown_value_names_its_field() {
        let directory = crate::directory::Directory::load(
            &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/directory"),
        )
        .expect("the directory loads");
        let parsed = parse_enquiry(
            &form(&[
                ("enquirer", "relative"),
                ("writer_age_band", "15_17"),
                ("enquiry_type", "consultation"),
                ("risks", "self_harm"),
                ("risks", "taken_abroad"),
                ("situation", "on_remand"),
                ("message", "hej"),
            ]),
            &directory,
            Channel::WebForm,
        )
        .map_err(|e| e.iter().map(|e| e.field.to_string()).collect::<Vec<_>>())
        .expect("valid");
        let e = &parsed.enquiry;
        assert_eq!(e.writer_age_band, Some(WriterAgeBand::From15To17));
        assert_eq!(e.enquiry_type, Some(EnquiryType::Consultation));
        assert_eq!(e.risks, [Risk::SelfHarm, Risk::TakenAbroad]);
        assert_eq!(e.situation, [Situation::OnRemand]);

        let Err(errors) = parse_enquiry(
            &form(&[
                ("writer_age_band", "old"),
                ("enquiry_type", "gossip"),
                ("risks", "self_harm"),
                ("risks", "crime"),
                ("situation", "jail"),
                ("message", "hej"),
            ]),
            &directory,
            Channel::WebForm,
        ) else {
            panic!("unknown values are refused");
        };
        let mut fields: Vec<&str> = errors.iter().map(|e| &*e.field).collect();
        fields.sort_unstable();
        assert_eq!(fields, ["enquiry_type", "risks", "situation", "writer_age_band"]);
    }
}
