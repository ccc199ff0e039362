//! Floods and brute force: limits on every anonymous creation route (per client and for
//! everyone together), a cap on waiting chats per client, sign-in limits (per client, for
//! everyone, and a decaying throttle per name and client instead of a lock), and a short
//! memory of who sent how much for the console's view of suspected floods.
//!
//! A client is a [`ClientKey`]: a keyed hash of its address (IPv6 by its /64). Nothing
//! here is stored or logged with an address; all of it lives in memory, per instance, and
//! is forgotten by the minute's housekeeping. The time is the application's clock.
//!
//! A refused submission answers `429` with `Retry-After` and a page that keeps what was
//! typed (`web::kept`): the text in a text box and every other answer in the form, ready
//! to send again. So does a post from our own form whose token has expired (`403`).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::csrf;
use super::kept::{Why, kept};
use super::ratelimit::ClientKey;
use crate::chat::vocab::ChatStatus;
use crate::config::LimitsConfig;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

const MINUTE_MS: i64 = 60_000;

/// A keyed token bucket on the application's clock: `capacity` at once, refilled at
/// `capacity` per `period_ms`.
#[derive(Debug)]
pub struct Buckets<K> {
    map: Mutex<HashMap<K, (f64, i64)>>,
    capacity: f64,
    per_ms: f64,
}

impl<K: Hash + Eq + Copy> Buckets<K> {
    /// `capacity` at once, all of it back within `period_ms`.
    pub fn new(capacity: u32, period_ms: i64) -> Self {
        let capacity = f64::from(capacity.max(1));
        #[expect(
            clippy::cast_precision_loss,
            reason = "periods are minutes, far below 2^52 ms"
        )]
        let per_ms = capacity / period_ms.max(1) as f64;
        Self {
            map: Mutex::new(HashMap::new()),
            capacity,
            per_ms,
        }
    }

    fn level(&self, stored: Option<(f64, i64)>, now: i64) -> f64 {
        stored.map_or(self.capacity, |(tokens, at)| {
            #[expect(clippy::cast_precision_loss, reason = "elapsed ms, far below 2^52")]
            let refill = (now - at).max(0) as f64 * self.per_ms;
            (tokens + refill).min(self.capacity)
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, (f64, i64)>> {
        self.map.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes one; `Err(seconds)` until one is back when there is none.
    pub fn take(&self, key: K, now: i64) -> Result<(), u64> {
        let mut map = self.lock();
        let level = self.level(map.get(&key).copied(), now);
        if level >= 1.0 {
            map.insert(key, (level - 1.0, now));
            Ok(())
        } else {
            Err(self.wait_secs(level))
        }
    }

    /// Whether one could be taken now; `Err(seconds)` as [`Self::take`].
    pub fn peek(&self, key: K, now: i64) -> Result<(), u64> {
        let level = self.level(self.lock().get(&key).copied(), now);
        if level >= 1.0 {
            Ok(())
        } else {
            Err(self.wait_secs(level))
        }
    }

    /// Gives one back (a request that created nothing).
    pub fn give_back(&self, key: K, now: i64) {
        let mut map = self.lock();
        let level = self.level(map.get(&key).copied(), now);
        map.insert(key, ((level + 1.0).min(self.capacity), now));
    }

    /// Forgets `key` (a full bucket again).
    pub fn forget(&self, key: K) {
        self.lock().remove(&key);
    }

    /// Forgets every key `drop` says.
    pub fn forget_where(&self, drop: impl Fn(&K) -> bool) {
        self.lock().retain(|k, _| !drop(k));
    }

    /// Forgets every full bucket.
    pub fn sweep(&self, now: i64) {
        let mut map = self.lock();
        map.retain(|_, stored| {
            let level = self.level(Some(*stored), now);
            level < self.capacity
        });
        map.shrink_to_fit();
    }

    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a positive number of seconds, at most a day"
    )]
    fn wait_secs(&self, level: f64) -> u64 {
        (((1.0 - level) / self.per_ms / 1000.0).ceil() as u64).max(1)
    }
}

/// The anonymous creation routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `POST /{lang}/enquiry` and the child form `POST /{lang}/young/enquiry`.
    Enquiry,
    /// `POST /{lang}/chat`.
    Chat,
    /// `POST /{lang}/callback`.
    Callback,
    /// `POST /{lang}/receipt/message`.
    FollowUp,
    /// `POST /{lang}/accessibility`.
    Accessibility,
}

impl Kind {
    /// The kind and language of a creation route's path.
    fn of_path(path: &str) -> Option<(Self, Lang)> {
        let mut parts = path.trim_start_matches('/').split('/');
        let lang = parts.next()?.parse::<Lang>().ok()?;
        let rest: Vec<&str> = parts.collect();
        let kind = match rest.as_slice() {
            ["enquiry"] | ["young", "enquiry"] => Self::Enquiry,
            ["chat"] => Self::Chat,
            ["callback"] => Self::Callback,
            ["receipt", "message"] => Self::FollowUp,
            ["accessibility"] => Self::Accessibility,
            _ => return None,
        };
        Some((kind, lang))
    }
}

/// What a creation handler made: put in the response's extensions so that a flood's open
/// items can be closed together.
#[derive(Clone, Debug)]
pub struct Created(pub String);

/// What one client sent lately.
#[derive(Debug, Clone)]
struct Record {
    first: i64,
    last: i64,
    sent: u32,
    refused: u32,
    /// Enquiries and chats it created (at most [`ITEMS_KEPT`]).
    items: Vec<(Kind, String)>,
}

/// The most items remembered per client.
const ITEMS_KEPT: usize = 1000;

/// One suspected flood as the console shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Suspect {
    /// The client's opaque tag.
    pub tag: String,
    /// First and last submission (Unix ms).
    pub first: i64,
    /// Last submission (Unix ms).
    pub last: i64,
    /// Accepted submissions.
    pub sent: u32,
    /// Refused ones.
    pub refused: u32,
    /// Enquiries and chats it created (ids).
    pub items: Vec<String>,
}

/// The flood limits and memory of one instance.
#[derive(Debug)]
pub struct Floods {
    limits: LimitsConfig,
    per_client: Buckets<(Kind, ClientKey)>,
    global: Buckets<Kind>,
    sign_in_client: Buckets<ClientKey>,
    sign_in_global: Buckets<()>,
    sign_in_name: Buckets<(u64, ClientKey)>,
    seen: Mutex<HashMap<ClientKey, Record>>,
}

/// Why a submission was refused, and when to try again.
#[derive(Clone, Copy, Debug)]
pub struct Refused {
    /// Seconds until one more is allowed.
    pub retry_after: u64,
    /// The message id that says why.
    pub message: &'static str,
}

impl Floods {
    /// The limits of `[limits]`.
    pub fn new(limits: &LimitsConfig) -> Self {
        crate::auth::password::set_concurrency(limits.password_hashing_concurrency);
        let window = i64::from(limits.intake_window_minutes) * MINUTE_MS;
        Self {
            per_client: Buckets::new(limits.intake_per_client, window),
            global: Buckets::new(limits.intake_global_per_minute, MINUTE_MS),
            sign_in_client: Buckets::new(limits.sign_in_per_client_per_minute, MINUTE_MS),
            sign_in_global: Buckets::new(limits.sign_in_global_per_minute, MINUTE_MS),
            sign_in_name: Buckets::new(
                limits.sign_in_failures_per_name,
                i64::from(limits.sign_in_failure_decay_minutes)
                    * i64::from(limits.sign_in_failures_per_name)
                    * MINUTE_MS,
            ),
            seen: Mutex::new(HashMap::new()),
            limits: limits.clone(),
        }
    }

    fn seen(&self) -> std::sync::MutexGuard<'_, HashMap<ClientKey, Record>> {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn note(&self, client: ClientKey, now: i64, refused: bool, item: Option<(Kind, String)>) {
        let mut seen = self.seen();
        let record = seen.entry(client).or_insert_with(|| Record {
            first: now,
            last: now,
            sent: 0,
            refused: 0,
            items: Vec::new(),
        });
        record.last = now;
        if refused {
            record.refused = record.refused.saturating_add(1);
        } else {
            record.sent = record.sent.saturating_add(1);
        }
        if let Some(item) = item
            && record.items.len() < ITEMS_KEPT
        {
            record.items.push(item);
        }
    }

    /// Whether `client` has `open_chats_per_client` chats waiting, by the chats this
    /// instance saw it start (newest first; at most a client's allowance is looked up).
    async fn enough_waiting(&self, state: &AppState, client: ClientKey) -> bool {
        let cap = self.limits.open_chats_per_client;
        let recent: Vec<String> = self.seen().get(&client).map_or_else(Vec::new, |r| {
            r.items
                .iter()
                .rev()
                .filter(|(kind, _)| *kind == Kind::Chat)
                .take(usize::try_from(self.limits.intake_per_client.max(cap)).unwrap_or(usize::MAX))
                .map(|(_, id)| id.clone())
                .collect()
        });
        let mut waiting = 0_u32;
        for id in recent {
            if let Ok(Some(chat)) = crate::chat::store::by_id(state.db(), &id).await
                && chat.status == ChatStatus::Waiting
            {
                waiting += 1;
                if waiting >= cap {
                    return true;
                }
            }
        }
        false
    }

    /// Counts one submission of `kind` from `client`: refused when the client, or everyone
    /// together, is over the limit, or (a chat) the client has enough chats waiting.
    pub async fn admit(
        &self,
        state: &AppState,
        kind: Kind,
        client: ClientKey,
        now: i64,
    ) -> Result<(), Refused> {
        let too_many = |retry_after| Refused {
            retry_after,
            message: "too-many-sent",
        };
        // The cheap check first: a flood is refused without touching the database.
        if let Err(wait) = self.per_client.take((kind, client), now) {
            self.note(client, now, true, None);
            return Err(too_many(wait));
        }
        if kind == Kind::Chat && self.enough_waiting(state, client).await {
            self.per_client.give_back((kind, client), now);
            self.note(client, now, true, None);
            return Err(Refused {
                retry_after: 60,
                message: "too-many-chats",
            });
        }
        if let Err(wait) = self.global.take(kind, now) {
            self.per_client.give_back((kind, client), now);
            return Err(Refused {
                retry_after: wait,
                message: "too-many-everyone",
            });
        }
        Ok(())
    }

    /// A submission that created nothing (refused by its form): its count comes back.
    pub fn give_back(&self, kind: Kind, client: ClientKey, now: i64) {
        self.per_client.give_back((kind, client), now);
        self.global.give_back(kind, now);
    }

    /// Remembers an accepted submission (and what it created) for the flood view.
    pub fn accepted(&self, kind: Kind, client: ClientKey, now: i64, created: Option<String>) {
        self.note(client, now, false, created.map(|id| (kind, id)));
    }

    /// Counts one sign-in attempt of `client` for `name`: refused (seconds to wait) when the
    /// client or everyone is over the limit, or this name failed too often from here.
    pub fn sign_in_admit(&self, client: ClientKey, name_key: u64, now: i64) -> Result<(), u64> {
        self.sign_in_name.peek((name_key, client), now)?;
        self.sign_in_client.take(client, now)?;
        if let Err(wait) = self.sign_in_global.take((), now) {
            self.sign_in_client.give_back(client, now);
            return Err(wait);
        }
        Ok(())
    }

    /// A failed sign-in for `name_key` from `client` (decays by itself).
    pub fn sign_in_failed(&self, client: ClientKey, name_key: u64, now: i64) {
        let _ = self.sign_in_name.take((name_key, client), now);
    }

    /// A successful sign-in clears that name's failures from that client.
    pub fn sign_in_succeeded(&self, client: ClientKey, name_key: u64) {
        self.sign_in_name.forget((name_key, client));
    }

    /// Forgets the failures of a name from every client (an admin's "unlock").
    pub fn forget_name(&self, name_key: u64) {
        self.sign_in_name.forget_where(|(name, _)| *name == name_key);
    }

    /// The clients that sent at least a client's limit, or were refused, lately; most first.
    pub fn suspects(&self) -> Vec<Suspect> {
        let mut list: Vec<Suspect> = self
            .seen()
            .iter()
            .filter(|(_, r)| r.refused > 0 || r.sent >= self.limits.intake_per_client)
            .map(|(client, r)| Suspect {
                tag: client.tag(),
                first: r.first,
                last: r.last,
                sent: r.sent,
                refused: r.refused,
                items: r.items.iter().map(|(_, id)| id.clone()).collect(),
            })
            .collect();
        list.sort_by(|a, b| {
            (b.sent + b.refused)
                .cmp(&(a.sent + a.refused))
                .then_with(|| a.tag.cmp(&b.tag))
        });
        list
    }

    /// The items one suspected client created (enquiry and chat ids).
    pub fn items_of(&self, client: ClientKey) -> Option<Vec<(Kind, String)>> {
        self.seen().get(&client).map(|r| r.items.clone())
    }

    /// Trims the memory: full buckets, and clients not seen for `flood_memory_minutes`.
    pub fn sweep(&self, now: i64) {
        self.per_client.sweep(now);
        self.global.sweep(now);
        self.sign_in_client.sweep(now);
        self.sign_in_global.sweep(now);
        self.sign_in_name.sweep(now);
        let keep = i64::from(self.limits.flood_memory_minutes) * MINUTE_MS;
        let mut seen = self.seen();
        seen.retain(|_, r| now - r.last < keep);
        seen.shrink_to_fit();
    }
}

/// The middleware on every route: a `POST` to an anonymous creation route is counted
/// before its handler runs and refused with a `429` that keeps the form; a submission its
/// handler refused (4xx/5xx) does not count.
pub async fn guard_intake(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some((kind, lang)) = Kind::of_path(req.uri().path()) else {
        return next.run(req).await;
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, state.config().http.max_body_bytes).await else {
        return AppError::PayloadTooLarge.into_response();
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let token = pairs
        .iter()
        .find(|(name, _)| name == csrf::FIELD)
        .map(|(_, v)| v.as_str());
    let secure = state.config().http.cookie_secure;
    let forged = csrf::verify(&parts.headers, token, secure).is_err();
    let client = ClientKey::of_request(&parts, &state);
    let path = parts.uri.path().to_owned();
    let headers = parts.headers.clone();
    let req = Request::from_parts(parts, Body::from(bytes));
    if forged {
        // A forged post never spends anyone's allowance. A cross-site one is refused by
        // its handler; a post from our own page whose token no longer matches (the
        // browser was closed and its session cookie went, or the form was opened long
        // ago in another tab) gets the form back with everything typed and a new token.
        if csrf::is_cross_site(&headers) {
            return next.run(req).await;
        }
        tracing::debug!(intake.kind = ?kind, "submission refused: token expired");
        let why = Why {
            title: "form-expired-title",
            reason: "form-expired",
            minutes: 0,
        };
        return kept(&state, lang, &headers, &path, &pairs, why, StatusCode::FORBIDDEN);
    }
    let floods = state.floods();
    let now = state.clock().now_ms();
    if let Err(refused) = floods.admit(&state, kind, client, now).await {
        tracing::debug!(intake.kind = ?kind, "submission refused: too many");
        return too_many(&state, lang, &headers, &path, &pairs, refused);
    }
    let response = next.run(req).await;
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        floods.give_back(kind, client, now);
    } else {
        let created = response.extensions().get::<Created>().map(|c| c.0.clone());
        floods.accepted(kind, client, now, created);
    }
    response
}

/// The refusal: `429`, `Retry-After`, and the form again with everything typed.
fn too_many(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    action: &str,
    pairs: &[(String, String)],
    refused: Refused,
) -> Response {
    let why = Why {
        title: "too-many-title",
        reason: refused.message,
        minutes: refused.retry_after.div_ceil(60).max(1),
    };
    let mut response = kept(
        state,
        lang,
        headers,
        action,
        pairs,
        why,
        StatusCode::TOO_MANY_REQUESTS,
    );
    if let Ok(value) = HeaderValue::from_str(&refused.retry_after.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_refuses_past_its_capacity_and_refills_over_its_period() {
        let b: Buckets<u8> = Buckets::new(3, 3 * MINUTE_MS);
        for _ in 0..3 {
            assert!(b.take(1, 0).is_ok());
        }
        assert_eq!(b.take(1, 0), Err(60), "one back in a minute");
        assert!(b.take(2, 0).is_ok(), "another key has its own");
        assert!(b.take(1, MINUTE_MS).is_ok());
        assert!(b.take(1, MINUTE_MS).is_err());
        b.give_back(1, MINUTE_MS);
        assert!(b.take(1, MINUTE_MS).is_ok());
        b.sweep(10 * MINUTE_MS);
        assert!(b.lock().is_empty(), "full buckets are forgotten");
    }

    #[test]
    fn creation_routes_are_known_by_their_path() {
        assert_eq!(Kind::of_path("/sv/enquiry"), Some((Kind::Enquiry, Lang::Sv)));
        assert_eq!(
            Kind::of_path("/en/young/enquiry"),
            Some((Kind::Enquiry, Lang::En))
        );
        assert_eq!(Kind::of_path("/ar/chat"), Some((Kind::Chat, Lang::Ar)));
        assert_eq!(
            Kind::of_path("/sv/receipt/message"),
            Some((Kind::FollowUp, Lang::Sv))
        );
        assert_eq!(Kind::of_path("/sv/chat/abc/message"), None);
        assert_eq!(Kind::of_path("/console/phone"), None);
    }
}
