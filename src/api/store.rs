//! SQL of the municipal API: issued tokens and the answers kept under idempotency keys.

use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// A token as stored (never the token itself: only its `jti` and what it may do).
#[derive(Clone, Debug, FromRow)]
pub(crate) struct TokenRow {
    /// The JWT's `jti`.
    pub(crate) id: String,
    /// The municipality user it acts for.
    pub(crate) user_id: String,
    /// That user's sign-in name.
    pub(crate) user_name: String,
    /// What the admin named it.
    pub(crate) label: String,
    /// `,referrals:read,referrals:write,`.
    pub(crate) scopes: String,
    /// `,socialtjanst:1280,` narrows the user's organisations; empty means all of them.
    pub(crate) codes: String,
    /// Unix ms.
    pub(crate) created_at: i64,
    /// Unix ms.
    pub(crate) expires_at: i64,
    /// Unix ms.
    pub(crate) revoked_at: Option<i64>,
    /// Unix ms.
    pub(crate) last_used_at: Option<i64>,
}

/// The columns of a [`TokenRow`], as a literal so the queries stay `&'static str`.
macro_rules! token_columns {
    () => {
        "select t.id, t.user_id, u.name as user_name, t.label, t.scopes, t.codes, t.created_at, \
         t.expires_at, t.revoked_at, t.last_used_at from api_tokens t join users u on u.id = t.user_id "
    };
}

/// A token to store.
pub(crate) struct NewToken<'a> {
    pub(crate) id: &'a str,
    pub(crate) user_id: &'a str,
    pub(crate) label: &'a str,
    pub(crate) scopes: &'a str,
    pub(crate) codes: &'a str,
    pub(crate) created_by: &'a str,
    pub(crate) created_at: i64,
    pub(crate) expires_at: i64,
}

/// Stores a newly issued token.
pub(crate) async fn insert_token(tx: &mut Tx, token: &NewToken<'_>) -> Result<(), sqlx::Error> {
    const SQL: &str = "insert into api_tokens \
        (id, user_id, label, scopes, codes, created_by, created_at, expires_at) \
        values ($1, $2, $3, $4, $5, $6, $7, $8)";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(token.id)
        .bind(token.user_id)
        .bind(token.label)
        .bind(token.scopes)
        .bind(token.codes)
        .bind(token.created_by)
        .bind(token.created_at)
        .bind(token.expires_at)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Every token, newest first (the admin's list; revoked and expired ones stay listed).
pub(crate) async fn list_tokens(db: &Db, limit: i64) -> Result<Vec<TokenRow>, sqlx::Error> {
    const SQL: &str = concat!(token_columns!(), "order by t.created_at desc, t.id limit $1");
    with_db!(db, |pool| sqlx::query_as::<_, TokenRow>(SQL)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// The live token `id`: not revoked, not expired at `now`, and its user an enabled
/// municipality user. Anything else is `None`, so every such token is refused alike.
pub(crate) async fn live_token(db: &Db, id: &str, now: i64) -> Result<Option<TokenRow>, sqlx::Error> {
    const SQL: &str = concat!(
        token_columns!(),
        "where t.id = $1 and t.revoked_at is null and t.expires_at > $2 \
         and u.disabled = $3 and u.role = 'municipality'"
    );
    with_db!(db, |pool| sqlx::query_as::<_, TokenRow>(SQL)
        .bind(id)
        .bind(now)
        .bind(false)
        .fetch_optional(pool)
        .await)
}

/// Notes that the token was used; at most one write a minute per token.
pub(crate) async fn touch_token(db: &Db, id: &str, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "update api_tokens set last_used_at = $2 \
        where id = $1 and (last_used_at is null or last_used_at <= $3)";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .bind(now - 60_000)
        .execute(pool)
        .await
        .map(drop))
}

/// Revokes a token; `false` when there is no such token or it was already revoked.
pub(crate) async fn revoke_token(tx: &mut Tx, id: &str, by: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update api_tokens set revoked_at = $2, revoked_by = $3 \
        where id = $1 and revoked_at is null";
    let done = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .bind(by)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// Inbox users and the organisations they are bound to, by name (who a token can be for).
pub(crate) async fn municipality_users(db: &Db) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    const SQL: &str = "select u.id, u.name, coalesce(o.org, '') from users u \
        left join user_orgs o on o.user_id = u.id \
        where u.role = 'municipality' and u.disabled = $1 order by u.name, o.org";
    with_db!(db, |pool| sqlx::query_as::<_, (String, String, String)>(SQL)
        .bind(false)
        .fetch_all(pool)
        .await)
}

/// What is kept under one idempotency key.
#[derive(Debug, FromRow)]
pub(crate) struct KeptAnswer {
    /// HMAC of the first request.
    pub(crate) request_hash: Vec<u8>,
    /// `None` while the first request is still being answered.
    pub(crate) status: Option<i64>,
    /// The sealed JSON answer.
    pub(crate) response_sealed: Option<Vec<u8>>,
}

/// Reserves `key` for a request: `true` when this request is the first under the key,
/// `false` when one exists already. Expired keys are dropped first, and so is a
/// reservation left unanswered since `abandoned_before` (its request can no longer be in
/// flight: the process stopped while answering it).
pub(crate) async fn reserve_key(
    db: &Db,
    token_id: &str,
    key_hash: &[u8],
    request_hash: &[u8],
    now: i64,
    expires_at: i64,
    abandoned_before: i64,
) -> Result<bool, sqlx::Error> {
    // Expired keys of every token go on the way: the table never holds more than a day.
    const PURGE: &str = "delete from api_idempotency where expires_at <= $1";
    const ABANDONED: &str = "delete from api_idempotency \
        where token_id = $1 and key_hash = $2 and status is null and created_at < $3";
    // The primary key decides between two requests racing with the same key.
    const INSERT: &str = "insert into api_idempotency \
        (token_id, key_hash, request_hash, created_at, expires_at) values ($1, $2, $3, $4, $5) \
        on conflict (token_id, key_hash) do nothing";
    with_db!(db, |pool| {
        sqlx::query(PURGE).bind(now).execute(pool).await?;
        sqlx::query(ABANDONED)
            .bind(token_id)
            .bind(key_hash)
            .bind(abandoned_before)
            .execute(pool)
            .await?;
        sqlx::query(INSERT)
            .bind(token_id)
            .bind(key_hash)
            .bind(request_hash)
            .bind(now)
            .bind(expires_at)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// What is kept under `key`, if anything.
pub(crate) async fn kept_answer(
    db: &Db,
    token_id: &str,
    key_hash: &[u8],
) -> Result<Option<KeptAnswer>, sqlx::Error> {
    const SQL: &str = "select request_hash, status, response_sealed from api_idempotency \
        where token_id = $1 and key_hash = $2";
    with_db!(db, |pool| sqlx::query_as::<_, KeptAnswer>(SQL)
        .bind(token_id)
        .bind(key_hash)
        .fetch_optional(pool)
        .await)
}

/// Keeps the answer to the request that reserved `key`.
pub(crate) async fn keep_answer(
    db: &Db,
    token_id: &str,
    key_hash: &[u8],
    status: i64,
    sealed: &[u8],
) -> Result<(), sqlx::Error> {
    const SQL: &str = "update api_idempotency set status = $3, response_sealed = $4 \
        where token_id = $1 and key_hash = $2";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(token_id)
        .bind(key_hash)
        .bind(status)
        .bind(sealed)
        .execute(pool)
        .await
        .map(drop))
}

/// Frees `key` again (the request failed in a way a retry may cure: the service was down).
pub(crate) async fn release_key(db: &Db, token_id: &str, key_hash: &[u8]) -> Result<(), sqlx::Error> {
    const SQL: &str = "delete from api_idempotency where token_id = $1 and key_hash = $2 and status is null";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(token_id)
        .bind(key_hash)
        .execute(pool)
        .await
        .map(drop))
}

/// Whether token `id` was ever issued.
pub(crate) async fn token_exists(db: &Db, id: &str) -> Result<bool, sqlx::Error> {
    const SQL: &str = "select count(*) from api_tokens where id = $1";
    let n = with_db!(db, |pool| sqlx::query_scalar::<_, i64>(SQL)
        .bind(id)
        .fetch_one(pool)
        .await)?;
    Ok(n > 0)
}
