//! `GET/POST /{lang}/young/enquiry`: the child form. A few questions in plain words (age,
//! what it is about, danger now, where they live, the message, whether to be contacted)
//! and a consent of its own, in easy words, to tell social services. The answers are put
//! in the contract's field names and go through the written enquiry's own path
//! ([`super::enquiry::decide_and_store`]): the same parse, decision, storage and hand-off
//! page with its urgent notices.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::Value;

use crate::enquiry::model;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::{CsrfForm, FieldError, Page, RawForm};

/// The fields the child form asks, under the contract's names; anything else posted is
/// ignored, so the child form says only what a child was asked.
const ASKED: [&str; 6] = [
    "age_band",
    "environment",
    "threat",
    "municipality",
    "message",
    "wants_contact",
];

/// The one recipient the child form asks consent for.
const CONSENT_FOR: &str = "social_services";

/// `GET /{lang}/young/enquiry`.
pub(super) async fn show(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    form_page(&state, lang, &headers, &model::echo(&RawForm::default()), &[]).render(&state)
}

/// `POST /{lang}/young/enquiry`: stored as the written enquiry is (a 303 to the receipt
/// hand-off); a 422 shows the form again with everything the child typed.
pub(super) async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm,
) -> Response {
    let facts = contract_form(&form, lang);
    let again = |errors: &[FieldError]| form_page(&state, lang, &headers, &model::echo(&form), errors);
    super::enquiry::decide_and_store(&state, lang, &headers, &facts, "child enquiry", again).await
}

/// The child's answers as the written enquiry's form: the person writes about themself
/// (`enquirer=self`), is answered in the page's language, and a ticked consent is the
/// consent for social services (`consent_for`), also posted as `consent_to_share` for the
/// parser that reads only that.
fn contract_form(form: &RawForm, lang: Lang) -> RawForm {
    let mut pairs: Vec<(String, String)> = form
        .0
        .iter()
        .filter(|(name, _)| ASKED.contains(&name.as_str()))
        .cloned()
        .collect();
    pairs.push(("enquirer".to_owned(), "self".to_owned()));
    pairs.push(("language".to_owned(), lang.tag().to_owned()));
    if form.all("consent_for").contains(&CONSENT_FOR) {
        pairs.push(("consent_for".to_owned(), CONSENT_FOR.to_owned()));
        pairs.push(("consent_to_share".to_owned(), "true".to_owned()));
    }
    RawForm(pairs)
}

/// The child form with the given values and errors.
fn form_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
) -> Page {
    Page::new(lang, "intake/young-enquiry.html", "/young/enquiry")
        .with("values", values)
        .with("errors", errors)
        .with("bad", &errors.iter().map(|e| &*e.field).collect::<Vec<_>>())
        .with("message_max", &model::MESSAGE_MAX_CHARS)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawForm {
        RawForm(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn the_childs_answers_become_a_self_enquiry_with_consent_only_when_ticked() {
        let ticked = contract_form(
            &form(&[
                ("age_band", "under_15"),
                ("environment", "criminal_network"),
                ("enquirer", "professional"),
                ("consent_for", "social_services"),
                ("message", "hej"),
            ]),
            Lang::En,
        );
        assert_eq!(
            ticked.get("enquirer"),
            Some("self"),
            "a child writes about themself"
        );
        assert_eq!(ticked.all("enquirer").len(), 1, "what was not asked is dropped");
        assert_eq!(ticked.get("language"), Some("en"));
        assert_eq!(ticked.get("consent_for"), Some("social_services"));
        assert_eq!(ticked.get("consent_to_share"), Some("true"));
        let unticked = contract_form(&form(&[("message", "hej")]), Lang::Sv);
        assert_eq!(unticked.get("consent_for"), None);
        assert_eq!(unticked.get("consent_to_share"), None);
    }
}
