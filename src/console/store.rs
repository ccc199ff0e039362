//! SQL of the console's queue, of who holds a case, of who is named on a protected case
//! and of the case's events and staff names as the console shows them (claiming itself writes the
//! enquiry, so it is the enquiry store's: [`crate::enquiry::store::claim`]).

use std::collections::HashMap;

use serde::Serialize;
use sqlx::FromRow;

use crate::crypto::Keyring;
use crate::db::Db;
use crate::enquiry::seal::{FLAG_TAG, REGION_TAG};
use crate::with_db;

// The queue's claim, take-over and release are the enquiry's own changes.

/// One open enquiry in the queue (readable columns only: no content).
#[derive(Debug, FromRow)]
pub(super) struct QueueRow {
    pub(super) id: String,
    pub(super) created_at: i64,
    pub(super) channel: String,
    pub(super) lang: String,
    pub(super) status: String,
    pub(super) priority: String,
    pub(super) child: bool,
    pub(super) protected: bool,
    /// The name of the handler who holds it.
    pub(super) holder: Option<String>,
}

/// Who holds the cases a queue shows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) enum Holder {
    /// Held or not, by anyone.
    #[default]
    Anyone,
    /// Held by this user id.
    User(String),
    /// Held by nobody.
    Nobody,
}

/// What the queue is narrowed to. Every value was checked against its list of allowed
/// values at the edge; the SQL binds them all the same.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct QueueFilter {
    pub(super) channel: Option<&'static str>,
    pub(super) lang: Option<&'static str>,
    pub(super) region: Option<&'static str>,
    pub(super) child: Option<bool>,
    pub(super) flag: Option<&'static str>,
    pub(super) holder: Holder,
}

/// A bound parameter of a filtered query.
enum Param {
    Text(String),
    Bool(bool),
}

impl QueueFilter {
    /// `where …` over `enquiries e` with `$1…` placeholders, and the values to bind;
    /// `viewer` is the user id the queue is drawn for. Region and flags are stored as
    /// keyed tags: a filter matches the value's tag under any configured key.
    fn condition(&self, viewer: &str, keys: &Keyring) -> (String, Vec<Param>) {
        let mut sql = String::from(" where e.status <> 'closed'");
        let mut params = Vec::new();
        let mut text = |sql: &mut String, column: &str, value: &str| {
            params.push(Param::Text(value.to_owned()));
            sql.push_str(&format!(" and {column} = ${}", params.len()));
        };
        if let Some(channel) = self.channel {
            text(&mut sql, "e.channel", channel);
        }
        if let Some(lang) = self.lang {
            text(&mut sql, "e.lang", lang);
        }
        if let Holder::User(user_id) = &self.holder {
            text(&mut sql, "e.assigned_to", user_id);
        }
        if let Some(region) = self.region {
            let mut any = Vec::new();
            for tag in keys.tags(REGION_TAG, region) {
                params.push(Param::Text(tag));
                any.push(format!("${}", params.len()));
            }
            sql.push_str(&format!(" and e.police_region in ({})", any.join(", ")));
        }
        let place_filtered = self.region.is_some();
        if let Some(child) = self.child {
            params.push(Param::Bool(child));
            sql.push_str(&format!(" and e.child = ${}", params.len()));
        }
        if let Some(flag) = self.flag {
            // flags holds ",a,b," of tags (`t` and hex digits: no `like` wildcard).
            let mut any = Vec::new();
            for tag in keys.tags(FLAG_TAG, flag) {
                params.push(Param::Text(format!("%,{tag},%")));
                any.push(format!("e.flags like ${}", params.len()));
            }
            sql.push_str(&format!(" and ({})", any.join(" or ")));
        }
        if self.holder == Holder::Nobody {
            sql.push_str(" and e.assigned_to is null");
        }
        if place_filtered {
            // Where a protected person lives is known only to the handlers named on the
            // case: a filter by place never lists it to anyone else.
            params.push(Param::Bool(false));
            let unprotected = params.len();
            params.push(Param::Text(viewer.to_owned()));
            sql.push_str(&format!(
                " and (e.protected = ${unprotected} or exists (select 1 from protected_access p \
                 where p.enquiry_id = e.id and p.user_id = ${}))",
                params.len()
            ));
        }
        (sql, params)
    }
}

/// Binds `params` in order to a query built from fixed SQL fragments.
macro_rules! bind_all {
    ($query:expr, $params:expr) => {{
        let mut query = $query;
        for param in $params {
            query = match param {
                Param::Text(value) => query.bind(value.as_str()),
                Param::Bool(value) => query.bind(*value),
            };
        }
        query
    }};
}

/// Open enquiries matching `filter` as `viewer` may see them (a filter by place hides
/// protected cases they are not named on), most urgent first, then longest waiting, at
/// most `limit`; and how many match in all.
pub(super) async fn open_enquiries(
    db: &Db,
    keys: &Keyring,
    filter: &QueueFilter,
    viewer: &str,
    limit: i64,
) -> Result<(Vec<QueueRow>, i64), sqlx::Error> {
    let (condition, params) = filter.condition(viewer, keys);
    // The index enquiries_open (status, priority, created_at) serves the sort; the id
    // keeps the order stable between two reads of a live page.
    let rows_sql = format!(
        "select e.id, e.created_at, e.channel, e.lang, e.status, e.priority, e.child, e.protected, \
         u.name as holder from enquiries e left join users u on u.id = e.assigned_to{condition} \
         order by e.priority, e.created_at, e.id limit ${}",
        params.len() + 1
    );
    let count_sql = format!("select count(*) from enquiries e{condition}");
    let rows = with_db!(db, |pool| {
        bind_all!(
            sqlx::query_as::<_, QueueRow>(sqlx::AssertSqlSafe(rows_sql)),
            &params
        )
        .bind(limit)
        .fetch_all(pool)
        .await
    })?;
    let total: i64 = with_db!(db, |pool| {
        bind_all!(
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql)),
            &params
        )
        .fetch_one(pool)
        .await
    })?;
    Ok((rows, total))
}

/// Who holds a case and since when.
#[derive(Debug, FromRow)]
pub(super) struct Claim {
    pub(super) user_id: String,
    pub(super) name: String,
    pub(super) since: i64,
}

/// The holder of case `id`, if anyone holds it.
pub(super) async fn holder(db: &Db, id: &str) -> Result<Option<Claim>, sqlx::Error> {
    const SQL: &str = "select u.id as user_id, u.name, e.assigned_at as since from enquiries e \
        join users u on u.id = e.assigned_to where e.id = $1 and e.assigned_at is not null";
    with_db!(db, |pool| sqlx::query_as::<_, Claim>(SQL)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

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

/// A staff user who may be named on a protected case.
#[derive(Debug, Clone, FromRow, Serialize)]
pub(super) struct StaffChoice {
    /// The user's id.
    pub(super) id: String,
    /// Their name.
    pub(super) name: String,
    /// Their role.
    pub(super) role: String,
}

/// Active users who work cases (handlers, supervisors, admins), by name.
pub(super) async fn eligible_users(db: &Db) -> Result<Vec<StaffChoice>, sqlx::Error> {
    const SQL: &str = "select id, name, role from users where disabled = $1 \
        and role in ('handler', 'supervisor', 'admin') order by name";
    with_db!(db, |pool| sqlx::query_as::<_, StaffChoice>(SQL)
        .bind(false)
        .fetch_all(pool)
        .await)
}

/// The users named on a case, by name.
pub(super) async fn named_users(db: &Db, case_id: &str) -> Result<Vec<StaffChoice>, sqlx::Error> {
    const SQL: &str = "select u.id, u.name, u.role from protected_access p join users u on u.id = p.user_id \
        where p.enquiry_id = $1 order by u.name";
    with_db!(db, |pool| sqlx::query_as::<_, StaffChoice>(SQL)
        .bind(case_id)
        .fetch_all(pool)
        .await)
}

/// One of a case's events, with the names of the users it mentions.
#[derive(Debug, FromRow)]
pub(super) struct EventRow {
    /// The event's id (its detail is sealed to it).
    pub(super) id: String,
    /// Unix ms.
    pub(super) at: i64,
    /// What happened (`protect`, `close`, …).
    pub(super) kind: String,
    /// Clear only in a row not yet converted.
    pub(super) detail: String,
    /// An outcome code or a user id, sealed ([`crate::enquiry::store::open_case_event_detail`]).
    pub(super) detail_sealed: Option<Vec<u8>>,
    /// Who did it, by name (their id if the user is gone).
    pub(super) actor_name: String,
}

/// The events of a case, in order.
pub(super) async fn case_events(db: &Db, case_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    const SQL: &str = "select e.id, e.at, e.kind, e.detail, e.detail_sealed, \
        coalesce(a.name, e.actor) as actor_name from case_events e left join users a on a.id = e.actor \
        where e.enquiry_id = $1 order by e.seq";
    with_db!(db, |pool| sqlx::query_as::<_, EventRow>(SQL)
        .bind(case_id)
        .fetch_all(pool)
        .await)
}

/// Every user's name by id (the audit page names actors).
pub(super) async fn user_names(db: &Db) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = with_db!(db, |pool| sqlx::query_as("select id, name from users")
        .fetch_all(pool)
        .await)?;
    Ok(rows.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text values a condition binds.
    fn texts(params: &[Param]) -> Vec<&str> {
        params
            .iter()
            .filter_map(|p| match p {
                Param::Text(t) => Some(t.as_str()),
                Param::Bool(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_filter_by_flag_or_region_binds_its_tag_under_every_key_and_never_the_name() {
        let (old, current) = (Keyring::new(&[1; 32], &[]), Keyring::new(&[2; 32], &[[1; 32]]));
        let filter = QueueFilter {
            region: Some("stockholm"),
            flag: Some("psychiatric_needs"),
            ..QueueFilter::default()
        };
        let (sql, params) = filter.condition("u1", &current);
        let bound = texts(&params);
        for keys in [&old, &current] {
            let region = keys.tag(REGION_TAG, "stockholm");
            let flag = format!("%,{},%", keys.tag(FLAG_TAG, "psychiatric_needs"));
            assert!(bound.contains(&region.as_str()), "{bound:?}");
            assert!(bound.contains(&flag.as_str()), "{bound:?}");
        }
        assert!(
            !bound
                .iter()
                .any(|t| t.contains("stockholm") || t.contains("psychiatric")),
            "{bound:?}"
        );
        assert!(
            sql.contains("e.police_region in ($1, $2)")
                && sql.contains("(e.flags like $3 or e.flags like $4)"),
            "{sql}"
        );
    }
}
