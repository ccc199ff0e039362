//! A transaction of either backend, which stores take for writes that must commit
//! together (a change and its audit record), and the retry of a transaction that lost a
//! race.

use std::sync::Arc;
use std::time::Duration;

use super::{Db, Pool};
use crate::crypto::Keyring;

/// An open transaction of one backend; dropped without [`Tx::commit`], it rolls back.
/// It carries its [`Db`]'s data keys, so that an audit record appended inside it is signed
/// and its detail sealed.
#[derive(Debug)]
pub struct Tx {
    /// The backend's transaction, for [`crate::with_tx!`].
    #[doc(hidden)]
    pub open: Open,
    keys: Option<Arc<Keyring>>,
}

/// The open transaction of one backend.
#[derive(Debug)]
pub enum Open {
    /// A SQLite transaction.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    /// A PostgreSQL transaction.
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Runs `$body` with `$conn` bound to the transaction's connection of its backend
/// (`&mut SqliteConnection` or `&mut PgConnection`; pass it on as `&mut *$conn`); the body
/// is compiled once per backend, as with [`crate::with_db!`].
#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match &mut $tx.open {
            $crate::db::Open::Sqlite(open) => {
                let $conn = &mut **open;
                $body
            }
            $crate::db::Open::Postgres(open) => {
                let $conn = &mut **open;
                $body
            }
        }
    };
}

/// Runs `$body` (an expression of type `Result<T, E>`, with `E: From<sqlx::Error>` and
/// [`AsConflict`]; `?` and `return` in it end the body, as in a function) with `$tx` bound to a new `&mut Tx` of `$db`,
/// and commits. A round that lost a race for a number ([`is_lost_race`]) is rolled back
/// and run again, so the body must write only through `$tx`. Evaluates to `Result<T, E>`.
///
/// A macro rather than a function taking a closure: the body borrows the caller's values
/// and the transaction, which an async closure cannot yet do with a `Send` future.
#[macro_export]
macro_rules! transact {
    ($db:expr, |$tx:ident| $body:expr) => {{
        let db: &$crate::db::Db = $db;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let round = async {
                let mut open = db.begin().await?;
                // Its own future, so that `return` and `?` in the body end the body, not
                // the round: the commit below always follows a body that succeeded.
                let body = async {
                    let $tx: &mut $crate::db::Tx = &mut open;
                    $body
                };
                let value = match body.await {
                    Ok(value) => value,
                    Err(err) => return Err(err),
                };
                open.commit().await?;
                Ok(value)
            }
            .await;
            match round {
                Err(err) if $crate::db::retry_after(&err, attempt) => $crate::db::pause(attempt).await,
                other => break other,
            }
        }
    }};
}

/// Most rounds of a transaction that keeps losing races.
const ATTEMPTS: u32 = 20;

/// Whether [`crate::transact!`] runs its body again after `err` in round `attempt`.
#[doc(hidden)]
pub fn retry_after<E: AsConflict>(err: &E, attempt: u32) -> bool {
    attempt < ATTEMPTS && err.is_conflict()
}

impl Db {
    /// Begins a transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        let open = match self.pool() {
            Pool::Sqlite(pool) => Open::Sqlite(pool.begin().await?),
            Pool::Postgres(pool) => Open::Postgres(pool.begin().await?),
        };
        Ok(Tx {
            open,
            keys: self.keys.clone(),
        })
    }
}

impl Tx {
    /// Commits the transaction.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self.open {
            Open::Sqlite(tx) => tx.commit().await,
            Open::Postgres(tx) => tx.commit().await,
        }
    }

    /// The data keys that sign and seal audit records appended in this transaction, if
    /// any (a handle on them, so the transaction can be borrowed while they are used).
    pub fn keys(&self) -> Option<Arc<Keyring>> {
        self.keys.clone()
    }

    /// Rolls the transaction back (dropping it does too, without waiting).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self.open {
            Open::Sqlite(tx) => tx.rollback().await,
            Open::Postgres(tx) => tx.rollback().await,
        }
    }
}

/// Spreads the retries of racing writers a little.
#[doc(hidden)]
pub async fn pause(attempt: u32) {
    let spread = 2 + u64::from(crate::crypto::random_bytes::<1>()[0] % 8);
    tokio::time::sleep(Duration::from_millis(spread * u64::from(attempt.min(5)))).await;
}

/// An error that may be a lost race, which [`crate::transact!`] answers by running again.
pub trait AsConflict {
    /// Whether running the transaction again is safe and may succeed.
    fn is_conflict(&self) -> bool;
}

impl AsConflict for sqlx::Error {
    fn is_conflict(&self) -> bool {
        is_lost_race(self)
    }
}

impl AsConflict for crate::error::AppError {
    fn is_conflict(&self) -> bool {
        match self {
            Self::Internal(err) | Self::Unavailable(err) => {
                err.downcast_ref::<sqlx::Error>().is_some_and(is_lost_race)
            }
            _ => false,
        }
    }
}

/// A lost race for a number (a unique key, PostgreSQL's serialization failure, SQLite's
/// busy or stale snapshot): running the transaction again is safe.
pub fn is_conflict(err: &sqlx::Error) -> bool {
    is_unique_violation(err) || is_busy(err) || has_code(err, &["40001"])
}

/// A lost race for a sequence number handed out as `max + 1` (the audit chain's, a
/// message's: their keys are named after `seq` or `audit_log`), PostgreSQL's
/// serialization failure or SQLite's busy or stale snapshot. Unlike [`is_conflict`], a
/// unique key of a person's choosing (a user or template name) is not a race: running
/// again would only fail again.
pub fn is_lost_race(err: &sqlx::Error) -> bool {
    let numbered = matches!(err, sqlx::Error::Database(db) if db.is_unique_violation() && {
        let named = db.constraint().unwrap_or_else(|| db.message());
        named.contains("seq") || named.contains("audit_log")
    });
    numbered || is_busy(err) || has_code(err, &["40001"])
}

/// Whether a statement broke a unique key (PostgreSQL 23505, SQLite 2067 and 1555).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
        || has_code(err, &["23505", "2067", "1555"])
}

/// Whether SQLite said another connection wrote first: busy, or a stale snapshot (codes
/// 5 and 517, which its busy timeout does not cover).
pub fn is_busy(err: &sqlx::Error) -> bool {
    has_code(err, &["5", "517"])
}

/// Whether the database error carries one of `codes`.
fn has_code(err: &sqlx::Error, codes: &[&str]) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.code().is_some_and(|c| codes.contains(&c.as_ref())))
}
