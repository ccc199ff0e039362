//! SQL of the public site's own record: accessibility reports (the enquiry's SQL is in
//! [`crate::enquiry::store`]).

use crate::db::Db;
use crate::with_db;

/// Stores a sealed accessibility report.
pub(super) async fn insert_accessibility_report(
    db: &Db,
    id: &str,
    now: i64,
    lang: &str,
    report_sealed: &[u8],
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "insert into accessibility_reports (id, created_at, lang, report_sealed) values ($1, $2, $3, $4)";
    with_db!(db, |pool| sqlx::query(SQL)
        .bind(id)
        .bind(now)
        .bind(lang)
        .bind(report_sealed)
        .execute(pool)
        .await
        .map(drop))
}
