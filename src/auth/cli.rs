//! `kontaktpunkt user add` and `kontaktpunkt audit verify`.

use std::io::BufRead as _;

use anyhow::Context as _;

use super::{Role, password, store, totp};
use crate::audit::{self, Action};
use crate::clock::{Clock as _, SystemClock};
use crate::config::Config;
use crate::crypto::{Column, Context, Keyring};
use crate::db::Db;
use crate::directory::{Directory, OrgKind};

/// A mistake in how `user add` was called (an unknown organisation, a binding the role
/// does not take): the process exits with code 2, like any other usage error.
#[derive(Debug)]
pub(crate) struct UsageError(pub(crate) String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// The organisations a new user acts for: every `--org ID`, then every `--municipality CODE`
/// as `socialtjanst:CODE` (its social services), each checked against the directory and
/// kept once, in the order given. Only organisations that can receive a referral qualify.
pub(crate) fn user_orgs(
    directory: &Directory,
    orgs: &[String],
    municipalities: &[String],
) -> Result<Vec<String>, UsageError> {
    let mut out: Vec<String> = Vec::new();
    let given = orgs.iter().map(|o| ("--org", o.trim().to_owned())).chain(
        municipalities
            .iter()
            .map(|code| ("--municipality", format!("socialtjanst:{}", code.trim()))),
    );
    for (flag, id) in given {
        let shown = if flag == "--org" {
            id.clone()
        } else {
            id.trim_start_matches("socialtjanst:").to_owned()
        };
        let org = directory.org(&id).ok_or_else(|| {
            UsageError(format!(
                "{flag} {shown}: no organisation {id:?} in the directory \
                 (e.g. socialtjanst:1280, programme:exempel-malmo, police:region:syd, kriminalvarden)"
            ))
        })?;
        if matches!(org.kind, OrgKind::Emergency | OrgKind::ContactPoint) {
            return Err(UsageError(format!(
                "{flag} {shown}: {id} receives no referrals and has no inbox"
            )));
        }
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Creates a user with the password read from standard input. An inbox user (role
/// `municipality`, whatever kind of organisation they work for) is bound to at least
/// one organisation; other roles to none.
pub(crate) async fn add_user(
    config: &Config,
    role: &str,
    name: &str,
    orgs: &[String],
    municipalities: &[String],
) -> anyhow::Result<()> {
    let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!("--role: {e}"))?;
    let name = name.trim();
    anyhow::ensure!(!name.is_empty() && name.len() <= 64, "--name: 1 to 64 characters");
    let directory =
        Directory::load(&config.asset(&config.triage.directory_dir)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let orgs = user_orgs(&directory, orgs, municipalities)?;
    if (role == Role::Municipality) == orgs.is_empty() {
        return Err(UsageError(
            "an inbox user (--role municipality) needs --org ID or --municipality CODE \
             (at least one); other roles take none"
                .to_owned(),
        )
        .into());
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let secret_password = line.trim_end_matches(['\r', '\n']).to_owned();
    anyhow::ensure!(
        secret_password.chars().count() >= password::MIN_LEN,
        "the password needs at least {} characters",
        password::MIN_LEN
    );
    let (keys, _) = Keyring::from_config(config)?;
    let keys = std::sync::Arc::new(keys);
    let db = Db::connect(&config.database_url)
        .await?
        .with_keys(std::sync::Arc::clone(&keys));
    db.migrate().await?;
    let id = uuid::Uuid::new_v4().to_string();
    let secret = totp::new_secret();
    let hash = password::hash_blocking(secret_password).await?;
    let now = SystemClock.now_ms();
    let user = store::NewUser {
        id: &id,
        name,
        role: role.as_str(),
        password_hash: &hash,
        totp_secret_sealed: &keys.seal(&Context::new(Column::UserTotp, &id), &secret),
        created_at: now,
    };
    crate::transact!(&db, |tx| {
        store::insert_user(tx, &user, &orgs).await?;
        audit::append_tx(tx, now, "cli", Action::UserAdded, None, role.as_str()).await
    })
    .map_err(|e| {
        if crate::db::is_unique_violation(&e) {
            anyhow::anyhow!("a user named {name:?} already exists")
        } else {
            e.into()
        }
    })?;
    println!("user {name} ({role}) added, id {id}");
    println!("second factor — enter in an authenticator app now; it is not shown again:");
    println!("  {}", totp::provisioning_uri(&secret, name)?);
    println!("  secret (base32): {}", totp::secret_base32(&secret, name)?);
    Ok(())
}

/// Verifies the audit chain: every record's MAC (its plain hash before the chain was
/// keyed) under the configured data keys, and the chain against every anchor in
/// `audit.anchor_file`.
pub(crate) async fn verify_audit(config: &Config) -> anyhow::Result<()> {
    let (keys, _) = Keyring::from_config(config)?;
    let path = config.audit_anchor_file();
    let anchors = audit::read_anchors(&path)?;
    let db = Db::connect(&config.database_url).await?;
    match audit::verify(&db, &keys, &anchors).await? {
        Ok(intact) => {
            let anchored = anchors.last().map_or_else(
                || format!("no anchor in {} yet: checked the MACs only", path.display()),
                |a| {
                    format!(
                        "holds all {} anchors, the latest of {} (record {})",
                        anchors.len(),
                        a.at,
                        a.seq
                    )
                },
            );
            println!(
                "audit chain intact: {} records, keyed from record {}; {anchored}",
                intact.last, intact.keyed_from
            );
            Ok(())
        }
        Err(found) => anyhow::bail!("audit chain broken at {found}"),
    }
}
