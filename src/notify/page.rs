//! What this area's staff and municipality pages share with the console's (the console
//! keeps its own helpers to itself).

use axum::http::{HeaderMap, header};
use time::macros::format_description;

use crate::auth::{Permission, StaffUser, can};
use crate::clock::{from_unix_ms, stockholm};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::Page;
use crate::web::csrf::CsrfToken;

/// Staff and municipality pages are in Swedish, or English when the browser prefers it.
pub(super) fn lang(headers: &HeaderMap) -> Lang {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    match crate::i18n::negotiate(accept) {
        Lang::En => Lang::En,
        _ => Lang::Sv,
    }
}

/// Refuses a user whose role may not.
pub(super) fn require(user: &StaffUser, permission: Permission) -> Result<(), AppError> {
    if can(user.role, permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden("role may not"))
    }
}

/// A time as Swedish local time, `YYYY-MM-DD HH:MM`.
pub(super) fn local(ms: i64) -> String {
    stockholm(from_unix_ms(ms))
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

/// A page in the console's layout, with the signed-in user and the forms' token.
pub(super) fn signed_in_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    template: &'static str,
    path: &str,
) -> Page {
    Page::new(lang(headers), template, path)
        .with("user_name", &user.name)
        .with("user_role", user.role.as_str())
        .with("may_audit", &can(user.role, Permission::ViewAudit))
        .with("may_queue", &can(user.role, Permission::ViewQueue))
        .with("may_work", &can(user.role, Permission::WorkCase))
        .with("may_supervise", &can(user.role, Permission::Supervise))
        .with("may_administer", &can(user.role, Permission::Administer))
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
