//! Changing one's own password: the rules both areas share. The pages are the areas' own
//! (`/console/account/password` for staff, `/inbox/account/password` for inbox users);
//! each asks for the current password and the new one twice.
//!
//! The current password is checked like a sign-in, so a session left open is no free
//! oracle for it: the same throttle per client and per (name, client) before any hashing,
//! the same argon2 verification behind the hashing semaphore, and a wrong one counts as a
//! failed sign-in (audited, and the same pause). A change ends every other session of the
//! user in the same transaction as the new hash and its audit record (`password_change`,
//! no detail); the browser that made it stays signed in. Nothing typed is ever shown again
//! or logged.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{StaffUser, password, sign_in, store};
use crate::audit::{self, Action};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::field_error::FieldError;
use crate::web::ratelimit::ClientKey;
use crate::web::{Page, RawForm};

/// Longest password accepted: argon2 takes any length, this bounds the work of one.
pub(crate) const MAX_LEN: usize = 1024;

/// What became of a change.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// Changed; every other session of the user ended.
    Changed,
    /// Refused, with what to say about which field.
    Refused(Vec<FieldError>),
    /// Too many attempts from this client (or failures for this user from it): seconds
    /// to wait. Nothing was hashed.
    Throttled(u64),
}

/// The form's fields checked without the current password first (missing, too short or
/// too long, the two new ones differ): no hashing is spent on a form that cannot succeed.
fn check_form(current: &str, new: &str, again: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if current.is_empty() {
        errors.push(FieldError::new("current", "password-error-current-missing"));
    }
    let length = new.chars().count();
    if length < password::MIN_LEN {
        errors.push(FieldError::new("new", "password-error-short"));
    } else if length > MAX_LEN {
        errors.push(FieldError::new("new", "password-error-long"));
    } else if new != again {
        errors.push(FieldError::new("again", "password-error-mismatch"));
    }
    errors
}

/// Changes `user`'s password from the form's `current`, `new` and `again`.
pub(crate) async fn change(
    state: &AppState,
    client: ClientKey,
    user: &StaffUser,
    form: &RawForm,
) -> Result<Outcome, AppError> {
    let current = form.get("current").unwrap_or_default();
    let new = form.get("new").unwrap_or_default();
    let errors = check_form(current, new, form.get("again").unwrap_or_default());
    if !errors.is_empty() {
        return Ok(Outcome::Refused(errors));
    }
    let now = state.clock().now_ms();
    let name_key = sign_in::name_key(state, &user.name);
    if let Err(wait) = state.floods().sign_in_admit(client, name_key, now) {
        return Ok(Outcome::Throttled(wait));
    }
    let stored = store::password_hash(state.db(), &user.user_id).await?;
    if !password::verify_blocking(current.to_owned(), stored).await {
        state.floods().sign_in_failed(client, name_key, now);
        audit::append(
            state.db(),
            now,
            &user.user_id,
            Action::SignInFailed,
            None,
            "password_change",
        )
        .await?;
        tokio::time::sleep(sign_in::FAILURE_PAUSE).await;
        return Ok(Outcome::Refused(vec![FieldError::new(
            "current",
            "password-error-current-wrong",
        )]));
    }
    state.floods().sign_in_succeeded(client, name_key);
    let hash = password::hash_blocking(new.to_owned()).await?;
    crate::transact!(state.db(), |tx| {
        store::set_password_hash(tx, &user.user_id, &hash).await?;
        store::revoke_other_sessions(tx, &user.user_id, &user.session_id, now).await?;
        audit::append_tx(tx, now, &user.user_id, Action::PasswordChange, None, "").await
    })?;
    tracing::info!(user.id = %user.user_id, "password changed, other sessions revoked");
    Ok(Outcome::Changed)
}

/// The form page at `path` (an area's page, already with its layout's context): the
/// fields always empty, `done` after a change.
pub(crate) fn form_page(page: Page, path: &str, done: bool) -> Page {
    page.with("password_action", path)
        .with("password_min", &password::MIN_LEN)
        .with("password_max", &MAX_LEN)
        .with("password_errors", &Vec::<FieldError>::new())
        .with("password_field_errors", &by_field(&[]))
        .with("password_throttled_minutes", &0)
        .with("password_done", &done)
}

/// Each field's message id (empty when it is fine), for the fields' own error lines.
fn by_field(errors: &[FieldError]) -> std::collections::BTreeMap<&'static str, &'static str> {
    ["current", "new", "again"]
        .into_iter()
        .map(|field| {
            let message = errors
                .iter()
                .find(|e| e.field == field)
                .map_or("", |e| e.message_id);
            (field, message)
        })
        .collect()
}

/// The answer to a change: `303` back to the page with `?done=changed`, the page again
/// with what was wrong (`422`), or `429` with `Retry-After`.
pub(crate) fn respond(state: &AppState, page: Page, path: &str, outcome: Outcome) -> Response {
    match outcome {
        Outcome::Changed => Redirect::to(&format!("{path}?done=changed")).into_response(),
        Outcome::Refused(errors) => form_page(page, path, false)
            .with("password_field_errors", &by_field(&errors))
            .with("password_errors", &errors)
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(state),
        Outcome::Throttled(wait) => {
            let mut response = form_page(page, path, false)
                .with("password_throttled_minutes", &wait.div_ceil(60).max(1))
                .status(StatusCode::TOO_MANY_REQUESTS)
                .render(state);
            if let Ok(value) = header::HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_that_cannot_succeed_is_refused_before_any_hashing() {
        let long = "x".repeat(MAX_LEN + 1);
        let cases = [
            ("", "a long new password", "a long new password", "current"),
            ("old", "short", "short", "new"),
            ("old", long.as_str(), long.as_str(), "new"),
            ("old", "a long new password", "a long new passwort", "again"),
        ];
        for (current, new, again, field) in cases {
            let errors = check_form(current, new, again);
            assert_eq!(errors.len(), 1, "{field}: {errors:?}");
            assert_eq!(errors[0].field, field);
        }
        assert!(check_form("old", "a long new password", "a long new password").is_empty());
    }
}
