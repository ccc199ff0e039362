//! Sessions: a JWT (HS256, key derived from the data key) in an `HttpOnly`,
//! `SameSite=Strict` cookie (`Secure` and `__Host-` when deployed on HTTPS). The token
//! only names a session row; the row decides — so sign-out and disabling a user end
//! access at once, whatever the token's own expiry says.

use axum::extract::FromRequestParts;
use axum::http::HeaderValue;
use axum::http::request::Parts;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use super::Role;
use super::store;
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

/// The `Set-Cookie` value carrying a token.
pub fn cookie(state: &AppState, token: &str) -> Option<HeaderValue> {
    let secure = state.config().http.cookie_secure;
    let attrs = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{attrs}",
        cookie_name(secure),
        SESSION_TTL_MS / 1000
    ))
    .ok()
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
        let user = store::session_user(state.db(), &claims.sid, now)
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
