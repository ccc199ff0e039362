//! The enquiry: what a person asks of the contact point, from any channel (the written
//! form, a callback request, a chat, a phone call, a municipality's consultation).
//!
//! This room owns the enquiry's questions ([`questions`]), its model and form parsing
//! ([`model`], [`callback`], [`phone`]), the consent ticked on its forms ([`consent`]),
//! its closed value sets ([`vocab`]), how it is sealed ([`seal`]) and how rows stored
//! in clear before that are converted at start-up ([`reseal`]), the group-commit
//! writer every channel files a new enquiry through ([`writer`]) and all of its SQL
//! ([`store`]), including its decision record. The capabilities that show or
//! work an enquiry (intake, chat, console, inbox, the triage CLI) use it; it serves no
//! routes of its own.

pub mod callback;
pub mod consent;
pub mod model;
pub mod phone;
pub mod questions;
pub mod reseal;
pub mod seal;
pub mod store;
pub mod vocab;
pub mod writer;
