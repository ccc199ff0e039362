//! Rule conditions: `all` / `any` / `not` over enquiry fields, compiled to bit tests.
//!
//! In a rule file a condition is a table with exactly one of:
//! - `all = [ … ]`, `any = [ … ]`, `not = { … }`;
//! - `field = "…"` with one test: `is` (one value, or a boolean for `consent_to_share`
//!   and `host_is_authority`), `in` (a list of values, codes or language subtags),
//!   `has` / `has_any` (for the list fields `environment`, `situation`, `needs`) or
//!   `present` (`true`/`false`).
//!
//! `consent_from` (`none`, `person`, `professional`, `guardian`, `relative`) is derived:
//! whose consent `consent_to_share` is, from who writes and the subject's age (see
//! [`ConsentFrom`]). Rules test it, not the raw tick, for anything that needs consent.
//!
//! `message` cannot be used: free text never routes. `host_is_authority` is the engine
//! setting, not an enquiry field. `interpreter_wanted` (`is = true`/`false`) is a wish the
//! person made on the site ([`super::Wishes`]), not a CONTRACT field.

use serde::Deserialize;
use toml::Spanned;

use super::enquiry::{ConsentFrom, Enquiry, Wishes};
use super::values::{
    AgeBand, Channel, Citizenship, Enquirer, EnquiryType, Environment, Gender, Need, ProfessionalOrg, Risk,
    Situation, Threat, WriterAgeBand,
};
use crate::directory::{Directory, MunicipalityCode};

/// Single-valued enum fields, in the order of [`Facts::single`]. `consent_from` is not
/// an enquiry field: it is whose consent `consent_to_share` is ([`ConsentFrom`]).
const SINGLE: [(&str, &[&str]); 10] = [
    ("channel", Channel::VALUES),
    ("enquirer", Enquirer::VALUES),
    ("professional_org", ProfessionalOrg::VALUES),
    ("age_band", AgeBand::VALUES),
    ("gender", Gender::VALUES),
    ("threat", Threat::VALUES),
    ("citizenship", Citizenship::VALUES),
    ("enquiry_type", EnquiryType::VALUES),
    ("writer_age_band", WriterAgeBand::VALUES),
    ("consent_from", ConsentFrom::VALUES),
];
/// List fields, in the order of [`Facts::multi`].
const MULTI: [(&str, &[&str]); 4] = [
    ("environment", Environment::VALUES),
    ("situation", Situation::VALUES),
    ("needs", Need::VALUES),
    ("risks", Risk::VALUES),
];
/// Index of `threat` in [`SINGLE`] (the loader checks P1 rules against it).
pub(crate) const THREAT: usize = 5;
/// Index of `risks` in [`MULTI`].
const RISKS: usize = 3;
/// Risks that make an enquiry P1 like acute danger: the person may harm themself or
/// others, or is about to be taken abroad.
pub(crate) const DANGER_RISKS: [Risk; 3] = [Risk::SelfHarm, Risk::ThreatToOthers, Risk::TakenAbroad];

/// The enquiry reduced to what conditions test, computed once per decision.
pub(crate) struct Facts {
    /// Bit of the value's index for each single field; 0 when absent.
    single: [u32; 10],
    /// Bits of the values present for each list field.
    multi: [u32; 4],
    consent: Option<bool>,
    host_is_authority: bool,
    interpreter_wanted: bool,
    municipality: Option<MunicipalityCode>,
    language: Option<String>,
}

fn bit<T>(value: Option<T>, index: impl Fn(T) -> usize) -> u32 {
    value.map_or(0, |v| 1 << index(v))
}

fn bits<T: Copy>(values: &[T], index: impl Fn(T) -> usize) -> u32 {
    values.iter().fold(0, |m, &v| m | 1 << index(v))
}

impl Facts {
    pub(crate) fn new(e: &Enquiry, wishes: Wishes, host_is_authority: bool) -> Self {
        Self {
            single: [
                bit(e.channel, Channel::index),
                bit(e.enquirer, Enquirer::index),
                bit(e.professional_org, ProfessionalOrg::index),
                bit(e.age_band, AgeBand::index),
                bit(e.gender, Gender::index),
                bit(e.threat, Threat::index),
                bit(e.citizenship, Citizenship::index),
                bit(e.enquiry_type, EnquiryType::index),
                bit(e.writer_age_band, WriterAgeBand::index),
                bit(Some(e.consent_from()), ConsentFrom::index),
            ],
            multi: [
                bits(&e.environment, Environment::index),
                bits(&e.situation, Situation::index),
                bits(&e.needs, Need::index),
                bits(&e.risks, Risk::index),
            ],
            consent: e.consent_to_share,
            host_is_authority,
            interpreter_wanted: wishes.interpreter_wanted,
            municipality: e.municipality.clone(),
            language: e.primary_language(),
        }
    }
}

/// A compiled condition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Condition {
    /// Always true (a rule without `when`).
    Always,
    All(Vec<Self>),
    Any(Vec<Self>),
    Not(Box<Self>),
    /// The single field's value is one of the mask's bits.
    Single {
        field: usize,
        mask: u32,
    },
    /// The list field holds at least one of the mask's bits.
    Multi {
        field: usize,
        mask: u32,
    },
    /// A boolean field equals the value (absent consent equals neither).
    Consent(bool),
    HostIsAuthority(bool),
    InterpreterWanted(bool),
    MunicipalityIn(Vec<MunicipalityCode>),
    LanguageIn(Vec<String>),
    /// The field is given (or, with `false`, not given).
    Present {
        field: Field,
        present: bool,
    },
}

/// A field a condition can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Single(usize),
    Multi(usize),
    Consent,
    HostIsAuthority,
    InterpreterWanted,
    Municipality,
    Language,
}

impl Field {
    /// The field's name in a rule file (the CONTRACT name where it is an enquiry field).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Single(i) => SINGLE[i].0,
            Self::Multi(i) => MULTI[i].0,
            Self::Consent => "consent_to_share",
            Self::HostIsAuthority => "host_is_authority",
            Self::InterpreterWanted => "interpreter_wanted",
            Self::Municipality => "municipality",
            Self::Language => "language",
        }
    }
}

impl Condition {
    pub(crate) fn eval(&self, f: &Facts) -> bool {
        match self {
            Self::Always => true,
            Self::All(cs) => cs.iter().all(|c| c.eval(f)),
            Self::Any(cs) => cs.iter().any(|c| c.eval(f)),
            Self::Not(c) => !c.eval(f),
            Self::Single { field, mask } => f.single[*field] & mask != 0,
            Self::Multi { field, mask } => f.multi[*field] & mask != 0,
            Self::Consent(v) => f.consent == Some(*v),
            Self::HostIsAuthority(v) => f.host_is_authority == *v,
            Self::InterpreterWanted(v) => f.interpreter_wanted == *v,
            Self::MunicipalityIn(codes) => f.municipality.as_ref().is_some_and(|m| codes.contains(m)),
            Self::LanguageIn(tags) => f.language.as_ref().is_some_and(|l| tags.contains(l)),
            Self::Present { field, present } => {
                let given = match field {
                    Field::Single(i) => f.single[*i] != 0,
                    Field::Multi(i) => f.multi[*i] != 0,
                    Field::Consent => f.consent.is_some(),
                    Field::HostIsAuthority | Field::InterpreterWanted => true,
                    Field::Municipality => f.municipality.is_some(),
                    Field::Language => f.language.is_some(),
                };
                given == *present
            }
        }
    }

    /// Whether the condition can never be true: an empty `any`, an empty value list,
    /// or an `all` whose single-field tests have no value in common.
    pub(crate) fn is_unsatisfiable(&self) -> bool {
        match self {
            Self::Any(cs) => cs.iter().all(Self::is_unsatisfiable),
            Self::Single { mask, .. } | Self::Multi { mask, .. } => *mask == 0,
            Self::MunicipalityIn(v) => v.is_empty(),
            Self::LanguageIn(v) => v.is_empty(),
            Self::All(cs) => {
                let mut allowed = [u32::MAX; SINGLE.len()];
                for c in cs {
                    if c.is_unsatisfiable() {
                        return true;
                    }
                    if let Self::Single { field, mask } = c {
                        allowed[*field] &= mask;
                    }
                }
                allowed.contains(&0)
            }
            Self::Always
            | Self::Not(_)
            | Self::Consent(_)
            | Self::HostIsAuthority(_)
            | Self::InterpreterWanted(_) => false,
            Self::Present { .. } => false,
        }
    }

    /// The first municipality code the condition names that the directory lacks.
    pub(crate) fn unknown_municipality(&self, dir: &Directory) -> Option<&MunicipalityCode> {
        match self {
            Self::All(cs) | Self::Any(cs) => cs.iter().find_map(|c| c.unknown_municipality(dir)),
            Self::Not(c) => c.unknown_municipality(dir),
            Self::MunicipalityIn(codes) => codes.iter().find(|c| dir.municipality(c).is_none()),
            _ => None,
        }
    }

    /// Adds the name of every field the condition tests (once each, in order met).
    pub(crate) fn fields(&self, out: &mut Vec<&'static str>) {
        let name = match self {
            Self::Always => return,
            Self::All(cs) | Self::Any(cs) => return cs.iter().for_each(|c| c.fields(out)),
            Self::Not(c) => return c.fields(out),
            Self::Single { field, .. } => Field::Single(*field).name(),
            Self::Multi { field, .. } => Field::Multi(*field).name(),
            Self::Consent(_) => Field::Consent.name(),
            Self::HostIsAuthority(_) => Field::HostIsAuthority.name(),
            Self::InterpreterWanted(_) => Field::InterpreterWanted.name(),
            Self::MunicipalityIn(_) => Field::Municipality.name(),
            Self::LanguageIn(_) => Field::Language.name(),
            Self::Present { field, .. } => field.name(),
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }

    /// Whether the condition can only hold in danger (for P1 rules): the threat is
    /// `acute`, or one of the risks that cannot wait ([`DANGER_RISKS`]) is named.
    pub(crate) fn requires_danger(&self) -> bool {
        let acute = 1 << Threat::Acute.index();
        let danger = DANGER_RISKS.iter().fold(0u32, |m, r| m | 1 << r.index());
        match self {
            Self::Single { field, mask } => *field == THREAT && *mask == acute,
            Self::Multi { field, mask } => *field == RISKS && *mask != 0 && mask & !danger == 0,
            Self::All(cs) => cs.iter().any(Self::requires_danger),
            Self::Any(cs) => !cs.is_empty() && cs.iter().all(Self::requires_danger),
            _ => false,
        }
    }
}

/// A condition as written in TOML, before checking.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    all: Option<Vec<Spanned<Self>>>,
    any: Option<Vec<Spanned<Self>>>,
    not: Option<Box<Spanned<Self>>>,
    field: Option<String>,
    is: Option<toml::Value>,
    #[serde(rename = "in")]
    in_: Option<Vec<String>>,
    has: Option<String>,
    has_any: Option<Vec<String>>,
    present: Option<bool>,
}

/// A checking error at a byte offset in the rule file.
pub(crate) struct AtSpan {
    pub(crate) offset: usize,
    pub(crate) message: String,
}

fn at(raw: &Spanned<RawCondition>, message: impl Into<String>) -> AtSpan {
    AtSpan {
        offset: raw.span().start,
        message: message.into(),
    }
}

fn mask(
    raw: &Spanned<RawCondition>,
    field: &str,
    allowed: &[&str],
    values: &[String],
) -> Result<u32, AtSpan> {
    values
        .iter()
        .try_fold(0u32, |m, v| match allowed.iter().position(|a| a == v) {
            Some(i) => Ok(m | 1 << i),
            None => Err(at(
                raw,
                format!("{v:?} is not a value of {field}; allowed: {}", allowed.join(", ")),
            )),
        })
}

/// Checks a raw condition against the CONTRACT's fields and values.
pub(crate) fn compile(raw: &Spanned<RawCondition>) -> Result<Condition, AtSpan> {
    let r = raw.get_ref();
    let combinators = [
        r.all.is_some(),
        r.any.is_some(),
        r.not.is_some(),
        r.field.is_some(),
    ];
    if combinators.iter().filter(|&&b| b).count() != 1 {
        return Err(at(raw, "a condition needs exactly one of all, any, not or field"));
    }
    let list = |cs: &Vec<Spanned<RawCondition>>| cs.iter().map(compile).collect::<Result<Vec<_>, _>>();
    if let Some(cs) = &r.all {
        return list(cs).map(Condition::All);
    }
    if let Some(cs) = &r.any {
        return list(cs).map(Condition::Any);
    }
    if let Some(c) = &r.not {
        return compile(c).map(|c| Condition::Not(Box::new(c)));
    }
    let name = r.field.as_deref().unwrap_or_default();
    let field = match name {
        "host_is_authority" => Field::HostIsAuthority,
        "consent_to_share" => Field::Consent,
        "interpreter_wanted" => Field::InterpreterWanted,
        "municipality" => Field::Municipality,
        "language" => Field::Language,
        "message" => return Err(at(raw, "message is free text and is never read by the rules")),
        _ => match (
            SINGLE.iter().position(|(n, _)| *n == name),
            MULTI.iter().position(|(n, _)| *n == name),
        ) {
            (Some(i), _) => Field::Single(i),
            (_, Some(i)) => Field::Multi(i),
            _ => return Err(at(raw, format!("unknown field {name:?}"))),
        },
    };
    let tests = [
        r.is.is_some(),
        r.in_.is_some(),
        r.has.is_some(),
        r.has_any.is_some(),
        r.present.is_some(),
    ];
    if tests.iter().filter(|&&b| b).count() != 1 {
        return Err(at(
            raw,
            "a field test needs exactly one of is, in, has, has_any or present",
        ));
    }
    if let Some(present) = r.present {
        return Ok(Condition::Present { field, present });
    }
    let wrong = |test: &str| at(raw, format!("{test} cannot be used with field {name:?}"));
    match field {
        Field::Single(i) => {
            let values = match (&r.is, &r.in_) {
                (Some(toml::Value::String(s)), _) => vec![s.clone()],
                (_, Some(v)) => v.clone(),
                (Some(_), _) => return Err(at(raw, format!("is for {name} takes a string"))),
                _ => return Err(wrong("has/has_any")),
            };
            let (field_name, allowed) = SINGLE[i];
            Ok(Condition::Single {
                field: i,
                mask: mask(raw, field_name, allowed, &values)?,
            })
        }
        Field::Multi(i) => {
            let values = match (&r.has, &r.has_any) {
                (Some(s), _) => vec![s.clone()],
                (_, Some(v)) => v.clone(),
                _ => return Err(wrong("is/in (use has or has_any)")),
            };
            let (field_name, allowed) = MULTI[i];
            Ok(Condition::Multi {
                field: i,
                mask: mask(raw, field_name, allowed, &values)?,
            })
        }
        Field::Consent | Field::HostIsAuthority | Field::InterpreterWanted => match &r.is {
            Some(toml::Value::Boolean(b)) => Ok(match field {
                Field::Consent => Condition::Consent(*b),
                Field::HostIsAuthority => Condition::HostIsAuthority(*b),
                _ => Condition::InterpreterWanted(*b),
            }),
            _ => Err(at(raw, format!("{name} takes is = true or is = false"))),
        },
        Field::Municipality => match &r.in_ {
            Some(codes) => codes
                .iter()
                .map(|c| MunicipalityCode::parse(c).map_err(|e| at(raw, e.to_string())))
                .collect::<Result<_, _>>()
                .map(Condition::MunicipalityIn),
            None => Err(wrong("is/has/has_any (use in)")),
        },
        Field::Language => match &r.in_ {
            Some(tags) => Ok(Condition::LanguageIn(
                tags.iter().map(|t| t.to_ascii_lowercase()).collect(),
            )),
            None => Err(wrong("is/has/has_any (use in)")),
        },
    }
}
