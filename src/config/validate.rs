//! Checking a loaded configuration: [`ConfigError`] names the key at fault, and
//! [`Config::validate`] checks every value serde cannot (each section adds its own).

use base64::Engine as _;
use secrecy::{ExposeSecret, SecretString};

use super::Config;

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
        if let Err(e) = crate::directory::OpeningHours::parse(&self.site.read_hours) {
            return invalid("site.read_hours", &e);
        }
        let shown = self.site.callback_shown_as.trim();
        if shown.is_empty() || shown.chars().count() > 40 || shown.chars().any(char::is_control) {
            return invalid(
                "site.callback_shown_as",
                "must be \"withheld\" or the number or name the phone shows (at most 40 characters)",
            );
        }
        if self.site.host_is_police && !self.site.host_is_authority {
            return invalid(
                "site.host_is_police",
                "the police are a public authority: set site.host_is_authority = true, or site.host_is_police = false for another host",
            );
        }
        if let Some(onion) = &self.site.onion_location
            && !is_onion_origin(onion)
        {
            return invalid(
                "site.onion_location",
                "must be an onion service's origin: http:// or https://, 56 letters a-z and \
                 digits 2-7, .onion, no path",
            );
        }
        let host = self.site.host_name.trim();
        if host.is_empty() || host.chars().count() > 80 || host.chars().any(char::is_control) {
            return invalid(
                "site.host_name",
                "must name the host as the public pages show it (1 to 80 characters)",
            );
        }
        if !(1..=10).contains(&self.site.reply_working_days) {
            return invalid("site.reply_working_days", "must be between 1 and 10");
        }
        // The public site promises an answer within site.reply_working_days; the queue's
        // slowest service level may not promise staff more time than that.
        if self.sla.p3_working_days > self.site.reply_working_days {
            return invalid(
                "sla.p3_working_days",
                "must be at most site.reply_working_days (the reply the public site promises)",
            );
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
        if !(1..=24 * 60).contains(&self.access.break_glass_minutes) {
            return invalid("access.break_glass_minutes", "must be between 1 and 1440 (a day)");
        }
        if !(5..=480).contains(&self.auth.session_idle_minutes) {
            return invalid(
                "auth.session_idle_minutes",
                "must be between 5 and 480 (a session also ends 8 hours after sign-in)",
            );
        }
        if !(10..=86_400).contains(&self.audit.anchor_every_secs) {
            return invalid("audit.anchor_every_secs", "must be between 10 and 86400 (a day)");
        }
        if self
            .audit
            .anchor_file
            .as_ref()
            .is_some_and(|f| f.as_os_str().is_empty())
        {
            return invalid(
                "audit.anchor_file",
                "must name a file (leave it out for data_dir/audit-anchor)",
            );
        }
        crate::telemetry::configured(&self.log.level)?;
        if !self.dev && self.database_url.clear_text_over_network() {
            return invalid(
                "database_url",
                "talks to PostgreSQL on another host without TLS: add ?sslmode=verify-full \
                 (or verify-ca / require; sslrootcert=FILE for a private CA)",
            );
        }
        if self.http.header_read_timeout_secs == 0 || self.http.header_read_timeout_secs > 300 {
            return invalid("http.header_read_timeout_secs", "must be between 1 and 300");
        }
        if self.http.max_connections < 16 {
            return invalid("http.max_connections", "must be at least 16");
        }
        if self.http.max_requests_in_flight == 0 {
            return invalid("http.max_requests_in_flight", "must be at least 1");
        }
        if self.ops_listen == self.listen && self.listen.port() != 0 {
            return invalid("ops_listen", "must differ from listen");
        }
        if self.http.request_timeout_secs == 0 {
            return invalid(
                "http.request_timeout_secs",
                "must be at least 1 (0 would answer every request 503 at once)",
            );
        }
        if self.http.write_wait_secs == 0 || self.http.write_wait_secs >= self.http.request_timeout_secs {
            return invalid(
                "http.write_wait_secs",
                "must be at least 1 and below http.request_timeout_secs (the page that says \
                 what became of a slow write must be answered before the request times out)",
            );
        }
        if self.http.max_body_bytes < crate::web::form::LARGEST_FORM_BYTES {
            // A form filled to its own limits in any script must fit: 8,000 Ge'ez
            // characters percent-encode to 72,000 bytes.
            return invalid(
                "http.max_body_bytes",
                &format!(
                    "must be at least {} (the largest form filled to its limits, percent-encoded)",
                    crate::web::form::LARGEST_FORM_BYTES
                ),
            );
        }
        if self.limits.receipt_lookups_per_minute == 0 {
            return invalid("limits.receipt_lookups_per_minute", "must be at least 1");
        }
        if self.limits.triage_previews_per_minute == 0 {
            return invalid("limits.triage_previews_per_minute", "must be at least 1");
        }
        self.validate_floods()?;
        self.validate_email()?;
        self.validate_notify()?;
        self.chat.validate()?;
        Ok(())
    }
}

/// A [`ConfigError::Invalid`] for `key`.
impl Config {
    /// The flood limits and the trusted proxies.
    fn validate_floods(&self) -> Result<(), ConfigError> {
        let l = &self.limits;
        for (key, value) in [
            ("limits.intake_per_client", l.intake_per_client),
            ("limits.intake_window_minutes", l.intake_window_minutes),
            ("limits.intake_global_per_minute", l.intake_global_per_minute),
            ("limits.open_chats_per_client", l.open_chats_per_client),
            (
                "limits.sign_in_per_client_per_minute",
                l.sign_in_per_client_per_minute,
            ),
            ("limits.sign_in_global_per_minute", l.sign_in_global_per_minute),
            ("limits.sign_in_failures_per_name", l.sign_in_failures_per_name),
            (
                "limits.sign_in_failure_decay_minutes",
                l.sign_in_failure_decay_minutes,
            ),
            ("limits.flood_memory_minutes", l.flood_memory_minutes),
        ] {
            if value == 0 {
                return invalid(key, "must be at least 1");
            }
        }
        if l.intake_window_minutes > 24 * 60 {
            return invalid("limits.intake_window_minutes", "must be at most 1440 (a day)");
        }
        if l.password_hashing_concurrency > 64 {
            return invalid("limits.password_hashing_concurrency", "must be at most 64");
        }
        for cidr in &self.http.trusted_proxies {
            if crate::web::ratelimit::Cidr::parse(cidr).is_none() {
                return invalid(
                    "http.trusted_proxies",
                    &format!("{cidr:?} is not an address range such as 10.0.0.0/8 or fd00::/8"),
                );
            }
        }
        Ok(())
    }
}

pub(super) fn invalid(key: &'static str, problem: &str) -> Result<(), ConfigError> {
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

/// Whether `value` is a v3 onion service's origin (`http://<56 base32>.onion`, or https).
fn is_onion_origin(value: &str) -> bool {
    let Some(host) = value
        .strip_prefix("http://")
        .or_else(|| value.strip_prefix("https://"))
    else {
        return false;
    };
    host.strip_suffix(".onion").is_some_and(|name| {
        name.len() == 56
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
    })
}
