//! The rule set: TOML files in `config/triage/`, read in file-name order.
//!
//! Each file holds `[[rule]]` tables:
//!
//! ```toml
//! [[rule]]
//! id = "acute-danger"                      # unique across all files
//! description = "Acute danger to life goes to 112 first."
//! when = { field = "threat", is = "acute" } # optional; see the condition module
//! priority = "P1"                           # raise to at least this (P1 only for acute)
//! flags = ["acute_danger"]
//! notices = ["call_112"]
//! stop = false                              # true: no later rule is evaluated
//!
//! [[rule.recipient]]
//! org = "emergency:112"                     # or resolve = "police_region", …
//! role = "primary"                          # primary | secondary | inform
//! sv = "Akut fara för livet: larma 112."
//! en = "Acute danger to life: call 112."
//! ```
//!
//! Rules run in order and all that match fire (until a `stop`). The first rule that
//! names a `primary` recipient decides the primary; later primaries become secondary
//! (see [`super::Engine::decide`] for the full precedence).

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::condition::{AtSpan, Condition, RawCondition, compile};
use super::values::{Flag, Notice, Priority, Role};
use crate::directory::{Directory, OrgKind};

/// A rule file is broken; the message names the file and line.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// The directory or a file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A rule is invalid.
    #[error("{}:{line}: {message}", file.display())]
    Invalid {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The directory holds no rule file.
    #[error("{}: no *.toml rule files", .0.display())]
    Empty(PathBuf),
}

/// How a recipient is found for an enquiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolver {
    /// A fixed organisation (index into the directory's organisations).
    Org(usize),
    /// `police_region`: the police region of the municipality, else `police:national`.
    PoliceRegion,
    /// `social_services`: `socialtjanst:{kommunkod}` (nothing without a municipality).
    SocialServices,
    /// `programme_or_social_services`: the programme covering the municipality, else
    /// its social services.
    ProgrammeOrSocialServices,
    /// `programme_or_police_region`: the programme covering the municipality, else the
    /// police region's defector coordinator (else `police:national`).
    ProgrammeOrPoliceRegion,
    /// `region_psychiatry`: psychiatry of the municipality's county.
    RegionPsychiatry,
    /// `civil_society`: every vetted, unexpired civil-society organisation offering
    /// mentoring, serving the municipality and one of the enquiry's environments.
    CivilSociety,
    /// `shelter`: every vetted, unexpired women's or girls' shelter serving the
    /// municipality.
    Shelter,
}

impl Resolver {
    const NAMES: [(&'static str, Self); 7] = [
        ("police_region", Self::PoliceRegion),
        ("social_services", Self::SocialServices),
        ("programme_or_social_services", Self::ProgrammeOrSocialServices),
        ("programme_or_police_region", Self::ProgrammeOrPoliceRegion),
        ("region_psychiatry", Self::RegionPsychiatry),
        ("civil_society", Self::CivilSociety),
        ("shelter", Self::Shelter),
    ];
}

/// One recipient a rule adds.
#[derive(Debug, Clone)]
pub struct RecipientSpec {
    /// Who.
    pub target: Resolver,
    /// In which role (the engine may lower it).
    pub role: Role,
    /// Why, in Swedish.
    pub sv: String,
    /// Why, in English.
    pub en: String,
}

/// One checked rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The unique id shown in the trail and in recipients' `rules`.
    pub id: String,
    /// What the rule is for, for policy owners.
    pub description: String,
    pub(crate) when: Condition,
    /// Raise the priority to at least this.
    pub priority: Option<Priority>,
    /// Flags to set.
    pub flags: Vec<Flag>,
    /// Notices to add.
    pub notices: Vec<Notice>,
    /// Recipients to add, in order.
    pub recipients: Vec<RecipientSpec>,
    /// Evaluate no later rule.
    pub stop: bool,
}

/// The loaded rules, in evaluation order, with the hash of their files.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) rules: Vec<Rule>,
    pub(crate) hash: [u8; 32],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    description: String,
    when: Option<Spanned<RawCondition>>,
    priority: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
    #[serde(default)]
    notices: Vec<String>,
    #[serde(default)]
    recipient: Vec<Spanned<RawRecipient>>,
    #[serde(default)]
    stop: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecipient {
    org: Option<String>,
    resolve: Option<String>,
    role: String,
    sv: String,
    en: String,
}

impl RuleSet {
    /// Loads every `*.toml` in `dir` in file-name order and checks it against the
    /// CONTRACT values and the directory's organisation ids.
    ///
    /// Unknown keys, values, organisation ids or resolvers, duplicate ids, `P1` outside
    /// an acute-only condition, a civil-society organisation as `primary`, a rule that
    /// does nothing, and unreachable rules (an unsatisfiable condition, or after a rule
    /// that always stops) are errors naming the file and line.
    pub fn load(dir: &Path, directory: &Directory) -> Result<Self, RulesError> {
        let io = |source| RulesError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(io)?;
        files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
        files.sort();
        if files.is_empty() {
            return Err(RulesError::Empty(dir.to_path_buf()));
        }
        let mut hasher = Sha256::new();
        let mut rules: Vec<Rule> = Vec::new();
        let mut stopped_at: Option<String> = None;
        for path in &files {
            let text = std::fs::read_to_string(path).map_err(|source| RulesError::Io {
                path: path.clone(),
                source,
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Length-prefixed so that moving bytes between files changes the hash.
            for part in [name.as_bytes(), text.as_bytes()] {
                hasher.update((part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
            let err = |offset: usize, message: String| RulesError::Invalid {
                file: path.clone(),
                line: line_at(&text, offset),
                message,
            };
            let raw: RawFile = toml::from_str(&text)
                .map_err(|e| err(e.span().map_or(0, |s| s.start), e.message().to_owned()))?;
            for spanned in &raw.rule {
                let offset = spanned.span().start;
                let rule = check_rule(spanned.get_ref(), directory)
                    .map_err(|e| err(e.offset.max(offset), e.message))?;
                let rule_err = |message: String| err(offset, format!("rule {:?}: {message}", rule.id));
                if rules.iter().any(|r| r.id == rule.id) {
                    return Err(rule_err("the id is used twice".to_owned()));
                }
                if let Some(stopper) = &stopped_at {
                    return Err(rule_err(format!("unreachable: rule {stopper:?} always stops")));
                }
                if rule.when.is_unsatisfiable() {
                    return Err(rule_err("unreachable: its condition can never hold".to_owned()));
                }
                if rule.stop && rule.when == Condition::Always {
                    stopped_at = Some(rule.id.clone());
                }
                rules.push(rule);
            }
        }
        Ok(Self {
            rules,
            hash: hasher.finalize().into(),
        })
    }

    /// The rules in evaluation order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

impl Rule {
    /// The fields the rule's condition tests, by their rule-file names (the CONTRACT
    /// names for enquiry fields, plus `host_is_authority` and `interpreter_wanted`); empty
    /// for a rule without `when`.
    pub fn fields(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        self.when.fields(&mut out);
        out
    }
}

/// 1-based line number of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn parse_all<T: std::str::FromStr>(values: &[String]) -> Result<Vec<T>, String>
where
    T::Err: std::fmt::Display,
{
    values
        .iter()
        .map(|v| v.parse().map_err(|e: T::Err| e.to_string()))
        .collect()
}

fn check_rule(raw: &RawRule, directory: &Directory) -> Result<Rule, AtSpan> {
    let whole = |message: String| AtSpan { offset: 0, message };
    if raw.id.is_empty()
        || !raw
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(whole(format!("rule id {:?} must be [a-z0-9-]+", raw.id)));
    }
    let when = match &raw.when {
        Some(c) => compile(c)?,
        None => Condition::Always,
    };
    if let Some(code) = when.unknown_municipality(directory) {
        return Err(whole(format!(
            "rule {:?}: no municipality has the code {code}",
            raw.id
        )));
    }
    let priority = raw
        .priority
        .as_deref()
        .map(str::parse::<Priority>)
        .transpose()
        .map_err(|e| whole(e.to_string()))?;
    if priority == Some(Priority::P1) && !when.requires_danger() {
        return Err(whole(format!(
            "rule {:?}: P1 is reserved for danger; its condition must require threat = acute \
             or one of the risks self_harm, threat_to_others, taken_abroad",
            raw.id
        )));
    }
    let flags = parse_all(&raw.flags).map_err(whole)?;
    let notices = parse_all(&raw.notices).map_err(whole)?;
    let recipients = raw
        .recipient
        .iter()
        .map(|r| check_recipient(r, directory))
        .collect::<Result<Vec<_>, _>>()?;
    if priority.is_none() && flags.is_empty() && notices.is_empty() && recipients.is_empty() && !raw.stop {
        return Err(whole(format!("rule {:?} has no action", raw.id)));
    }
    Ok(Rule {
        id: raw.id.clone(),
        description: raw.description.clone(),
        when,
        priority,
        flags,
        notices,
        recipients,
        stop: raw.stop,
    })
}

fn check_recipient(spanned: &Spanned<RawRecipient>, directory: &Directory) -> Result<RecipientSpec, AtSpan> {
    let at = |message: String| AtSpan {
        offset: spanned.span().start,
        message,
    };
    let r = spanned.get_ref();
    let role: Role = r
        .role
        .parse()
        .map_err(|e: super::values::UnknownValue| at(e.to_string()))?;
    let target = match (&r.org, &r.resolve) {
        (Some(id), None) => {
            let index = directory
                .orgs()
                .iter()
                .position(|o| &o.id == id)
                .ok_or_else(|| at(format!("unknown organisation id {id:?}")))?;
            if directory.orgs()[index].kind == OrgKind::CivilSociety && role == Role::Primary {
                return Err(at(format!("{id} is civil society and can never be primary")));
            }
            Resolver::Org(index)
        }
        (None, Some(name)) => Resolver::NAMES
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| *r)
            .ok_or_else(|| {
                let names: Vec<_> = Resolver::NAMES.iter().map(|(n, _)| *n).collect();
                at(format!(
                    "unknown resolver {name:?}; allowed: {}",
                    names.join(", ")
                ))
            })?,
        _ => return Err(at("a recipient needs exactly one of org or resolve".to_owned())),
    };
    if target == Resolver::CivilSociety && role == Role::Primary {
        return Err(at("civil society can never be primary".to_owned()));
    }
    if r.sv.trim().is_empty() || r.en.trim().is_empty() {
        return Err(at("a recipient needs a reason in sv and en".to_owned()));
    }
    Ok(RecipientSpec {
        target,
        role,
        sv: r.sv.clone(),
        en: r.en.clone(),
    })
}
