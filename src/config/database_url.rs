//! The database URL, whose `Debug` and `Display` never show a password.

use std::fmt;

use serde::Deserialize;

/// A database URL whose `Debug` and `Display` never show a password.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// Wraps a URL.
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }
    /// The URL itself, for connecting.
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// Whether this names a PostgreSQL database.
    pub fn is_postgres(&self) -> bool {
        self.0.starts_with("postgres://") || self.0.starts_with("postgresql://")
    }
    /// Whether this names a SQLite database.
    pub fn is_sqlite(&self) -> bool {
        self.0.starts_with("sqlite:")
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // user:password@host → user:[redacted]@host
        match (self.0.find("://"), self.0.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let creds = &self.0[scheme_end + 3..at];
                let user = creds.split(':').next().unwrap_or_default();
                write!(
                    f,
                    "{}{user}:[redacted]{}",
                    &self.0[..scheme_end + 3],
                    &self.0[at..]
                )
            }
            _ => f.write_str(&self.0),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}
