//! Who is using the inbox (a signed-in recipient user — role `municipality`, whichever kind
//! of organisation they work for — and the organisations they act for), and what every
//! inbox page shares.

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::auth::{Role, StaffUser};
use crate::error::AppError;
use crate::referral::recipient::{self as service, RecipientError, Scope};
use crate::state::AppState;
use crate::web::Page;
use crate::web::csrf::CsrfToken;
use crate::web::staff::staff_lang;

/// Proof of a signed-in recipient user, with their scope. Without a session the
/// request answers 303 to `/inbox/sign-in`; staff get 403.
#[derive(Clone, Debug)]
pub(super) struct InboxUser {
    /// The session's user.
    pub(super) user: StaffUser,
    /// The organisations they act for.
    pub(super) scope: Scope,
}

impl FromRequestParts<AppState> for InboxUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = StaffUser::from_request_parts(parts, state).await?;
        if user.role != Role::Municipality {
            return Err(AppError::Forbidden("the inbox is for municipality users"));
        }
        let scope = service::scope_for(state.db(), &user.user_id)
            .await
            .map_err(|e| match e {
                RecipientError::Forbidden => AppError::Forbidden("the inbox is for municipality users"),
                other => other.into(),
            })?;
        Ok(Self { user, scope })
    }
}

/// An inbox page with the signed-in user, their organisations and the forms' token.
pub(super) fn inbox_page(
    state: &AppState,
    user: &InboxUser,
    headers: &HeaderMap,
    template: &'static str,
    path: &str,
) -> Page {
    let directory = state.directory();
    let orgs: Vec<String> = user
        .scope
        .orgs
        .iter()
        .map(|id| crate::referral::display::org_name(&directory, id))
        .collect();
    Page::new(staff_lang(headers), template, path)
        .with("user_name", &user.user.name)
        .with("user_orgs", &orgs)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
