//! The two migration folders describe one schema: the same file names, and once applied
//! (SQLite to a fresh file, PostgreSQL to a fresh `kp_test_*` database) the same tables,
//! columns (name, nullability, type family) and indexes by name. A migration is never
//! edited, so drift found here is mended by a new pair.

use std::collections::BTreeSet;
use std::path::Path;

use sqlx::migrate::Migrator;

use crate::helpers::root;

/// Where PostgreSQL is on this machine and in CI when `TEST_DATABASE_URL` says nothing.
const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/test";

fn names(backend: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("migrations").join(backend))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn sqlite_and_postgres_have_the_same_migrations() {
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("postgres"));
}

/// What the comparison sees of a schema: one line per table, column and index.
#[derive(Debug, Default)]
struct Schema {
    /// `table`.
    tables: BTreeSet<String>,
    /// `table.column family null|not null`.
    columns: BTreeSet<String>,
    /// `table: index`.
    indexes: BTreeSet<String>,
}

/// The type family of a declared column type. SQLite has no boolean: a flag is an
/// `integer` 0/1 there and a `boolean` in PostgreSQL, so both count as `integer|bool`.
fn family(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    if t == "boolean" || t == "bool" {
        "integer|bool"
    } else if t.contains("int") {
        "integer"
    } else if t.contains("char") || t.contains("text") || t.contains("clob") {
        "text"
    } else if t.contains("blob") || t == "bytea" {
        "blob"
    } else if t.contains("real") || t.contains("floa") || t.contains("doub") || t == "numeric" {
        "real"
    } else {
        "other"
    }
}

/// A SQLite `integer` column matches a PostgreSQL `boolean` (see [`family`]); the
/// comparison writes both as `integer|bool` when the other side's column is a flag.
fn column_line(table: &str, column: &str, family: &str, not_null: bool) -> String {
    let null = if not_null { "not null" } else { "null" };
    format!("{table}.{column} {family} {null}")
}

async fn sqlite_schema(dir: &Path) -> Schema {
    let url = format!("sqlite://{}?mode=rwc", dir.join("schema.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    Migrator::new(root().join("migrations/sqlite"))
        .await
        .unwrap()
        .run(&pool)
        .await
        .expect("the SQLite migrations apply to a fresh database");
    let mut schema = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "select name from sqlite_master where type = 'table' \
         and name not like 'sqlite_%' and name <> '_sqlx_migrations'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for table in tables {
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as(r#"select name, type, "notnull", pk from pragma_table_info($1)"#)
                .bind(&table)
                .fetch_all(&pool)
                .await
                .unwrap();
        for (column, declared, not_null, pk) in columns {
            // PostgreSQL makes a primary key not null; SQLite only says so when asked.
            let not_null = not_null != 0 || pk != 0;
            schema
                .columns
                .insert(column_line(&table, &column, family(&declared), not_null));
        }
        schema.tables.insert(table);
    }
    // Indexes a migration created by name (not the automatic ones behind `unique`).
    let indexes: Vec<(String, String)> =
        sqlx::query_as("select tbl_name, name from sqlite_master where type = 'index' and sql is not null")
            .fetch_all(&pool)
            .await
            .unwrap();
    schema.indexes = indexes.into_iter().map(|(t, i)| format!("{t}: {i}")).collect();
    pool.close().await;
    schema
}

/// A fresh, uniquely named PostgreSQL database (as the test harness makes them), its URL,
/// and the server's URL to drop it with.
pub(crate) async fn fresh_postgres() -> (String, String) {
    #[expect(
        clippy::disallowed_methods,
        reason = "the test harness reads its own environment"
    )]
    let base = std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
        .unwrap_or_else(|| DEFAULT_PG.to_owned());
    let admin = sqlx::PgPool::connect(&base).await.unwrap_or_else(|err| {
        panic!(
            "the migration-pair test needs PostgreSQL at {base} (TEST_DATABASE_URL, or the \
             default): {err}"
        )
    });
    let name = format!("kp_test_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(sqlx::AssertSqlSafe(format!("create database {name}")))
        .execute(&admin)
        .await
        .expect("can create a test database");
    admin.close().await;
    let (prefix, _) = base.rsplit_once('/').expect("the URL names a database");
    (format!("{prefix}/{name}"), base)
}

async fn postgres_schema(url: &str) -> Schema {
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    Migrator::new(root().join("migrations/postgres"))
        .await
        .unwrap()
        .run(&pool)
        .await
        .expect("the PostgreSQL migrations apply to a fresh database");
    let tables = sqlx::query_scalar::<_, String>(
        "select table_name::text from information_schema.tables \
         where table_schema = 'public' and table_type = 'BASE TABLE' \
         and table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "select table_name::text, column_name::text, data_type::text, is_nullable::text \
         from information_schema.columns \
         where table_schema = 'public' and table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let columns = columns
        .into_iter()
        .map(|(t, c, declared, nullable)| column_line(&t, &c, family(&declared), nullable == "NO"))
        .collect();
    // Indexes a migration created by name, not those behind a primary key or `unique`.
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "select t.relname::text, i.relname::text from pg_index x \
         join pg_class i on i.oid = x.indexrelid \
         join pg_class t on t.oid = x.indrelid \
         join pg_namespace n on n.oid = t.relnamespace \
         where n.nspname = 'public' and t.relname <> '_sqlx_migrations' \
         and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    Schema {
        tables: tables.into_iter().collect(),
        columns,
        indexes: indexes.into_iter().map(|(t, i)| format!("{t}: {i}")).collect(),
    }
}

/// Lines on one side only, each marked with the side that has it.
fn differences(what: &str, sqlite: &BTreeSet<String>, postgres: &BTreeSet<String>) -> Vec<String> {
    let only = |a: &BTreeSet<String>, b: &BTreeSet<String>, side: &str| {
        a.difference(b)
            .map(|line| format!("{what} only in {side}: {line}"))
            .collect::<Vec<_>>()
    };
    let mut out = only(sqlite, postgres, "sqlite");
    out.extend(only(postgres, sqlite, "postgres"));
    out
}

/// A SQLite `integer` column whose PostgreSQL twin is a `boolean` is the same flag.
fn fold_flags(sqlite: &mut Schema, postgres: &Schema) {
    let flags: BTreeSet<String> = postgres
        .columns
        .iter()
        .filter(|line| line.contains(" integer|bool "))
        .cloned()
        .collect();
    sqlite.columns = std::mem::take(&mut sqlite.columns)
        .into_iter()
        .map(|line| {
            let as_flag = line.replacen(" integer ", " integer|bool ", 1);
            if flags.contains(&as_flag) { as_flag } else { line }
        })
        .collect();
}

#[tokio::test]
async fn sqlite_and_postgres_migrations_build_the_same_schema() {
    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let (pg_url, server) = fresh_postgres().await;

    // Act
    let mut sqlite = sqlite_schema(dir.path()).await;
    let postgres = postgres_schema(&pg_url).await;
    fold_flags(&mut sqlite, &postgres);

    // Assert
    let admin = sqlx::PgPool::connect(&server).await.unwrap();
    let name = pg_url.rsplit_once('/').unwrap().1;
    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("drop database if exists {name}")))
        .execute(&admin)
        .await;
    admin.close().await;
    // The comparison saw the schema, not nothing.
    assert!(sqlite.tables.len() > 10, "{:?}", sqlite.tables);
    assert!(postgres.columns.len() > 100, "{:?}", postgres.columns);
    assert!(!postgres.indexes.is_empty() && !sqlite.indexes.is_empty());
    assert!(
        sqlite.columns.contains("users.disabled integer|bool not null"),
        "a flag is compared as a flag: {:?}",
        sqlite.columns
    );
    let mut drift = differences("table", &sqlite.tables, &postgres.tables);
    drift.extend(differences("column", &sqlite.columns, &postgres.columns));
    drift.extend(differences("index", &sqlite.indexes, &postgres.indexes));
    assert!(
        drift.is_empty(),
        "the migration pairs build different schemas (mend with a new pair):\n{}",
        drift.join("\n")
    );
}
