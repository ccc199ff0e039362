//! Shared HTML and HTTP plumbing: template rendering with the base context, the
//! language extractor, forms, CSRF, security headers, error pages, static files,
//! per-client rate limits, the one "not stored" answer of every form and what every
//! signed-in staff page shares. No business logic lives here.

pub mod csrf;
pub mod deadline;
pub mod errors;
pub mod field_error;
pub mod floods;
pub mod form;
pub mod headers;
pub mod kept;
pub mod not_saved;
pub mod nul;
mod questions;
pub mod ratelimit;
pub mod render;
pub(crate) mod staff;
pub mod static_files;

pub use field_error::FieldError;
pub use form::{CsrfForm, RawForm};
pub use render::{Page, Templates};
