//! Secrets at rest and in hand: sealing sensitive columns with an AEAD cipher, keyed
//! hashes of receipt codes, and random tokens.
//!
//! A sealed value is `0x01 ‖ key id (4 bytes) ‖ nonce (24) ‖ ciphertext+tag`, encrypted
//! with XChaCha20-Poly1305 under a key derived (HKDF-SHA256) from `KONTAKTPUNKT_DATA_KEY`.
//! The key id travels with every value, so keys can rotate: new values are sealed with
//! the current key, old ones still open with the keys in `old_data_keys`. The associated
//! data binds a value to its place (table, column, row id), so sealed values cannot be
//! swapped between rows.

use std::fmt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use secrecy::SecretString;
use sha2::{Digest, Sha256};

use crate::config::{Config, decode_key};

mod context;
mod padded;

pub use context::{Column, Context};

const FORMAT_V1: u8 = 1;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + 4 + NONCE_LEN;

/// Why a sealed value could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The value is not in a known format.
    #[error("sealed value has an unknown format")]
    Format,
    /// No configured key has the value's key id.
    #[error("no configured key has id {0}")]
    UnknownKey(String),
    /// Authentication failed: wrong key, wrong place, or tampering.
    #[error("sealed value failed authentication")]
    Tampered,
}

/// One data key and the keys derived from it.
struct DataKey {
    id: [u8; 4],
    cipher: XChaCha20Poly1305,
    receipt_mac: [u8; 32],
    token_mac: [u8; 32],
    session_mac: [u8; 32],
    audit_mac: [u8; 32],
    tag_mac: [u8; 32],
}

impl DataKey {
    fn new(master: &[u8; 32]) -> Self {
        let hk = Hkdf::<Sha256>::new(Some(b"kontaktpunkt"), master);
        let derive = |info: &[u8]| {
            let mut out = [0u8; 32];
            hk.expand(info, &mut out)
                .expect("32 bytes is a valid HKDF-SHA256 output length");
            out
        };
        let digest = Sha256::digest([b"kontaktpunkt key id".as_slice(), master].concat());
        Self {
            id: [digest[0], digest[1], digest[2], digest[3]],
            cipher: XChaCha20Poly1305::new(&derive(b"v1/seal").into()),
            receipt_mac: derive(b"v1/receipt"),
            token_mac: derive(b"v1/token"),
            session_mac: derive(b"v1/session"),
            audit_mac: derive(b"v1/audit"),
            tag_mac: derive(b"v1/tag"),
        }
    }
}

/// The current data key and any older ones still accepted for reading.
pub struct Keyring {
    current: DataKey,
    old: Vec<DataKey>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Keyring(current={}, old={})",
            self.current_id(),
            self.old.len()
        )
    }
}

impl Keyring {
    /// A keyring from raw key bytes.
    pub fn new(current: &[u8; 32], old: &[[u8; 32]]) -> Self {
        Self {
            current: DataKey::new(current),
            old: old.iter().map(DataKey::new).collect(),
        }
    }

    /// The keyring the configuration names. In dev mode without a key, one is created in
    /// `data_dir/dev-data-key` (or read from there) and its path returned, so it can be said.
    pub fn from_config(config: &Config) -> anyhow::Result<(Self, Option<PathBuf>)> {
        let old = config
            .old_data_keys
            .iter()
            .map(decode_key)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|problem| anyhow::anyhow!("old_data_keys: {problem}"))?;
        if let Some(key) = &config.data_key {
            let current = decode_key(key).map_err(|problem| anyhow::anyhow!("data_key: {problem}"))?;
            return Ok((Self::new(&current, &old), None));
        }
        anyhow::ensure!(
            config.dev,
            "data_key: KONTAKTPUNKT_DATA_KEY is required outside dev mode"
        );
        let path = config.data_dir.join("dev-data-key");
        let current = load_or_create_dev_key(&path)?;
        Ok((Self::new(&current, &old), Some(path)))
    }

    /// The id of the current key, as hex.
    pub fn current_id(&self) -> String {
        hex(&self.current.id)
    }

    /// Encrypts `plaintext`, bound to its place `context`.
    pub fn seal(&self, context: &Context, plaintext: &[u8]) -> Vec<u8> {
        let aad = context.as_bytes();
        let nonce_bytes: [u8; NONCE_LEN] = random_bytes();
        let nonce = XNonce::from(nonce_bytes);
        let ciphertext = self
            .current
            .cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad })
            .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory buffers");
        let mut out = Vec::with_capacity(HEADER_LEN + ciphertext.len());
        out.push(FORMAT_V1);
        out.extend_from_slice(&self.current.id);
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Decrypts a value sealed by [`Keyring::seal`] for the same `context`.
    pub fn open(&self, context: &Context, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let aad = context.as_bytes();
        if sealed.len() < HEADER_LEN || sealed[0] != FORMAT_V1 {
            return Err(CryptoError::Format);
        }
        let id = &sealed[1..5];
        let key = std::iter::once(&self.current)
            .chain(&self.old)
            .find(|k| k.id == id)
            .ok_or_else(|| CryptoError::UnknownKey(hex(id)))?;
        let nonce = XNonce::from_slice(&sealed[5..HEADER_LEN]);
        key.cipher
            .decrypt(
                nonce,
                Payload {
                    msg: &sealed[HEADER_LEN..],
                    aad,
                },
            )
            .map_err(|_| CryptoError::Tampered)
    }

    /// Seals a string.
    pub fn seal_str(&self, context: &Context, text: &str) -> Vec<u8> {
        self.seal(context, text.as_bytes())
    }

    /// Opens a sealed string.
    pub fn open_string(&self, context: &Context, sealed: &[u8]) -> anyhow::Result<String> {
        Ok(String::from_utf8(self.open(context, sealed)?)?)
    }

    /// The keyed hash under which a receipt code is stored (current key).
    pub fn receipt_hash(&self, code: &ReceiptCode) -> Vec<u8> {
        mac(&self.current.receipt_mac, code.0.as_bytes())
    }

    /// The code's hash under every key, current first, for look-ups across a key rotation.
    pub fn receipt_hashes(&self, code: &ReceiptCode) -> Vec<Vec<u8>> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .map(|k| mac(&k.receipt_mac, code.0.as_bytes()))
            .collect()
    }

    /// The key that signs session tokens (HS256), derived from the current data key.
    pub fn session_key(&self) -> &[u8; 32] {
        &self.current.session_mac
    }

    /// The key that signs new audit records, derived from the current data key.
    pub fn audit_key(&self) -> AuditKey {
        AuditKey {
            id: self.current.id,
            key: self.current.audit_mac,
        }
    }

    /// The audit keys of every configured data key, current first: records signed before
    /// a key rotation verify while the old data key is still in `old_data_keys`.
    pub fn audit_keys(&self) -> Vec<AuditKey> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .map(|k| AuditKey {
                id: k.id,
                key: k.audit_mac,
            })
            .collect()
    }

    /// The keyed tag stored for a value the queue must filter on but nobody should read
    /// from the database (a flag, a police region, an organisation id), under the current
    /// key: `t` and 24 hex digits of HMAC-SHA256 over `kind` and `value`, so the same value
    /// of two kinds gets two tags. Equal values give equal tags (that is what a filter needs);
    /// without the data key a tag says nothing about its value.
    pub fn tag(&self, kind: &str, value: &str) -> String {
        tag_under(&self.current.tag_mac, kind, value)
    }

    /// The value's tag under every configured key, current first: a filter across a key
    /// rotation matches any of them.
    pub fn tags(&self, kind: &str, value: &str) -> Vec<String> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .map(|k| tag_under(&k.tag_mac, kind, value))
            .collect()
    }

    /// A keyed hash for opaque tokens (hand-off tickets) and rate-limit keys; never reversible.
    pub fn token_hash(&self, purpose: &str, token: &[u8]) -> Vec<u8> {
        mac(
            &self.current.token_mac,
            &[purpose.as_bytes(), b":", token].concat(),
        )
    }
}

/// The key of the audit chain's MACs (HMAC-SHA256), derived from one data key with its
/// own label; `Debug` shows only the data key's id.
#[derive(Clone)]
pub struct AuditKey {
    id: [u8; 4],
    key: [u8; 32],
}

impl fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AuditKey({})", hex(&self.id))
    }
}

impl AuditKey {
    /// HMAC-SHA256 of `data` under this key, as lower-case hex.
    pub fn mac_hex(&self, data: &[u8]) -> String {
        hex(&mac(&self.key, data))
    }
}

fn mac(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

fn tag_under(key: &[u8; 32], kind: &str, value: &str) -> String {
    let digest = mac(key, &[kind.as_bytes(), b"\0", value.as_bytes()].concat());
    format!("t{}", hex(&digest[..12]))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn load_or_create_dev_key(path: &Path) -> anyhow::Result<[u8; 32]> {
    use anyhow::Context as _;
    if path.exists() {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the dev data key {}", path.display()))?;
        return decode_key(&SecretString::from(text))
            .map_err(|problem| anyhow::anyhow!("{}: {problem}", path.display()));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    let key: [u8; 32] = random_bytes();
    let text = base64::engine::general_purpose::STANDARD.encode(key);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    use std::io::Write as _;
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    Ok(key)
}

/// `N` bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).expect("the operating system's random source is available");
    out
}

/// A random URL-safe token of 256 bits (hand-off tickets, CSRF tokens).
pub fn random_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// Compares two byte strings in constant time.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Crockford's base32 alphabet: no I, L, O or U, so codes read aloud without confusion.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A receipt code: 80 bits from the CSPRNG, written as 16 Crockford base32 characters in
/// groups of four (`XXXX-XXXX-XXXX-XXXX`). It is the person's only key to their enquiry and
/// is stored only as a keyed hash; `Debug` never shows it and it has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode(String);

impl ReceiptCode {
    /// A new random code.
    pub fn generate() -> Self {
        let bytes: [u8; 10] = random_bytes();
        let mut n = bytes.iter().fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
        let mut chars = [0u8; 16];
        for slot in chars.iter_mut().rev() {
            *slot = CROCKFORD[(n & 31) as usize];
            n >>= 5;
        }
        Self(String::from_utf8_lossy(&chars).into_owned())
    }

    /// Reads a code as a person types it: any case, with or without dashes or spaces, and
    /// with the look-alikes O→0 and I/L→1 forgiven.
    pub fn parse(input: &str) -> Option<Self> {
        let mut out = String::with_capacity(16);
        for c in input.chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' | '\u{a0}' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && CROCKFORD.contains(&(c as u8)) => c,
                _ => return None,
            };
            out.push(c);
        }
        (out.len() == 16).then_some(Self(out))
    }

    /// The code grouped for reading aloud, for showing to its owner only.
    pub fn expose_grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReceiptCode([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> Keyring {
        Keyring::new(&[7u8; 32], &[])
    }

    #[test]
    fn sealed_value_opens_with_same_place_only() {
        let ring = ring();
        let sealed = ring.seal(&Context::new(Column::EnquiryFacts, "1"), b"hello");
        let open = |id| ring.open(&Context::new(Column::EnquiryFacts, id), &sealed);
        assert_eq!(open("1").unwrap(), b"hello");
        assert!(matches!(open("2"), Err(CryptoError::Tampered)));
        assert!(!sealed.windows(5).any(|w| w == b"hello"));
    }

    #[test]
    fn old_key_still_opens_after_rotation() {
        let a = Context::new(Column::MessageBody, "a");
        let old = Keyring::new(&[1u8; 32], &[]);
        let sealed = old.seal(&a, b"secret");
        let rotated = Keyring::new(&[2u8; 32], &[[1u8; 32]]);
        assert_eq!(rotated.open(&a, &sealed).unwrap(), b"secret");
        let code = ReceiptCode::generate();
        assert!(rotated.receipt_hashes(&code).contains(&old.receipt_hash(&code)));
        let stranger = Keyring::new(&[3u8; 32], &[]);
        assert!(matches!(
            stranger.open(&a, &sealed),
            Err(CryptoError::UnknownKey(_))
        ));
    }

    #[test]
    fn tags_are_keyed_separate_kinds_and_survive_a_rotation() {
        let old = Keyring::new(&[1u8; 32], &[]);
        let tag = old.tag("flag", "child");
        assert_eq!(tag, old.tag("flag", "child"));
        assert_eq!(tag.len(), 25);
        assert!(!tag.contains("child"));
        assert_ne!(tag, old.tag("region", "child"));
        assert_ne!(tag, old.tag("flag", "protected_identity"));
        let rotated = Keyring::new(&[2u8; 32], &[[1u8; 32]]);
        assert_ne!(rotated.tag("flag", "child"), tag);
        assert_eq!(
            rotated.tags("flag", "child"),
            vec![rotated.tag("flag", "child"), tag]
        );
    }

    #[test]
    fn tampered_value_is_caught() {
        let a = Context::new(Column::MessageBody, "a");
        let ring = ring();
        let mut sealed = ring.seal(&a, b"secret");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(matches!(ring.open(&a, &sealed), Err(CryptoError::Tampered)));
    }

    #[test]
    fn receipt_codes_have_80_bits_in_four_groups() {
        let code = ReceiptCode::generate();
        let grouped = code.expose_grouped();
        assert_eq!(grouped.len(), 19);
        assert_eq!(grouped.matches('-').count(), 3);
        assert_ne!(ReceiptCode::generate(), code);
    }

    #[test]
    fn receipt_code_parsing_forgives_how_people_type() {
        let code = ReceiptCode::generate();
        let typed = code.expose_grouped().to_lowercase().replace('-', " ");
        assert_eq!(ReceiptCode::parse(&typed).as_ref(), Some(&code));
        assert_eq!(
            ReceiptCode::parse("oooo-iiii-llll-0000"),
            ReceiptCode::parse("0000-1111-1111-0000")
        );
        assert_eq!(ReceiptCode::parse("ABCD-EFGH"), None);
        assert_eq!(ReceiptCode::parse("ABCD-EFGH-JKMN-PQRU"), None);
        assert_eq!(format!("{code:?}"), "ReceiptCode([redacted])");
    }
}
