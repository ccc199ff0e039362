//! The recipient's side of a referral: the domain functions the inbox's pages and the
//! municipal JSON API share:
//! [`list`] and [`get`] (reading, in `read.rs`) and [`act`] (a step, in `act.rs`).
//!
//! Every function takes the caller's [`Scope`]: the organisations a user acts for. A
//! referral is visible only to users of its recipient organisation; one outside the
//! scope, or one whose consent was withdrawn, is [`RecipientError::NotFound`] — never
//! "forbidden" — so its id cannot be probed. Every look and every step is an
//! audit record (looks: `view_queue`, `view_case`, `view_contact`; steps: see [`act`]),
//! with a code as detail, never text. The referral itself — its vocabulary, states,
//! store and sealing — is [`crate::referral`]'s.

mod act;
mod checks;
mod error;
mod read;
pub(crate) mod reasons;
mod views;

use serde::Serialize;

pub use self::act::act;
pub use self::checks::{QUESTION_MAX_CHARS, REASON_MAX_CHARS, split_duration};
pub use self::error::RecipientError;
pub use self::read::{get, list};
pub use self::reasons::ReasonView;
pub use self::views::{Consent, ReferralSummary, ReferralView, StateTimes};
use super::recipient_store as store;
use crate::auth::Role;
use crate::db::Db;

/// The most referrals one list answer holds.
pub const MAX_LIMIT: u32 = 100;

/// Who is asking, and for which organisations (from `user_orgs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scope {
    /// The recipient user (role `municipality`, which every recipient organisation's
    /// inbox users have).
    pub user_id: String,
    /// The directory ids of the organisations they act for (`socialtjanst:1280`,
    /// `programme:exempel-malmo`, `police:region:syd`, …). A programme is its own
    /// organisation: the municipalities it covers do not see its referrals.
    pub orgs: Vec<String>,
}

/// Keyset paging through a list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Page {
    /// The id of the last referral of the previous page; `None` for the first page.
    pub after: Option<String>,
    /// How many at most (1 to [`MAX_LIMIT`]; 0 means [`MAX_LIMIT`]).
    pub limit: u32,
}

/// The scope of user `user_id`: their organisations. [`RecipientError::Forbidden`] when
/// the user is unknown, disabled or not a municipality user.
pub async fn scope_for(db: &Db, user_id: &str) -> Result<Scope, RecipientError> {
    let user = store::scope_user(db, user_id)
        .await?
        .ok_or(RecipientError::Forbidden)?;
    if user.disabled || user.role != Role::Municipality.as_str() {
        return Err(RecipientError::Forbidden);
    }
    Ok(Scope {
        user_id: user_id.to_owned(),
        orgs: store::user_orgs(db, user_id).await?,
    })
}
