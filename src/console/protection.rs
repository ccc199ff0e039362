//! The protected-identity marker (*sekretessmarkering*, *skyddad folkbokföring*): on a
//! marked case, address and contact data are shown only to the handlers named on it.

use super::case::Case;
use crate::auth::StaffUser;
use crate::db::Db;
use crate::error::AppError;
use crate::with_db;

/// Whether `user_id` is named on protected case `case_id`.
pub(super) async fn is_named(db: &Db, case_id: &str, user_id: &str) -> Result<bool, sqlx::Error> {
    const SQL: &str = "select count(*) from protected_access where enquiry_id = $1 and user_id = $2";
    let count: i64 = with_db!(db, |pool| sqlx::query_scalar(SQL)
        .bind(case_id)
        .bind(user_id)
        .fetch_one(pool)
        .await)?;
    Ok(count > 0)
}

/// Whether `user` may see the case's address and contact data: always on an unmarked
/// case; on a protected one only when named on it.
pub(super) async fn may_see_contact(db: &Db, case: &Case, user: &StaffUser) -> Result<bool, AppError> {
    if !case.row.protected {
        return Ok(true);
    }
    Ok(is_named(db, &case.id, &user.user_id).await?)
}
