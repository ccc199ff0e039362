//! Short values sealed in padded form: an organisation id, an outcome, an audit detail.
//! A sealed value is as long as its plaintext plus a fixed overhead, so a short value
//! sealed as it is tells its length, and the length of an organisation id tells its kind
//! (`socialtjanst:1280` against `programme:exempel-malmo`). Padded to a multiple of
//! [`BLOCK`] bytes (ISO/IEC 7816-4: one `0x80`, then zeros), every value of a bucket
//! looks the same.

use super::{Context, Keyring};

/// The bucket size: the ids and codes sealed this way fit one or two blocks.
const BLOCK: usize = 32;

/// `text` followed by `0x80` and zeros up to the next multiple of [`BLOCK`].
fn pad(text: &[u8]) -> Vec<u8> {
    let len = (text.len() / BLOCK + 1) * BLOCK;
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(text);
    out.push(0x80);
    out.resize(len, 0);
    out
}

/// The text of a value padded by [`pad`]; `None` when it is not padded so.
fn unpad(mut padded: Vec<u8>) -> Option<Vec<u8>> {
    let end = padded.iter().rposition(|b| *b != 0)?;
    (padded[end] == 0x80).then(|| {
        padded.truncate(end);
        padded
    })
}

impl Keyring {
    /// Seals a short text padded to a multiple of 32 bytes, bound to `context`.
    pub fn seal_padded(&self, context: &Context, text: &str) -> Vec<u8> {
        self.seal(context, &pad(text.as_bytes()))
    }

    /// Opens a text sealed by [`Keyring::seal_padded`] for the same `context`.
    pub fn open_padded(&self, context: &Context, sealed: &[u8]) -> anyhow::Result<String> {
        let padded = self.open(context, sealed)?;
        let text = unpad(padded).ok_or_else(|| anyhow::anyhow!("sealed value is not padded"))?;
        Ok(String::from_utf8(text)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::Column;

    #[test]
    fn padded_values_of_one_bucket_seal_to_the_same_length_and_open_as_they_were() {
        let ring = Keyring::new(&[5u8; 32], &[]);
        let at = Context::new(Column::ReferralOrg, "r1");
        let short = ring.seal_padded(&at, "socialtjanst:1280");
        let long = ring.seal_padded(&at, "programme:exempel-malmo");
        let empty = ring.seal_padded(&at, "");
        assert_eq!(short.len(), long.len());
        assert_eq!(short.len(), empty.len());
        assert_eq!(ring.open_padded(&at, &short).unwrap(), "socialtjanst:1280");
        assert_eq!(ring.open_padded(&at, &empty).unwrap(), "");
        let exact = "x".repeat(BLOCK);
        let sealed = ring.seal_padded(&at, &exact);
        assert_eq!(ring.open_padded(&at, &sealed).unwrap(), exact);
        assert!(ring.open_padded(&at, &ring.seal(&at, b"raw")).is_err());
    }
}
