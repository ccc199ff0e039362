//! SQL of the console's queue and of who holds a case (claiming itself writes the
//! enquiry, so it is the enquiry store's: [`crate::enquiry::store::claim`]).

use sqlx::FromRow;

use crate::db::Db;
use crate::with_db;

// The queue's claim, take-over and release are the enquiry's own changes.
pub(super) use crate::enquiry::store::{claim, release, take_over};

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
    /// `where …` over `enquiries e` with `$1…` placeholders, and the values to bind.
    fn condition(&self) -> (String, Vec<Param>) {
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
        if let Some(region) = self.region {
            text(&mut sql, "e.police_region", region);
        }
        if let Holder::User(user_id) = &self.holder {
            text(&mut sql, "e.assigned_to", user_id);
        }
        if let Some(child) = self.child {
            params.push(Param::Bool(child));
            sql.push_str(&format!(" and e.child = ${}", params.len()));
        }
        if let Some(flag) = self.flag {
            // flags holds ",a,b,"; `_` is a like wildcard and flag names contain it.
            params.push(Param::Text(format!("%,{},%", flag.replace('_', "\\_"))));
            sql.push_str(&format!(" and e.flags like ${} escape '\\'", params.len()));
        }
        if self.holder == Holder::Nobody {
            sql.push_str(" and e.assigned_to is null");
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

/// Open enquiries matching `filter`, most urgent first, then longest waiting, at most
/// `limit`; and how many match in all.
pub(super) async fn open_enquiries(
    db: &Db,
    filter: &QueueFilter,
    limit: i64,
) -> Result<(Vec<QueueRow>, i64), sqlx::Error> {
    let (condition, params) = filter.condition();
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
