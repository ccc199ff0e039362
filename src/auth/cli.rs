//! `kontaktpunkt user add` and `kontaktpunkt audit verify`.

use std::io::BufRead as _;

use anyhow::Context as _;

use super::{Role, password, store, totp};
use crate::audit::{self, Action};
use crate::clock::{Clock as _, SystemClock};
use crate::config::Config;
use crate::crypto::{Column, Context, Keyring};
use crate::db::Db;
use crate::directory::{Directory, MunicipalityCode};

/// Creates a user with the password read from standard input.
pub(crate) async fn add_user(
    config: &Config,
    role: &str,
    name: &str,
    municipalities: &[String],
) -> anyhow::Result<()> {
    let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!("--role: {e}"))?;
    let name = name.trim();
    anyhow::ensure!(!name.is_empty() && name.len() <= 64, "--name: 1 to 64 characters");
    let directory =
        Directory::load(&config.asset(&config.triage.directory_dir)).map_err(|e| anyhow::anyhow!("{e}"))?;
    for code in municipalities {
        let known = MunicipalityCode::parse(code)
            .ok()
            .filter(|c| directory.municipality(c).is_some());
        anyhow::ensure!(
            known.is_some(),
            "--municipality {code}: not a municipality code in the directory"
        );
    }
    anyhow::ensure!(
        (role == Role::Municipality) != municipalities.is_empty(),
        "a municipality user needs --municipality CODE (at least one); other roles take none"
    );
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
    let db = Db::connect(&config.database_url).await?;
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
        store::insert_user(tx, &user, municipalities).await?;
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

/// Verifies the audit chain.
pub(crate) async fn verify_audit(config: &Config) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url).await?;
    match audit::verify(&db).await? {
        None => {
            println!("audit chain intact");
            Ok(())
        }
        Some((seq, why)) => anyhow::bail!("audit chain broken at record {seq}: {why}"),
    }
}
