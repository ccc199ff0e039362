//! Every user-facing string comes from Fluent files under `locales/{tag}/*.ftl`.
//!
//! [`Locales`] loads all languages at start (a missing file, a syntax error or a
//! duplicate id stops the start with the file named); `locales/status.toml` records which
//! translations a qualified translator has checked, and the site marks the rest as drafts.

mod lang;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use anyhow::Context as _;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;

pub use lang::{Lang, UnknownLang, negotiate};

/// Review state of one translation (from `locales/status.toml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationStatus {
    /// Checked by a qualified translator.
    pub reviewed: bool,
    /// Who wrote it and what is pending, for people maintaining the text.
    pub note: String,
}

/// All loaded translations.
pub struct Locales {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    ids: HashMap<Lang, BTreeSet<String>>,
    status: HashMap<Lang, TranslationStatus>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locales({} languages)", self.bundles.len())
    }
}

impl Locales {
    /// Loads `dir/{tag}/*.ftl` for every language and `dir/status.toml`.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let status_path = dir.join("status.toml");
        let status_text = std::fs::read_to_string(&status_path)
            .with_context(|| format!("reading {}", status_path.display()))?;
        let status: HashMap<String, TranslationStatus> =
            toml::from_str(&status_text).with_context(|| format!("parsing {}", status_path.display()))?;
        let mut locales = Self {
            bundles: HashMap::new(),
            ids: HashMap::new(),
            status: HashMap::new(),
        };
        for lang in Lang::ALL {
            let entry = status
                .get(lang.tag())
                .with_context(|| format!("{} has no entry for {lang}", status_path.display()))?;
            locales.status.insert(lang, entry.clone());
            let (bundle, ids) = load_bundle(dir, lang)?;
            locales.bundles.insert(lang, bundle);
            locales.ids.insert(lang, ids);
        }
        Ok(locales)
    }

    /// The message `id` in `lang` with `args`; a missing id falls back to Swedish, then to
    /// the id itself (and is logged: a test keeps every id in every locale).
    pub fn text(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_text(lang, id, args)
            .or_else(|| {
                tracing::warn!(lang = lang.tag(), message.id = id, "message missing in locale");
                self.try_text(Lang::DEFAULT, id, args)
            })
            .unwrap_or_else(|| id.to_owned())
    }

    fn try_text(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(
                lang = lang.tag(),
                message.id = id,
                "message formatted with errors"
            );
        }
        Some(text)
    }

    /// A message without arguments.
    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.text(lang, id, None)
    }

    /// The message ids of a language.
    pub fn ids(&self, lang: Lang) -> &BTreeSet<String> {
        static EMPTY: BTreeSet<String> = BTreeSet::new();
        self.ids.get(&lang).unwrap_or(&EMPTY)
    }

    /// Whether a translation still awaits a qualified translator's check. Swedish is the
    /// source text, not a translation, so it is never shown as a draft translation (its
    /// own review state is kept in `status.toml` all the same).
    pub fn is_draft(&self, lang: Lang) -> bool {
        lang != Lang::DEFAULT && self.status.get(&lang).is_none_or(|s| !s.reviewed)
    }
}

fn load_bundle(dir: &Path, lang: Lang) -> anyhow::Result<(FluentBundle<FluentResource>, BTreeSet<String>)> {
    let locale = lang
        .fluent_locale()
        .parse()
        .with_context(|| format!("{lang} is not a valid locale"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    let mut ids = BTreeSet::new();
    let lang_dir = dir.join(lang.tag());
    let mut files: Vec<_> = std::fs::read_dir(&lang_dir)
        .with_context(|| format!("reading {}", lang_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    anyhow::ensure!(!files.is_empty(), "{} holds no .ftl file", lang_dir.display());
    for path in files {
        let source = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let resource = FluentResource::try_new(source)
            .map_err(|(_, errs)| anyhow::anyhow!("{}: Fluent syntax errors: {errs:?}", path.display()))?;
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
        bundle
            .add_resource(resource)
            .map_err(|errs| anyhow::anyhow!("{}: duplicate message ids: {errs:?}", path.display()))?;
    }
    Ok((bundle, ids))
}

/// Converts template arguments into Fluent arguments.
pub fn fluent_value(value: &tera::Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i64() {
        // Counts and days are small; f64 holds them exactly.
        #[expect(clippy::cast_precision_loss, reason = "template numbers are small counts")]
        return FluentValue::from(n as f64);
    }
    if let Some(f) = value.as_f64() {
        return FluentValue::from(f);
    }
    match value.as_str() {
        Some(s) => FluentValue::from(s.to_owned()),
        None => FluentValue::from(value.to_string()),
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Lang {
    type Rejection = crate::error::AppError;

    /// The language is the first path segment (`/{lang}/…`); an unsupported one is a 404,
    /// which the error page answers in the browser's language, with the picker.
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        parts
            .uri
            .path()
            .trim_start_matches('/')
            .split('/')
            .next()
            .and_then(|tag| tag.parse().ok())
            .ok_or(crate::error::AppError::NotFound)
    }
}
