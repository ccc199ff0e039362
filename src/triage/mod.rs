//! Triage: which actor should act on an enquiry, how urgently, and why.
//!
//! Pure and deterministic: [`Engine::decide`] takes an [`Enquiry`] and the current time
//! and returns a [`Decision`]; it does no I/O and reads no clock. The routing itself is
//! data: a [`RuleSet`] loaded from `config/triage/*.toml` (see the `rules` module for the
//! format) over the national [`crate::directory::Directory`]. The HTTP endpoint
//! (`POST /api/v1/triage/preview`) lives in `http.rs`, the only file here that knows axum.

pub(crate) mod cli;
mod condition;
mod decision;
mod engine;
mod enquiry;
pub mod http;
pub mod policy;
pub mod reload;
mod resolve;
mod rules;
pub mod tools;
mod values;

pub use decision::{Decision, Reason, Recipient};
pub use engine::{Engine, EngineSettings};
pub use enquiry::{ConsentFrom, Enquiry, EnquiryError, Wishes};
pub use reload::{EngineHandle, load_engine};
pub use rules::{RecipientSpec, Resolver, Rule, RuleSet, RulesError};
pub use values::{
    AgeBand, Channel, Citizenship, Enquirer, EnquiryType, Environment, Flag, Gender, Need, Notice, Priority,
    ProfessionalOrg, Risk, Role, Situation, Threat, UnknownValue, WriterAgeBand,
};
