//! Passwords, hashed with argon2id (the crate's default parameters: 19 MiB, 2 passes).
//! Hashing runs on a few threads of its own (as many as cores, or
//! `limits.password_hashing_concurrency`), behind a semaphore: a burst of sign-ins waits
//! its turn instead of taking 19 MiB each at once (hundreds of concurrent attempts once
//! held gigabytes). An unknown user is checked against a dummy hash so the time taken does
//! not tell who exists.

use std::sync::{Mutex, OnceLock, mpsc};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};

/// Shortest password accepted.
pub const MIN_LEN: usize = 12;

/// Hashes a password (slow on purpose: call from a blocking context).
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt_bytes: [u8; 16] = crate::crypto::random_bytes();
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))?
        .to_string())
}

/// Whether `password` matches `phc` (a stored hash), or — with `None` — spends the same
/// time against a dummy hash and says no.
pub fn verify(password: &str, phc: Option<&str>) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("dummy password for unknown users").unwrap_or_default());
    let Ok(parsed) = PasswordHash::new(phc.unwrap_or(dummy)) else {
        return false;
    };
    verify_reusing_memory(password.as_bytes(), &parsed).unwrap_or(false) && phc.is_some()
}

thread_local! {
    /// argon2's working memory (19 MiB with the default parameters), kept by each hashing
    /// thread and reused: allocating it afresh for every attempt left the allocator holding
    /// a copy per arena (hundreds of MiB under a burst of sign-ins).
    static BLOCKS: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The argon2 verification of `password` against `parsed`, in this thread's kept memory.
fn verify_reusing_memory(password: &[u8], parsed: &PasswordHash<'_>) -> Option<bool> {
    let params = argon2::Params::try_from(parsed).ok()?;
    let algorithm = argon2::Algorithm::try_from(parsed.algorithm).ok()?;
    let version = parsed
        .version
        .map_or(Ok(argon2::Version::default()), argon2::Version::try_from)
        .ok()?;
    let expected = parsed.hash?;
    let mut salt = [0u8; 64];
    let salt = parsed.salt?.decode_b64(&mut salt).ok()?;
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version, params.clone());
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.len() < params.block_count() {
            blocks.resize(params.block_count(), argon2::Block::default());
        }
        argon
            .hash_password_into_with_memory(password, salt, &mut out, &mut blocks[..params.block_count()])
            .ok()
    })?;
    Some(crate::crypto::constant_time_eq(&out, expected.as_bytes()))
}

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads and the semaphore in front of them.
struct Hashers {
    permits: tokio::sync::Semaphore,
    jobs: Mutex<mpsc::SyncSender<Job>>,
}

static WANTED: OnceLock<usize> = OnceLock::new();

/// Sets how many hashes run at once (0 = the number of cores); the first call in a
/// process wins, before the first hash.
pub fn set_concurrency(n: u32) {
    let n = usize::try_from(n).unwrap_or(1);
    let n = if n == 0 {
        std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
    } else {
        n
    };
    let _ = WANTED.set(n);
}

fn hashers() -> &'static Hashers {
    static HASHERS: OnceLock<Hashers> = OnceLock::new();
    HASHERS.get_or_init(|| {
        set_concurrency(0);
        let n = WANTED.get().copied().unwrap_or(2).max(1);
        let (tx, rx) = mpsc::sync_channel::<Job>(n);
        let rx = std::sync::Arc::new(Mutex::new(rx));
        for i in 0..n {
            let rx = std::sync::Arc::clone(&rx);
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    loop {
                        let job = rx.lock().map(|r| r.recv());
                        match job {
                            Ok(Ok(job)) => job(),
                            _ => break,
                        }
                    }
                });
            if let Err(err) = spawned {
                tracing::error!(error = %err, "could not start a password hashing thread");
            }
        }
        Hashers {
            permits: tokio::sync::Semaphore::new(n),
            jobs: Mutex::new(tx),
        }
    })
}

/// Runs `work` on a hashing thread once a permit is free.
async fn on_hasher<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let hashers = hashers();
    let _permit = hashers.permits.acquire().await.ok()?;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(work());
    });
    // At most as many jobs as permits are in flight, so the channel never blocks.
    hashers.jobs.lock().ok()?.send(job).ok()?;
    rx.await.ok()
}

/// Hashes on a hashing thread.
pub async fn hash_blocking(password: String) -> anyhow::Result<String> {
    on_hasher(move || hash(&password))
        .await
        .unwrap_or_else(|| Err(anyhow::anyhow!("the password hashing threads are gone")))
}

/// Verifies on a hashing thread.
pub async fn verify_blocking(password: String, phc: Option<String>) -> bool {
    on_hasher(move || verify(&password, phc.as_deref()))
        .await
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let phc = hash("correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&phc)));
        assert!(!verify("wrong horse battery", Some(&phc)));
        assert!(
            !verify("dummy password for unknown users", None),
            "an unknown user never signs in"
        );
    }
}
