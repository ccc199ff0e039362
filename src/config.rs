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
    /// E-mail notifications (SMTP).
    #[serde(default)]
    pub email: EmailConfig,
    /// The notification outbox: retries, back-off and the daily digest.
    #[serde(default)]
    pub notify: NotifyConfig,
    /// The anonymous chat: opening hours and limits.
    #[serde(default)]
    pub chat: ChatConfig,
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

/// The anonymous chat: opening hours in Swedish local time (split shifts allowed), dates
/// it is closed, and the limits that keep one chat from harming others.
///
/// Swedish public holidays and the eves of Midsummer, Christmas and New Year are computed
/// ([`crate::calendar`]); on them `holidays` applies instead of the weekday's hours.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ChatConfig {
    /// Shifts on Mondays, each `"HH:MM-HH:MM"`.
    pub monday: Vec<String>,
    /// Shifts on Tuesdays.
    pub tuesday: Vec<String>,
    /// Shifts on Wednesdays.
    pub wednesday: Vec<String>,
    /// Shifts on Thursdays.
    pub thursday: Vec<String>,
    /// Shifts on Fridays.
    pub friday: Vec<String>,
    /// Shifts on Saturdays.
    pub saturday: Vec<String>,
    /// Shifts on Sundays.
    pub sunday: Vec<String>,
    /// Shifts on public holidays and day-off eves (empty: closed).
    pub holidays: Vec<String>,
    /// Exceptional closures, `"YYYY-MM-DD"`.
    pub closed_dates: Vec<String>,
    /// Longest chat message, in characters.
    pub message_max_chars: usize,
    /// Messages a person may send per minute in one chat.
    pub messages_per_minute: u32,
    /// Open chat connections per client (a keyed hash of its address, never stored).
    pub connections_per_source: u32,
    /// Minutes without a message (or, while waiting, without the person's presence)
    /// after which a chat ends and the transcript leaves the screen.
    pub idle_timeout_minutes: u32,
}

impl Default for ChatConfig {
    /// Weekdays 09–12 and 13–21, weekends 12–18, closed on holidays.
    fn default() -> Self {
        let weekday = vec!["09:00-12:00".to_owned(), "13:00-21:00".to_owned()];
        let weekend = vec!["12:00-18:00".to_owned()];
        Self {
            monday: weekday.clone(),
            tuesday: weekday.clone(),
            wednesday: weekday.clone(),
            thursday: weekday.clone(),
            friday: weekday,
            saturday: weekend.clone(),
            sunday: weekend,
            holidays: Vec::new(),
            closed_dates: Vec::new(),
            message_max_chars: 2000,
            messages_per_minute: 20,
            connections_per_source: 20,
            idle_timeout_minutes: 15,
        }
    }
}

/// One shift of chat opening hours: minutes after local midnight, `start < end <= 1440`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    /// First open minute.
    pub start: u16,
    /// First closed minute after the shift (1440 = midnight).
    pub end: u16,
}

impl ChatConfig {
    /// The configured keys of the shift lists, Monday first, then `holidays`.
    pub const SHIFT_KEYS: [&'static str; 8] = [
        "chat.monday",
        "chat.tuesday",
        "chat.wednesday",
        "chat.thursday",
        "chat.friday",
        "chat.saturday",
        "chat.sunday",
        "chat.holidays",
    ];

    fn lists(&self) -> [&Vec<String>; 8] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
            &self.holidays,
        ]
    }

    /// The shifts of a weekday (`None`: public holidays and eves), in order. Values were
    /// checked by [`Config::validate`]; a bad one would simply be left out.
    pub fn shifts(&self, weekday: Option<time::Weekday>) -> Vec<Shift> {
        let index = weekday.map_or(7, |w| usize::from(w.number_days_from_monday()));
        self.lists()[index]
            .iter()
            .filter_map(|s| parse_shift(s).ok())
            .collect()
    }

    /// The exceptional closures.
    pub fn closed_on(&self) -> Vec<time::Date> {
        self.closed_dates
            .iter()
            .filter_map(|d| parse_date(d).ok())
            .collect()
    }

    fn validate(&self) -> Result<(), ConfigError> {
        for (key, list) in Self::SHIFT_KEYS.into_iter().zip(self.lists()) {
            let mut previous_end = 0;
            for text in list {
                let shift = parse_shift(text).map_err(|problem| ConfigError::Invalid { key, problem })?;
                if shift.start < previous_end {
                    return invalid(key, "shifts must be in order and must not overlap");
                }
                previous_end = shift.end;
            }
        }
        for date in &self.closed_dates {
            parse_date(date).map_err(|problem| ConfigError::Invalid {
                key: "chat.closed_dates",
                problem,
            })?;
        }
        if !(200..=8000).contains(&self.message_max_chars) {
            return invalid("chat.message_max_chars", "must be between 200 and 8000");
        }
        if !(1..=600).contains(&self.messages_per_minute) {
            return invalid("chat.messages_per_minute", "must be between 1 and 600");
        }
        if self.connections_per_source == 0 {
            return invalid("chat.connections_per_source", "must be at least 1");
        }
        if !(1..=240).contains(&self.idle_timeout_minutes) {
            return invalid("chat.idle_timeout_minutes", "must be between 1 and 240");
        }
        Ok(())
    }
}

/// Parses `"HH:MM-HH:MM"` (local time; `24:00` ends a shift at midnight).
fn parse_shift(text: &str) -> Result<Shift, String> {
    let bad = || {
        format!(
            "{text:?} is not a shift like \"09:00-12:00\" (HH:MM-HH:MM, start before end, within one day)"
        )
    };
    let (from, to) = text.trim().split_once('-').ok_or_else(bad)?;
    let minute = |t: &str| -> Option<u16> {
        let (h, m) = t.trim().split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
        (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
    };
    let (start, end) = (minute(from).ok_or_else(bad)?, minute(to).ok_or_else(bad)?);
    if start >= end {
        return Err(bad());
    }
    Ok(Shift { start, end })
}

/// Parses `"YYYY-MM-DD"`.
fn parse_date(text: &str) -> Result<time::Date, String> {
    time::Date::parse(
        text.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| format!("{text:?} is not a date like \"2026-12-28\" (YYYY-MM-DD)"))
}

/// E-mail through an SMTP relay. The password's `Debug` prints `[REDACTED]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmailConfig {
    /// Whether e-mail is sent at all (off: no e-mail is queued; webhooks still are).
    pub enabled: bool,
    /// The relay's host name.
    pub host: String,
    /// The relay's port (587 for STARTTLS, 465 for TLS, 25 for none).
    pub port: u16,
    /// How the connection is protected.
    pub tls: EmailTls,
    /// The user name for AUTH; empty for none.
    pub username: String,
    /// The password for AUTH (from `KONTAKTPUNKT_EMAIL__PASSWORD`).
    pub password: Option<SecretString>,
    /// The `From` address, e.g. `Kontaktpunkten <noreply@example.se>`.
    pub sender: String,
    /// The service's public address, for absolute links in e-mails and webhooks.
    pub public_url: String,
    /// Time-out of one SMTP conversation, in seconds.
    pub timeout_secs: u64,
}

impl Default for EmailConfig {
    /// Off, with a local relay and the dev address for links.
    fn default() -> Self {
        Self {
            enabled: false,
            host: "localhost".to_owned(),
            port: 25,
            tls: EmailTls::None,
            username: String::new(),
            password: None,
            sender: "Kontaktpunkten <noreply@localhost>".to_owned(),
            public_url: "http://127.0.0.1:8080".to_owned(),
            timeout_secs: 20,
        }
    }
}

/// How the SMTP connection is protected.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum EmailTls {
    /// Plain text (a relay on the same host only).
    None,
    /// Plain, upgraded with STARTTLS (required, never optional).
    Starttls,
    /// TLS from the first byte (SMTPS).
    Tls,
}

/// The notification outbox.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct NotifyConfig {
    /// Attempts before a delivery is a dead letter.
    pub max_attempts: u32,
    /// The first retry's delay in seconds; each later one doubles it (plus jitter).
    pub base_backoff_secs: u64,
    /// The longest delay between two attempts, in seconds.
    pub max_backoff_secs: u64,
    /// The hour (0–23, Swedish time) the daily digest is sent.
    pub digest_hour: u8,
    /// How often the worker looks for due deliveries, in milliseconds.
    pub poll_ms: u64,
    /// How long a claimed delivery stays claimed (a crashed worker's claim ends then).
    pub lease_secs: u64,
    /// Time-out of one webhook request, in seconds.
    pub webhook_timeout_secs: u64,
}

impl Default for NotifyConfig {
    /// Eight attempts from a minute apart to six hours apart; the digest at 07.
    fn default() -> Self {
        Self {
            max_attempts: 8,
            base_backoff_secs: 60,
            max_backoff_secs: 6 * 60 * 60,
            digest_hour: 7,
            poll_ms: 2000,
            lease_secs: 120,
            webhook_timeout_secs: 10,
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
        self.validate_email()?;
        self.validate_notify()?;
        self.chat.validate()?;
        Ok(())
    }

    /// The `[email]` section.
    fn validate_email(&self) -> Result<(), ConfigError> {
        let email = &self.email;
        let url = email.public_url.as_str();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.ends_with('/') {
            return invalid(
                "email.public_url",
                "must be the service's address, http(s)://host[:port], without a trailing slash",
            );
        }
        if !email.enabled {
            return Ok(());
        }
        if !self.dev && !url.starts_with("https://") {
            return invalid("email.public_url", "must start with https:// outside dev mode");
        }
        if email.host.trim().is_empty() {
            return invalid(
                "email.host",
                "must name the SMTP relay when email.enabled is true",
            );
        }
        if email.port == 0 {
            return invalid("email.port", "must be a port number (587, 465 or 25)");
        }
        if email.sender.parse::<lettre::message::Mailbox>().is_err() {
            return invalid(
                "email.sender",
                "must be an address such as `Kontaktpunkten <noreply@example.se>`",
            );
        }
        if email.tls == EmailTls::None && !email.username.is_empty() {
            return invalid(
                "email.tls",
                "must be starttls or tls when email.username is set (the password would travel in clear)",
            );
        }
        if !email.username.is_empty() && email.password.is_none() {
            return invalid(
                "email.password",
                "is required with email.username (set KONTAKTPUNKT_EMAIL__PASSWORD)",
            );
        }
        if !(1..=300).contains(&email.timeout_secs) {
            return invalid("email.timeout_secs", "must be between 1 and 300");
        }
        Ok(())
    }

    /// The `[notify]` section.
    fn validate_notify(&self) -> Result<(), ConfigError> {
        let notify = &self.notify;
        if !(1..=50).contains(&notify.max_attempts) {
            return invalid("notify.max_attempts", "must be between 1 and 50");
        }
        if !(1..=86_400).contains(&notify.base_backoff_secs) {
            return invalid("notify.base_backoff_secs", "must be between 1 and 86400");
        }
        if notify.max_backoff_secs < notify.base_backoff_secs || notify.max_backoff_secs > 7 * 86_400 {
            return invalid(
                "notify.max_backoff_secs",
                "must be at least notify.base_backoff_secs and at most 604800 (a week)",
            );
        }
        if notify.digest_hour > 23 {
            return invalid("notify.digest_hour", "must be an hour between 0 and 23");
        }
        if !(10..=60_000).contains(&notify.poll_ms) {
            return invalid("notify.poll_ms", "must be between 10 and 60000");
        }
        if !(1..=120).contains(&notify.webhook_timeout_secs) {
            return invalid("notify.webhook_timeout_secs", "must be between 1 and 120");
        }
        let longest = notify.webhook_timeout_secs.max(self.email.timeout_secs);
        if notify.lease_secs <= longest * 2 {
            return invalid(
                "notify.lease_secs",
                "must be more than twice the longest delivery time-out (email.timeout_secs, notify.webhook_timeout_secs)",
            );
        }
        Ok(())
    }

    /// A path under `assets_dir`.
    pub fn asset(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.assets_dir.join(relative)
    }
}

/// `RUST_LOG` when set and not empty: it overrides `log.level`, as the ecosystem expects
/// (`crate::telemetry::filter` parses it and refuses a broken one).
pub fn rust_log() -> Option<String> {
    #[expect(
        clippy::disallowed_methods,
        reason = "config.rs is the one place that reads the environment"
    )]
    let value = std::env::var_os("RUST_LOG")?;
    Some(value.to_string_lossy().into_owned()).filter(|v| !v.trim().is_empty())
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
    fn chat_hours_with_split_shifts_are_read_and_bad_ones_name_their_key() {
        let config = from_figment(&base(), true).unwrap();
        assert_eq!(
            config.chat.shifts(Some(time::Weekday::Monday)),
            vec![
                Shift { start: 540, end: 720 },
                Shift {
                    start: 780,
                    end: 1260
                }
            ]
        );
        let cases = [
            ("chat.tuesday", "[\"9-12\"]", "not HH:MM"),
            ("chat.friday", "[\"13:00-12:00\"]", "start after end"),
            ("chat.sunday", "[\"22:00-02:00\"]", "across midnight"),
            ("chat.monday", "[\"13:00-21:00\", \"09:00-14:00\"]", "overlapping"),
            ("chat.closed_dates", "[\"28/12/2026\"]", "not a date"),
            ("chat.message_max_chars", "10", "too small"),
            ("chat.idle_timeout_minutes", "0", "zero"),
        ];
        for (key, value, why) in cases {
            let value: toml::Value = toml::from_str(&format!("v = {value}")).unwrap();
            let fig = base().merge((key, value["v"].clone()));
            let err = from_figment(&fig, true).unwrap_err().to_string();
            assert!(err.contains(key), "{why}: {err}");
        }
    }

    #[test]
    fn email_password_never_shows_and_bad_email_settings_name_the_key() {
        let fig = base()
            .merge(("email.enabled", true))
            .merge(("email.username", "kp"))
            .merge(("email.password", "hunter2"))
            .merge(("email.tls", "starttls"));
        let config = from_figment(&fig, true).unwrap();
        assert!(!format!("{config:?}").contains("hunter2"));
        let cases = [
            (fig.clone().merge(("email.tls", "none")), "email.tls"),
            (
                fig.clone().merge(("email.sender", "not an address")),
                "email.sender",
            ),
            (
                fig.clone().merge(("email.public_url", "ftp://x")),
                "email.public_url",
            ),
            (fig.merge(("email.tls", "sometimes")), "tls"),
            (base().merge(("notify.digest_hour", 24)), "notify.digest_hour"),
            (base().merge(("notify.max_attempts", 0)), "notify.max_attempts"),
            (base().merge(("notify.lease_secs", 5)), "notify.lease_secs"),
        ];
        for (fig, key) in cases {
            let err = from_figment(&fig, true).unwrap_err().to_string();
            assert!(err.contains(key), "{key}: {err}");
        }
    }

    #[test]
    fn database_url_hides_password() {
        let url = DatabaseUrl::new("postgres://kp:hunter2@db/kp");
        assert_eq!(url.to_string(), "postgres://kp:[redacted]@db/kp");
        assert!(!format!("{url:?}").contains("hunter2"));
    }
}
