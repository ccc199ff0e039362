//! `/inbox/notifications`: a signed-in municipality user sets the work address that
//! notifications go to and whether they come at once or as one daily digest.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::console::Done;
use super::model::{EMAIL_MAX, EmailAddress, Frequency};
use super::page::lang;
use super::store;
use crate::auth::{Role, StaffUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::{CsrfForm, Page};

/// The form's values (as typed on a failed post) and its errors (message ids).
#[derive(Default, Serialize)]
struct SettingsForm {
    email: String,
    frequency: String,
    email_error: Option<&'static str>,
    frequency_error: Option<&'static str>,
}

/// Only municipality users receive notifications.
fn municipality_only(user: &StaffUser) -> Result<(), AppError> {
    if user.role == Role::Municipality {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "notification settings are for municipality users",
        ))
    }
}

async fn render(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    form: &SettingsForm,
    done: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let directory = state.directory();
    let places: Vec<String> = store::orgs_of(state.db(), &user.user_id)
        .await?
        .iter()
        .map(|id| crate::referral::display::org_name(&directory, id))
        .collect();
    Ok(
        Page::new(lang(headers), "inbox/notifications.html", "/inbox/notifications")
            .with("user_name", &user.name)
            .with("user_orgs", &places)
            .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
            .with("notify_form", form)
            .with("notify_done", &done)
            .with("notify_email_enabled", &state.config().email.enabled)
            .with("notify_digest_hour", &state.config().notify.digest_hour)
            .with("notify_email_max", &EMAIL_MAX)
            .status(status)
            .render(state),
    )
}

/// `GET /inbox/notifications`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    municipality_only(&user)?;
    let (email, frequency) = store::settings(state.db(), &user.user_id).await?;
    let form = SettingsForm {
        email: email.unwrap_or_default(),
        frequency,
        ..SettingsForm::default()
    };
    let done = done.done.is_some().then_some("notify-settings-done");
    render(&state, &user, &headers, &form, done, StatusCode::OK).await
}

/// `POST /inbox/notifications`: an empty address means no e-mail.
pub(super) async fn save(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    municipality_only(&user)?;
    let mut typed = SettingsForm {
        email: form.get("email").unwrap_or_default().to_owned(),
        frequency: form.get("frequency").unwrap_or_default().to_owned(),
        ..SettingsForm::default()
    };
    let email = match form.text("email") {
        None => Ok(None),
        Some(text) => EmailAddress::parse(text).map(Some),
    }
    .map_err(|e| typed.email_error = Some(e));
    let frequency = Frequency::parse(&typed.frequency)
        .ok_or("notify-settings-error-frequency")
        .map_err(|e| typed.frequency_error = Some(e));
    let (Ok(email), Ok(frequency)) = (email, frequency) else {
        return render(
            &state,
            &user,
            &headers,
            &typed,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let address = email.as_ref().map(EmailAddress::as_str);
    store::save_settings(state.db(), &user.user_id, address, frequency.as_str()).await?;
    tracing::info!(user.id = %user.user_id, notify.mode = frequency.as_str(), "notification settings saved");
    Ok(Redirect::to("/inbox/notifications?done=saved").into_response())
}
