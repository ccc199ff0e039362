//! The enquiry's decision record (`case_decisions`): the engine's proposal, a handler's
//! overrides and the proposals made again from updated facts, each sealed, with the
//! decision in force written to the enquiry's own columns in the same commit.

use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::triage::{Decision, Flag};
use crate::{with_db, with_tx};

/// One stored decision, oldest first, with the actor's name.
#[derive(Debug, FromRow)]
pub struct DecisionRow {
    /// Row id (part of the sealing context).
    pub id: String,
    /// Unix ms.
    pub at: i64,
    /// engine | override | retriage.
    pub kind: String,
    /// The handler's name, or `engine`.
    pub actor_name: String,
    /// The sealed decision JSON.
    pub decision_sealed: Vec<u8>,
    /// The sealed written reason (overrides only).
    pub reason_sealed: Option<Vec<u8>>,
}

/// The decision history of an enquiry, in order.
pub async fn history(db: &Db, enquiry_id: &str) -> Result<Vec<DecisionRow>, sqlx::Error> {
    // The engine's row has actor `engine`, which names no user.
    const SQL: &str = "select d.id, d.at, d.kind, coalesce(u.name, d.actor) as actor_name, \
        d.decision_sealed, d.reason_sealed from case_decisions d left join users u on u.id = d.actor \
        where d.enquiry_id = $1 order by d.seq";
    with_db!(db, |pool| sqlx::query_as::<_, DecisionRow>(SQL)
        .bind(enquiry_id)
        .fetch_all(pool)
        .await)
}

/// One sealed row of `case_decisions`, ready to insert.
#[derive(Debug)]
pub struct NewDecision<'a> {
    /// Row id (part of the sealing context).
    pub id: String,
    /// Unix ms.
    pub at: i64,
    /// The handler's user id, or `engine`.
    pub actor: &'a str,
    /// engine | override.
    pub kind: &'static str,
    /// The decision's priority.
    pub priority: &'static str,
    /// The sealed decision JSON.
    pub decision_sealed: Vec<u8>,
    /// The sealed written reason.
    pub reason_sealed: Option<Vec<u8>>,
}

/// The decision in force, as the enquiry's columns hold it.
#[derive(Clone, Copy, Debug)]
pub struct InForce<'a> {
    /// The decision, sealed under `enquiry.decision:{id}`.
    pub sealed: &'a [u8],
    /// The decision itself, for the queue's priority and child marker.
    pub decision: &'a Decision,
    /// Its flags as keyed tags ([`crate::enquiry::seal::flags_column`]).
    pub flags: &'a str,
}

/// An override, in one transaction: the engine's proposal first (only if the case has
/// no stored decisions yet), the override after it, and the enquiry's columns.
pub async fn store_override(
    tx: &mut Tx,
    enquiry_id: &str,
    engine: &NewDecision<'_>,
    human: &NewDecision<'_>,
    in_force: InForce<'_>,
) -> Result<(), sqlx::Error> {
    // seq 1 is the engine's; a second handler's first override finds it taken and keeps it.
    const ENGINE: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed, reason_sealed) values ($1, $2, 1, $3, $4, $5, $6, $7, $8) \
        on conflict (enquiry_id, seq) do nothing";
    const HUMAN: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed, reason_sealed) select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8 \
        from case_decisions where enquiry_id = $2";
    const ENQUIRY: &str = "update enquiries set decision_sealed = $2, priority = $3, flags = $4, child = $5, \
        updated_at = $6 where id = $1";
    let decision = in_force.decision;
    with_tx!(tx, |conn| {
        for (sql, row) in [(ENGINE, engine), (HUMAN, human)] {
            sqlx::query(sql)
                .bind(row.id.as_str())
                .bind(enquiry_id)
                .bind(row.at)
                .bind(row.actor)
                .bind(row.kind)
                .bind(row.priority)
                .bind(row.decision_sealed.as_slice())
                .bind(row.reason_sealed.as_deref())
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query(ENQUIRY)
            .bind(enquiry_id)
            .bind(in_force.sealed)
            .bind(decision.priority.as_str())
            .bind(in_force.flags)
            .bind(decision.has_flag(Flag::Child))
            .bind(human.at)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// The sealed values of a proposal made again from updated facts.
#[derive(Debug)]
pub struct Retriage<'a> {
    /// The enquiry.
    pub enquiry_id: &'a str,
    /// When the enquiry was stored (the engine's original proposal is dated so).
    pub created_at: i64,
    /// The original proposal's priority.
    pub original_priority: &'static str,
    /// Row id of the original proposal, kept if the history has none yet.
    pub original_id: String,
    /// The original proposal, sealed under its row id.
    pub original_sealed: Vec<u8>,
    /// Row id of the new proposal.
    pub new_id: String,
    /// The new proposal, sealed under its row id.
    pub proposal_sealed: Vec<u8>,
    /// The updated facts, sealed under `enquiry.facts:{id}`.
    pub facts_sealed: Vec<u8>,
    /// The new proposal, sealed under `enquiry.decision:{id}` (the decision in force).
    pub decision_sealed: Vec<u8>,
    /// The keyed tag of the (new) municipality's police region
    /// ([`crate::enquiry::seal::region_tag`]).
    pub police_region: Option<String>,
    /// The new proposal's flags as keyed tags ([`crate::enquiry::seal::flags_column`]).
    pub flags: String,
}

/// Updated facts and the new proposal in one transaction: the original proposal kept (if
/// the history has none yet), the new proposal after it, and the enquiry's facts, decision
/// and queue columns.
pub async fn store_retriage(
    tx: &mut Tx,
    retriage: &Retriage<'_>,
    decision: &Decision,
    actor: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const ORIGINAL: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed) values ($1, $2, 1, $3, 'engine', 'engine', $4, $5) \
        on conflict (enquiry_id, seq) do nothing";
    const PROPOSAL: &str = "insert into case_decisions (id, enquiry_id, seq, at, actor, kind, priority, \
        decision_sealed) select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, 'retriage', $5, $6 \
        from case_decisions where enquiry_id = $2";
    const ENQUIRY: &str = "update enquiries set facts_sealed = $2, decision_sealed = $3, priority = $4, \
        flags = $5, child = $6, police_region = $7, updated_at = $8 where id = $1";
    let r = retriage;
    with_tx!(tx, |conn| {
        sqlx::query(ORIGINAL)
            .bind(r.original_id.as_str())
            .bind(r.enquiry_id)
            .bind(r.created_at)
            .bind(r.original_priority)
            .bind(r.original_sealed.as_slice())
            .execute(&mut *conn)
            .await?;
        sqlx::query(PROPOSAL)
            .bind(r.new_id.as_str())
            .bind(r.enquiry_id)
            .bind(now)
            .bind(actor)
            .bind(decision.priority.as_str())
            .bind(r.proposal_sealed.as_slice())
            .execute(&mut *conn)
            .await?;
        sqlx::query(ENQUIRY)
            .bind(r.enquiry_id)
            .bind(r.facts_sealed.as_slice())
            .bind(r.decision_sealed.as_slice())
            .bind(decision.priority.as_str())
            .bind(r.flags.as_str())
            .bind(decision.has_flag(Flag::Child))
            .bind(r.police_region.as_deref())
            .bind(now)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

/// An overridden case: the engine's proposal and the newest decision.
#[derive(Debug, FromRow)]
pub struct OverriddenRow {
    /// The enquiry.
    pub enquiry_id: String,
    /// The engine's row id.
    pub engine_id: String,
    /// The engine's proposal, sealed.
    pub engine_sealed: Vec<u8>,
    /// The newest row's id.
    pub human_id: String,
    /// The newest decision, sealed.
    pub human_sealed: Vec<u8>,
    /// When it was made (unix ms).
    pub at: i64,
    /// Its sequence number (overrides = seq − 1).
    pub seq: i64,
}

/// The newest `limit` overridden cases, newest first.
pub async fn overridden(db: &Db, limit: i64) -> Result<Vec<OverriddenRow>, sqlx::Error> {
    // Per overridden case: the engine's proposal and the newest decision.
    const SQL: &str = "select e.enquiry_id, e.id as engine_id, e.decision_sealed as engine_sealed, \
        h.id as human_id, h.decision_sealed as human_sealed, h.at, h.seq \
        from case_decisions e join case_decisions h on h.enquiry_id = e.enquiry_id \
        where e.kind = 'engine' and h.kind = 'override' \
        and h.seq = (select max(m.seq) from case_decisions m where m.enquiry_id = e.enquiry_id) \
        order by h.at desc, e.enquiry_id limit $1";
    with_db!(db, |pool| sqlx::query_as::<_, OverriddenRow>(SQL)
        .bind(limit)
        .fetch_all(pool)
        .await)
}
