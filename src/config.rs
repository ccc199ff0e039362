//! Configuration: `config/default.toml`, then the file named by `KONTAKTPUNKT_CONFIG`,
//! then `KONTAKTPUNKT_*` environment variables (nested keys joined with `__`).
//!
//! This is the only module that reads the process environment. Every value is checked
//! by [`Config::validate`] before anything starts, and an error names the key.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// The environment prefix of every setting.
pub const ENV_PREFIX: &str = "KONTAKTPUNKT_";

/// The whole configuration of one instance.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address of the one listener.
    pub listen: SocketAddr,
    /// `sqlite://…` or `postgres://…`; its `Debug` hides any password.
    pub database_url: DatabaseUrl,
    /// Development mode (no set-up; generated data key; readable logs).
    pub dev: bool,
    /// Folder for dev-mode state (the generated data key).
    pub data_dir: PathBuf,
    /// Folder holding `templates/`, `locales/`, `static/` and `config/`.
    pub assets_dir: PathBuf,
    /// The current at-rest encryption key (base64 of 32 bytes).
    #[serde(default)]
    pub data_key: Option<SecretString>,
    /// Earlier keys, still accepted for reading.
    #[serde(default)]
    pub old_data_keys: Vec<SecretString>,
    /// Logging.
    pub log: LogConfig,
    /// The public site.
    pub site: SiteConfig,
    /// HTTP behaviour.
    pub http: HttpConfig,
    /// Rate limits.
    pub limits: LimitsConfig,
    /// Triage rules and directory.
    pub triage: TriageConfig,
    /// The queue's service levels.
    #[serde(default)]
    pub sla: SlaConfig,
}

/// Logging settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// Output format.
    pub format: LogFormat,
    /// A tracing filter directive.
    pub level: String,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One JSON object per line (production).
    Json,
    /// Human-readable lines (development).
    Pretty,
}

/// Settings of the public site.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Target of the quick-exit link.
    pub quick_exit_url: String,
    /// Working days within which a written enquiry is answered.
    pub reply_working_days: u32,
    /// Whether the host is a public authority (duty to report concern about a child).
    pub host_is_authority: bool,
}

/// HTTP settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Largest accepted request body in bytes.
    pub max_body_bytes: usize,
    /// Whether cookies carry `Secure`.
    pub cookie_secure: bool,
    /// Whether `X-Forwarded-For` names the client (for rate limits only).
    pub trust_forwarded_for: bool,
    /// Request time-out in seconds.
    pub request_timeout_secs: u64,
    /// Grace period for in-flight requests at shutdown, in seconds.
    pub shutdown_grace_secs: u64,
}

/// Rate limits, per client and minute.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Receipt-code look-ups.
    pub receipt_lookups_per_minute: u32,
    /// Triage previews.
    pub triage_previews_per_minute: u32,
}

/// Where the triage rules and the directory live.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageConfig {
    /// Folder of rule files, relative to `assets_dir`.
    pub rules_dir: PathBuf,
    /// Folder of the directory, relative to `assets_dir`.
    pub directory_dir: PathBuf,
}

/// The queue's service levels, per priority, counted on the Swedish calendar.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SlaConfig {
    /// P1: minutes from arrival (0 = at once).
    pub p1_minutes: u32,
    /// P2: 0 = by the end of the working day it arrived, n = of the n-th working day after.
    pub p2_working_days: u32,
    /// P3: by the end of this many working days after the day it arrived.
    pub p3_working_days: u32,
}

impl Default for SlaConfig {
    /// P1 now, P2 the same working day, P3 within two working days.
    fn default() -> Self {
        Self {
            p1_minutes: 0,
            p2_working_days: 0,
            p3_working_days: 2,
        }
    }
}

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

/// A configuration problem, naming the key at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A source could not be read or a value has the wrong type.
    #[error("{0}")]
    Source(#[from] Box<figment::Error>),
    /// A value is present but not acceptable.
    #[error("{key}: {problem}")]
    Invalid {
        /// The key, as it is written in the TOML file.
        key: &'static str,
        /// What is wrong and what is expected.
        problem: String,
    },
}

/// Loads the configuration from the default file, `KONTAKTPUNKT_CONFIG` and the
/// environment, then validates it. `dev_flag` is the `--dev` switch of `serve`.
pub fn load(dev_flag: bool) -> Result<Config, ConfigError> {
    #[expect(
        clippy::disallowed_methods,
        reason = "config.rs is the one place that reads the environment"
    )]
    let extra = std::env::var_os("KONTAKTPUNKT_CONFIG").map(PathBuf::from);
    let figment = figment(Path::new("config/default.toml"), extra.as_deref())
        .merge(Env::prefixed(ENV_PREFIX).ignore(&["config"]).split("__"));
    from_figment(&figment, dev_flag)
}

/// The file sources alone (default file, then an optional extra file), for tests and tools.
pub fn figment(default_file: &Path, extra_file: Option<&Path>) -> Figment {
    let mut figment = Figment::from(Toml::file_exact(default_file));
    if let Some(extra) = extra_file {
        figment = figment.merge(Toml::file_exact(extra));
    }
    figment
}

/// Extracts and validates a configuration from any figment.
pub fn from_figment(figment: &Figment, dev_flag: bool) -> Result<Config, ConfigError> {
    let mut config: Config = figment.extract().map_err(Box::new)?;
    if dev_flag {
        config.dev = true;
    }
    if config.dev {
        // Dev mode runs on http://127.0.0.1 with readable logs.
        config.http.cookie_secure = false;
        config.log.format = LogFormat::Pretty;
    }
    config.validate()?;
    Ok(config)
}

impl Config {
    /// Checks every value that serde cannot; the error names the key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if !(self.database_url.is_sqlite() || self.database_url.is_postgres()) {
            return invalid("database_url", "must start with sqlite:// or postgres://");
        }
        match &self.data_key {
            Some(key) => {
                decode_key(key).map_err(|problem| ConfigError::Invalid {
                    key: "data_key",
                    problem,
                })?;
            }
            None if !self.dev => {
                return invalid(
                    "data_key",
                    "KONTAKTPUNKT_DATA_KEY is required outside dev mode (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)",
                );
            }
            None => {}
        }
        for key in &self.old_data_keys {
            decode_key(key).map_err(|problem| ConfigError::Invalid {
                key: "old_data_keys",
                problem,
            })?;
        }
        if !self.site.quick_exit_url.starts_with("https://") {
            return invalid(
                "site.quick_exit_url",
                "must be an https:// address of a neutral site",
            );
        }
        if !(1..=10).contains(&self.site.reply_working_days) {
            return invalid("site.reply_working_days", "must be between 1 and 10");
        }
        if self.sla.p1_minutes > 24 * 60 {
            return invalid("sla.p1_minutes", "must be at most 1440 (a day)");
        }
        if self.sla.p3_working_days > 10 || self.sla.p2_working_days > self.sla.p3_working_days {
            return invalid(
                "sla.p3_working_days",
                "must be at most 10 and at least sla.p2_working_days",
            );
        }
        if self.http.max_body_bytes < 4096 {
            return invalid("http.max_body_bytes", "must be at least 4096");
        }
        if self.limits.receipt_lookups_per_minute == 0 {
            return invalid("limits.receipt_lookups_per_minute", "must be at least 1");
        }
        if self.limits.triage_previews_per_minute == 0 {
            return invalid("limits.triage_previews_per_minute", "must be at least 1");
        }
        Ok(())
    }

    /// A path under `assets_dir`.
    pub fn asset(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.assets_dir.join(relative)
    }
}

fn invalid(key: &'static str, problem: &str) -> Result<(), ConfigError> {
    Err(ConfigError::Invalid {
        key,
        problem: problem.to_owned(),
    })
}

/// Decodes a base64 key of exactly 32 bytes.
pub fn decode_key(key: &SecretString) -> Result<[u8; 32], String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(key.expose_secret().trim())
        .map_err(|_| "must be base64 (standard alphabet) of exactly 32 bytes".to_owned())?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| format!("must decode to exactly 32 bytes, not {}", bytes.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Figment {
        figment(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml"),
            None,
        )
    }

    #[test]
    fn default_file_is_valid_in_dev_mode() {
        let config = from_figment(&base(), true).unwrap();
        assert!(config.dev);
        assert!(!config.http.cookie_secure);
    }

    #[test]
    fn production_without_data_key_names_the_key() {
        let err = from_figment(&base(), false).unwrap_err().to_string();
        assert!(err.contains("data_key"), "{err}");
    }

    #[test]
    fn short_data_key_is_rejected() {
        let fig = base().merge(("data_key", "c2hvcnQ="));
        let err = from_figment(&fig, false).unwrap_err().to_string();
        assert!(err.contains("data_key") && err.contains("32 bytes"), "{err}");
    }

    #[test]
    fn wrong_type_names_the_key() {
        let fig = base().merge(("http.max_body_bytes", "lots"));
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains("max_body_bytes"), "{err}");
    }

    #[test]
    fn unknown_key_is_an_error() {
        let fig = base().merge(("site.colour", "blue"));
        let err = from_figment(&fig, true).unwrap_err().to_string();
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    fn database_url_hides_password() {
        let url = DatabaseUrl::new("postgres://kp:hunter2@db/kp");
        assert_eq!(url.to_string(), "postgres://kp:[redacted]@db/kp");
        assert!(!format!("{url:?}").contains("hunter2"));
    }
}
