//! Tera templates with the base context every page needs, and the `t()` function that
//! reads Fluent messages in the page's language.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, RwLock};

use anyhow::Context as _;
use axum::body::Bytes;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use tera::{Kwargs, State, Tera};

use crate::i18n::{Lang, Locales};
use crate::state::AppState;

/// The loaded templates.
pub struct Templates {
    tera: Tera,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Templates")
    }
}

impl Templates {
    /// Loads every `*.html` under `dir` (named by their path relative to it) and registers
    /// `t(id=…, …args)`, which formats a Fluent message in the render's `lang`.
    pub fn load(dir: &Path, locales: Arc<Locales>) -> anyhow::Result<Self> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State<'_>| -> tera::TeraResult<String> {
                let id: String = kwargs.must_get("id")?;
                let lang = state
                    .get::<String>("lang")?
                    .and_then(|tag| tag.parse::<Lang>().ok())
                    .unwrap_or(Lang::DEFAULT);
                let mut args = FluentArgs::new();
                for (key, value) in kwargs.iter() {
                    if let Some(name) = key.as_str().filter(|k| *k != "id") {
                        args.set(name.to_owned(), crate::i18n::fluent_value(value));
                    }
                }
                Ok(locales.text(lang, &id, Some(&args)))
            },
        );
        super::questions::register(&mut tera);
        let mut files = Vec::new();
        collect_html(dir, dir, &mut files)?;
        tera.add_template_files(files.iter().map(|(path, name)| (path, Some(name.as_str()))))
            .map_err(|e| anyhow::anyhow!("{e:#}"))
            .with_context(|| format!("loading templates from {}", dir.display()))?;
        Ok(Self { tera })
    }

    /// Renders a template with a prepared context.
    pub fn render(&self, name: &str, context: &tera::Context) -> anyhow::Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| anyhow::anyhow!("rendering {name}: {e:#}"))
    }

    /// Whether a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }
}

fn collect_html(root: &Path, dir: &Path, out: &mut Vec<(std::path::PathBuf, String)>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_html(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            let name = path
                .strip_prefix(root)?
                .to_string_lossy()
                .replace(std::path::MAIN_SEPARATOR, "/");
            out.push((path, name));
        }
    }
    out.sort();
    Ok(())
}

/// One language in the picker.
#[derive(Serialize)]
struct LanguageLink {
    tag: &'static str,
    name: &'static str,
    draft: bool,
}

/// Pages that are the same for every reader of a language, rendered once each.
///
/// Only a [`Page`] with nothing but the base context is cached, and such pages come from
/// fixed lists of templates and paths, so the cache is bounded (languages × pages).
#[derive(Debug, Default)]
pub struct PageCache(RwLock<HashMap<(Lang, &'static str, String), Bytes>>);

impl PageCache {
    fn get(&self, key: &(Lang, &'static str, String)) -> Option<Bytes> {
        self.0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    fn insert(&self, key: (Lang, &'static str, String), html: Bytes) {
        self.0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key, html);
    }
}

/// A page to render: template, language, the path after the language prefix (for the
/// language picker), extra context and status.
pub struct Page {
    lang: Lang,
    template: &'static str,
    path: String,
    context: tera::Context,
    status: StatusCode,
    set_cookie: Option<HeaderValue>,
    /// Nothing but the base context: the same bytes for every reader.
    shared: bool,
}

impl Page {
    /// A page in `lang` rendered from `template`; `path` is e.g. `/support`.
    pub fn new(lang: Lang, template: &'static str, path: impl Into<String>) -> Self {
        Self {
            lang,
            template,
            path: path.into(),
            context: tera::Context::new(),
            status: StatusCode::OK,
            set_cookie: None,
            shared: true,
        }
    }

    /// Adds a context value.
    #[must_use]
    pub fn with<T: Serialize + ?Sized>(mut self, key: &'static str, value: &T) -> Self {
        self.context.insert(key, value);
        self.shared = false;
        self
    }

    /// Adds every field of `fields` (a struct that serializes to a map) as a context value
    /// under the field's own name, as [`Page::with`] would one by one.
    pub fn with_fields<T: Serialize>(mut self, fields: &T) -> Result<Self, tera::Error> {
        self.context.extend(tera::Context::from_serialize(fields)?);
        self.shared = false;
        Ok(self)
    }

    /// Sets the status.
    #[must_use]
    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self.shared = false;
        self
    }

    /// Adds the CSRF token (and the cookie that carries it, when new).
    #[must_use]
    pub fn csrf(mut self, token: super::csrf::CsrfToken) -> Self {
        self.context.insert("csrf_token", token.value());
        self.set_cookie = token.into_cookie();
        self.shared = false;
        self
    }

    /// Renders the page with the base context; a template error is an internal error.
    /// A shared page is rendered once per language and path, then served from memory.
    pub fn render(self, state: &AppState) -> Response {
        if !self.shared {
            let (status, cookie) = (self.status, self.set_cookie.clone());
            return match self.render_html(state) {
                Ok(html) => {
                    let mut response = (status, Html(html)).into_response();
                    if let Some(cookie) = cookie {
                        response.headers_mut().append(header::SET_COOKIE, cookie);
                    }
                    response
                }
                Err(err) => crate::error::AppError::Internal(err).into_response(),
            };
        }
        let key = (self.lang, self.template, self.path.clone());
        if let Some(html) = state.page_cache().get(&key) {
            return Html(html).into_response();
        }
        match self.render_html(state) {
            Ok(html) => {
                let html = Bytes::from(html);
                state.page_cache().insert(key, html.clone());
                Html(html).into_response()
            }
            Err(err) => crate::error::AppError::Internal(err).into_response(),
        }
    }

    /// The HTML of the page, with the base context added.
    fn render_html(mut self, state: &AppState) -> anyhow::Result<String> {
        let lang = self.lang;
        let languages: Vec<LanguageLink> = Lang::ALL
            .into_iter()
            .map(|l| LanguageLink {
                tag: l.tag(),
                name: l.endonym(),
                draft: state.locales().is_draft(l),
            })
            .collect();
        let site = &state.config().site;
        let page_id = self
            .template
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".html");
        self.context.insert("lang", lang.tag());
        self.context.insert("dir", lang.dir());
        self.context.insert("languages", &languages);
        self.context.insert("draft", &state.locales().is_draft(lang));
        self.context.insert("path", &self.path);
        self.context.insert("page", page_id);
        self.context.insert("quick_exit_url", &site.quick_exit_url);
        self.context.insert("reply_days", &site.reply_working_days);
        self.context
            .insert("read_hours", &read_hours_in_words(state, lang, &site.read_hours));
        self.context
            .insert("callback_shown", site.callback_shown_as.trim());
        // Who runs the service decides what the pages say reaches the police and who must
        // report concern about a child: `police`, another `authority`, or `other`.
        let host = if site.host_is_police {
            "police"
        } else if site.host_is_authority {
            "authority"
        } else {
            "other"
        };
        self.context.insert("host", host);
        self.context.insert("host_name", site.host_name.trim());
        state.templates().render(self.template, &self.context)
    }
}

/// When handlers read (`site.read_hours`) in the page's words, e.g. "måndag–fredag kl.
/// 08:00–17:00"; `None` when they read around the clock. The general pages' reply promise
/// says it (`common-read-hours`), so no page promises more than the hours keep.
fn read_hours_in_words(state: &AppState, lang: Lang, read_hours: &[String]) -> Option<String> {
    // Checked at start (config validation); an unreadable schedule promises nothing.
    let parts = crate::directory::OpeningHours::parse(read_hours).ok()?.parts()?;
    let locales = state.locales();
    let day = |n: u8| {
        let mut args = FluentArgs::new();
        args.set("day", n);
        locales.text(lang, "common-weekday", Some(&args))
    };
    let windows: Vec<String> = parts
        .into_iter()
        .map(|w| {
            let mut args = FluentArgs::new();
            args.set("first", day(w.first));
            args.set("last", day(w.last));
            args.set("from", w.from);
            args.set("to", w.to);
            let id = if w.first == w.last {
                "common-read-day"
            } else {
                "common-read-days"
            };
            locales.text(lang, id, Some(&args))
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("windows", windows.join(", "));
    Some(locales.text(lang, "common-read-hours", Some(&args)))
}
