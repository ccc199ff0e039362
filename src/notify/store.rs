//! The outbox, webhooks and users' notification settings in the database. Every row names
//! people and referrals by id only; an error is a code, never a server's text.

use sqlx::FromRow;

use super::model::Kind;
use crate::crypto::Keyring;
use crate::db::{Db, Pool, Tx};
use crate::referral::sealed;
use crate::{with_db, with_tx};

/// A delivery claimed by this worker.
#[derive(Clone, Debug, FromRow)]
pub(super) struct Claimed {
    pub(super) id: String,
    pub(super) kind: String,
    pub(super) recipient: String,
    pub(super) referral_id: Option<String>,
    pub(super) attempts: i64,
    pub(super) created_at: i64,
    /// What the delivery announces: `waiting` (a new referral) or `protected`.
    pub(super) event: String,
}

/// Queues "a new referral is waiting" for every active inbox user bound to the referral's
/// recipient organisation who wants it at once and has an address (when e-mail is
/// on), and for every enabled webhook bound to that organisation (`webhook_orgs`, as
/// users are bound by `user_orgs`: a programme's referral is announced to the programme's
/// webhooks, never to those of a municipality it covers). A recipient already told of
/// this referral is not told again. Returns how many deliveries were queued.
///
/// The referral names its recipient only by keyed tag (issue #14), which SQL cannot compute
/// from `user_orgs` or `webhook_orgs`: the candidates are read with their organisations
/// and matched here.
pub(super) async fn enqueue_referral(
    db: &Db,
    keys: &Keyring,
    referral_id: &str,
    event: &str,
    now: i64,
    email_enabled: bool,
) -> Result<usize, sqlx::Error> {
    const ORG: &str = "select org from referrals where id = $1";
    // The users of any organisation, as the inbox's scope has them.
    const USERS: &str = "select u.id, uo.org from users u \
        join user_orgs uo on uo.user_id = u.id \
        where u.role = 'municipality' and u.disabled = $1 \
        and u.email is not null and u.notify_mode = 'immediate' order by u.id";
    const HOOKS: &str = "select w.id, wo.org from webhooks w \
        join webhook_orgs wo on wo.webhook_id = w.id where w.enabled = $1 order by w.id";
    const INSERT: &str = "insert into outbox (id, kind, recipient, referral_id, created_at, next_attempt_at, \
        attempts, state, event) values ($1, $2, $3, $4, $5, $5, 0, 'pending', $6) on conflict do nothing";
    with_db!(db, |pool| async {
        let mut tx = pool.begin().await?;
        let Some(stored) = sqlx::query_scalar::<_, String>(ORG)
            .bind(referral_id)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(0);
        };
        let ours = |rows: Vec<(String, String)>| -> Vec<String> {
            let mut ids: Vec<String> = rows
                .into_iter()
                .filter(|(_, org)| sealed::is_addressed_to(keys, &stored, org))
                .map(|(id, _)| id)
                .collect();
            ids.dedup();
            ids
        };
        let users = if email_enabled {
            ours(sqlx::query_as(USERS).bind(false).fetch_all(&mut *tx).await?)
        } else {
            Vec::new()
        };
        let hooks = ours(sqlx::query_as(HOOKS).bind(true).fetch_all(&mut *tx).await?);
        let mut queued = 0;
        let rows = users
            .iter()
            .map(|u| (Kind::Email, u))
            .chain(hooks.iter().map(|h| (Kind::Webhook, h)));
        for (kind, recipient) in rows {
            queued += sqlx::query(INSERT)
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(kind.as_str())
                .bind(recipient.as_str())
                .bind(referral_id)
                .bind(now)
                .bind(event)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(usize::try_from(queued).unwrap_or(usize::MAX))
    }
    .await)
}

/// Claims up to `limit` due deliveries until `lease_until`, counting the attempt now (so a
/// delivery that crashes its worker every time still ends as a dead letter).
pub(super) async fn claim(
    db: &Db,
    now: i64,
    lease_until: i64,
    token: &str,
    limit: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    // SQLite runs one writer at a time, so this single statement is atomic.
    const SQLITE: &str = "update outbox set lease_until = $1, lease_token = $2, attempts = attempts + 1, \
        last_attempt_at = $3 where id in (select id from outbox where state = 'pending' \
        and next_attempt_at <= $3 and (lease_until is null or lease_until <= $3) \
        order by next_attempt_at limit $4) \
        returning id, kind, recipient, referral_id, attempts, created_at, event";
    // PostgreSQL, several instances: skip rows another claim holds, and re-check the
    // conditions on the row as locked (the subquery is not re-evaluated after a wait).
    const POSTGRES: &str = "update outbox set lease_until = $1, lease_token = $2, attempts = attempts + 1, \
        last_attempt_at = $3 where id in (select id from outbox where state = 'pending' \
        and next_attempt_at <= $3 and (lease_until is null or lease_until <= $3) \
        order by next_attempt_at limit $4 for update skip locked) \
        and state = 'pending' and (lease_until is null or lease_until <= $3) \
        returning id, kind, recipient, referral_id, attempts, created_at, event";
    // A read first: an idle outbox then costs no write lock (SQLite has one writer).
    const DUE: &str = "select id from outbox where state = 'pending' and next_attempt_at <= $1 \
        and (lease_until is null or lease_until <= $1) limit 1";
    let due: Option<String> = with_db!(db, |pool| sqlx::query_scalar(DUE)
        .bind(now)
        .fetch_optional(pool)
        .await)?;
    if due.is_none() {
        return Ok(Vec::new());
    }
    match db.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query_as::<_, Claimed>(SQLITE)
                .bind(lease_until)
                .bind(token)
                .bind(now)
                .bind(limit)
                .fetch_all(pool)
                .await
        }
        Pool::Postgres(pool) => {
            sqlx::query_as::<_, Claimed>(POSTGRES)
                .bind(lease_until)
                .bind(token)
                .bind(now)
                .bind(limit)
                .fetch_all(pool)
                .await
        }
    }
}

/// How one claimed delivery ended, to record.
pub(super) enum Record<'a> {
    /// Delivered.
    Sent,
    /// Failed; due again at the time given.
    Retry(&'a str, i64),
    /// Failed for good.
    Dead(&'a str),
}

/// Records the end of an attempt, if this worker still holds the claim. Returns whether
/// it did (a worker slower than its lease loses the row to another claim).
pub(super) async fn finish(
    db: &Db,
    id: &str,
    token: &str,
    now: i64,
    record: Record<'_>,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update outbox set state = $1, last_error = $2, next_attempt_at = $3, \
        sent_at = $4, lease_until = null, lease_token = null where id = $5 and lease_token = $6";
    let (state, error, next, sent_at) = match record {
        Record::Sent => ("sent", None, now, Some(now)),
        Record::Retry(error, next) => ("pending", Some(error), next, None),
        Record::Dead(error) => ("dead", Some(error), now, None),
    };
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(state)
        .bind(error)
        .bind(next)
        .bind(sent_at)
        .bind(id)
        .bind(token)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Where an e-mail to a user goes: the address, if the user is an active municipality user.
pub(super) async fn email_of_active_user(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str = "select email from users where id = $1 and role = 'municipality' and disabled = $2";
    let found: Option<Option<String>> = with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(user_id)
        .bind(false)
        .fetch_optional(pool)
        .await)?;
    Ok(found.flatten())
}

/// How many referrals wait for a user: sent to one of their organisations, not yet
/// acted on (status `sent`), and still resting on consent.
pub(super) async fn waiting_for(db: &Db, keys: &Keyring, user_id: &str) -> Result<i64, sqlx::Error> {
    let orgs = orgs_of(db, user_id).await?;
    waiting_at(db, keys, &orgs).await
}

/// How many referrals wait for the organisations `orgs` (see [`waiting_for`]).
async fn waiting_at(db: &Db, keys: &Keyring, orgs: &[String]) -> Result<i64, sqlx::Error> {
    let tags = sealed::org_matches(keys, orgs);
    if tags.is_empty() {
        return Ok(0);
    }
    let places = (1..=tags.len())
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "select count(*) from referrals where status = 'sent' and withdrawn_at is null and org in ({places})"
    );
    with_db!(db, |pool| {
        let mut query = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql));
        for tag in &tags {
            query = query.bind(tag);
        }
        query.fetch_one(pool).await
    })
}

/// Queues today's digest for every active municipality user who chose it, has an address
/// and has something waiting; at most one per user and day, however many instances try.
pub(super) async fn enqueue_digests(
    db: &Db,
    keys: &Keyring,
    day: &str,
    now: i64,
) -> Result<usize, sqlx::Error> {
    const USERS: &str = "select u.id, uo.org from users u join user_orgs uo on uo.user_id = u.id \
        where u.role = 'municipality' and u.disabled = $1 and u.email is not null \
        and u.notify_mode = 'digest' order by u.id, uo.org";
    const INSERT: &str = "insert into outbox (id, kind, recipient, digest_day, created_at, next_attempt_at, \
        attempts, state) values ($1, 'digest', $2, $3, $4, $4, 0, 'pending') on conflict do nothing";
    let rows: Vec<(String, String)> =
        with_db!(db, |pool| sqlx::query_as(USERS).bind(false).fetch_all(pool).await)?;
    let mut users: Vec<(String, Vec<String>)> = Vec::new();
    for (user, org) in rows {
        match users.last_mut() {
            Some((last, orgs)) if *last == user => orgs.push(org),
            _ => users.push((user, vec![org])),
        }
    }
    let mut queued = 0;
    for (user, orgs) in &users {
        if waiting_at(db, keys, orgs).await? == 0 {
            continue;
        }
        queued += with_db!(db, |pool| sqlx::query(INSERT)
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(user)
            .bind(day)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
    }
    Ok(usize::try_from(queued).unwrap_or(usize::MAX))
}

/// A delivery that failed at least once, for the console's list.
#[derive(Clone, Debug, FromRow)]
pub(super) struct Problem {
    pub(super) id: String,
    pub(super) kind: String,
    pub(super) state: String,
    pub(super) attempts: i64,
    pub(super) last_error: Option<String>,
    pub(super) created_at: i64,
    pub(super) last_attempt_at: Option<i64>,
    pub(super) next_attempt_at: i64,
    pub(super) referral_id: Option<String>,
    /// The sign-in name of the user, for e-mail.
    pub(super) user_name: Option<String>,
    /// The endpoint, for a webhook.
    pub(super) webhook_url: Option<String>,
}

/// Dead letters and deliveries still being retried after a failure, newest first.
pub(super) async fn problems(db: &Db, limit: i64) -> Result<Vec<Problem>, sqlx::Error> {
    const SQL: &str = "select o.id, o.kind, o.state, o.attempts, o.last_error, o.created_at, \
        o.last_attempt_at, o.next_attempt_at, o.referral_id, u.name as user_name, w.url as webhook_url \
        from outbox o \
        left join users u on o.kind <> 'webhook' and u.id = o.recipient \
        left join webhooks w on o.kind = 'webhook' and w.id = o.recipient \
        where o.state = 'dead' or (o.state = 'pending' and o.last_error is not null) \
        order by o.created_at desc, o.id limit $1";
    with_db!(db, |pool| sqlx::query_as::<_, Problem>(SQL)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Puts a dead letter back in the queue, due now, with a fresh count of attempts.
/// Returns the case (enquiry) of its referral for the audit record, or `None` when the
/// row is not a dead letter (any more).
pub(super) async fn replay(tx: &mut Tx, id: &str, now: i64) -> Result<Option<Option<String>>, sqlx::Error> {
    const UPDATE: &str = "update outbox set state = 'pending', attempts = 0, next_attempt_at = $1, \
        lease_until = null, lease_token = null where id = $2 and state = 'dead'";
    const CASE: &str = "select r.enquiry_id from outbox o left join referrals r on r.id = o.referral_id \
        where o.id = $1";
    with_tx!(tx, |conn| {
        let done = sqlx::query(UPDATE).bind(now).bind(id).execute(&mut *conn).await?;
        if done.rows_affected() == 0 {
            return Ok(None);
        }
        let case: Option<String> = sqlx::query_scalar(CASE).bind(id).fetch_one(&mut *conn).await?;
        Ok(Some(case))
    })
}

/// A user's notification settings: the address and the frequency.
pub(super) async fn settings(db: &Db, user_id: &str) -> Result<(Option<String>, String), sqlx::Error> {
    const SQL: &str = "select email, notify_mode from users where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, (Option<String>, String)>(SQL)
        .bind(user_id)
        .fetch_one(pool)
        .await)
}

/// The organisations (directory ids) a user is bound to.
pub(super) async fn orgs_of(db: &Db, user_id: &str) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "select org from user_orgs where user_id = $1 order by org";
    with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(user_id)
        .fetch_all(pool)
        .await)
}

/// Saves a user's notification settings.
pub(super) async fn save_settings(
    db: &Db,
    user_id: &str,
    email: Option<&str>,
    mode: &str,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "update users set email = $1, notify_mode = $2 where id = $3";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(email)
        .bind(mode)
        .bind(user_id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// A webhook as the admin page lists it (never its secret).
#[derive(Clone, Debug, FromRow)]
pub(super) struct Webhook {
    pub(super) id: String,
    pub(super) url: String,
    pub(super) enabled: bool,
    pub(super) created_at: i64,
}

/// Every webhook, oldest first, with the organisations (directory ids) each serves.
pub(super) async fn webhooks(db: &Db) -> Result<Vec<(Webhook, Vec<String>)>, sqlx::Error> {
    const HOOKS: &str = "select id, url, enabled, created_at from webhooks order by created_at, id";
    const ORGS: &str = "select webhook_id, org from webhook_orgs order by org";
    let (hooks, orgs) = with_db!(db, |pool| async {
        let hooks: Vec<Webhook> = sqlx::query_as(HOOKS).fetch_all(pool).await?;
        let orgs: Vec<(String, String)> = sqlx::query_as(ORGS).fetch_all(pool).await?;
        Ok::<_, sqlx::Error>((hooks, orgs))
    }
    .await)?;
    Ok(hooks
        .into_iter()
        .map(|h| {
            let mine = orgs
                .iter()
                .filter(|(w, _)| *w == h.id)
                .map(|(_, o)| o.clone())
                .collect();
            (h, mine)
        })
        .collect())
}

/// A new webhook.
pub(super) struct NewWebhook<'a> {
    pub(super) id: &'a str,
    pub(super) url: &'a str,
    pub(super) secret_sealed: &'a [u8],
    /// The organisations (directory ids) it serves.
    pub(super) orgs: &'a [String],
    pub(super) created_by: &'a str,
    pub(super) created_at: i64,
}

/// Stores a webhook and the organisations it serves, together.
pub(super) async fn insert_webhook(tx: &mut Tx, hook: &NewWebhook<'_>) -> Result<(), sqlx::Error> {
    const HOOK: &str = "insert into webhooks (id, url, secret_sealed, enabled, created_by, created_at) \
        values ($1, $2, $3, $4, $5, $6)";
    const ORG: &str = "insert into webhook_orgs (webhook_id, org) values ($1, $2)";
    with_tx!(tx, |conn| {
        sqlx::query(HOOK)
            .bind(hook.id)
            .bind(hook.url)
            .bind(hook.secret_sealed)
            .bind(true)
            .bind(hook.created_by)
            .bind(hook.created_at)
            .execute(&mut *conn)
            .await?;
        for org in hook.orgs {
            sqlx::query(ORG)
                .bind(hook.id)
                .bind(org)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    })
}

/// Turns a webhook on or off; returns whether it exists.
pub(super) async fn set_webhook_enabled(tx: &mut Tx, id: &str, enabled: bool) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update webhooks set enabled = $1 where id = $2";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(enabled)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Deletes a webhook; deliveries still queued for it end as dead letters. Returns whether
/// it existed.
pub(super) async fn delete_webhook(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
    const ORGS: &str = "delete from webhook_orgs where webhook_id = $1";
    const HOOK: &str = "delete from webhooks where id = $1";
    with_tx!(tx, |conn| {
        sqlx::query(ORGS).bind(id).execute(&mut *conn).await?;
        let gone = sqlx::query(HOOK)
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1;
        Ok(gone)
    })
}

/// Where a webhook delivery goes: the URL and the sealed secret, if it exists and is on.
pub(super) async fn webhook_target(db: &Db, id: &str) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    const SQL: &str = "select url, secret_sealed from webhooks where id = $1 and enabled = $2";
    with_db!(db, |pool| sqlx::query_as::<_, (String, Vec<u8>)>(SQL)
        .bind(id)
        .bind(true)
        .fetch_optional(pool)
        .await)
}

/// Whether the pool has been closed (the instance is shutting down).
pub(super) fn closed(db: &Db) -> bool {
    with_db!(db, |pool| pool.is_closed())
}
