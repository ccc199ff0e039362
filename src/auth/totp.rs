//! The second factor: time-based one-time codes (RFC 6238, SHA-1, 6 digits, 30 s), as
//! every authenticator app reads them. The secret is sealed at rest.

use totp_rs::{Algorithm, TOTP};

/// A new random 160-bit secret.
pub fn new_secret() -> Vec<u8> {
    crate::crypto::random_bytes::<20>().to_vec()
}

fn totp(secret: &[u8], account: &str) -> anyhow::Result<TOTP> {
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        secret.to_vec(),
        Some("kontaktpunkt".to_owned()),
        account.to_owned(),
    )
    .map_err(|e| anyhow::anyhow!("TOTP: {e}"))
}

/// Whether `code` is valid at `unix_seconds` (one step of clock skew either way).
pub fn check(secret: &[u8], code: &str, unix_seconds: u64) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    totp(secret, "-").is_ok_and(|t| t.check(&code, unix_seconds))
}

/// The time step (`unix_seconds / 30`) whose code `code` is, within one step of skew
/// either way; `None` when it matches none. The caller accepts each step once.
pub fn matching_step(secret: &[u8], code: &str, unix_seconds: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let totp = totp(secret, "-").ok()?;
    let now = unix_seconds / 30;
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .filter(|step| *step <= now + 1)
        .find(|step| {
            let expected = totp.generate(step * 30);
            // Constant time: the comparison says nothing about how much matched.
            expected.len() == code.len()
                && expected
                    .bytes()
                    .zip(code.bytes())
                    .fold(0_u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        })
}

/// The code at `unix_seconds` (tests and the `user add` read-back).
pub fn code_at(secret: &[u8], unix_seconds: u64) -> anyhow::Result<String> {
    Ok(totp(secret, "-")?.generate(unix_seconds))
}

/// The `otpauth://` URI to enter in an authenticator app.
pub fn provisioning_uri(secret: &[u8], account: &str) -> anyhow::Result<String> {
    Ok(totp(secret, account)?.get_url())
}

/// The secret in base32, for typing into an app by hand.
pub fn secret_base32(secret: &[u8], account: &str) -> anyhow::Result<String> {
    Ok(totp(secret, account)?.get_secret_base32())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_valid_within_one_step_only() {
        let secret = new_secret();
        let t = 1_800_000_000;
        let code = code_at(&secret, t).unwrap();
        assert!(check(&secret, &code, t));
        assert!(check(&secret, &code, t + 30), "one step of skew");
        assert!(!check(&secret, &code, t + 90));
        assert!(!check(&secret, "000000", t) || code == "000000");
        assert_eq!(matching_step(&secret, &code, t), Some(t / 30));
        assert_eq!(matching_step(&secret, &code, t + 30), Some(t / 30));
        assert_eq!(matching_step(&secret, &code, t + 90), None);
        assert!(
            provisioning_uri(&secret, "anna")
                .unwrap()
                .starts_with("otpauth://totp/")
        );
    }
}
