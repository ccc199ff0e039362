//! Sessions: a JWT (HS256, key derived from the data key) in an `HttpOnly`,
//! `SameSite=Strict` cookie (`Secure` and `__Host-` when deployed on HTTPS). The token
//! only names a session row; the row decides — so sign-out, disabling a user, a reset of
//! their second factor and a change of their password end access at once, whatever the
//! token's own expiry says.
//!
//! The cookie is a browser-session cookie (no `Max-Age`): it dies when the browser
//! closes. The row ends 8 hours after sign-in, or after `auth.session_idle_minutes`
//! without a request, whichever comes first ([`live`], the one check that requests, staff
//! chat sockets and the live queue feed share).

use axum::extract::FromRequestParts;
use axum::http::HeaderValue;
use axum::http::request::Parts;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use super::Role;
use super::store::{self, SessionUser};
use crate::audit::{self, Action};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf::read_cookie;

/// How long a session lasts (a working day).
pub const SESSION_TTL_MS: i64 = 8 * 60 * 60 * 1000;

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// The session row.
    sid: String,
    /// The user.
    sub: String,
    /// Expiry, unix seconds.
    exp: i64,
}

/// The session cookie's name.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-kp_session" } else { "kp_session" }
}

/// A signed token for a session.
pub fn issue(
    state: &AppState,
    session_id: &str,
    user_id: &str,
    expires_at_ms: i64,
) -> anyhow::Result<String> {
    let claims = Claims {
        sid: session_id.to_owned(),
        sub: user_id.to_owned(),
        exp: expires_at_ms / 1000,
    };
    Ok(jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(state.keys().session_key()),
    )?)
}

/// The `Set-Cookie` value carrying a token: no `Max-Age` or `Expires`, so the browser
/// forgets it when it closes (a shared or seized computer keeps no live session).
pub fn cookie(state: &AppState, token: &str) -> Option<HeaderValue> {
    let secure = state.config().http.cookie_secure;
    let attrs = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict{attrs}",
        cookie_name(secure),
    ))
    .ok()
}

/// Whether a check of a session is the user's own activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// A request or a frame the user sent: it keeps the session from going idle.
    Active,
    /// A timer's re-check (a staff chat socket's, the live queue feed's): it does not, or
    /// a console left open would never go idle.
    Recheck,
}

/// A request header by which a page's script says it fetches on its own (the live
/// queue's refresh after an event), not because the user did something: such a request
/// does not keep the session from going idle. It can only shorten its sender's session.
pub const BACKGROUND_HEADER: &str = "x-background-refresh";

/// At most one write of `last_seen_at` per session in this time.
const TOUCH_EVERY_MS: i64 = 60 * 1000;

/// The one check of a session: its user while the row is neither revoked nor past its
/// absolute expiry, the user is enabled, and it has had a request within
/// `auth.session_idle_minutes`. A session found idle is revoked there and then (audited as
/// a sign-out with detail `idle`). [`Use::Active`] notes the activity, writing at most
/// once a minute per session.
pub async fn live(state: &AppState, session_id: &str, used: Use) -> Result<Option<SessionUser>, sqlx::Error> {
    let now = state.clock().now_ms();
    let Some(user) = store::session_user(state.db(), session_id, now).await? else {
        return Ok(None);
    };
    let idle = now - user.last_seen_at;
    if idle >= state.config().auth.session_idle_ms() {
        crate::transact!(state.db(), |tx| {
            if store::revoke_session(tx, session_id, now).await? {
                audit::append_tx(tx, now, &user.user_id, Action::SignOut, None, "idle").await?;
            }
            Ok::<_, sqlx::Error>(())
        })?;
        return Ok(None);
    }
    if used == Use::Active && idle >= TOUCH_EVERY_MS {
        store::touch_session(state.db(), session_id, now, now - TOUCH_EVERY_MS).await?;
    }
    Ok(Some(user))
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(state: &AppState) -> HeaderValue {
    let secure = state.config().http.cookie_secure;
    let attrs = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{attrs}",
        cookie_name(secure)
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

/// Proof of a signed-in user with a live session.
#[derive(Clone, Debug)]
pub struct StaffUser {
    /// The user's id.
    pub user_id: String,
    /// The sign-in name.
    pub name: String,
    /// The role.
    pub role: Role,
    /// The session.
    pub session_id: String,
}

impl FromRequestParts<AppState> for StaffUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let name = cookie_name(state.config().http.cookie_secure);
        let token = read_cookie(&parts.headers, name).ok_or(AppError::SignInRequired)?;
        let mut validation = Validation::new(Algorithm::HS256);
        // Expiry is checked against the service's clock below, and against the row.
        validation.validate_exp = false;
        validation.required_spec_claims.clear();
        let claims = jsonwebtoken::decode::<Claims>(
            &token,
            &DecodingKey::from_secret(state.keys().session_key()),
            &validation,
        )
        .map_err(|_| AppError::SignInRequired)?
        .claims;
        let now = state.clock().now_ms();
        if claims.exp * 1000 <= now {
            return Err(AppError::SignInRequired);
        }
        // The live queue's own refresh of the list is not the user's doing.
        let used = if parts.headers.contains_key(BACKGROUND_HEADER) {
            Use::Recheck
        } else {
            Use::Active
        };
        let user = live(state, &claims.sid, used)
            .await?
            .ok_or(AppError::SignInRequired)?;
        if user.user_id != claims.sub {
            return Err(AppError::SignInRequired);
        }
        let role = user
            .role
            .parse()
            .map_err(|e: String| AppError::Internal(anyhow::anyhow!(e)))?;
        Ok(Self {
            user_id: user.user_id,
            name: user.name,
            role,
            session_id: claims.sid,
        })
    }
}
