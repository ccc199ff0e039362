//! SQL of users and sessions. Every query that matters for access takes the clock's
//! `now`, so expiry and lock-outs are decided by the same time as everything else.

use sqlx::FromRow;

use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// A user to create.
#[derive(Debug)]
pub struct NewUser<'a> {
    /// Row id.
    pub id: &'a str,
    /// Sign-in name (unique).
    pub name: &'a str,
    /// Role name.
    pub role: &'a str,
    /// argon2id PHC string.
    pub password_hash: &'a str,
    /// The sealed TOTP secret.
    pub totp_secret_sealed: &'a [u8],
    /// Unix ms.
    pub created_at: i64,
}

/// Creates a user and the organisations they act for (directory ids such as
/// `socialtjanst:1280` or `programme:exempel-malmo`) in one transaction.
pub async fn insert_user(tx: &mut Tx, user: &NewUser<'_>, orgs: &[String]) -> Result<(), sqlx::Error> {
    const USER: &str = "insert into users (id, name, role, password_hash, totp_secret_sealed, disabled, \
        failed_attempts, created_at) values ($1, $2, $3, $4, $5, $6, 0, $7)";
    const BINDING: &str = "insert into user_orgs (user_id, org) values ($1, $2)";
    with_tx!(tx, |conn| {
        sqlx::query(USER)
            .bind(user.id)
            .bind(user.name)
            .bind(user.role)
            .bind(user.password_hash)
            .bind(user.totp_secret_sealed)
            .bind(false)
            .bind(user.created_at)
            .execute(&mut *conn)
            .await?;
        for org in orgs {
            sqlx::query(BINDING)
                .bind(user.id)
                .bind(org.as_str())
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    })
}

/// What sign-in needs of a user.
#[derive(Debug, FromRow)]
pub struct UserRow {
    /// Row id.
    pub id: String,
    /// Role name.
    pub role: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// The sealed TOTP secret.
    pub totp_secret_sealed: Vec<u8>,
    /// Disabled by an admin.
    pub disabled: bool,
    /// Locked until (unix ms).
    pub locked_until: Option<i64>,
}

/// Records that `user_id` signed in with the code of TOTP `step`; false when that step
/// (or a later one) was already used — the code is then refused as a replay.
pub async fn use_totp_step(db: &Db, user_id: &str, step: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update users set totp_last_step = $2 \
        where id = $1 and (totp_last_step is null or totp_last_step < $2)";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(user_id)
        .bind(step)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// The user with this sign-in name.
pub async fn user_by_name(db: &Db, name: &str) -> Result<Option<UserRow>, sqlx::Error> {
    const SQL: &str = "select id, role, password_hash, totp_secret_sealed, disabled, locked_until \
        from users where name = $1";
    with_db!(db, |pool| sqlx::query_as::<_, UserRow>(SQL)
        .bind(name)
        .fetch_optional(pool)
        .await)
}

/// Counts a failed sign-in; from the `lock_after`-th in a row the account is locked until
/// `lock_until`. Returns whether this failure locked it.
pub async fn record_failure(
    tx: &mut Tx,
    id: &str,
    lock_after: i64,
    lock_until: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update users set failed_attempts = failed_attempts + 1, \
        locked_until = case when failed_attempts + 1 >= $2 then $3 else locked_until end \
        where id = $1 returning failed_attempts";
    let failures: i64 = with_tx!(tx, |conn| sqlx::query_scalar(SQL)
        .bind(id)
        .bind(lock_after)
        .bind(lock_until)
        .fetch_one(&mut *conn)
        .await)?;
    Ok(failures == lock_after)
}

/// A successful sign-in clears the failure count.
pub async fn record_success(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    const SQL: &str = "update users set failed_attempts = 0, locked_until = null where id = $1";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Starts a session.
pub async fn create_session(
    tx: &mut Tx,
    id: &str,
    user_id: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "insert into sessions (id, user_id, created_at, expires_at, last_seen_at) \
        values ($1, $2, $3, $4, $3)";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .bind(user_id)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Ends a session now; `false` when it had already ended.
pub async fn revoke_session(tx: &mut Tx, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update sessions set revoked_at = $2 where id = $1 and revoked_at is null";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Ends every session of a user (when an admin disables them).
pub async fn revoke_user_sessions(tx: &mut Tx, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "update sessions set revoked_at = $2 where user_id = $1 and revoked_at is null";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Ends every session of a user but `keep` (a password change keeps the browser that
/// made it).
pub async fn revoke_other_sessions(
    tx: &mut Tx,
    user_id: &str,
    keep: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "update sessions set revoked_at = $3 where user_id = $1 and id <> $2 and revoked_at is null";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(keep)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Notes that session `id` was used at `now`, unless it already was at or after
/// `unless_since` (so a burst of requests writes once). Reports nothing: the next request
/// tries again.
pub async fn touch_session(db: &Db, id: &str, now: i64, unless_since: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "update sessions set last_seen_at = $2 \
        where id = $1 and revoked_at is null and last_seen_at < $3";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .bind(unless_since)
        .execute(pool)
        .await
        .map(drop))
}

/// A user's password hash, by id.
pub async fn password_hash(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str = "select password_hash from users where id = $1";
    with_db!(db, |pool| sqlx::query_scalar::<_, String>(SQL)
        .bind(user_id)
        .fetch_optional(pool)
        .await)
}

/// Replaces a user's password hash.
pub async fn set_password_hash(tx: &mut Tx, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
    const SQL: &str = "update users set password_hash = $2 where id = $1";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(hash)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Disables (or enables) a user.
pub async fn set_disabled(tx: &mut Tx, user_id: &str, disabled: bool) -> Result<(), sqlx::Error> {
    const SQL: &str = "update users set disabled = $2 where id = $1";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(disabled)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// The user behind a live session.
#[derive(Debug, FromRow)]
pub struct SessionUser {
    /// Row id.
    pub user_id: String,
    /// Sign-in name.
    pub name: String,
    /// Role name.
    pub role: String,
    /// When the session last made a request (unix ms, written about once a minute).
    pub last_seen_at: i64,
}

/// The user of session `id`, if it is neither revoked nor expired and the user is enabled.
/// Whether it has been idle too long is the caller's question (`session::live`).
pub async fn session_user(db: &Db, id: &str, now: i64) -> Result<Option<SessionUser>, sqlx::Error> {
    const SQL: &str = "select u.id as user_id, u.name, u.role, s.last_seen_at \
        from sessions s join users u on u.id = s.user_id \
        where s.id = $1 and s.revoked_at is null and s.expires_at > $2 and u.disabled = $3";
    with_db!(db, |pool| sqlx::query_as::<_, SessionUser>(SQL)
        .bind(id)
        .bind(now)
        .bind(false)
        .fetch_optional(pool)
        .await)
}

/// A user as the administrator's list shows them (no secrets).
#[derive(Debug, FromRow)]
pub struct UserSummary {
    /// Row id.
    pub id: String,
    /// Sign-in name.
    pub name: String,
    /// Role name.
    pub role: String,
    /// Disabled by an admin.
    pub disabled: bool,
    /// Failed sign-ins in a row.
    pub failed_attempts: i64,
    /// Locked until (unix ms).
    pub locked_until: Option<i64>,
    /// Unix ms.
    pub created_at: i64,
}

/// Every user, by name.
pub async fn list_users(db: &Db) -> Result<Vec<UserSummary>, sqlx::Error> {
    const SQL: &str = "select id, name, role, disabled, failed_attempts, locked_until, created_at \
        from users order by name";
    with_db!(db, |pool| sqlx::query_as::<_, UserSummary>(SQL)
        .fetch_all(pool)
        .await)
}

/// One user, by id.
pub async fn user_summary(db: &Db, id: &str) -> Result<Option<UserSummary>, sqlx::Error> {
    const SQL: &str = "select id, name, role, disabled, failed_attempts, locked_until, created_at \
        from users where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, UserSummary>(SQL)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

/// Every organisation binding as `(user id, directory id)`.
pub async fn org_bindings(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    const SQL: &str = "select user_id, org from user_orgs order by user_id, org";
    with_db!(db, |pool| sqlx::query_as::<_, (String, String)>(SQL)
        .fetch_all(pool)
        .await)
}

/// Replaces a user's second factor (sealed secret); the old one stops working at once.
/// `false` when there is no such user.
pub async fn set_totp_secret(tx: &mut Tx, user_id: &str, sealed: &[u8]) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update users set totp_secret_sealed = $2 where id = $1";
    let done = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .bind(sealed)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// Lifts a lock-out and clears the failure count. `false` when there is no such user.
pub async fn unlock(tx: &mut Tx, user_id: &str) -> Result<bool, sqlx::Error> {
    const SQL: &str = "update users set failed_attempts = 0, locked_until = null where id = $1";
    let done = with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}
