//! The append-only, hash-chained audit log: every sign-in, view, change and export, by
//! whom, on which case, when — never any text a person wrote.
//!
//! Record `n` stores `hash = HMAC-SHA256(audit key, prev_hash ‖ n ‖ at ‖ actor ‖ action ‖
//! case ‖ detail)` with `prev_hash` the hash of record `n − 1`, so changing, removing or
//! reordering any record breaks every MAC after it, and without the audit key (derived
//! from the data key, [`crate::crypto::Keyring::audit_key`]) nobody can recompute them.
//! Records written before the chain was keyed (before `audit_chain.keyed_from`) carry a
//! plain SHA-256 of the same parts and still verify; the first keyed record's MAC covers
//! the last plain hash. The chain's head is written now and then to an anchor outside the
//! database ([`anchor_now`]), so that cutting the tail, or rewriting the chain with the
//! key, is found too. [`verify`] finds the first break.
//!
//! A detail can name an organisation, an outcome or a colleague next to a case id, so it
//! is sealed at rest (`detail_sealed`, bound to the record's number as
//! `audit_log.detail:{seq}`, padded so its length says nothing) and `detail` is left
//! empty. The MAC covers the *plain* detail, not the sealed bytes: the chain says what
//! happened, whatever form it is stored in, so keyed records written before details were
//! sealed could be sealed in place without rewriting a single MAC (and a later re-seal
//! under a new data key would not either); it stays tamper-evident because [`verify`]
//! opens every sealed detail — a changed, swapped or moved ciphertext does not open — and
//! a clear detail next to a sealed one is a break. Records from before the chain was
//! keyed keep their clear detail: their plain SHA-256 covers it, so anyone could still
//! test a guess (a few hundred organisation ids) against the hash, and sealing them
//! would only pretend.

mod anchor;
mod detail;

pub use anchor::{Anchor, anchor_now, read_anchors};
pub use detail::{UNREADABLE, seal_detail};
use detail::{open_all, plain_detail};
use sha2::{Digest, Sha256};
use sqlx::FromRow;

use crate::crypto::{AuditKey, Keyring};
use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// The `prev_hash` of the first record.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A successful sign-in.
    SignIn,
    /// A failed sign-in (wrong password or code, or locked).
    SignInFailed,
    /// An account was locked after repeated failures.
    Lockout,
    /// A sign-out.
    SignOut,
    /// A user was created.
    UserAdded,
    /// The queue was looked at.
    ViewQueue,
    /// The audit log was looked at.
    ViewAudit,
    /// A case was opened.
    ViewCase,
    /// A reply was sent to the person.
    Reply,
    /// A handler claimed a case.
    Claim,
    /// A handler released a case (or a supervisor took it over).
    Release,
    /// The priority or recipients were changed from the engine's proposal.
    Override,
    /// A handler updated what is known of a case; the engine proposed again.
    UpdateFacts,
    /// A case was closed with an outcome.
    Close,
    /// A closed case was reopened.
    Reopen,
    /// A case was referred to an organisation.
    Refer,
    /// Consent to share with a recipient was withdrawn.
    ConsentWithdrawn,
    /// The report to social services was recorded.
    MandatoryReport,
    /// The protected-identity marker was set.
    Protect,
    /// The protected-identity marker was removed.
    Unprotect,
    /// A handler was named on a protected case.
    GrantAccess,
    /// A handler was removed from a protected case.
    RevokeAccess,
    /// Contact data (a phone number) was shown.
    ViewContact,
    /// A callback attempt and its outcome were recorded.
    CallbackAttempt,
    /// Staff entered an enquiry taken by phone.
    PhoneEnquiry,
    /// A reply template was created or changed.
    TemplateEdit,
    /// A user was disabled (their sessions end).
    UserDisabled,
    /// A user was enabled again.
    UserEnabled,
    /// A user's second factor was replaced by an admin.
    SecondFactorReset,
    /// The triage rules and directory were reloaded.
    RulesReload,
    /// Case data left the service (a referral's shared data, a download).
    Export,
    /// A locked account was unlocked by an admin.
    Unlock,
    /// The overrides report (engine against human decisions) was looked at.
    ViewOverrides,
    /// A user read a case they do not hold, with a written reason (the detail is the
    /// grant's id; the reason itself is sealed in `break_glass`).
    BreakGlass,
    /// A supervisor read the list of break-glass reads.
    ViewBreakGlass,
    /// A user changed their own password (their other sessions end).
    PasswordChange,
}

impl Action {
    /// Every action, for the audit page's filter.
    pub const ALL: [Self; 36] = [
        Self::SignIn,
        Self::SignInFailed,
        Self::Lockout,
        Self::SignOut,
        Self::UserAdded,
        Self::ViewQueue,
        Self::ViewAudit,
        Self::ViewCase,
        Self::Reply,
        Self::Claim,
        Self::Release,
        Self::Override,
        Self::UpdateFacts,
        Self::Close,
        Self::Reopen,
        Self::Refer,
        Self::ConsentWithdrawn,
        Self::MandatoryReport,
        Self::Protect,
        Self::Unprotect,
        Self::GrantAccess,
        Self::RevokeAccess,
        Self::ViewContact,
        Self::CallbackAttempt,
        Self::PhoneEnquiry,
        Self::TemplateEdit,
        Self::UserDisabled,
        Self::UserEnabled,
        Self::SecondFactorReset,
        Self::RulesReload,
        Self::Export,
        Self::Unlock,
        Self::ViewOverrides,
        Self::BreakGlass,
        Self::ViewBreakGlass,
        Self::PasswordChange,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::SignInFailed => "sign_in_failed",
            Self::Lockout => "lockout",
            Self::SignOut => "sign_out",
            Self::UserAdded => "user_added",
            Self::ViewQueue => "view_queue",
            Self::ViewAudit => "view_audit",
            Self::ViewCase => "view_case",
            Self::Reply => "reply",
            Self::Claim => "claim",
            Self::Release => "release",
            Self::Override => "override",
            Self::UpdateFacts => "update_facts",
            Self::Close => "close",
            Self::Reopen => "reopen",
            Self::Refer => "refer",
            Self::ConsentWithdrawn => "consent_withdrawn",
            Self::MandatoryReport => "mandatory_report",
            Self::Protect => "protect",
            Self::Unprotect => "unprotect",
            Self::GrantAccess => "grant_access",
            Self::RevokeAccess => "revoke_access",
            Self::ViewContact => "view_contact",
            Self::CallbackAttempt => "callback_attempt",
            Self::PhoneEnquiry => "phone_enquiry",
            Self::TemplateEdit => "template_edit",
            Self::UserDisabled => "user_disabled",
            Self::UserEnabled => "user_enabled",
            Self::SecondFactorReset => "second_factor_reset",
            Self::RulesReload => "rules_reload",
            Self::Export => "export",
            Self::Unlock => "unlock",
            Self::ViewOverrides => "view_overrides",
            Self::BreakGlass => "break_glass",
            Self::ViewBreakGlass => "view_break_glass",
            Self::PasswordChange => "password_change",
        }
    }
}

/// One audit record.
#[derive(Clone, Debug, FromRow, serde::Serialize)]
pub struct Record {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// Unix ms.
    pub at: i64,
    /// Who: a user id, or `system`.
    pub actor: String,
    /// What ([`Action::as_str`]).
    pub action: String,
    /// Which case, if any.
    pub case_id: Option<String>,
    /// Detail (a role, a reason code, an organisation id), opened; as stored (empty) until
    /// [`search`] opens it.
    pub detail: String,
    /// The detail, sealed (`None` for records from before details were sealed).
    #[serde(skip)]
    pub detail_sealed: Option<Vec<u8>>,
    /// The previous record's hash.
    pub prev_hash: String,
    /// This record's hash.
    pub hash: String,
}

/// The parts a record's hash or MAC covers, each prefixed with its length.
fn link_bytes(
    prev: &str,
    seq: i64,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<&str>,
    detail: &str,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(128 + prev.len() + detail.len());
    for part in [
        prev,
        &seq.to_string(),
        &at.to_string(),
        actor,
        action,
        case_id.unwrap_or("-"),
        detail,
    ] {
        out.extend_from_slice(&(part.len() as u64).to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    out
}

/// The plain hash of the records written before the chain was keyed.
fn plain_hash(link: &[u8]) -> String {
    Sha256::digest(link).iter().map(|b| format!("{b:02x}")).collect()
}

/// The MAC of a keyed record: HMAC-SHA256 under the audit key, over a label and the parts.
fn keyed_mac(key: &AuditKey, link: &[u8]) -> String {
    key.mac_hex(&[MAC_LABEL, link].concat())
}

/// What a keyed record's MAC covers before its parts, so it can never be mistaken for
/// another MAC made with the same key.
const MAC_LABEL: &[u8] = b"kontaktpunkt audit v2\0";

/// The next record after `tail` (`None`: the first): its number, previous hash and MAC.
fn next_link(
    key: &AuditKey,
    tail: Option<(i64, String)>,
    at: i64,
    actor: &str,
    action: Action,
    case_id: Option<&str>,
    detail: &str,
) -> (i64, String, String) {
    let (seq, prev) = tail.map_or((1, GENESIS.to_owned()), |(s, h)| (s + 1, h));
    let link = link_bytes(&prev, seq, at, actor, action.as_str(), case_id, detail);
    (seq, prev, keyed_mac(key, &link))
}

/// Appends a record inside `tx`, so that it commits with the change it records, or
/// neither does. The read of the chain's tail and the insert share the transaction;
/// a concurrent writer that took the next `seq` makes the insert fail with a lost race,
/// which [`crate::transact!`] answers by running the whole transaction again.
pub async fn append_tx(
    tx: &mut Tx,
    at: i64,
    actor: &str,
    action: Action,
    case_id: Option<&str>,
    detail: &str,
) -> Result<(), sqlx::Error> {
    const TAIL: &str = "select seq, hash from audit_log order by seq desc limit 1";
    const INSERT: &str = "insert into audit_log (seq, at, actor, action, case_id, detail, detail_sealed, \
        prev_hash, hash) values ($1, $2, $3, $4, $5, '', $6, $7, $8)";
    let keys = tx.keys().ok_or_else(|| {
        sqlx::Error::Configuration(
            "the audit chain is keyed: this database handle has no data keys (Db::with_keys)".into(),
        )
    })?;
    let key = keys.audit_key();
    with_tx!(tx, |conn| {
        let tail: Option<(i64, String)> = sqlx::query_as(TAIL).fetch_optional(&mut *conn).await?;
        let (seq, prev, hash) = next_link(&key, tail, at, actor, action, case_id, detail);
        let sealed = seal_detail(&keys, seq, detail);
        sqlx::query(INSERT)
            .bind(seq)
            .bind(at)
            .bind(actor)
            .bind(action.as_str())
            .bind(case_id)
            .bind(sealed)
            .bind(prev.as_str())
            .bind(hash.as_str())
            .execute(&mut *conn)
            .await
            .map(drop)
    })
}

/// Appends a record in a transaction of its own, for what changes nothing else (a look,
/// a sign-in). Concurrent writers (several instances) race for the next `seq`; the
/// primary key makes the loser retry on the new tail, so the chain never forks.
pub async fn append(
    db: &Db,
    at: i64,
    actor: &str,
    action: Action,
    case_id: Option<&str>,
    detail: &str,
) -> Result<(), sqlx::Error> {
    crate::transact!(db, |tx| append_tx(tx, at, actor, action, case_id, detail).await)
}

/// What the audit page filters on; empty strings and `None` mean "any".
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// One action ([`Action::as_str`]).
    pub action: String,
    /// One actor (a user id, or `system`).
    pub actor: String,
    /// One case.
    pub case_id: String,
    /// From this time (unix ms, inclusive).
    pub from: Option<i64>,
    /// Until this time (unix ms, exclusive).
    pub until: Option<i64>,
    /// Only records older than this one (paging backwards).
    pub before_seq: Option<i64>,
}

/// The newest `limit` records matching `filter`, newest first.
pub async fn search(db: &Db, filter: &Filter, limit: i64) -> Result<Vec<Record>, sqlx::Error> {
    const SQL: &str = "select seq, at, actor, action, case_id, detail, detail_sealed, prev_hash, hash \
        from audit_log where ($1 = '' or action = $1) and ($2 = '' or actor = $2) and ($3 = '' or case_id = $3) \
        and at >= $4 and at < $5 and seq < $6 order by seq desc limit $7";
    with_db!(db, |pool| sqlx::query_as::<_, Record>(SQL)
        .bind(filter.action.as_str())
        .bind(filter.actor.as_str())
        .bind(filter.case_id.as_str())
        .bind(filter.from.unwrap_or(i64::MIN))
        .bind(filter.until.unwrap_or(i64::MAX))
        .bind(filter.before_seq.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(pool)
        .await)
    .map(|records| open_all(db.keys(), records))
}

/// The newest `limit` records, newest first, optionally of one action.
pub async fn recent(db: &Db, limit: i64, action: Option<&str>) -> Result<Vec<Record>, sqlx::Error> {
    let filter = Filter {
        action: action.unwrap_or_default().to_owned(),
        ..Filter::default()
    };
    search(db, &filter, limit).await
}

/// Where and why the chain is broken: the first record that fails, or the anchor the
/// chain no longer reaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Break {
    /// The first record at fault (for a cut tail: the first one missing).
    pub seq: i64,
    /// What is wrong, in a sentence that names it.
    pub why: String,
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "record {}: {}", self.seq, self.why)
    }
}

/// What [`verify`] found on an intact chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intact {
    /// The number of the last record (0: none).
    pub last: i64,
    /// The first record signed with a MAC; those before carry plain hashes.
    pub keyed_from: i64,
}

fn broken(seq: i64, why: impl Into<String>) -> Result<Result<Intact, Break>, sqlx::Error> {
    Ok(Err(Break { seq, why: why.into() }))
}

/// Where the chain is keyed from (`None`: the row of `audit_chain` is gone).
pub async fn keyed_from(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    const SQL: &str = "select keyed_from from audit_chain where id = 1";
    with_db!(db, |pool| sqlx::query_scalar::<_, i64>(SQL)
        .fetch_optional(pool)
        .await)
}

/// The chain's last record: its number and hash (MAC), if there is one.
pub async fn head(db: &Db) -> Result<Option<(i64, String)>, sqlx::Error> {
    const SQL: &str = "select seq, hash from audit_log order by seq desc limit 1";
    with_db!(db, |pool| sqlx::query_as::<_, (i64, String)>(SQL)
        .fetch_optional(pool)
        .await)
}

/// The hash (MAC) of record `seq`, if it exists.
pub async fn hash_of(db: &Db, seq: i64) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str = "select hash from audit_log where seq = $1";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .bind(seq)
        .fetch_optional(pool)
        .await)
}

/// Checks the whole chain: every record follows the one before (no gap in `seq`, its
/// `prev_hash` the hash before), every sealed detail opens (and no clear detail sits next
/// to it), every record from `keyed_from` on carries the MAC of its contents (the detail
/// opened) under the audit key of one of `keyring`'s data keys (current first), every
/// record before it the plain hash — and, given the `anchors` written outside the database,
/// that the chain still holds every anchored record with the anchored MAC, reaches at
/// least as far as the furthest, and is keyed from where they say. Every anchor, not only
/// the latest: the service anchors whatever head it finds, so after a cut the newest
/// anchor may name the cut chain's end while an older one still names what was cut.
/// Names the first break.
pub async fn verify(
    db: &Db,
    keyring: &Keyring,
    anchors: &[Anchor],
) -> Result<Result<Intact, Break>, sqlx::Error> {
    const SQL: &str = "select seq, at, actor, action, case_id, detail, detail_sealed, prev_hash, hash \
        from audit_log where seq > $1 order by seq limit 1000";
    let keys = keyring.audit_keys();
    let Some(keyed_from) = keyed_from(db).await? else {
        return broken(
            1,
            "the record of where the keyed chain starts (table audit_chain) is missing",
        );
    };
    if let Some(a) = anchors.iter().find(|a| a.keyed_from != keyed_from) {
        return broken(
            keyed_from.min(a.keyed_from),
            format!(
                "the database says the chain is keyed from record {keyed_from}, the anchor of {} says from record {} (the switch point was moved)",
                a.at, a.keyed_from
            ),
        );
    }
    let mut anchored: std::collections::HashMap<i64, Vec<&Anchor>> = std::collections::HashMap::new();
    for a in anchors {
        anchored.entry(a.seq).or_default().push(a);
    }
    let (mut last_seq, mut last_hash) = (0_i64, GENESIS.to_owned());
    // The key that signed the record before: tried first, as it almost always signed this one.
    let mut usual = 0_usize;
    loop {
        let page = with_db!(db, |pool| sqlx::query_as::<_, Record>(SQL)
            .bind(last_seq)
            .fetch_all(pool)
            .await)?;
        if page.is_empty() {
            break;
        }
        for r in page {
            if r.seq != last_seq + 1 {
                return broken(last_seq + 1, "missing record");
            }
            if r.prev_hash != last_hash {
                return broken(r.seq, "does not follow the record before");
            }
            let detail = match plain_detail(keyring, &r) {
                Ok(detail) => detail,
                Err(why) => return broken(r.seq, format!("contents do not match its MAC ({why})")),
            };
            let link = link_bytes(
                &r.prev_hash,
                r.seq,
                r.at,
                &r.actor,
                &r.action,
                r.case_id.as_deref(),
                &detail,
            );
            if r.seq < keyed_from {
                if r.hash != plain_hash(&link) {
                    return broken(r.seq, "contents do not match its hash");
                }
            } else {
                let order = std::iter::once(usual).chain((0..keys.len()).filter(|&i| i != usual));
                match order
                    .filter_map(|i| keys.get(i).map(|k| (i, k)))
                    .find(|(_, k)| keyed_mac(k, &link) == r.hash)
                {
                    Some((i, _)) => usual = i,
                    None => {
                        return broken(
                            r.seq,
                            "contents do not match its MAC (rewritten, or signed under a data key no longer configured)",
                        );
                    }
                }
            }
            if let Some(a) = anchored
                .get(&r.seq)
                .and_then(|at| at.iter().find(|a| a.mac != r.hash))
            {
                return broken(
                    r.seq,
                    format!(
                        "does not match the anchor of {} (rewritten after it was anchored)",
                        a.at
                    ),
                );
            }
            last_seq = r.seq;
            last_hash = r.hash;
        }
    }
    if let Some(a) = anchors.iter().filter(|a| a.seq > last_seq).max_by_key(|a| a.seq) {
        return broken(
            last_seq + 1,
            format!(
                "missing: the chain ends at record {last_seq} but the anchor of {} names record {} (the tail was cut)",
                a.at, a.seq
            ),
        );
    }
    Ok(Ok(Intact {
        last: last_seq,
        keyed_from,
    }))
}
