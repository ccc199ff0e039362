//! The pure rules of notifications: kinds and frequencies, the retry schedule, the webhook
//! signature, and the parsing of what an admin or a user types. No I/O here.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::config::NotifyConfig;
use crate::directory::{Directory, OrgKind};

/// What one outbox row delivers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "A new referral is waiting", by e-mail to one user.
    Email,
    /// The daily digest ("n referrals are waiting"), by e-mail to one user.
    Digest,
    /// "A new referral is waiting", as a signed POST to one webhook.
    Webhook,
}

impl Kind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Digest => "digest",
            Self::Webhook => "webhook",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Email, Self::Digest, Self::Webhook]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// How a municipality user wants to hear of new referrals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// One e-mail per referral, at once.
    Immediate,
    /// One e-mail a day, at `notify.digest_hour`, when anything waits.
    Digest,
}

impl Frequency {
    /// The stored (and form) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::Digest => "digest",
        }
    }

    /// Reads a stored or submitted name.
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Immediate, Self::Digest]
            .into_iter()
            .find(|f| f.as_str() == text)
    }
}

/// What became of one attempt.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Delivered (or, for a digest, nothing waits any more).
    Sent,
    /// Failed in a way that may pass: try again later. The text is an error kind.
    Retry(String),
    /// Cannot succeed by retrying (the recipient is gone, a permanent SMTP refusal).
    Dead(String),
}

/// The delay before the next attempt after `attempts` failed ones: `base · 2^(attempts−1)`
/// capped at `max_backoff_secs`, plus a jitter of up to half that again, so that many
/// deliveries failing together do not come back together. `jitter` is a random `u16`.
pub fn backoff_ms(config: &NotifyConfig, attempts: u32, jitter: u16) -> i64 {
    let exponent = attempts.saturating_sub(1).min(30);
    let delay_secs = config
        .base_backoff_secs
        .saturating_mul(1_u64 << exponent)
        .min(config.max_backoff_secs);
    let delay_ms = delay_secs.saturating_mul(1000);
    let extra = delay_ms / 2 * u64::from(jitter) / u64::from(u16::MAX);
    i64::try_from(delay_ms + extra).unwrap_or(i64::MAX)
}

/// The `X-Kontaktpunkt-Signature` value: `sha256=` and the lower-case hex HMAC-SHA256,
/// keyed with the webhook's secret, of `"{timestamp}.{body}"`.
pub fn signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// The longest webhook URL accepted.
pub const URL_MAX: usize = 2000;

/// A webhook endpoint: an absolute `http` or `https` URL with a host, no user name or
/// password in it (they would show on the admin page) and no fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookUrl(String);

impl WebhookUrl {
    /// Parses what an admin typed; the error is a Fluent message id. Outside dev mode
    /// (`strict`) only `https`, and no address of the service's own networks as the host
    /// ([`super::guard`]; a name is checked on the address connected to, at delivery).
    pub fn parse(text: &str, strict: bool) -> Result<Self, &'static str> {
        let text = text.trim();
        if text.is_empty() {
            return Err("notify-webhooks-error-url-missing");
        }
        if text.len() > URL_MAX {
            return Err("notify-webhooks-error-url-long");
        }
        let url = reqwest::Url::parse(text).map_err(|_| "notify-webhooks-error-url")?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err("notify-webhooks-error-url-scheme");
        }
        if url.host_str().is_none_or(str::is_empty)
            || !url.username().is_empty()
            || url.password().is_some()
            || url.fragment().is_some()
        {
            return Err("notify-webhooks-error-url");
        }
        if strict && url.scheme() != "https" {
            return Err("notify-webhooks-error-url-https");
        }
        if strict && super::guard::literal_host(&url).is_some_and(|ip| !super::guard::is_public(ip)) {
            return Err("notify-webhooks-error-url-private");
        }
        Ok(Self(url.to_string()))
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why the organisations typed for a webhook were refused: a Fluent message id and the
/// part as typed that it is about (empty when it is about none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgsError {
    /// The Fluent message id (its `$org` is [`Self::typed`]).
    pub message: &'static str,
    /// The part that was refused, as typed.
    pub typed: String,
}

impl OrgsError {
    fn new(message: &'static str, typed: &str) -> Self {
        Self {
            message,
            typed: typed.to_owned(),
        }
    }
}

/// The organisations (directory ids) a webhook serves, from a list separated by commas,
/// semicolons or white space, kept once each in the order typed. A bare municipality code
/// (`1280`) stands for that municipality's social services (`socialtjanst:1280`), as
/// `user add --municipality` does. Each must be an organisation of the directory that
/// receives referrals (not 112, not the contact point itself).
pub fn parse_orgs(text: &str, directory: &Directory) -> Result<Vec<String>, OrgsError> {
    let mut orgs: Vec<String> = Vec::new();
    for part in text
        .split([',', ';', ' ', '\n', '\r', '\t'])
        .filter(|p| !p.is_empty())
    {
        let id = if part.bytes().all(|b| b.is_ascii_digit()) {
            format!("socialtjanst:{part}")
        } else {
            part.to_owned()
        };
        let org = directory
            .org(&id)
            .ok_or_else(|| OrgsError::new("notify-webhooks-error-orgs-unknown", part))?;
        if matches!(org.kind, OrgKind::Emergency | OrgKind::ContactPoint) {
            return Err(OrgsError::new("notify-webhooks-error-orgs-no-referrals", part));
        }
        if !orgs.contains(&id) {
            orgs.push(id);
        }
    }
    if orgs.is_empty() {
        return Err(OrgsError::new("notify-webhooks-error-orgs-missing", ""));
    }
    Ok(orgs)
}

/// The longest e-mail address accepted (RFC 5321's path limit).
pub const EMAIL_MAX: usize = 254;

/// A user's work e-mail address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Parses what a user typed (trimmed); the error is a Fluent message id.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let text = text.trim();
        if text.len() > EMAIL_MAX || text.parse::<lettre::Address>().is_err() {
            return Err("notify-settings-error-email");
        }
        Ok(Self(text.to_owned()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitter_adds_at_most_half() {
        let config = NotifyConfig {
            base_backoff_secs: 10,
            max_backoff_secs: 60,
            ..NotifyConfig::default()
        };
        assert_eq!(backoff_ms(&config, 1, 0), 10_000);
        assert_eq!(backoff_ms(&config, 2, 0), 20_000);
        assert_eq!(backoff_ms(&config, 3, 0), 40_000);
        assert_eq!(backoff_ms(&config, 4, 0), 60_000, "capped");
        assert_eq!(backoff_ms(&config, 40, 0), 60_000, "no overflow");
        assert_eq!(backoff_ms(&config, 1, u16::MAX), 15_000);
        assert!(backoff_ms(&config, 1, 1234) > 10_000);
    }

    #[test]
    fn signature_is_hmac_sha256_of_timestamp_dot_body() {
        // RFC 4231 test case 2 shape: key "Jefe", data "what do ya want for nothing?".
        let sig = signature(b"Jefe", 0, b"what do ya want for nothing?");
        assert!(sig.starts_with("sha256=") && sig.len() == 7 + 64, "{sig}");
        assert_ne!(sig, signature(b"Jefe", 1, b"what do ya want for nothing?"));
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(b"k").unwrap();
        mac.update(b"17.{}");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(signature(b"k", 17, b"{}"), format!("sha256={hex}"));
    }

    #[test]
    fn outside_dev_mode_only_https_to_public_hosts() {
        for (url, ok) in [
            ("https://case.example.se/hooks", true),
            ("http://case.example.se/hooks", false),
            ("https://127.0.0.1/hooks", false),
            ("https://[::1]:8443/hooks", false),
            ("https://169.254.169.254/latest", false),
            ("https://10.0.0.5/hooks", false),
            ("https://193.10.1.1/hooks", true),
        ] {
            assert_eq!(WebhookUrl::parse(url, true).is_ok(), ok, "{url}");
        }
    }

    #[test]
    fn only_plain_http_and_https_urls_are_webhooks() {
        let cases = [
            ("https://case.example.se/hooks/kp", true, "https"),
            ("http://127.0.0.1:9000/in", true, "http"),
            ("ftp://case.example.se/x", false, "another scheme"),
            ("file:///etc/passwd", false, "a file"),
            ("javascript:alert(1)", false, "script"),
            (
                "https://user:pw@case.example.se/",
                false,
                "credentials in the URL",
            ),
            ("case.example.se/x", false, "not absolute"),
            ("", false, "empty"),
        ];
        for (url, ok, why) in cases {
            assert_eq!(WebhookUrl::parse(url, false).is_ok(), ok, "{why}: {url}");
        }
    }

    #[test]
    fn a_webhook_serves_directory_organisations_and_a_bare_code_is_its_social_services() {
        let directory =
            Directory::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/directory"))
                .expect("the shipped directory loads");
        assert_eq!(
            parse_orgs(
                "1280, programme:exempel-malmo;police:region:syd\nkriminalvarden socialtjanst:1280",
                &directory
            ),
            Ok(vec![
                "socialtjanst:1280".to_owned(),
                "programme:exempel-malmo".to_owned(),
                "police:region:syd".to_owned(),
                "kriminalvarden".to_owned(),
            ]),
            "in the order typed, once each"
        );
        let refused = |text: &str| parse_orgs(text, &directory).map_err(|e| (e.message, e.typed));
        assert_eq!(
            refused("1280, 9999"),
            Err(("notify-webhooks-error-orgs-unknown", "9999".to_owned()))
        );
        assert_eq!(
            refused("police:region:atlantis"),
            Err((
                "notify-webhooks-error-orgs-unknown",
                "police:region:atlantis".to_owned()
            ))
        );
        assert_eq!(
            refused("sis emergency:112"),
            Err((
                "notify-webhooks-error-orgs-no-referrals",
                "emergency:112".to_owned()
            ))
        );
        assert_eq!(
            refused(" , ;"),
            Err(("notify-webhooks-error-orgs-missing", String::new()))
        );
    }

    #[test]
    fn email_addresses_are_checked() {
        assert!(EmailAddress::parse(" handlaggare@malmo.se ").is_ok());
        assert_eq!(EmailAddress::parse(" a@b.se").unwrap().as_str(), "a@b.se");
        for bad in ["", "no-at-sign", "two@@signs.se", "a b@c.se", "<a@b.se>"] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds_and_frequencies_round_trip() {
        for k in [Kind::Email, Kind::Digest, Kind::Webhook] {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        for f in [Frequency::Immediate, Frequency::Digest] {
            assert_eq!(Frequency::parse(f.as_str()), Some(f));
        }
        assert_eq!(Frequency::parse("hourly"), None);
    }
}
