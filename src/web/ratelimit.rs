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

/// An opaque per-client key: a keyed hash of the client address (an IPv6 address by its
/// /64, which one household or phone usually holds whole).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClientKey(u64);

impl ClientKey {
    /// The key of a signed-in staff user (their sockets are limited per user, not per
    /// address: a whole office may share one).
    pub fn for_user(state: &AppState, user_id: &str) -> Self {
        Self::of(state, "user", user_id.as_bytes())
    }

    /// The key of an address as seen (tests and the proxy rule use it).
    pub fn for_ip(state: &AppState, ip: Option<IpAddr>) -> Self {
        let bytes = ip.map_or_else(Vec::new, |ip| grouped(ip).into_bytes());
        Self::of(state, "ratelimit", &bytes)
    }

    fn of(state: &AppState, purpose: &str, bytes: &[u8]) -> Self {
        let hash = state.keys().token_hash(purpose, bytes);
        let mut first = [0u8; 8];
        first.copy_from_slice(&hash[..8]);
        Self(u64::from_le_bytes(first))
    }

    /// A short opaque tag for the console (the key itself is already a keyed hash).
    pub fn tag(self) -> String {
        format!("{:016x}", self.0)
    }

    /// The key back from its tag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        (tag.len() == 16)
            .then(|| u64::from_str_radix(tag, 16).ok())
            .flatten()
            .map(Self)
    }
}

/// What counts as one client: an IPv4 address, or an IPv6 address's /64 (an IPv4 address
/// mapped into IPv6 counts as the IPv4 address).
fn grouped(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// An address range (`10.0.0.0/8`, `fd00::/8`, or one address).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    len: u8,
}

impl Cidr {
    /// Parses `addr/len` or a bare address; `None` when it is no range.
    pub fn parse(text: &str) -> Option<Self> {
        let (addr, len) = match text.trim().split_once('/') {
            Some((addr, len)) => (addr.parse::<IpAddr>().ok()?, Some(len.parse::<u8>().ok()?)),
            None => (text.trim().parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let len = len.unwrap_or(max);
        (len <= max).then_some(Self { net: addr, len })
    }

    /// Whether `ip` lies in the range.
    pub fn contains(self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 @ IpAddr::V4(_) => v4,
        };
        match (self.net, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.len)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.len)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// The client's address: the peer, unless it is a trusted proxy (with
/// `http.trust_forwarded_for`), in which case the right-most address of `X-Forwarded-For`
/// that is not a trusted proxy. With forwarding trusted but no proxies named, the peer is
/// taken to be the one proxy (the right-most entry is the client it saw).
pub fn client_ip(
    peer: Option<IpAddr>,
    forwarded_for: &[&str],
    trust: bool,
    proxies: &[Cidr],
) -> Option<IpAddr> {
    if !trust {
        return peer;
    }
    let trusted = |ip: IpAddr| proxies.iter().any(|c| c.contains(ip));
    if let Some(peer) = peer
        && !proxies.is_empty()
        && !trusted(peer)
    {
        // Not from a proxy: whatever the header says was written by the client.
        return Some(peer);
    }
    let chain = forwarded_for
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for entry in chain.iter().rev() {
        let Ok(ip) = entry.parse::<IpAddr>() else {
            // Garbage in the chain: everything left of it is the client's to invent.
            return peer;
        };
        if !trusted(ip) {
            return Some(ip);
        }
    }
    chain.first().and_then(|first| first.parse().ok()).or(peer)
}

impl FromRequestParts<AppState> for ClientKey {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::of_request(parts, state))
    }
}

impl ClientKey {
    /// The key of the client that sent a request.
    pub fn of_request(parts: &Parts, state: &AppState) -> Self {
        let http = &state.config().http;
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        let headers: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let proxies: Vec<Cidr> = http
            .trusted_proxies
            .iter()
            .filter_map(|c| Cidr::parse(c))
            .collect();
        Self::for_ip(
            state,
            client_ip(peer, &headers, http.trust_forwarded_for, &proxies),
        )
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
