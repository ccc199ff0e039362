//! Reply templates: named texts for common answers, one body per site language.
//! Supervisors keep them at `/console/templates`; handlers insert one into a reply on the
//! case page (`POST /console/cases/{id}/template`), in the language the person asked to
//! be answered in. The shipped texts (`config/reply-templates.toml`) are loaded into the
//! database the first time templates are needed, once. Every change is audited.
//!
//! The texts are general (written for anyone, about no one), so they are stored readable.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use axum::Router;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sqlx::FromRow;

use super::case::Case;
use super::pages::{local, require, staff_page};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Enquiry;
use crate::web::csrf;
use crate::web::{Page, RawForm};

/// The shipped templates, relative to `assets_dir`.
const SHIPPED_FILE: &str = "config/reply-templates.toml";
/// Longest template name.
const NAME_MAX_CHARS: usize = 80;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/templates", get(index))
        .route("/console/templates/new", get(new).post(create))
        .route("/console/templates/{id}", get(edit).post(update))
        .route("/console/templates/{id}/delete", post(delete))
        .route("/console/cases/{id}/template", post(insert))
}

// ---------------------------------------------------------------------------------------
// The template itself, and the shipped file.

/// A checked template: a name and the non-empty bodies, Swedish always among them.
#[derive(Debug)]
struct Draft {
    name: String,
    bodies: Vec<(Lang, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShippedFile {
    template: Vec<ShippedTemplate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShippedTemplate {
    name: String,
    body: BTreeMap<String, String>,
}

/// Reads the shipped templates: each needs a unique name and a body in every site language.
fn read_shipped(path: &Path) -> anyhow::Result<Vec<Draft>> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let file: ShippedFile = toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut names = BTreeSet::new();
    let mut drafts = Vec::new();
    for t in file.template {
        let name = t.name.trim().to_owned();
        anyhow::ensure!(
            !name.is_empty() && name.chars().count() <= NAME_MAX_CHARS && names.insert(name.clone()),
            "{}: template {name:?}: a name of 1 to {NAME_MAX_CHARS} characters, used once",
            path.display()
        );
        for tag in t.body.keys() {
            anyhow::ensure!(
                tag.parse::<Lang>().is_ok(),
                "{}: template {name:?}: {tag:?} is not a site language",
                path.display()
            );
        }
        let mut bodies = Vec::new();
        for lang in Lang::ALL {
            let body = t.body.get(lang.tag()).map(|b| normalise(b)).unwrap_or_default();
            anyhow::ensure!(
                !body.is_empty() && body.chars().count() <= MESSAGE_MAX_CHARS,
                "{}: template {name:?} needs a text in {lang} (at most {MESSAGE_MAX_CHARS} characters)",
                path.display()
            );
            bodies.push((lang, body));
        }
        drafts.push(Draft { name, bodies });
    }
    Ok(drafts)
}

/// Trims a body and writes line breaks as `\n` (browsers send `\r\n`).
fn normalise(text: &str) -> String {
    text.trim().replace("\r\n", "\n")
}

/// Loads the shipped templates into the database, unless that was done before (even if
/// a supervisor has since deleted them all) or templates exist already. Returns how many
/// were added. Call it at start, or rely on the pages that need templates calling it.
pub(crate) async fn seed_reply_templates(state: &AppState) -> anyhow::Result<usize> {
    if store::seeded(state.db()).await? {
        return Ok(0);
    }
    let drafts = read_shipped(&state.config().asset(SHIPPED_FILE))?;
    let added = store::seed(state.db(), &drafts, state.clock().now_ms()).await?;
    if added > 0 {
        audit::append(
            state.db(),
            state.clock().now_ms(),
            "system",
            Action::TemplateEdit,
            None,
            "seeded",
        )
        .await?;
        tracing::info!(templates.count = added, "shipped reply templates loaded");
    }
    Ok(added)
}

/// Seeds for a page; a broken shipped file must not take the case page down with it.
async fn ensure_seeded(state: &AppState) {
    if let Err(err) = seed_reply_templates(state).await {
        tracing::error!(error = %format!("{err:#}"), "shipped reply templates could not be loaded");
    }
}

/// The site language to answer a case in: the person's chosen language, else Swedish.
fn reply_lang(enquiry: &Enquiry) -> Lang {
    let Some(tag) = enquiry.language.as_deref() else {
        return Lang::Sv;
    };
    if let Ok(lang) = tag.parse() {
        return lang;
    }
    // Dari is Persian as written in Afghanistan.
    if tag.to_ascii_lowercase().starts_with("fa-af") {
        return Lang::Prs;
    }
    enquiry
        .primary_language()
        .and_then(|p| p.parse().ok())
        .unwrap_or(Lang::Sv)
}

// ---------------------------------------------------------------------------------------
// SQL.

mod store {
    use super::{BodyRow, Draft, TemplateRow};
    use crate::db::Db;
    use crate::with_db;

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
        db: &Db,
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
        with_db!(db, |pool| {
            let mut tx = pool.begin().await?;
            let query = if create {
                sqlx::query(INSERT)
                    .bind(id)
                    .bind(draft.name.as_str())
                    .bind(now)
                    .bind(now)
            } else {
                sqlx::query(UPDATE).bind(id).bind(draft.name.as_str()).bind(now)
            };
            let written = query.bind(by).execute(&mut *tx).await?.rows_affected();
            if written == 0 {
                return Ok(false);
            }
            sqlx::query(CLEAR).bind(id).execute(&mut *tx).await?;
            for (lang, body) in &draft.bodies {
                sqlx::query(BODY)
                    .bind(id)
                    .bind(lang.tag())
                    .bind(body.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Deletes a template and its bodies; `false` when there was none.
    pub(super) async fn delete(db: &Db, id: &str) -> Result<bool, sqlx::Error> {
        const BODIES: &str = "delete from reply_template_bodies where template_id = $1";
        const TEMPLATE: &str = "delete from reply_templates where id = $1";
        with_db!(db, |pool| {
            let mut tx = pool.begin().await?;
            sqlx::query(BODIES).bind(id).execute(&mut *tx).await?;
            let gone = sqlx::query(TEMPLATE)
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            tx.commit().await?;
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
    pub(super) async fn seed(db: &Db, drafts: &[Draft], now: i64) -> Result<usize, sqlx::Error> {
        const MARK: &str =
            "insert into reply_template_seeding (id, seeded_at) values (1, $1) on conflict (id) do nothing";
        const COUNT: &str = "select count(*) from reply_templates";
        const TEMPLATE: &str = "insert into reply_templates (id, name, created_at, updated_at, updated_by) \
            values ($1, $2, $3, $4, 'system')";
        const BODY: &str = "insert into reply_template_bodies (template_id, lang, body) values ($1, $2, $3)";
        with_db!(db, |pool| {
            let mut tx = pool.begin().await?;
            let marked = sqlx::query(MARK)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let existing: i64 = sqlx::query_scalar(COUNT).fetch_one(&mut *tx).await?;
            if marked == 0 || existing > 0 {
                tx.commit().await?;
                return Ok(0);
            }
            for draft in drafts {
                let id = uuid::Uuid::new_v4().to_string();
                sqlx::query(TEMPLATE)
                    .bind(id.as_str())
                    .bind(draft.name.as_str())
                    .bind(now)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                for (lang, body) in &draft.bodies {
                    sqlx::query(BODY)
                        .bind(id.as_str())
                        .bind(lang.tag())
                        .bind(body.as_str())
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(drafts.len())
        })
    }
}

#[derive(Debug, FromRow)]
struct TemplateRow {
    id: String,
    name: String,
    updated_at: i64,
}

#[derive(Debug, FromRow)]
struct BodyRow {
    template_id: String,
    lang: String,
    body: String,
}

// ---------------------------------------------------------------------------------------
// The form: what was typed, echoed back whatever was wrong with it.

/// One language's textarea.
#[derive(Serialize)]
struct BodyField {
    tag: &'static str,
    dir: &'static str,
    endonym: &'static str,
    text: String,
    error: Option<&'static str>,
}

/// One problem for the error summary; `field` is the input's id.
#[derive(Debug, Serialize)]
struct Problem {
    field: String,
    message_id: &'static str,
}

/// The edit form as typed (or as stored).
struct Form {
    name: String,
    bodies: Vec<(Lang, String)>,
}

impl Form {
    fn from_post(form: &RawForm) -> Self {
        Self {
            name: form.get("name").unwrap_or_default().to_owned(),
            bodies: Lang::ALL
                .into_iter()
                .map(|l| {
                    (
                        l,
                        form.get(&format!("body_{}", l.tag()))
                            .unwrap_or_default()
                            .to_owned(),
                    )
                })
                .collect(),
        }
    }

    fn from_stored(name: &str, rows: &[BodyRow]) -> Self {
        Self {
            name: name.to_owned(),
            bodies: Lang::ALL
                .into_iter()
                .map(|l| {
                    let text = rows.iter().find(|r| r.lang == l.tag()).map(|r| r.body.clone());
                    (l, text.unwrap_or_default())
                })
                .collect(),
        }
    }

    /// The checked template, or every problem with what was typed.
    fn check(&self) -> Result<Draft, Vec<Problem>> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(problem("i-name", "admin-tpl-error-name-missing"));
        } else if name.chars().count() > NAME_MAX_CHARS {
            problems.push(problem("i-name", "admin-tpl-error-name-long"));
        }
        let mut bodies = Vec::new();
        for (lang, text) in &self.bodies {
            let body = normalise(text);
            let field = format!("i-body-{}", lang.tag());
            if *lang == Lang::Sv && body.is_empty() {
                problems.push(problem(&field, "admin-tpl-error-sv-missing"));
            } else if body.chars().count() > MESSAGE_MAX_CHARS {
                problems.push(problem(&field, "admin-tpl-error-body-long"));
            } else if !body.is_empty() {
                bodies.push((*lang, body));
            }
        }
        if problems.is_empty() {
            Ok(Draft {
                name: name.to_owned(),
                bodies,
            })
        } else {
            Err(problems)
        }
    }
}

fn problem(field: &str, message_id: &'static str) -> Problem {
    Problem {
        field: field.to_owned(),
        message_id,
    }
}

/// The edit page for template `id` (`None`: a new one), with `form`'s values and `problems`.
fn edit_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: Option<&str>,
    form: &Form,
    problems: &[Problem],
) -> Page {
    let path = id.map_or_else(
        || "/console/templates/new".to_owned(),
        |id| format!("/console/templates/{id}"),
    );
    let error_of = |field: &str| problems.iter().find(|p| p.field == field).map(|p| p.message_id);
    let fields: Vec<BodyField> = form
        .bodies
        .iter()
        .map(|(lang, text)| BodyField {
            tag: lang.tag(),
            dir: lang.dir(),
            endonym: lang.endonym(),
            text: text.clone(),
            error: error_of(&format!("i-body-{}", lang.tag())),
        })
        .collect();
    staff_page(state, user, headers, "console/template-edit.html", &path)
        .with("tpl_action", &path)
        .with("tpl_id", &id)
        .with("tpl_name", &form.name)
        .with("tpl_name_error", &error_of("i-name"))
        .with("tpl_fields", &fields)
        .with("tpl_errors", problems)
        .with("tpl_name_max", &NAME_MAX_CHARS)
        .with("tpl_body_max", &MESSAGE_MAX_CHARS)
}

// ---------------------------------------------------------------------------------------
// Handlers.

#[derive(Serialize)]
struct ListRow {
    id: String,
    name: String,
    updated: String,
    languages: usize,
    missing: Vec<&'static str>,
}

/// `?done=` after a change, for the confirmation on the list.
#[derive(Debug, Deserialize)]
struct Done {
    done: Option<String>,
}

/// `GET /console/templates`: every template and which languages it has.
async fn index(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    ensure_seeded(&state).await;
    let bodies = store::bodies(state.db(), None).await?;
    let rows: Vec<ListRow> = store::list(state.db())
        .await?
        .into_iter()
        .map(|t| {
            let has: BTreeSet<&str> = bodies
                .iter()
                .filter(|b| b.template_id == t.id)
                .map(|b| b.lang.as_str())
                .collect();
            ListRow {
                languages: has.len(),
                missing: Lang::ALL
                    .into_iter()
                    .map(Lang::tag)
                    .filter(|t| !has.contains(t))
                    .collect(),
                updated: local(t.updated_at),
                id: t.id,
                name: t.name,
            }
        })
        .collect();
    let done = match done.done.as_deref() {
        Some("saved") => Some("admin-tpl-done-saved"),
        Some("deleted") => Some("admin-tpl-done-deleted"),
        _ => None,
    };
    Ok(staff_page(
        &state,
        &user,
        &headers,
        "console/templates.html",
        "/console/templates",
    )
    .with("tpl_rows", &rows)
    .with("tpl_done", &done)
    .with("tpl_total", &Lang::ALL.len())
    .render(&state))
}

/// `GET /console/templates/new`.
async fn new(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let form = Form::from_stored("", &[]);
    Ok(edit_page(&state, &user, &headers, None, &form, &[]).render(&state))
}

/// `GET /console/templates/{id}`.
async fn edit(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::Supervise)?;
    let template = store::one(state.db(), &id).await?.ok_or(AppError::NotFound)?;
    let bodies = store::bodies(state.db(), Some(&id)).await?;
    let form = Form::from_stored(&template.name, &bodies);
    Ok(edit_page(&state, &user, &headers, Some(&id), &form, &[]).render(&state))
}

/// `POST /console/templates/new` (fields `name`, `body_{lang}`).
async fn create(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::Supervise)?;
    let id = uuid::Uuid::new_v4().to_string();
    save(&state, &user, &headers, &id, &form, true).await
}

/// `POST /console/templates/{id}` (fields `name`, `body_{lang}`).
async fn update(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::Supervise)?;
    save(&state, &user, &headers, &id, &form, false).await
}

/// Checks and stores a template; any problem re-renders the form with everything typed.
async fn save(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    raw: &RawForm,
    create: bool,
) -> Result<Response, AppError> {
    let form = Form::from_post(raw);
    let page_id = (!create).then_some(id);
    let draft = match form.check() {
        Ok(draft) => draft,
        Err(problems) => {
            let page = edit_page(state, user, headers, page_id, &form, &problems);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(state));
        }
    };
    let now = state.clock().now_ms();
    match store::write(state.db(), id, &draft, now, &user.user_id, create).await {
        Ok(true) => {}
        Ok(false) => return Err(AppError::NotFound),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            let problems = [problem("i-name", "admin-tpl-error-name-taken")];
            let page = edit_page(state, user, headers, page_id, &form, &problems);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(state));
        }
        Err(e) => return Err(e.into()),
    }
    let detail = format!("{}:{id}", if create { "created" } else { "changed" });
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::TemplateEdit,
        None,
        &detail,
    )
    .await?;
    Ok(Redirect::to("/console/templates?done=saved").into_response())
}

/// `POST /console/templates/{id}/delete`.
async fn delete(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::Supervise)?;
    if !store::delete(state.db(), &id).await? {
        return Err(AppError::NotFound);
    }
    let now = state.clock().now_ms();
    let detail = format!("deleted:{id}");
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::TemplateEdit,
        None,
        &detail,
    )
    .await?;
    Ok(Redirect::to("/console/templates?done=deleted").into_response())
}

/// `POST /console/cases/{id}/template` (fields `template`, and `message`: what the handler
/// had typed so far), from the "Insert" button inside the reply form: the case page again,
/// with the template's text in the case's language added to the reply being written.
async fn insert(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    require(&user, Permission::Reply)?;
    let case = super::case::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let typed = form.get("message").unwrap_or_default().trim_end();
    let chosen = form.text("template").unwrap_or_default();
    let lang = reply_lang(&case.input.enquiry);
    let bodies = if chosen.is_empty() {
        Vec::new()
    } else {
        store::bodies(state.db(), Some(chosen)).await?
    };
    let pick = |l: Lang| bodies.iter().find(|b| b.lang == l.tag()).map(|b| b.body.as_str());
    let (text, notice) = match (pick(lang), pick(Lang::Sv)) {
        (Some(text), _) => (text, None),
        (None, Some(swedish)) => (swedish, Some("admin-tpl-insert-fallback")),
        (None, None) => {
            let extra = vec![
                ("reply_draft", Value::from(typed)),
                ("templates_error", Value::from("admin-tpl-insert-missing")),
            ];
            return super::case::render(
                &state,
                &user,
                &headers,
                &id,
                extra,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let draft = if typed.is_empty() {
        text.to_owned()
    } else {
        format!("{typed}\n\n{text}")
    };
    let extra = vec![
        ("reply_draft", Value::from(draft)),
        ("templates_selected", Value::from(chosen)),
        ("templates_notice", json!(notice)),
    ];
    super::case::render(&state, &user, &headers, &id, extra, StatusCode::OK).await
}

#[derive(Serialize)]
struct Choice {
    id: String,
    name: String,
}

/// What this part adds to the case page: the templates to pick from, for those who may
/// reply, and the language they are inserted in.
pub(super) async fn section(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    let may = can(user.role, Permission::Reply);
    let choices: Vec<Choice> = if may {
        ensure_seeded(state).await;
        store::list(state.db())
            .await?
            .into_iter()
            .map(|t| Choice {
                id: t.id,
                name: t.name,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(page
        .with("templates_may", &may)
        .with("templates_list", &choices)
        .with("templates_lang", reply_lang(&case.input.enquiry).tag())
        .with("templates_selected", "")
        .with("templates_notice", &Value::Null)
        .with("templates_error", &Value::Null))
}

/// The shipped templates, read from the source tree.
#[cfg(test)]
fn shipped_for_tests() -> Vec<Draft> {
    read_shipped(&Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED_FILE)).expect("the shipped file reads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_templates_have_a_kind_text_in_every_site_language() {
        let drafts = shipped_for_tests();
        assert!(drafts.len() >= 4, "at least four common replies");
        for d in &drafts {
            assert_eq!(d.bodies.len(), Lang::ALL.len(), "{}", d.name);
        }
        let swedish = |name: &str| {
            drafts
                .iter()
                .find(|d| d.name == name)
                .and_then(|d| d.bodies.iter().find(|(l, _)| *l == Lang::Sv))
                .map(|(_, b)| b.clone())
                .unwrap_or_default()
        };
        assert!(swedish("Ring 112 vid fara").contains("112"));
    }

    #[test]
    fn the_reply_language_follows_the_persons_choice_and_falls_back_to_swedish() {
        let with = |tag: Option<&str>| Enquiry {
            language: tag.map(str::to_owned),
            ..Enquiry::default()
        };
        let cases = [
            (None, Lang::Sv, "no language given"),
            (Some("ar"), Lang::Ar, "a site language"),
            (Some("fa-AF"), Lang::Prs, "Persian of Afghanistan is Dari"),
            (Some("tr-TR"), Lang::Tr, "a region subtag"),
            (Some("de"), Lang::Sv, "not a site language"),
        ];
        for (tag, expected, why) in cases {
            assert_eq!(reply_lang(&with(tag)), expected, "{why}");
        }
    }

    #[test]
    fn a_template_needs_a_name_and_swedish_and_keeps_the_rest_as_typed() {
        let mut form = Form::from_stored("", &[]);
        form.bodies[1].1 = "English only".to_owned();
        let problems = form.check().unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["i-name", "i-body-sv"]);
        form.name = "  Hej  ".to_owned();
        form.bodies[0].1 = "Hej\r\nigen ".to_owned();
        let draft = form.check().unwrap();
        assert_eq!(draft.name, "Hej");
        assert_eq!(
            draft.bodies,
            [
                (Lang::Sv, "Hej\nigen".to_owned()),
                (Lang::En, "English only".to_owned())
            ]
        );
    }
}
