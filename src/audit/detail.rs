//! An audit record's detail at rest: sealed (`detail_sealed`, bound to the record's number
//! as `audit_log.detail:{seq}`, padded), its clear column left empty; see the module
//! above for why the MAC covers the plain detail.

use super::Record;
use crate::crypto::{Column, Context, Keyring};

/// Where record `seq`'s sealed detail is bound.
fn detail_context(seq: i64) -> Context {
    Context::new(Column::AuditDetail, &seq.to_string())
}

/// Record `seq`'s detail, sealed as it is stored (`audit_log.detail:{seq}`, padded).
pub fn seal_detail(keys: &Keyring, seq: i64, detail: &str) -> Vec<u8> {
    keys.seal_padded(&detail_context(seq), detail)
}

/// Record `r`'s plain detail (what its MAC covers): its sealed detail opened, or the clear
/// one of a record from before details were sealed. `Err` says why it cannot be trusted.
pub(super) fn plain_detail(keys: &Keyring, r: &Record) -> Result<String, &'static str> {
    match &r.detail_sealed {
        None => Ok(r.detail.clone()),
        Some(_) if !r.detail.is_empty() => Err("a detail in clear next to a sealed one"),
        Some(sealed) => keys
            .open_padded(&detail_context(r.seq), sealed)
            .map_err(|_| "its sealed detail does not open"),
    }
}

/// What the audit page shows for a detail that does not open (see `audit verify`).
pub const UNREADABLE: &str = "[sealed detail does not open: run `kontaktpunkt audit verify`]";

/// The records with their details opened ([`UNREADABLE`] for one that does not open: one
/// tampered record must not hide the rest of the page from an auditor).
pub(super) fn open_all(keys: Option<&Keyring>, mut records: Vec<Record>) -> Vec<Record> {
    for r in &mut records {
        let plain = match keys {
            Some(keys) => plain_detail(keys, r),
            None if r.detail_sealed.is_none() => Ok(r.detail.clone()),
            None => Err("no data keys"),
        };
        r.detail = plain.unwrap_or_else(|_| UNREADABLE.to_owned());
    }
    records
}
