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
    /// Whether a PostgreSQL URL would talk in clear text over a network: its host is not
    /// loopback or a Unix socket, and its `sslmode` is not `require`, `verify-ca` or
    /// `verify-full` (sqlx's default, `prefer`, falls back to clear text).
    pub fn clear_text_over_network(&self) -> bool {
        if !self.is_postgres() {
            return false;
        }
        let Ok(url) = reqwest::Url::parse(&self.0) else {
            return false;
        };
        let secure = url.query_pairs().any(|(key, value)| {
            key == "sslmode" && matches!(value.as_ref(), "require" | "verify-ca" | "verify-full")
        });
        let socket = url
            .query_pairs()
            .any(|(key, value)| key == "host" && value.starts_with('/'));
        let local = match url.host_str() {
            None | Some("") => true,
            Some("localhost") => true,
            Some(host) => host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback()),
        };
        !(secure || socket || local)
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

#[cfg(test)]
mod tests {
    use super::DatabaseUrl;

    #[test]
    fn clear_text_to_another_host_is_told_apart() {
        for (url, clear) in [
            ("postgres://kp@db.example.se/kp", true),
            ("postgres://kp@db.example.se/kp?sslmode=prefer", true),
            ("postgres://kp@db.example.se/kp?sslmode=verify-full", false),
            ("postgres://kp@10.0.0.4:5432/kp?sslmode=require", false),
            ("postgres://postgres@127.0.0.1:5432/test", false),
            ("postgres://postgres@localhost/test", false),
            ("postgres://postgres@[::1]/test", false),
            ("postgres:///kp?host=/run/postgresql", false),
            ("sqlite://data/kontaktpunkt.db", false),
        ] {
            assert_eq!(DatabaseUrl::new(url).clear_text_over_network(), clear, "{url}");
        }
    }
}
