//! `GET/POST /{lang}/callback`: a callback request. The person gives a number, the times
//! when a call is safe, whether a voicemail may be left and whether the caller may say who
//! is calling, an optional code word and the language to be called in (with an
//! interpreter if needed), plus any of the enquiry's facts. It is triaged like every
//! enquiry and stored with its wishes in one commit; the person gets a receipt code.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;

use crate::enquiry::callback::{echo, parse_wishes, with_wish_choices};
use crate::enquiry::model;
use crate::enquiry::writer::{self, NewEnquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::csrf::CsrfToken;
use crate::web::floods::Created;
use crate::web::not_saved::not_saved;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// `GET /{lang}/callback`.
pub(super) async fn show(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    let mut values = echo(&RawForm::default());
    values["language"] = Value::String(lang.tag().to_owned());
    values["voicemail_ok"] = Value::String("false".to_owned());
    values["may_say_who"] = Value::String("false".to_owned());
    form_page(&state, lang, &headers, &values, &[]).render(&state)
}

/// `POST /{lang}/callback`: stored durably before the 303 to the receipt hand-off; on
/// any problem the form comes back with everything the person typed.
pub(super) async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    // Asking to be called is asking for contact: a message is welcome but not needed.
    let mut facts_form = RawForm(form.0.clone());
    facts_form.0.push(("wants_contact".to_owned(), "true".to_owned()));
    let engine = state.engine();
    let parsed = model::parse_enquiry(&facts_form, engine.directory(), Channel::Callback);
    let (input, wishes) = match (parsed, parse_wishes(&form)) {
        (Ok(input), Ok(wishes)) => (input, wishes),
        (facts, wishes) => {
            let mut errors = wishes.err().unwrap_or_default();
            errors.extend(facts.err().unwrap_or_default());
            let page = form_page(&state, lang, &headers, &echo(&form), &errors);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
        }
    };
    // The interpreter wish is no enquiry fact but the rules read it (`needs_interpreter`).
    let wished = crate::triage::Wishes {
        interpreter_wanted: wishes.as_callback().interpreter_language.is_some(),
    };
    let decision = engine.decide_with(&input.enquiry, wished, state.clock().now());
    let browser = crate::web::csrf::browser(&headers, state.config().http.cookie_secure);
    let new = NewEnquiry {
        input: &input,
        decision: &decision,
        lang,
        callback: Some(wishes.as_callback()),
        claimed_by: None,
        chat_token_hash: None,
        browser: browser.as_deref(),
    };
    match writer::store(&state, new).await {
        Ok(stored) => {
            state.metrics().enquiry_stored(Channel::Callback.as_str());
            let mut response =
                Redirect::to(&format!("/{}/enquiry/sent/{}", lang.tag(), stored.ticket)).into_response();
            // For the flood view (crate::web::floods): what this submission created.
            response.extensions_mut().insert(Created(stored.id));
            // The hand-off address is single-use; keep it out of any shared cache.
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            Ok(response)
        }
        Err(err) => {
            // Nothing was stored. Keep what they typed on screen and say what to do now.
            let page = form_page(&state, lang, &headers, &echo(&form), &[]);
            Ok(not_saved(&state, page, &err, "callback request"))
        }
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
    let page = Page::new(lang, "intake/callback.html", "/callback")
        .with("values", values)
        .with("errors", errors)
        .with("bad", &errors.iter().map(|e| &*e.field).collect::<Vec<_>>())
        .with("municipalities", &municipalities)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure));
    with_wish_choices(page)
}
