//! API tokens: a JWT (HS256) whose `jti` names a row of `api_tokens`. The signature keeps
//! a token from being forged; the row decides whether it still works (revoked, expired,
//! the user disabled), so a revocation takes effect on the next request. The signing key
//! is derived from the data key like the session key, with a purpose of its own, so a
//! session cookie is never an API token nor the other way round.
//!
//! Tokens are secrets: they are shown once to the admin who issues them, never stored,
//! and never logged (only the `jti`, as `api.token`).

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::Response;
use hkdf::Hkdf;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::error::{ApiError, api_lang};
use super::store;
use crate::i18n::Lang;
use crate::referral::recipient::{self as service, Scope as InboxScope};
use crate::state::AppState;

/// The longest a token may live (days).
pub(crate) const MAX_DAYS: i64 = 90;

/// The `aud` of every API token (a session cookie has none).
const AUDIENCE: &str = "kontaktpunkt-api";
/// The `iss` of every API token.
const ISSUER: &str = "kontaktpunkt";
/// Anything longer than this in `Authorization` is not one of our tokens.
const MAX_TOKEN_LEN: usize = 2048;

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// List and read the referrals addressed to the user's organisations.
    Read,
    /// Act on them: accept, decline, forward, record contact and state, ask a question.
    Write,
}

impl Scope {
    /// Every scope.
    pub(crate) const ALL: [Self; 2] = [Self::Read, Self::Write];

    /// The name in tokens, the store and the OpenAPI document.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Read => "referrals:read",
            Self::Write => "referrals:write",
        }
    }

    /// A short key for labels (`read`, `write`).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
        }
    }

    /// The scope of a name.
    pub(crate) fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// The `api_tokens` row.
    jti: String,
    /// The municipality user the token acts for.
    sub: String,
    aud: String,
    iss: String,
    /// Issued, unix seconds.
    iat: i64,
    /// Expiry, unix seconds.
    exp: i64,
    /// Space-separated scopes (informative: the row decides).
    scope: String,
}

/// The HS256 key of API tokens: HKDF-SHA256 over the session key with its own purpose.
fn signing_key(state: &AppState) -> [u8; 32] {
    let hk = Hkdf::<Sha256>::new(Some(b"kontaktpunkt"), state.keys().session_key());
    let mut out = [0u8; 32];
    hk.expand(b"v1/api-token", &mut out)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    out
}

/// What a token is signed for.
pub(crate) struct Grant<'a> {
    /// The row id.
    pub(crate) id: &'a str,
    /// The municipality user.
    pub(crate) user_id: &'a str,
    /// Its scopes.
    pub(crate) scopes: &'a [Scope],
    /// Issued, unix ms.
    pub(crate) issued_at: i64,
    /// Expiry, unix ms.
    pub(crate) expires_at: i64,
}

/// Signs a token for a stored grant.
pub(crate) fn sign(state: &AppState, grant: &Grant<'_>) -> anyhow::Result<String> {
    let claims = Claims {
        jti: grant.id.to_owned(),
        sub: grant.user_id.to_owned(),
        aud: AUDIENCE.to_owned(),
        iss: ISSUER.to_owned(),
        iat: grant.issued_at / 1000,
        exp: grant.expires_at / 1000,
        scope: grant
            .scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    };
    Ok(jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&signing_key(state)),
    )?)
}

/// Proof of a caller with a live token: who it acts for, what it may do, where.
#[derive(Clone, Debug)]
pub(crate) struct ApiCaller {
    /// The token's row id (its `jti`).
    pub(crate) token_id: String,
    /// The municipality user it acts for (the actor in the audit log).
    pub(crate) user_id: String,
    /// What it may do.
    pub(crate) scopes: Vec<Scope>,
    /// The organisations it covers now: the user's, narrowed by the token.
    pub(crate) scope: InboxScope,
    /// The language of error messages.
    pub(crate) lang: Lang,
}

impl ApiCaller {
    /// Refuses with 403 unless the token carries `scope`.
    pub(crate) fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::InsufficientScope(scope.as_str()))
        }
    }
}

/// The token in `Authorization: Bearer …`, if there is one of plausible shape.
fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= MAX_TOKEN_LEN)
        .then_some(token)
}

/// Checks the token of a request against its signature, the clock and its row.
async fn authenticate(parts: &Parts, state: &AppState, lang: Lang) -> Result<ApiCaller, ApiError> {
    let token = bearer(parts).ok_or(ApiError::Unauthorized)?;
    let mut validation = Validation::new(Algorithm::HS256);
    // Expiry is checked against the service's clock below, and against the row.
    validation.validate_exp = false;
    validation.required_spec_claims.clear();
    validation.set_audience(&[AUDIENCE]);
    validation.set_issuer(&[ISSUER]);
    let claims =
        jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(&signing_key(state)), &validation)
            .map_err(|_| ApiError::Unauthorized)?
            .claims;
    let now = state.clock().now_ms();
    if claims.exp.saturating_mul(1000) <= now {
        return Err(ApiError::Unauthorized);
    }
    let row = store::live_token(state.db(), &claims.jti, now)
        .await?
        .filter(|row| row.user_id == claims.sub)
        .ok_or(ApiError::Unauthorized)?;
    store::touch_token(state.db(), &row.id, now).await?;
    // The user's organisations as they are now (an admin may have changed them),
    // narrowed to those the token was issued for.
    let mut scope = service::scope_for(state.db(), &row.user_id).await?;
    let narrowed: Vec<&str> = row.codes.split(',').filter(|c| !c.is_empty()).collect();
    if !narrowed.is_empty() {
        scope.orgs.retain(|org| narrowed.contains(&org.as_str()));
    }
    let scopes = row.scopes.split(',').filter_map(Scope::parse).collect();
    Ok(ApiCaller {
        token_id: row.id,
        user_id: row.user_id,
        scopes,
        scope,
        lang,
    })
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let lang = api_lang(&parts.headers);
        authenticate(parts, state, lang)
            .await
            .map_err(|err| err.render(state, lang))
    }
}
