//! SQL for the inbox. Every query about referrals takes the caller's municipality codes
//! and joins through `referral_municipalities`, so a municipality can only ever reach
//! referrals addressed to it; a withdrawn referral is out of every answer. Sealed columns
//! stay sealed here.

use crate::db::Db;
use crate::with_db;

/// `$start, $start+1, …` for `n` values.
fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `exists (…)`: the referral `r` is addressed to one of the codes bound as `$1…$n`.
fn in_scope(alias: &str, codes: usize) -> String {
    format!(
        "exists (select 1 from referral_municipalities m where m.referral_id = {alias}.id \
         and m.code in ({}))",
        placeholders(1, codes)
    )
}

/// A user as the inbox's scope sees them.
#[derive(sqlx::FromRow)]
pub(super) struct ScopeUser {
    pub(super) role: String,
    pub(super) disabled: bool,
}

/// The user's role and whether they are disabled; `None` for an unknown user.
pub(super) async fn scope_user(db: &Db, user_id: &str) -> Result<Option<ScopeUser>, sqlx::Error> {
    const SQL: &str = "select role, disabled from users where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, ScopeUser>(SQL)
        .bind(user_id)
        .fetch_optional(pool)
        .await)
}

/// The municipality codes a user acts for.
pub(super) async fn user_codes(db: &Db, user_id: &str) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "select code from user_municipalities where user_id = $1 order by code";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .bind(user_id)
        .fetch_all(pool)
        .await)
}

/// The columns of a referral the inbox reads.
const COLUMNS: &str = "r.id, r.enquiry_id, r.org, r.kind, r.categories, r.consent_how, r.consent_at, \
    r.created_at, r.protected, r.note_sealed, r.status, r.updated_at, r.accepted_at, r.declined_at, \
    r.forwarded_at, r.forwarded_to, r.coordinator_contacted_at, r.first_contact_at, r.housing_at, \
    r.assessment_at, r.case_opened_at, r.active_at, r.closed_at";

/// One referral as stored.
#[derive(sqlx::FromRow, Debug, Clone)]
pub(super) struct ReferralRow {
    pub(super) id: String,
    pub(super) enquiry_id: String,
    pub(super) org: String,
    pub(super) kind: String,
    /// `,basic,needs,`.
    pub(super) categories: String,
    pub(super) consent_how: String,
    pub(super) consent_at: Option<i64>,
    pub(super) created_at: i64,
    pub(super) protected: bool,
    pub(super) note_sealed: Option<Vec<u8>>,
    pub(super) status: String,
    pub(super) updated_at: Option<i64>,
    pub(super) accepted_at: Option<i64>,
    pub(super) declined_at: Option<i64>,
    pub(super) forwarded_at: Option<i64>,
    pub(super) forwarded_to: Option<String>,
    pub(super) coordinator_contacted_at: Option<i64>,
    pub(super) first_contact_at: Option<i64>,
    pub(super) housing_at: Option<i64>,
    pub(super) assessment_at: Option<i64>,
    pub(super) case_opened_at: Option<i64>,
    pub(super) active_at: Option<i64>,
    pub(super) closed_at: Option<i64>,
}

/// Which referrals a list wants.
pub(super) struct ListQuery<'a> {
    pub(super) codes: &'a [String],
    /// Only this status.
    pub(super) status: Option<&'a str>,
    /// Only those older than this referral (keyset paging, newest first).
    pub(super) after: Option<&'a str>,
    pub(super) limit: i64,
}

/// Referrals addressed to the codes and not withdrawn, newest first.
pub(super) async fn list(db: &Db, q: &ListQuery<'_>) -> Result<Vec<ReferralRow>, sqlx::Error> {
    if q.codes.is_empty() {
        return Ok(Vec::new());
    }
    let n = q.codes.len();
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
        // The cursor is looked up within the same scope, so another municipality's id
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
    with_db!(db, |pool| {
        let mut query = sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql));
        for code in q.codes {
            query = query.bind(code);
        }
        if let Some(status) = q.status {
            query = query.bind(status);
        }
        if let Some(after) = q.after {
            query = query.bind(after);
        }
        query.bind(q.limit).fetch_all(pool).await
    })
}

/// One referral addressed to the codes and not withdrawn; `None` otherwise (whether it
/// does not exist, is another municipality's or was withdrawn: the caller cannot tell).
pub(super) async fn find(db: &Db, codes: &[String], id: &str) -> Result<Option<ReferralRow>, sqlx::Error> {
    if codes.is_empty() {
        return Ok(None);
    }
    let n = codes.len();
    let sql = format!(
        "select {COLUMNS} from referrals r where r.id = ${} and r.withdrawn_at is null and {}",
        n + 1,
        in_scope("r", n)
    );
    with_db!(db, |pool| {
        let mut query = sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql));
        for code in codes {
            query = query.bind(code);
        }
        query.bind(id).fetch_optional(pool).await
    })
}

/// One step to store: the referral's move and its event, in one transaction.
pub(super) struct Step<'a> {
    pub(super) event_id: &'a str,
    pub(super) referral_id: &'a str,
    pub(super) enquiry_id: &'a str,
    pub(super) actor: &'a str,
    pub(super) now: i64,
    pub(super) kind: &'a str,
    pub(super) from: &'a str,
    pub(super) to: &'a str,
    /// The summary column to stamp, with its value (`accepted_at`, …).
    pub(super) stamp: Option<(&'static str, i64)>,
    /// Stamp only when still empty, else refuse (a first contact or housing is recorded once).
    pub(super) stamp_once: bool,
    pub(super) occurred_at: Option<i64>,
    pub(super) detail: &'a str,
    pub(super) text_sealed: Option<&'a [u8]>,
    /// The organisation a forward points to.
    pub(super) forwarded_to: Option<&'a str>,
    /// The case goes back to the contact point's queue (declined or forwarded).
    pub(super) back_to_queue: bool,
}

/// The summary columns a step may stamp (the only names [`apply`] puts into SQL).
pub(super) const STAMPS: [&str; 10] = [
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
pub(super) async fn apply(db: &Db, s: &Step<'_>) -> Result<bool, sqlx::Error> {
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
    if s.forwarded_to.is_some() {
        update.push_str(&format!(", forwarded_to = ${next}"));
    }
    update.push_str(&format!(
        " where id = $3 and status = $4 and withdrawn_at is null{guard}"
    ));
    // The update above holds the referral's row, so the next `seq` cannot race.
    const EVENT: &str = "insert into referral_events (id, referral_id, enquiry_id, seq, at, actor, kind, \
        from_status, to_status, occurred_at, detail, text_sealed) \
        select $1, $2, $3, coalesce(max(seq), 0) + 1, $4, $5, $6, $7, $8, $9, $10, $11 \
        from referral_events where referral_id = $2";
    // Declined or forwarded: the contact point has work to do again, so a closed (or
    // answered) case comes back into its open queue.
    const BACK: &str = "update enquiries set status = 'in_progress', outcome = null, closed_at = null, \
        updated_at = $2 where id = $1 and status in ('closed', 'answered')";
    with_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let mut query = sqlx::query(sqlx::AssertSqlSafe(update))
            .bind(s.to)
            .bind(s.now)
            .bind(s.referral_id)
            .bind(s.from);
        if let Some((_, value)) = s.stamp {
            query = query.bind(value);
        }
        if let Some(org) = s.forwarded_to {
            query = query.bind(org);
        }
        let changed = query.execute(&mut *tx).await?.rows_affected() > 0;
        if !changed {
            return Ok(false);
        }
        sqlx::query(EVENT)
            .bind(s.event_id)
            .bind(s.referral_id)
            .bind(s.enquiry_id)
            .bind(s.now)
            .bind(s.actor)
            .bind(s.kind)
            .bind(s.from)
            .bind(s.to)
            .bind(s.occurred_at)
            .bind(s.detail)
            .bind(s.text_sealed)
            .execute(&mut *tx)
            .await?;
        if s.back_to_queue {
            sqlx::query(BACK)
                .bind(s.enquiry_id)
                .bind(s.now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    })
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
    pub(crate) detail: String,
    pub(crate) text_sealed: Option<Vec<u8>>,
}

const EVENT_COLUMNS: &str = "e.id, e.referral_id, e.at, u.name as actor_name, e.kind, e.from_status, \
    e.to_status, e.occurred_at, e.detail, e.text_sealed";

/// The steps recorded on one referral, oldest first.
pub(super) async fn events(db: &Db, referral_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = format!(
        "select {EVENT_COLUMNS} from referral_events e left join users u on u.id = e.actor \
         where e.referral_id = $1 order by e.seq"
    );
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(sqlx::AssertSqlSafe(sql))
        .bind(referral_id)
        .fetch_all(pool)
        .await)
}

/// The steps recorded on every referral of a case, oldest first (for the console).
pub(super) async fn events_of_case(db: &Db, enquiry_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = format!(
        "select {EVENT_COLUMNS} from referral_events e left join users u on u.id = e.actor \
         where e.enquiry_id = $1 order by e.at, e.referral_id, e.seq"
    );
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(sqlx::AssertSqlSafe(sql))
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// Records that a municipality user sent enquiry `enquiry_id` to the contact point.
pub(super) async fn insert_consultation(
    db: &Db,
    enquiry_id: &str,
    user_id: &str,
    kind: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "insert into inbox_consultations (enquiry_id, user_id, kind, created_at) \
        values ($1, $2, $3, $4)";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(enquiry_id)
        .bind(user_id)
        .bind(kind)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// One consultation as its sender's list shows it: when, and how far the contact point is.
#[derive(sqlx::FromRow, Debug, Clone)]
pub(super) struct ConsultationRow {
    pub(super) kind: String,
    pub(super) created_at: i64,
    pub(super) status: String,
}

/// The consultations a user sent, newest first.
pub(super) async fn consultations_of(
    db: &Db,
    user_id: &str,
    limit: i64,
) -> Result<Vec<ConsultationRow>, sqlx::Error> {
    const SQL: &str = "select c.kind, c.created_at, e.status from inbox_consultations c \
        join enquiries e on e.id = c.enquiry_id where c.user_id = $1 \
        order by c.created_at desc, c.enquiry_id limit $2";
    with_db!(db, |pool| sqlx::query_as::<_, ConsultationRow>(SQL)
        .bind(user_id)
        .bind(limit)
        .fetch_all(pool)
        .await)
}
