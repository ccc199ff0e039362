//! The referral: a case handed by the contact point to one organisation in the directory,
//! on the person's consent (or, for a report of concern about a child, on the law).
//!
//! This room owns what the console (which makes referrals) and the municipality inbox and
//! API (which receive them) share: the closed vocabulary ([`model`]: what may be shared,
//! what kind of referral, how consent was given), the referral's life at its recipient
//! ([`lifecycle`]: states, and which of the [`step`]s is legal from which state), the check of
//! a new referral ([`draft`]), the sealed snapshot of what is shared ([`payload`]), the
//! SQL ([`store`] for the contact point's side, [`recipient_store`] scoped to the
//! recipient's municipalities), the recipients' recorded steps ([`events`]), the pieces
//! both sides use to show a referral ([`display`], [`local_time`]), and its
//! quasi-identifiers at rest (`sealed`: the recipient as a keyed tag and sealed; the
//! conversion of older rows, [`reseal`]).
//!
//! No routes: the console and the inbox serve them and use this room, not each other.

pub mod display;
pub mod draft;
pub mod events;
pub mod lifecycle;
pub mod local_time;
pub mod model;
pub mod payload;
pub mod recipient;
pub mod recipient_store;
pub mod reseal;
pub(crate) mod sealed;
pub mod step;
pub mod store;

pub use lifecycle::{CaseState, ReferralState};
pub use model::{Category, ConsentHow, Kind};
pub use step::{ReferralAction, StepKind};
