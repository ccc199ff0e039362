//! SQL for referrals as their recipient reaches them. Every query takes the organisations
//! the recipient user is bound to (`user_orgs`) and keeps only referrals whose recipient
//! (`referrals.org`) is one of them, so an organisation can only ever reach referrals
//! addressed to it — never another's, even one covering the same municipality; a
//! withdrawn referral is out of every answer.
//!
//! `referrals.org` holds the organisation's keyed tag (issue #14), so the scope is matched
//! as tags (`sealed::org_matches`); the recipient organisation and a forward's
//! target, which every reader shows, are opened here. Other sealed columns stay sealed.

use super::lifecycle::ReferralState;
use super::sealed;
use super::step::StepKind;
use crate::crypto::Keyring;
use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// `$start, $start+1, …` for `n` values.
fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The referral `r` is addressed to one of the organisations whose tags are bound as `$1…$n`.
fn in_scope(alias: &str, orgs: usize) -> String {
    format!("{alias}.org in ({})", placeholders(1, orgs))
}

/// The columns of a referral the inbox reads.
const COLUMNS: &str = "r.id, r.enquiry_id, r.org, r.org_sealed, r.kind, r.categories, r.consent_how, \
    r.consent_at, r.created_at, r.protected, r.note_sealed, r.status, r.updated_at, r.accepted_at, \
    r.declined_at, r.forwarded_at, r.forwarded_to, r.forwarded_to_sealed, r.coordinator_contacted_at, r.first_contact_at, r.housing_at, \
    r.assessment_at, r.case_opened_at, r.active_at, r.closed_at";

/// One referral as stored, with its recipient and forward target opened.
#[derive(sqlx::FromRow, Debug, Clone)]
pub(crate) struct ReferralRow {
    pub(crate) id: String,
    pub(crate) enquiry_id: String,
    /// The recipient organisation (opened from `org_sealed`).
    pub(crate) org: String,
    org_sealed: Option<Vec<u8>>,
    pub(crate) kind: String,
    /// `,basic,needs,`.
    pub(crate) categories: String,
    pub(crate) consent_how: String,
    pub(crate) consent_at: Option<i64>,
    pub(crate) created_at: i64,
    pub(crate) protected: bool,
    pub(crate) note_sealed: Option<Vec<u8>>,
    pub(crate) status: String,
    pub(crate) updated_at: Option<i64>,
    pub(crate) accepted_at: Option<i64>,
    pub(crate) declined_at: Option<i64>,
    pub(crate) forwarded_at: Option<i64>,
    /// Where it was forwarded (opened from `forwarded_to_sealed`).
    pub(crate) forwarded_to: Option<String>,
    forwarded_to_sealed: Option<Vec<u8>>,
    pub(crate) coordinator_contacted_at: Option<i64>,
    pub(crate) first_contact_at: Option<i64>,
    pub(crate) housing_at: Option<i64>,
    pub(crate) assessment_at: Option<i64>,
    pub(crate) case_opened_at: Option<i64>,
    pub(crate) active_at: Option<i64>,
    pub(crate) closed_at: Option<i64>,
}

/// Which referrals a list wants.
pub(crate) struct ListQuery<'a> {
    /// The recipient's organisations.
    pub(crate) orgs: &'a [String],
    /// Only this status.
    pub(crate) status: Option<ReferralState>,
    /// Only those older than this referral (keyset paging, newest first).
    pub(crate) after: Option<&'a str>,
    pub(crate) limit: i64,
}

impl ReferralRow {
    /// The row with its recipient and forward target opened (and their sealed bytes dropped).
    fn opened(mut self, keys: &Keyring) -> Result<Self, sqlx::Error> {
        let decode = |e: anyhow::Error| sqlx::Error::Decode(e.into());
        self.org =
            sealed::open_org(keys, &self.id, self.org_sealed.take().as_deref(), &self.org).map_err(decode)?;
        self.forwarded_to = sealed::open_forwarded_to(
            keys,
            &self.id,
            self.forwarded_to_sealed.take().as_deref(),
            self.forwarded_to.as_deref(),
        )
        .map_err(decode)?;
        Ok(self)
    }
}

/// Referrals addressed to the organisations and not withdrawn, newest first.
pub(crate) async fn list(
    db: &Db,
    keys: &Keyring,
    q: &ListQuery<'_>,
) -> Result<Vec<ReferralRow>, sqlx::Error> {
    if q.orgs.is_empty() {
        return Ok(Vec::new());
    }
    let tags = sealed::org_matches(keys, q.orgs);
    let n = tags.len();
    let mut sql = format!(
        "select {COLUMNS} from referrals r where r.withdrawn_at is null and {}",
        in_scope("r", n)
    );
    let mut next = n + 1;
    if q.status.is_some() {
        sql.push_str(&format!(" and r.status = ${next}"));
        next += 1;
    }
    if q.after.is_some() {
        // The cursor is looked up within the same scope, so another organisation's id
        // says nothing (it simply ends the list).
        let cursor = format!(
            "(select c.created_at from referrals c where c.id = ${next} and {})",
            in_scope("c", n)
        );
        sql.push_str(&format!(
            " and (r.created_at < {cursor} or (r.created_at = {cursor} and r.id < ${next}))"
        ));
        next += 1;
    }
    sql.push_str(&format!(" order by r.created_at desc, r.id desc limit ${next}"));
    let rows = with_db!(db, |pool| {
        let mut query = sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql));
        for tag in &tags {
            query = query.bind(tag);
        }
        if let Some(status) = q.status {
            query = query.bind(status.as_str());
        }
        if let Some(after) = q.after {
            query = query.bind(after);
        }
        query.bind(q.limit).fetch_all(pool).await
    })?;
    rows.into_iter().map(|r| r.opened(keys)).collect()
}

/// One referral addressed to the organisations and not withdrawn; `None` otherwise (whether
/// it does not exist, is another organisation's or was withdrawn: the caller cannot tell).
pub(crate) async fn find(
    db: &Db,
    keys: &Keyring,
    orgs: &[String],
    id: &str,
) -> Result<Option<ReferralRow>, sqlx::Error> {
    if orgs.is_empty() {
        return Ok(None);
    }
    let tags = sealed::org_matches(keys, orgs);
    let n = tags.len();
    let sql = format!(
        "select {COLUMNS} from referrals r where r.id = ${} and r.withdrawn_at is null and {}",
        n + 1,
        in_scope("r", n)
    );
    let row = with_db!(db, |pool| {
        let mut query = sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql));
        for tag in &tags {
            query = query.bind(tag);
        }
        query.bind(id).fetch_optional(pool).await
    })?;
    row.map(|r| r.opened(keys)).transpose()
}

/// One step to store: the referral's move and its event, in one transaction.
pub(crate) struct Step<'a> {
    pub(crate) event_id: &'a str,
    pub(crate) referral_id: &'a str,
    pub(crate) enquiry_id: &'a str,
    pub(crate) actor: &'a str,
    pub(crate) now: i64,
    pub(crate) kind: StepKind,
    pub(crate) from: ReferralState,
    pub(crate) to: ReferralState,
    /// The summary column to stamp, with its value (`accepted_at`, …).
    pub(crate) stamp: Option<(&'static str, i64)>,
    /// Stamp only when still empty, else refuse (a first contact or housing is recorded once).
    pub(crate) stamp_once: bool,
    pub(crate) occurred_at: Option<i64>,
    /// The step's detail (a forward's organisation, a state), sealed.
    pub(crate) detail_sealed: &'a [u8],
    pub(crate) text_sealed: Option<&'a [u8]>,
    /// The organisation a forward points to, sealed.
    pub(crate) forwarded_to_sealed: Option<&'a [u8]>,
    /// The case goes back to the contact point's queue (declined or forwarded).
    pub(crate) back_to_queue: bool,
}

/// The summary columns a step may stamp (the only names [`apply`] puts into SQL).
const STAMPS: [&str; 10] = [
    "accepted_at",
    "declined_at",
    "forwarded_at",
    "coordinator_contacted_at",
    "first_contact_at",
    "housing_at",
    "assessment_at",
    "case_opened_at",
    "active_at",
    "closed_at",
];

/// Stores a step if the referral is still in `from`, not withdrawn (and, with
/// `stamp_once`, the stamp still empty); `false` when it was not (a concurrent step or a
/// withdrawal won), and nothing changed.
pub(crate) async fn apply(tx: &mut Tx, s: &Step<'_>) -> Result<bool, sqlx::Error> {
    let mut update = String::from("update referrals set status = $1, updated_at = $2");
    let mut guard = String::new();
    let mut next = 5;
    if let Some((column, _)) = s.stamp {
        // Column names come from a fixed list, never from input.
        let column = STAMPS
            .iter()
            .find(|c| **c == column)
            .copied()
            .unwrap_or("updated_at");
        update.push_str(&format!(", {column} = ${next}"));
        next += 1;
        if s.stamp_once {
            guard = format!(" and {column} is null");
        }
    }
    if s.forwarded_to_sealed.is_some() {
        update.push_str(&format!(", forwarded_to_sealed = ${next}"));
    }
    update.push_str(&format!(
        " where id = $3 and status = $4 and withdrawn_at is null{guard}"
    ));
    // The update above holds the referral's row, so the next `seq` cannot race.
    const EVENT: &str = "insert into referral_events (id, referral_id, enquiry_id, seq, at, actor, kind, \
        from_status, to_status, occurred_at, detail, detail_sealed, text_sealed) \
        select $1, $2, $3, coalesce(max(seq), 0) + 1, $4, $5, $6, $7, $8, $9, '', $10, $11 \
        from referral_events where referral_id = $2";
    let stepped = with_tx!(&mut *tx, |conn| {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(update))
            .bind(s.to.as_str())
            .bind(s.now)
            .bind(s.referral_id)
            .bind(s.from.as_str());
        if let Some((_, value)) = s.stamp {
            query = query.bind(value);
        }
        if let Some(org) = s.forwarded_to_sealed {
            query = query.bind(org);
        }
        let changed = query.execute(&mut *conn).await?.rows_affected() > 0;
        if !changed {
            return Ok(false);
        }
        sqlx::query(EVENT)
            .bind(s.event_id)
            .bind(s.referral_id)
            .bind(s.enquiry_id)
            .bind(s.now)
            .bind(s.actor)
            .bind(s.kind.as_str())
            .bind(s.from.as_str())
            .bind(s.to.as_str())
            .bind(s.occurred_at)
            .bind(s.detail_sealed)
            .bind(s.text_sealed)
            .execute(&mut *conn)
            .await?;
        Ok::<_, sqlx::Error>(true)
    })?;
    // Declined or forwarded: the contact point has work to do again.
    if stepped && s.back_to_queue {
        crate::enquiry::store::back_to_queue(tx, s.enquiry_id, s.now).await?;
    }
    Ok(stepped)
}

/// One recorded step.
#[derive(sqlx::FromRow, Debug, Clone)]
pub(crate) struct EventRow {
    pub(crate) id: String,
    pub(crate) referral_id: String,
    pub(crate) at: i64,
    /// The actor's sign-in name (a colleague at the municipality, not the person).
    pub(crate) actor_name: Option<String>,
    pub(crate) kind: String,
    pub(crate) from_status: String,
    pub(crate) to_status: String,
    pub(crate) occurred_at: Option<i64>,
    /// Clear only in a row not yet converted.
    pub(crate) detail: String,
    pub(crate) detail_sealed: Option<Vec<u8>>,
    pub(crate) text_sealed: Option<Vec<u8>>,
}

const EVENT_COLUMNS: &str = "e.id, e.referral_id, e.at, u.name as actor_name, e.kind, e.from_status, \
    e.to_status, e.occurred_at, e.detail, e.detail_sealed, e.text_sealed";

/// The steps recorded on one referral, oldest first.
pub(crate) async fn events(db: &Db, referral_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = format!(
        "select {EVENT_COLUMNS} from referral_events e left join users u on u.id = e.actor \
         where e.referral_id = $1 order by e.seq"
    );
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(sqlx::AssertSqlSafe(sql))
        .bind(referral_id)
        .fetch_all(pool)
        .await)
}

/// The steps recorded on every referral of a case, oldest first (for the contact point's case page).
pub(crate) async fn events_of_case(db: &Db, enquiry_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = format!(
        "select {EVENT_COLUMNS} from referral_events e left join users u on u.id = e.actor \
         where e.enquiry_id = $1 order by e.at, e.referral_id, e.seq"
    );
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(sqlx::AssertSqlSafe(sql))
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// A user as a recipient's scope sees them.
#[derive(sqlx::FromRow)]
pub(crate) struct ScopeUser {
    pub(crate) role: String,
    pub(crate) disabled: bool,
}

/// The user's role and whether they are disabled; `None` for an unknown user.
pub(crate) async fn scope_user(db: &Db, user_id: &str) -> Result<Option<ScopeUser>, sqlx::Error> {
    const SQL: &str = "select role, disabled from users where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, ScopeUser>(SQL)
        .bind(user_id)
        .fetch_optional(pool)
        .await)
}

/// The organisations (directory ids) a user acts for.
pub(crate) async fn user_orgs(db: &Db, user_id: &str) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "select org from user_orgs where user_id = $1 order by org";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .bind(user_id)
        .fetch_all(pool)
        .await)
}
