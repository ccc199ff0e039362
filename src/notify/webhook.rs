//! Signed webhooks to municipal case systems.
//!
//! Each delivery is one `POST` to the endpoint's URL with `Content-Type:
//! application/json` and the body
//!
//! ```json
//! { "event": "referral.waiting" | "referral.protected", "referral_id": "…",
//!   "url": "https://…/inbox/referrals/…", "at": "2026-11-23T09:30:00Z" }
//! ```
//!
//! (`event`: `referral.waiting` for a new referral, `referral.protected` when the
//! person's identity became protected and the contact data was removed from it; `at`:
//! when the delivery was queued, RFC 3339) and two headers:
//!
//! - `X-Kontaktpunkt-Timestamp`: the sending time, Unix seconds;
//! - `X-Kontaktpunkt-Signature`: `sha256=` followed by the lower-case hex HMAC-SHA256 of
//!   `"{timestamp}.{body}"` (the header's value, a dot, the raw body bytes), keyed with the
//!   endpoint's secret as shown once when it was created (its UTF-8 bytes).
//!
//! A receiver recomputes the HMAC over the raw body, compares in constant time, and
//! refuses a timestamp more than five minutes from its own clock (replays). Any `2xx` is
//! success; anything else — a redirect included, which is never followed — is retried with
//! back-off. Nothing about the person is sent: the receiver fetches the referral through
//! the municipal API with its own credentials.

use std::time::Duration;

use time::format_description::well_known::Rfc3339;

use super::model::{Outcome, signature};
use crate::clock::from_unix_ms;

/// The HTTP client for webhooks: a time-out on every request, redirects never followed;
/// outside dev mode (`strict`) `https` only and names resolved to public addresses only
/// ([`super::guard::PublicOnly`]), so the check holds for the address connected to.
pub(super) fn client(timeout_secs: u64, strict: bool) -> anyhow::Result<reqwest::Client> {
    let timeout = Duration::from_secs(timeout_secs);
    let mut builder = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("kontaktpunkt-webhook/", env!("CARGO_PKG_VERSION")));
    if strict {
        builder = builder
            .https_only(true)
            .dns_resolver(std::sync::Arc::new(super::guard::PublicOnly));
    }
    Ok(builder.build()?)
}

/// Whether a stored URL may be posted to now: outside dev mode an address typed as the
/// host must be public (a name is checked by the client's resolver).
pub(super) fn may_post(url: &str, strict: bool) -> bool {
    if !strict {
        return true;
    }
    match reqwest::Url::parse(url) {
        Ok(parsed) => {
            parsed.scheme() == "https"
                && super::guard::literal_host(&parsed).is_none_or(super::guard::is_public)
        }
        Err(_) => false,
    }
}

/// The JSON body announcing a waiting referral.
pub(super) fn body(public_url: &str, referral_id: &str, event: &str, waiting_since_ms: i64) -> Vec<u8> {
    let at = from_unix_ms(waiting_since_ms)
        .format(&Rfc3339)
        .unwrap_or_default();
    serde_json::json!({
        "event": if event == "protected" { "referral.protected" } else { "referral.waiting" },
        "referral_id": referral_id,
        "url": format!("{public_url}/inbox/referrals/{referral_id}"),
        "at": at,
    })
    .to_string()
    .into_bytes()
}

/// Posts a signed body; the outcome names a status code or an error kind.
pub(super) async fn post(
    client: &reqwest::Client,
    url: &str,
    secret: &[u8],
    timestamp: i64,
    body: Vec<u8>,
) -> Outcome {
    let signed = signature(secret, timestamp, &body);
    let sent = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("X-Kontaktpunkt-Timestamp", timestamp.to_string())
        .header("X-Kontaktpunkt-Signature", signed)
        .body(body)
        .send()
        .await;
    match sent {
        Ok(response) if response.status().is_success() => Outcome::Sent,
        Ok(response) => Outcome::Retry(format!("http {}", response.status().as_u16())),
        Err(err) if err.is_timeout() => Outcome::Retry("timeout".to_owned()),
        Err(err) if err.is_connect() => Outcome::Retry("connect".to_owned()),
        Err(_) => Outcome::Retry("request".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn outside_dev_mode_a_name_of_a_loopback_address_is_never_connected_to() {
        // A real listener on loopback: the strict client must not reach it by name.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let client = client(2, true).unwrap();
        let outcome = post(
            &client,
            &format!("https://localhost:{port}/hook"),
            b"k",
            0,
            Vec::new(),
        )
        .await;
        assert!(matches!(outcome, Outcome::Retry(_)), "{outcome:?}");
        let accepted = tokio::time::timeout(Duration::from_millis(300), listener.accept()).await;
        assert!(accepted.is_err(), "nothing connected to the loopback listener");
        assert!(!may_post(&format!("https://127.0.0.1:{port}/hook"), true));
        assert!(!may_post("http://case.example.se/hook", true));
        assert!(may_post("https://case.example.se/hook", true));
        assert!(
            may_post("http://127.0.0.1/hook", false),
            "dev mode allows a local receiver"
        );
    }
}
