//! kontaktpunkt — Sweden's national contact point for people who want to leave criminal
//! networks, violent extremism or honour-related environments, for their relatives, and
//! for the municipalities and professionals who help them.
//!
//! One process serves the multilingual public site, the anonymous intake, the triage
//! API and (in later capabilities) the staff console and the municipality inbox. The
//! map of the service is [`startup::router`]; configuration is [`config::Config`].
#![forbid(unsafe_code)]

pub mod api;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod chat;
pub mod cli;
pub mod clock;
pub mod config;
pub mod console;
pub mod crypto;
pub mod db;
pub mod directory;
pub mod enquiry;
pub mod error;
pub mod events;
pub mod health;
pub mod housekeeping;
pub mod i18n;
pub mod inbox;
pub mod intake;
pub mod metrics;
pub mod notify;
pub mod referral;
pub mod serve;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod triage;
pub mod web;
