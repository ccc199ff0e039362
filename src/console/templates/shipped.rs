//! The shipped reply templates (`config/reply-templates.toml`): reading and checking
//! the file, and loading it into the database once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::{Draft, NAME_MAX_CHARS, SHIPPED_FILE, store};
use crate::audit::{self, Action};
use crate::enquiry::model::MESSAGE_MAX_CHARS;
use crate::i18n::Lang;
use crate::state::AppState;

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
pub(super) fn read_shipped(path: &Path) -> anyhow::Result<Vec<Draft>> {
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
pub(super) fn normalise(text: &str) -> String {
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
    let now = state.clock().now_ms();
    let added = crate::transact!(state.db(), |tx| {
        let added = store::seed(tx, &drafts, now).await?;
        if added > 0 {
            audit::append_tx(tx, now, "system", Action::TemplateEdit, None, "seeded").await?;
        }
        Ok::<_, sqlx::Error>(added)
    })?;
    if added > 0 {
        tracing::info!(templates.count = added, "shipped reply templates loaded");
    }
    Ok(added)
}

/// Seeds for a page; a broken shipped file must not take the case page down with it.
pub(super) async fn ensure_seeded(state: &AppState) {
    if let Err(err) = seed_reply_templates(state).await {
        tracing::error!(error = %format!("{err:#}"), "shipped reply templates could not be loaded");
    }
}
