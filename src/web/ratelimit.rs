//! Per-client rate limits (receipt look-ups, triage previews).
//!
//! A client is known only by a keyed hash of its address, held in memory for a minute or
//! two and never stored or logged. Limits are per instance.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;
use crate::state::AppState;

/// An opaque per-client key: a keyed hash of the client address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientKey(u64);

impl FromRequestParts<AppState> for ClientKey {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let forwarded = state
            .config()
            .http
            .trust_forwarded_for
            .then(|| parts.headers.get("x-forwarded-for"))
            .flatten()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|ip| ip.trim().parse::<IpAddr>().ok());
        let ip = forwarded.or_else(|| {
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip())
        });
        let bytes = ip.map_or_else(Vec::new, |ip| ip.to_string().into_bytes());
        let hash = state.keys().token_hash("ratelimit", &bytes);
        let mut first = [0u8; 8];
        first.copy_from_slice(&hash[..8]);
        Ok(Self(u64::from_le_bytes(first)))
    }
}

/// A keyed limiter of `n` requests per minute per client.
pub struct Limiter(DefaultKeyedRateLimiter<ClientKey>);

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Limiter")
    }
}

impl Limiter {
    /// `per_minute` requests per minute, all of which may come at once.
    pub fn per_minute(per_minute: u32) -> Self {
        let n = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        Self(RateLimiter::keyed(Quota::per_minute(n).allow_burst(n)))
    }

    /// Counts one request; `RateLimited` when the client is over its quota.
    pub fn check(&self, client: ClientKey) -> Result<(), AppError> {
        self.0.check_key(&client).map_err(|_| AppError::RateLimited)
    }

    /// Forgets clients whose quota is full again (run every minute).
    pub fn sweep(&self) {
        self.0.retain_recent();
        self.0.shrink_to_fit();
    }
}
