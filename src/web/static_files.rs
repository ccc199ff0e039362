//! The few static files (CSS, the quick-exit script), read once at start and served from
//! memory. They are the same for everyone, but a cached copy of the site's style sheet
//! or scripts on a shared device shows that the site was visited (a browser's cache can
//! be listed): they are sent `no-store` like every page. They weigh about 14 KB for a
//! public page, so fetching them again costs little.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context as _;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::state::AppState;

/// One file in memory.
#[derive(Debug)]
struct StaticFile {
    bytes: axum::body::Bytes,
    content_type: &'static str,
    etag: HeaderValue,
}

/// All static files, by name.
#[derive(Debug, Default)]
pub struct StaticFiles(HashMap<String, StaticFile>);

impl StaticFiles {
    /// Reads every file directly in `dir`.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut files = HashMap::new();
        for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if !path.is_file() {
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let content_type = match path.extension().and_then(|e| e.to_str()) {
                Some("css") => "text/css; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("svg") => "image/svg+xml",
                Some("png") => "image/png",
                Some("ico") => "image/x-icon",
                _ => continue,
            };
            let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let digest = Sha256::digest(&bytes);
            let etag = HeaderValue::from_str(&format!(
                "\"{:x}\"",
                u128::from_be_bytes(digest[..16].try_into()?)
            ))?;
            files.insert(
                name,
                StaticFile {
                    bytes: bytes.into(),
                    content_type,
                    etag,
                },
            );
        }
        Ok(Self(files))
    }

    /// The size of a file in bytes, for page-weight checks.
    pub fn len_of(&self, name: &str) -> Option<usize> {
        self.0.get(name).map(|f| f.bytes.len())
    }
}

/// `GET /static/{name}`.
pub async fn serve(
    State(state): State<AppState>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    let Some(file) = state.static_files().0.get(&name) else {
        return AppError::NotFound.into_response();
    };
    if headers.get(header::IF_NONE_MATCH) == Some(&file.etag) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, file.etag.clone())]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(file.content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (header::ETAG, file.etag.clone()),
        ],
        file.bytes.clone(),
    )
        .into_response()
}
