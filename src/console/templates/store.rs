//! The reply templates' SQL: the templates, their texts per language, and the one-time
//! seeding of the shipped file.

use sqlx::FromRow;

use super::Draft;
use crate::db::{Db, Tx};
use crate::{with_db, with_tx};

/// Every template, by name.
pub(super) async fn list(db: &Db) -> Result<Vec<TemplateRow>, sqlx::Error> {
    const SQL: &str = "select id, name, updated_at from reply_templates order by name";
    with_db!(db, |pool| sqlx::query_as::<_, TemplateRow>(SQL)
        .fetch_all(pool)
        .await)
}

/// One template.
pub(super) async fn one(db: &Db, id: &str) -> Result<Option<TemplateRow>, sqlx::Error> {
    const SQL: &str = "select id, name, updated_at from reply_templates where id = $1";
    with_db!(db, |pool| sqlx::query_as::<_, TemplateRow>(SQL)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

/// The bodies of one template, or of all when `id` is `None` (the list page counts
/// languages; the table holds a few dozen short rows).
pub(super) async fn bodies(db: &Db, id: Option<&str>) -> Result<Vec<BodyRow>, sqlx::Error> {
    const SQL: &str = "select template_id, lang, body from reply_template_bodies \
        where ($1 = '' or template_id = $1)";
    with_db!(db, |pool| sqlx::query_as::<_, BodyRow>(SQL)
        .bind(id.unwrap_or_default())
        .fetch_all(pool)
        .await)
}

/// Creates (`create`) or replaces template `id`; `false` when there is no such
/// template to replace. A taken name is a unique violation.
pub(super) async fn write(
    tx: &mut Tx,
    id: &str,
    draft: &Draft,
    now: i64,
    by: &str,
    create: bool,
) -> Result<bool, sqlx::Error> {
    const INSERT: &str = "insert into reply_templates (id, name, created_at, updated_at, updated_by) \
        values ($1, $2, $3, $4, $5)";
    const UPDATE: &str = "update reply_templates set name = $2, updated_at = $3, updated_by = $4 \
        where id = $1";
    const CLEAR: &str = "delete from reply_template_bodies where template_id = $1";
    const BODY: &str = "insert into reply_template_bodies (template_id, lang, body) values ($1, $2, $3)";
    with_tx!(tx, |conn| {
        let query = if create {
            sqlx::query(INSERT)
                .bind(id)
                .bind(draft.name.as_str())
                .bind(now)
                .bind(now)
        } else {
            sqlx::query(UPDATE).bind(id).bind(draft.name.as_str()).bind(now)
        };
        let written = query.bind(by).execute(&mut *conn).await?.rows_affected();
        if written == 0 {
            return Ok(false);
        }
        sqlx::query(CLEAR).bind(id).execute(&mut *conn).await?;
        for (lang, body) in &draft.bodies {
            sqlx::query(BODY)
                .bind(id)
                .bind(lang.tag())
                .bind(body.as_str())
                .execute(&mut *conn)
                .await?;
        }
        Ok(true)
    })
}

/// Deletes a template and its bodies; `false` when there was none.
pub(super) async fn delete(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
    const BODIES: &str = "delete from reply_template_bodies where template_id = $1";
    const TEMPLATE: &str = "delete from reply_templates where id = $1";
    with_tx!(tx, |conn| {
        sqlx::query(BODIES).bind(id).execute(&mut *conn).await?;
        let gone = sqlx::query(TEMPLATE)
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        Ok(gone > 0)
    })
}

/// Whether the shipped templates were loaded once already.
pub(super) async fn seeded(db: &Db) -> Result<bool, sqlx::Error> {
    const SQL: &str = "select count(*) from reply_template_seeding";
    let n: i64 = with_db!(db, |pool| sqlx::query_scalar(SQL).fetch_one(pool).await)?;
    Ok(n > 0)
}

/// Loads `drafts` once. The marker row's key makes a concurrent second caller wait
/// for the first and then do nothing.
pub(super) async fn seed(tx: &mut Tx, drafts: &[Draft], now: i64) -> Result<usize, sqlx::Error> {
    const MARK: &str =
        "insert into reply_template_seeding (id, seeded_at) values (1, $1) on conflict (id) do nothing";
    const COUNT: &str = "select count(*) from reply_templates";
    const TEMPLATE: &str = "insert into reply_templates (id, name, created_at, updated_at, updated_by) \
        values ($1, $2, $3, $4, 'system')";
    const BODY: &str = "insert into reply_template_bodies (template_id, lang, body) values ($1, $2, $3)";
    with_tx!(tx, |conn| {
        let marked = sqlx::query(MARK)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        let existing: i64 = sqlx::query_scalar(COUNT).fetch_one(&mut *conn).await?;
        if marked == 0 || existing > 0 {
            return Ok(0);
        }
        for draft in drafts {
            let id = uuid::Uuid::new_v4().to_string();
            sqlx::query(TEMPLATE)
                .bind(id.as_str())
                .bind(draft.name.as_str())
                .bind(now)
                .bind(now)
                .execute(&mut *conn)
                .await?;
            for (lang, body) in &draft.bodies {
                sqlx::query(BODY)
                    .bind(id.as_str())
                    .bind(lang.tag())
                    .bind(body.as_str())
                    .execute(&mut *conn)
                    .await?;
            }
        }
        Ok(drafts.len())
    })
}

/// A template's name and when it last changed.
#[derive(Debug, FromRow)]
pub(super) struct TemplateRow {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) updated_at: i64,
}

/// One language's text of a template.
#[derive(Debug, FromRow)]
pub(super) struct BodyRow {
    pub(super) template_id: String,
    pub(super) lang: String,
    pub(super) body: String,
}
