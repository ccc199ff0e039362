//! Converts, at start-up, what was stored in clear before quasi-identifiers were sealed
//! (#14): an enquiry's flag and police-region names become the queue's keyed tags, and a
//! callback request's wishes are sealed and their clear columns blanked. SQL can compute
//! neither a tag nor a seal, so this runs right after the migrations, a page of rows per
//! commit. It is idempotent: a converted row (its values tags, its wishes sealed) is left
//! alone, so every start after the first finds nothing to do.

use super::seal::{FLAG_TAG, REGION_TAG, Wishes, is_tag, tag_list};
use super::store::reseal::{self as store, QueueColumns};
use crate::crypto::Keyring;
use crate::db::Db;

/// Rows read and converted per commit.
const PAGE: i64 = 500;

/// How many rows one run converted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Converted {
    /// Enquiries whose queue columns became tags.
    pub enquiries: u64,
    /// Callback requests whose wishes were sealed.
    pub callbacks: u64,
}

/// Converts every row stored in clear; says in the log how many (counts only).
pub async fn run(db: &Db, keys: &Keyring) -> anyhow::Result<Converted> {
    let converted = Converted {
        enquiries: retag_enquiries(db, keys).await?,
        callbacks: seal_wishes(db, keys).await?,
    };
    if converted != Converted::default() {
        tracing::info!(
            enquiries = converted.enquiries,
            callbacks = converted.callbacks,
            "quasi-identifiers stored in clear are now tags and sealed"
        );
    }
    Ok(converted)
}

async fn retag_enquiries(db: &Db, keys: &Keyring) -> anyhow::Result<u64> {
    let mut count = 0;
    let mut after = String::new();
    loop {
        let page = store::untagged(db, &after, PAGE).await?;
        let Some(last) = page.last() else {
            return Ok(count);
        };
        after = last.id.clone();
        let mut tx = db.begin().await?;
        for row in &page {
            if let Some((flags, region)) = tags_for(keys, row) {
                count += u64::from(store::retag(&mut tx, row, &flags, region.as_deref()).await?);
            }
        }
        tx.commit().await?;
    }
}

/// The row's queue columns as tags, or `None` when every value is a tag already. A value
/// already a tag is kept (a row half converted by hand stays filterable).
fn tags_for(keys: &Keyring, row: &QueueColumns) -> Option<(String, Option<String>)> {
    let names: Vec<&str> = row.flags.split(',').filter(|f| !f.is_empty()).collect();
    let region = row.police_region.as_deref();
    if names.iter().all(|f| is_tag(f)) && region.is_none_or(is_tag) {
        return None;
    }
    let tag = |kind: &str, value: &str| {
        if is_tag(value) {
            value.to_owned()
        } else {
            keys.tag(kind, value)
        }
    };
    let flags = tag_list(names.iter().map(|f| tag(FLAG_TAG, f)));
    Some((flags, region.map(|r| tag(REGION_TAG, r))))
}

async fn seal_wishes(db: &Db, keys: &Keyring) -> anyhow::Result<u64> {
    let mut count = 0;
    let mut after = String::new();
    loop {
        let page = store::unsealed_wishes(db, &after, PAGE).await?;
        let Some(last) = page.last() else {
            return Ok(count);
        };
        after = last.enquiry_id.clone();
        let mut tx = db.begin().await?;
        for row in &page {
            let wishes = Wishes::from_clear(
                &row.windows,
                row.voicemail_ok,
                row.may_say_who,
                row.interpreter,
                row.interpreter_language.as_deref(),
            );
            let sealed = wishes.seal(keys, &row.enquiry_id)?;
            count += u64::from(store::seal_wishes(&mut tx, &row.enquiry_id, &sealed).await?);
        }
        tx.commit().await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(flags: &str, region: Option<&str>) -> QueueColumns {
        QueueColumns {
            id: "e1".to_owned(),
            flags: flags.to_owned(),
            police_region: region.map(str::to_owned),
        }
    }

    #[test]
    fn names_become_tags_and_tags_stay_as_they_are() {
        let keys = Keyring::new(&[7; 32], &[]);
        let (child, protected) = (
            keys.tag(FLAG_TAG, "child"),
            keys.tag(FLAG_TAG, "protected_identity"),
        );
        let syd = keys.tag(REGION_TAG, "syd");
        let (flags, region) = tags_for(&keys, &row(",child,protected_identity,", Some("syd"))).unwrap();
        assert_eq!(flags, format!(",{child},{protected},"));
        assert_eq!(region.as_deref(), Some(syd.as_str()));
        // Converted: nothing to do, whichever column it is.
        assert_eq!(tags_for(&keys, &row(&flags, region.as_deref())), None);
        assert_eq!(tags_for(&keys, &row("", None)), None);
        assert_eq!(tags_for(&keys, &row("", Some(&syd))), None);
        // Only the region left in clear: the tags are kept.
        let (again, region) = tags_for(&keys, &row(&flags, Some("syd"))).unwrap();
        assert_eq!((again, region), (flags, Some(syd)));
        // No name's tag looks like a name, and no name looks like a tag.
        assert!(!is_tag("threat_to_others") && !is_tag("stockholm") && is_tag(&child));
    }
}
