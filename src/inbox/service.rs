//! The inbox's domain functions, shared by the inbox pages and the municipal JSON API:
//! [`list`] and [`get`] (reading, in `read.rs`) and [`act`] (a step, in `act.rs`).
//!
//! Every function takes the caller's [`Scope`]: the municipality codes a user acts for.
//! A referral outside the scope, or one whose consent was withdrawn, is [`InboxError::NotFound`]
//! — never "forbidden" — so its id cannot be probed. Every look and every step is an
//! audit record (looks: `view_queue`, `view_case`, `view_contact`; steps: see [`act`]),
//! with a code as detail, never text. The referral itself — its vocabulary, states,
//! store and sealing — is [`crate::referral`]'s.

mod act;
mod error;
mod read;
mod views;

use serde::Serialize;

pub use self::act::act;
pub use self::error::InboxError;
pub use self::read::{get, list};
pub use self::views::{Consent, ReferralSummary, ReferralView, StateTimes};
pub use super::reasons::ReasonView;
use super::store;
use crate::auth::Role;
use crate::db::Db;

/// The most referrals one list answer holds.
pub const MAX_LIMIT: u32 = 100;

/// Who is asking, and for which municipalities (from `user_municipalities`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scope {
    /// The municipality user.
    pub user_id: String,
    /// The municipality codes (*kommunkoder*) they act for; a programme covering several
    /// municipalities is a user bound to all their codes.
    pub municipalities: Vec<String>,
}

/// Keyset paging through a list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Page {
    /// The id of the last referral of the previous page; `None` for the first page.
    pub after: Option<String>,
    /// How many at most (1 to [`MAX_LIMIT`]; 0 means [`MAX_LIMIT`]).
    pub limit: u32,
}

/// The scope of user `user_id`: their municipality codes. [`InboxError::Forbidden`] when
/// the user is unknown, disabled or not a municipality user.
pub async fn scope_for(db: &Db, user_id: &str) -> Result<Scope, InboxError> {
    let user = store::scope_user(db, user_id)
        .await?
        .ok_or(InboxError::Forbidden)?;
    if user.disabled || user.role != Role::Municipality.as_str() {
        return Err(InboxError::Forbidden);
    }
    Ok(Scope {
        user_id: user_id.to_owned(),
        municipalities: store::user_codes(db, user_id).await?,
    })
}
