//! `GET/POST /{lang}/enquiry`: the written enquiry. Stored durably before the 303; on any
//! problem the form comes back with everything the person typed.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;

use crate::enquiry::model;
use crate::enquiry::writer::{SealedEnquiry, store_enquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::csrf::CsrfToken;
use crate::web::floods::Created;
use crate::web::not_saved::not_saved;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// `GET /{lang}/enquiry`.
pub(super) async fn show(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    let mut values = model::echo(&RawForm::default());
    values["language"] = Value::String(lang.tag().to_owned());
    form_page(&state, lang, &headers, &values, &[]).render(&state)
}

/// `POST /{lang}/enquiry`.
pub(super) async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    let again = |errors: &[FieldError]| form_page(&state, lang, &headers, &model::echo(&form), errors);
    Ok(decide_and_store(&state, lang, &headers, &form, "enquiry", again).await)
}

/// Parses a written enquiry in the contract's field names, decides it and stores it
/// durably, then answers the 303 to the receipt hand-off. On bad input the form comes back
/// (`again` with the errors) as a 422; when nothing could be stored, with what they typed
/// and what to do now. The child form (`young.rs`) posts its answers through here too.
pub(super) async fn decide_and_store(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    facts: &RawForm,
    what: &'static str,
    again: impl Fn(&[FieldError]) -> Page,
) -> Response {
    // One snapshot: the facts are parsed against the directory the deciding engine routes into.
    let engine = state.engine();
    let input = match model::parse_enquiry(facts, engine.directory(), Channel::WebForm) {
        Ok(input) => input,
        Err(errors) => {
            return again(&errors)
                .status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(state);
        }
    };
    let decision = engine.decide(&input.enquiry, state.clock().now());
    let browser = crate::web::csrf::browser(headers, state.config().http.cookie_secure);
    match store_enquiry(
        state,
        lang,
        SealedEnquiry {
            input: &input,
            decision: &decision,
            browser: browser.as_deref(),
        },
    )
    .await
    {
        Ok(stored) => {
            state.metrics().enquiry_stored(Channel::WebForm.as_str());
            let mut response =
                Redirect::to(&format!("/{}/enquiry/sent/{}", lang.tag(), stored.ticket)).into_response();
            // For the flood view (crate::web::floods): what this submission created.
            response.extensions_mut().insert(Created(stored.id));
            // The hand-off address is single-use; keep it out of any shared cache.
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            response
        }
        // Nothing was stored. Keep what they typed on screen and say what to do now.
        Err(err) => not_saved(state, again(&[]), &err, what),
    }
}

/// The form page with the given values and errors.
fn form_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
) -> Page {
    let municipalities = model::municipality_choices(&state.directory());
    let languages = model::language_choices();
    Page::new(lang, "intake/enquiry.html", "/enquiry")
        .with("values", values)
        .with("errors", errors)
        .with("municipalities", &municipalities)
        .with("reply_languages", &languages)
        .with("message_max", &model::MESSAGE_MAX_CHARS)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
