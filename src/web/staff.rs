//! What every signed-in staff page shares, whichever area serves it (the console, the
//! municipality inbox, notifications, API tokens): the page's language, times as staff
//! read them, the permission check and the page with the signed-in user.

use axum::http::HeaderMap;
use time::macros::format_description;

use super::Page;
use super::csrf::CsrfToken;
use crate::auth::{Permission, StaffUser, can};
use crate::clock::{from_unix_ms, stockholm};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

/// Staff and municipality pages are in Swedish, or English when the browser prefers it.
pub(crate) fn staff_lang(headers: &HeaderMap) -> Lang {
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    match crate::i18n::negotiate(accept) {
        Lang::En => Lang::En,
        _ => Lang::Sv,
    }
}

/// A time (unix ms) as staff pages show it, in Swedish local time.
pub(crate) fn local(ms: i64) -> String {
    stockholm(from_unix_ms(ms))
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

/// `Ok` when the user's role has `permission`, else 403.
pub(crate) fn require(user: &StaffUser, permission: Permission) -> Result<(), AppError> {
    if can(user.role, permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden("role may not"))
    }
}

/// A staff page with the signed-in user, what their role may do and the forms' token.
pub(crate) fn staff_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    template: &'static str,
    path: &str,
) -> Page {
    Page::new(staff_lang(headers), template, path)
        .with("user_name", &user.name)
        .with("user_role", user.role.as_str())
        .with("may_audit", &can(user.role, Permission::ViewAudit))
        .with("may_queue", &can(user.role, Permission::ViewQueue))
        .with("may_work", &can(user.role, Permission::WorkCase))
        .with("may_supervise", &can(user.role, Permission::Supervise))
        .with("may_administer", &can(user.role, Permission::Administer))
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
