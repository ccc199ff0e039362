//! The database handle: SQLite (embedded default) or PostgreSQL, chosen by the URL.
//!
//! Store code is written once and compiled for both backends with [`crate::with_db!`]: its body
//! is type-checked against SQLite and against PostgreSQL, and the dual-backend test suite
//! proves the SQL. Portable SQL only (`$1` placeholders, integers for times, text ids,
//! blobs for sealed values); the few dialect differences live in this module.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::config::DatabaseUrl;
use crate::crypto::Keyring;

mod tx;

pub use tx::{AsConflict, Open, Tx, is_busy, is_conflict, is_lost_race, is_unique_violation};
#[doc(hidden)]
pub use tx::{pause, retry_after};

/// The connection pool of one backend.
#[derive(Clone, Debug)]
pub enum Pool {
    /// Embedded SQLite (one instance).
    Sqlite(SqlitePool),
    /// PostgreSQL (one or many instances).
    Postgres(PgPool),
}

/// A cheap-to-clone database handle, with the data keys that sign and seal audit records
/// (set by [`Db::with_keys`]; a handle without them cannot append to the audit chain).
#[derive(Clone, Debug)]
pub struct Db {
    pool: Pool,
    keys: Option<Arc<Keyring>>,
}

/// Runs `$body` with `$pool` bound to the backend's concrete pool; the body is compiled
/// once per backend.
#[macro_export]
macro_rules! with_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db.pool() {
            $crate::db::Pool::Sqlite($pool) => $body,
            $crate::db::Pool::Postgres($pool) => $body,
        }
    };
}

/// How long a request waits for a connection before the database counts as unavailable.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

impl Db {
    /// Connects (lazily for PostgreSQL, so a server that is down at start is retried per
    /// request and `/readyz` says so) and configures the backend for durability.
    pub async fn connect(url: &DatabaseUrl) -> anyhow::Result<Self> {
        use anyhow::Context as _;
        let pool = if url.is_postgres() {
            let options = PgConnectOptions::from_str(url.expose())
                .with_context(|| format!("database_url {url} is not a PostgreSQL URL"))?;
            Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect_lazy_with(options),
            )
        } else {
            let options = SqliteConnectOptions::from_str(url.expose())
                .with_context(|| format!("database_url {url} is not a SQLite URL"))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: an enquiry acknowledged with a 303 survives a power cut.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            if let Some(parent) = options.get_filename().parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent).with_context(|| format!("creating the folder of {url}"))?;
            }
            Pool::Sqlite(
                SqlitePoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect_with(options)
                    .await
                    .with_context(|| format!("opening {url}"))?,
            )
        };
        Ok(Self { pool, keys: None })
    }

    /// This handle, signing the audit records it appends with the current key's audit key
    /// ([`crate::crypto::Keyring::audit_key`]), sealing their details and opening them
    /// when read.
    #[must_use]
    pub fn with_keys(mut self, keys: Arc<Keyring>) -> Self {
        self.keys = Some(keys);
        self
    }

    /// The data keys of this handle's audit records, if it has them.
    pub fn keys(&self) -> Option<&Keyring> {
        self.keys.as_deref()
    }

    /// The backend's pool, for [`crate::with_db!`].
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Which backend this is, for logs and metrics.
    pub fn backend_name(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Runs the migrations of this backend (`migrations/sqlite` or `migrations/postgres`).
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match &self.pool {
            Pool::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Pool::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        with_db!(self, |pool| sqlx::query("select 1").execute(pool).await.is_ok())
    }

    /// Closes every connection (at shutdown, after requests finished).
    pub async fn close(&self) {
        with_db!(self, |pool| pool.close().await);
    }
}

/// Whether an error means the database could not be reached (→ 503, try again).
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    matches!(
        err,
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_)
    ) || matches!(err, sqlx::Error::Database(db) if db.code().is_some_and(|c| {
        // PostgreSQL: 57P01 admin shutdown, 57P03 cannot connect now, 08xxx connection
        // exceptions. SQLite: 5 busy, 6 locked, 10 I/O error, 14 cannot open.
        c.starts_with("57P") || c.starts_with("08") || matches!(c.as_ref(), "5" | "6" | "10" | "14")
    }))
}

/// Why a group-committed write failed, handed to each of the batch's waiting requests
/// (a `sqlx::Error` cannot be cloned; the kind and the text can).
#[derive(Clone, Debug)]
pub enum WriteFailure {
    /// The database is down or busy: the request answers 503 and keeps its text.
    Unavailable(String),
    /// Anything else: 500.
    Other(String),
}

impl WriteFailure {
    /// Classifies a database error.
    pub fn from_sqlx(err: &sqlx::Error) -> Self {
        if is_unavailable(err) {
            Self::Unavailable(err.to_string())
        } else {
            Self::Other(err.to_string())
        }
    }
}

impl From<WriteFailure> for crate::error::AppError {
    fn from(failure: WriteFailure) -> Self {
        match failure {
            WriteFailure::Unavailable(cause) => Self::Unavailable(anyhow::anyhow!(cause)),
            WriteFailure::Other(cause) => Self::Internal(anyhow::anyhow!(cause)),
        }
    }
}
