//! The `[email]` (SMTP) and `[notify]` (outbox, retries, digest) sections and their
//! checks.

use secrecy::SecretString;
use serde::Deserialize;

use super::validate::invalid;
use super::{Config, ConfigError};

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

impl Config {
    /// The `[email]` section.
    pub(super) fn validate_email(&self) -> Result<(), ConfigError> {
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
    pub(super) fn validate_notify(&self) -> Result<(), ConfigError> {
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
}
