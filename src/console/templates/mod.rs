//! Reply templates: named texts for common answers, one body per site language.
//! Supervisors keep them at `/console/templates`; handlers insert one into a reply on the
//! case page (`POST /console/cases/{id}/template`), in the language the person asked to
//! be answered in. The shipped texts (`config/reply-templates.toml`) are loaded into the
//! database the first time templates are needed, once. Every change is audited.
//!
//! The texts are general (written for anyone, about no one), so they are stored readable.
//!
//! Split by action: `shipped` (the shipped file and seeding), `store` (SQL), `form` (the
//! edit form, echoed back with its problems), `manage` (the supervisors' pages) and
//! `reply` (inserting a template into a reply on the case page).

mod form;
mod manage;
mod reply;
mod shipped;
mod store;
#[cfg(test)]
mod tests;

use axum::Router;
use axum::routing::{get, post};

use crate::i18n::Lang;
use crate::state::AppState;

pub(super) use reply::view;

/// The shipped templates, relative to `assets_dir`.
const SHIPPED_FILE: &str = "config/reply-templates.toml";
/// Longest template name.
const NAME_MAX_CHARS: usize = 80;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/templates", get(manage::index))
        .route("/console/templates/new", get(manage::new).post(manage::create))
        .route("/console/templates/{id}", get(manage::edit).post(manage::update))
        .route("/console/templates/{id}/delete", post(manage::delete))
        .route("/console/cases/{id}/template", post(reply::insert))
}

/// A checked template: a name and the non-empty bodies, Swedish always among them.
#[derive(Debug)]
struct Draft {
    name: String,
    bodies: Vec<(Lang, String)>,
}
