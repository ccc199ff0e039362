//! SQL for the inbox's own table: the consultations a municipality sends. The referrals,
//! and who a recipient user is and which organisations they act for, are the referral
//! room's ([`crate::referral::recipient_store`]).

use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// Records that a municipality user sent enquiry `enquiry_id` to the contact point.
pub(super) async fn insert_consultation(
    tx: &mut Tx,
    enquiry_id: &str,
    user_id: &str,
    kind: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "insert into inbox_consultations (enquiry_id, user_id, kind, created_at) \
        values ($1, $2, $3, $4)";
    with_tx!(tx, |conn| sqlx::query(SQL)
        .bind(enquiry_id)
        .bind(user_id)
        .bind(kind)
        .bind(now)
        .execute(&mut *conn)
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
