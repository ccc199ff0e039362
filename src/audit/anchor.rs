//! Anchors of the audit chain outside the database: now and then the chain's head (the
//! last record's number and MAC, and where the chain is keyed from) is appended as one
//! line to `audit.anchor_file` and logged as `audit anchor`. Nothing personal: a number,
//! a MAC and a time. Whoever can rewrite the database but not the anchor's storage (or
//! the log store the line is shipped to) cannot cut the chain's tail or rewrite it
//! unseen: [`super::verify`] checks the chain against every anchor, and each new anchor
//! first checks the one before it.
//!
//! A line: `2026-12-07T10:15:00Z record=1234 mac=<64 hex> keyed_from=1`.

use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::db::Db;

/// One anchor: the chain's head when it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// When, as RFC 3339 (UTC).
    pub at: String,
    /// The last record's number.
    pub seq: i64,
    /// The last record's hash (its MAC once the chain is keyed).
    pub mac: String,
    /// The first keyed record.
    pub keyed_from: i64,
}

impl Anchor {
    /// The line written to the anchor file (without the newline).
    pub fn line(&self) -> String {
        format!(
            "{} record={} mac={} keyed_from={}",
            self.at, self.seq, self.mac, self.keyed_from
        )
    }

    /// Reads a line written by [`Anchor::line`]; `None` for anything else (a torn write).
    pub fn parse(line: &str) -> Option<Self> {
        let mut words = line.split_whitespace();
        let at = words.next()?;
        time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok()?;
        let seq = words.next()?.strip_prefix("record=")?.parse().ok()?;
        let mac = words.next()?.strip_prefix("mac=")?;
        let keyed_from = words.next()?.strip_prefix("keyed_from=")?.parse().ok()?;
        let hex = mac.len() == 64 && mac.bytes().all(|b| b.is_ascii_hexdigit());
        (hex && words.next().is_none()).then(|| Self {
            at: at.to_owned(),
            seq,
            mac: mac.to_owned(),
            keyed_from,
        })
    }
}

/// Every anchor in `path`, oldest first (its well-formed lines; none if there is no file).
pub fn read_anchors(path: &Path) -> anyhow::Result<Vec<Anchor>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(err).with_context(|| format!("reading the audit anchor {}", path.display())),
    };
    Ok(text.lines().filter_map(Anchor::parse).collect())
}

/// The last anchor in the file's final few hundred bytes, to skip writing the same head
/// twice, and whether the file ends inside a line (a torn write, to be ended first).
fn last_written(file: &mut std::fs::File) -> std::io::Result<(Option<Anchor>, bool)> {
    let len = file.seek(SeekFrom::End(0))?;
    file.seek(SeekFrom::Start(len.saturating_sub(512)))?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail)?;
    let tail = String::from_utf8_lossy(&tail);
    let torn = !tail.is_empty() && !tail.ends_with('\n');
    Ok((tail.lines().rev().find_map(Anchor::parse), torn))
}

/// Appends `anchor` to `path` (creating it and its folder) and flushes it to disk, unless
/// the file's last anchor already names the same record, MAC and switch point. Returns
/// whether a line was written.
fn append(path: &Path, anchor: &Anchor) -> std::io::Result<bool> {
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o640);
    }
    let mut file = options.open(path)?;
    let (last, torn) = last_written(&mut file)?;
    if let Some(last) = last
        && (last.seq, &last.mac, last.keyed_from) == (anchor.seq, &anchor.mac, anchor.keyed_from)
    {
        return Ok(false);
    }
    let start = if torn { "\n" } else { "" };
    file.write_all(format!("{start}{}\n", anchor.line()).as_bytes())?;
    file.sync_data()?;
    Ok(true)
}

/// Anchors the chain's head now (`now_ms`, unix ms): appends it to `path` when it changed
/// since the last anchor there, and logs the line `audit anchor` with the record's number
/// and MAC (for a log store kept apart from the database). An empty chain is not anchored.
pub async fn anchor_now(db: &Db, path: PathBuf, now_ms: i64) -> anyhow::Result<Option<Anchor>> {
    let Some((seq, mac)) = super::head(db).await? else {
        return Ok(None);
    };
    let before = {
        let file = path.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<Option<Anchor>> {
            match std::fs::File::open(&file) {
                Ok(mut file) => Ok(last_written(&mut file)?.0),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(err) => Err(err),
            }
        })
        .await?
        .with_context(|| format!("reading the audit anchor {}", path.display()))?
    };
    // The chain must still hold what was anchored last: a cut tail or a rewritten record
    // is said at once, in the log, before the new head is anchored after it.
    if let Some(before) = &before
        && super::hash_of(db, before.seq).await?.as_deref() != Some(before.mac.as_str())
    {
        tracing::error!(
            audit.record = before.seq,
            "audit chain broken: the record of the last anchor is gone or changed; run `kontaktpunkt audit verify`"
        );
    }
    let keyed_from = super::keyed_from(db)
        .await?
        .context("the record of where the keyed chain starts (table audit_chain) is missing")?;
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(now_ms) * 1_000_000)
        .context("the clock is out of range")?
        .replace_nanosecond(0)
        .context("the clock is out of range")?
        .format(&time::format_description::well_known::Rfc3339)?;
    let anchor = Anchor {
        at,
        seq,
        mac,
        keyed_from,
    };
    let written = {
        let anchor = anchor.clone();
        let shown = path.display().to_string();
        tokio::task::spawn_blocking(move || append(&path, &anchor))
            .await?
            .with_context(|| format!("writing the audit anchor {shown}"))?
    };
    if written {
        tracing::info!(
            audit.record = anchor.seq,
            audit.mac = %anchor.mac,
            audit.keyed_from = anchor.keyed_from,
            "audit anchor"
        );
    }
    Ok(Some(anchor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_reads_back_and_a_torn_one_does_not() {
        let anchor = Anchor {
            at: "2026-12-07T10:15:00Z".to_owned(),
            seq: 12,
            mac: "ab".repeat(32),
            keyed_from: 3,
        };
        assert_eq!(Anchor::parse(&anchor.line()), Some(anchor.clone()));
        let line = anchor.line();
        assert_eq!(Anchor::parse(&line[..line.len() - 20]), None);
        assert_eq!(Anchor::parse("yesterday record=1 mac=00 keyed_from=1"), None);
    }

    #[test]
    fn the_same_head_is_written_once_and_the_latest_line_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit/anchor");
        let mut anchor = Anchor {
            at: "2026-12-07T10:15:00Z".to_owned(),
            seq: 1,
            mac: "00".repeat(32),
            keyed_from: 1,
        };
        assert!(append(&path, &anchor).unwrap());
        assert!(!append(&path, &anchor).unwrap());
        anchor.seq = 2;
        anchor.mac = "11".repeat(32);
        assert!(append(&path, &anchor).unwrap());
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"2026-12-07T10:2")
            .unwrap();
        assert_eq!(read_anchors(&path).unwrap().last(), Some(&anchor));
        anchor.seq = 3;
        assert!(append(&path, &anchor).unwrap());
        let all = read_anchors(&path).unwrap();
        assert_eq!((all.len(), all.last()), (3, Some(&anchor)));
        // Two anchors, the torn line, and the third anchor on a line of its own.
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 4);
    }
}
