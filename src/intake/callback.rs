//! `GET/POST /{lang}/callback`: a callback request. The person gives a number, the times
//! when a call is safe, whether a voicemail may be left and whether the caller may say who
//! is calling, an optional code word and the language to be called in (with an
//! interpreter if needed), plus any of the enquiry's facts. It is triaged like every
//! enquiry and stored with its wishes in one commit; the person gets a receipt code.

use std::fmt;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;

use super::model::{self, FieldError};
use super::store::CALLBACK_WINDOWS;
use super::writer::{self, CallbackWishes, NewEnquiry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::Channel;
use crate::web::csrf::{self, CsrfToken};
use crate::web::{Page, RawForm};

/// Longest code word, in characters.
pub(crate) const CODE_WORD_MAX_CHARS: usize = 40;

/// Languages an interpreter can be asked for besides the site's own: the ones most often
/// needed in Sweden, each named in itself (so nobody needs a translation to find theirs).
const INTERPRETER_EXTRA: [(&str, &str); 14] = [
    ("ku", "Kurdî (kurmancî)"),
    ("ckb", "کوردی (سۆرانی)"),
    ("am", "አማርኛ"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("pl", "Polski"),
    ("bs", "Bosanski"),
    ("hr", "Hrvatski"),
    ("sr", "Српски"),
    ("sq", "Shqip"),
    ("ro", "Română"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ur", "اردو"),
];

/// A telephone number, normalised to E.164 (`+46701234567`). `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct PhoneNumber(String);

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhoneNumber([redacted])")
    }
}

/// Why a typed number was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhoneError {
    /// Nothing was typed.
    Missing,
    /// It is not a number we can call.
    Invalid,
}

/// Swedish mobile prefixes (after the trunk 0): always nine digits after it.
const SWEDISH_MOBILE: [&str; 5] = ["70", "72", "73", "76", "79"];

impl PhoneNumber {
    /// Parses a Swedish number in its common spellings (`070-123 45 67`, `08-123 456 78`,
    /// `+46 (0)70 123 45 67`, `0046 70…`) or an international one (`+358 40 123 4567`).
    pub(crate) fn parse(input: &str) -> Result<Self, PhoneError> {
        let typed = input.trim().replace("(0)", "");
        if typed.is_empty() {
            return Err(PhoneError::Missing);
        }
        let allowed =
            |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}');
        let (plus, rest) = match typed.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, typed.as_str()),
        };
        if !rest.chars().all(allowed) {
            return Err(PhoneError::Invalid);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        let swedish = match international {
            Some(number) => match number.strip_prefix("46") {
                // "+46 070…" keeps a trunk zero by mistake; it is dropped.
                Some(national) => national.strip_prefix('0').unwrap_or(national),
                None => return Self::foreign(number),
            },
            None => digits.strip_prefix('0').ok_or(PhoneError::Invalid)?,
        };
        let valid_length = if SWEDISH_MOBILE.iter().any(|p| swedish.starts_with(p)) {
            swedish.len() == 9
        } else {
            (7..=9).contains(&swedish.len())
        };
        if !valid_length || swedish.starts_with('0') {
            return Err(PhoneError::Invalid);
        }
        Ok(Self(format!("+46{swedish}")))
    }

    /// A number with another country code: E.164 allows at most 15 digits.
    fn foreign(digits: &str) -> Result<Self, PhoneError> {
        if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
            Ok(Self(format!("+{digits}")))
        } else {
            Err(PhoneError::Invalid)
        }
    }

    /// The number in E.164 form.
    pub(crate) fn e164(&self) -> &str {
        &self.0
    }
}

/// The callback part of the form, parsed (no `Debug`: it holds the code word).
pub(crate) struct Wishes {
    phone: PhoneNumber,
    windows: Vec<&'static str>,
    voicemail_ok: bool,
    may_say_who: bool,
    code_word: Option<String>,
    interpreter_language: Option<String>,
}

impl Wishes {
    /// As the writer takes them.
    pub(crate) fn as_callback(&self) -> CallbackWishes<'_> {
        CallbackWishes {
            phone: self.phone.e164(),
            code_word: self.code_word.as_deref(),
            windows: &self.windows,
            voicemail_ok: self.voicemail_ok,
            may_say_who: self.may_say_who,
            interpreter_language: self.interpreter_language.as_deref(),
        }
    }
}

/// Parses the callback fields (number, windows, voicemail, may say who, code word,
/// interpreter); every field with a problem is named.
pub(crate) fn parse_wishes(form: &RawForm) -> Result<Wishes, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error = |field: &'static str, message_id: &'static str| {
        errors.push(FieldError { field, message_id });
    };
    let phone = match PhoneNumber::parse(form.get("phone").unwrap_or_default()) {
        Ok(phone) => Some(phone),
        Err(PhoneError::Missing) => {
            error("phone", "callback-error-phone-missing");
            None
        }
        Err(PhoneError::Invalid) => {
            error("phone", "callback-error-phone-invalid");
            None
        }
    };
    let chosen: Vec<&str> = form
        .all("windows")
        .into_iter()
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    let windows: Vec<&'static str> = CALLBACK_WINDOWS
        .into_iter()
        .filter(|w| chosen.contains(w))
        .collect();
    if chosen.iter().any(|w| !CALLBACK_WINDOWS.contains(w)) {
        error("windows", "error-choose-option");
    } else if windows.is_empty() {
        error("windows", "callback-error-windows");
    }
    let mut yes_no = |field: &'static str| match form.text(field) {
        None | Some("false") => false,
        Some("true" | "on") => true,
        Some(_) => {
            error(field, "error-choose-option");
            false
        }
    };
    let voicemail_ok = yes_no("voicemail_ok");
    let may_say_who = yes_no("may_say_who");
    let interpreter = yes_no("interpreter");
    let code_word = form.text("code_word").map(str::to_owned);
    if code_word
        .as_ref()
        .is_some_and(|w| w.chars().count() > CODE_WORD_MAX_CHARS)
    {
        error("code_word", "callback-error-code-word-too-long");
    }
    let interpreter_language = if interpreter {
        match form.text("interpreter_language") {
            Some(tag) if interpreter_languages().iter().any(|(t, _)| *t == tag) => Some(tag.to_owned()),
            Some(_) => {
                error("interpreter_language", "error-choose-option");
                None
            }
            None => {
                error("interpreter_language", "callback-error-interpreter-language");
                None
            }
        }
    } else {
        None
    };
    match phone {
        Some(phone) if errors.is_empty() => Ok(Wishes {
            phone,
            windows,
            voicemail_ok,
            may_say_who,
            code_word,
            interpreter_language,
        }),
        _ => Err(errors),
    }
}

/// Every language an interpreter can be asked for: the site's languages, then the others.
fn interpreter_languages() -> Vec<(&'static str, &'static str)> {
    Lang::ALL
        .into_iter()
        .map(|l| (l.tag(), l.endonym()))
        .chain(INTERPRETER_EXTRA)
        .collect()
}

/// `GET /{lang}/callback`.
pub(super) async fn show(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Response {
    let mut values = echo(&RawForm::default());
    values["language"] = Value::String(lang.tag().to_owned());
    values["voicemail_ok"] = Value::String("false".to_owned());
    values["may_say_who"] = Value::String("false".to_owned());
    form_page(&state, lang, &headers, &values, &[], None).render(&state)
}

/// `POST /{lang}/callback`: stored durably before the 303 to the receipt hand-off; on
/// any problem the form comes back with everything the person typed.
pub(super) async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    form: RawForm,
) -> Result<Response, AppError> {
    csrf::verify(&headers, form.get(csrf::FIELD), state.config().http.cookie_secure)?;
    // Asking to be called is asking for contact: a message is welcome but not needed.
    let mut facts_form = RawForm(form.0.clone());
    facts_form.0.push(("wants_contact".to_owned(), "true".to_owned()));
    let parsed = model::parse_enquiry(&facts_form, &state.directory(), Channel::Callback);
    let (input, wishes) = match (parsed, parse_wishes(&form)) {
        (Ok(input), Ok(wishes)) => (input, wishes),
        (facts, wishes) => {
            let mut errors = wishes.err().unwrap_or_default();
            errors.extend(facts.err().unwrap_or_default());
            let page = form_page(&state, lang, &headers, &echo(&form), &errors, None);
            return Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY).render(&state));
        }
    };
    // The interpreter wish is no enquiry fact but the rules read it (`needs_interpreter`).
    let wished = crate::triage::Wishes {
        interpreter_wanted: wishes.interpreter_language.is_some(),
    };
    let decision = state
        .engine()
        .decide_with(&input.enquiry, wished, state.clock().now());
    let new = NewEnquiry {
        input: &input,
        decision: &decision,
        lang,
        callback: Some(wishes.as_callback()),
        claimed_by: None,
        chat_token_hash: None,
    };
    match writer::store(&state, new).await {
        Ok(stored) => {
            state.metrics().enquiry_stored(Channel::Callback.as_str());
            let mut response =
                Redirect::to(&format!("/{}/enquiry/sent/{}", lang.tag(), stored.ticket)).into_response();
            // The hand-off address is single-use; keep it out of any shared cache.
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            Ok(response)
        }
        Err(err) => {
            // Nothing was stored. Keep what they typed on screen and say what to do now.
            let status = if let AppError::Unavailable(cause) = &err {
                tracing::warn!(
                    error = format!("{cause:#}"),
                    "callback request not stored: database unavailable"
                );
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                tracing::error!(error = ?err, "callback request not stored");
                StatusCode::INTERNAL_SERVER_ERROR
            };
            let page = form_page(&state, lang, &headers, &echo(&form), &[], Some("form-not-saved"));
            Ok(page.status(status).render(&state))
        }
    }
}

/// The submitted values (the enquiry's and the callback's), to show the form as left.
pub(crate) fn echo(form: &RawForm) -> Value {
    let mut values = model::echo(form);
    values["windows"] = Value::Array(
        form.all("windows")
            .into_iter()
            .map(|w| Value::String(w.to_owned()))
            .collect(),
    );
    for field in [
        "phone",
        "voicemail_ok",
        "may_say_who",
        "code_word",
        "interpreter",
        "interpreter_language",
    ] {
        if values.get(field).is_none() {
            values[field] = Value::String(String::new());
        }
    }
    values
}

/// The form page with the given values, errors and an optional banner message id.
fn form_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    values: &Value,
    errors: &[FieldError],
    banner: Option<&str>,
) -> Page {
    let municipalities = model::municipality_choices(&state.directory());
    let page = Page::new(lang, "intake/callback.html", "/callback")
        .with("values", values)
        .with("errors", errors)
        .with("bad", &errors.iter().map(|e| e.field).collect::<Vec<_>>())
        .with("options", &model::options())
        .with("municipalities", &municipalities)
        .with("banner", &banner)
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure));
    with_wish_choices(page)
}

/// What the callback fields (`partials/callback-fields.html`) choose from.
pub(crate) fn with_wish_choices(page: Page) -> Page {
    let interpreters: Vec<Value> = interpreter_languages()
        .into_iter()
        .map(|(tag, name)| serde_json::json!({ "tag": tag, "name": name }))
        .collect();
    page.with("windows", &CALLBACK_WINDOWS)
        .with("call_languages", &model::language_choices())
        .with("interpreter_languages", &interpreters)
        .with("message_max", &model::MESSAGE_MAX_CHARS)
        .with("code_word_max", &CODE_WORD_MAX_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_spellings_of_a_number_become_e164() {
        let cases = [
            ("070-123 45 67", "+46701234567", "a mobile number with spaces"),
            ("0701234567", "+46701234567", "a mobile number without spaces"),
            ("+46 70 123 45 67", "+46701234567", "international form"),
            (
                "+46 (0)70-123 45 67",
                "+46701234567",
                "with the trunk zero in brackets",
            ),
            ("+46070 123 45 67", "+46701234567", "with a stray trunk zero"),
            ("0046 70 123 45 67", "+46701234567", "00 for abroad"),
            ("08-123 456 78", "+46812345678", "a Stockholm landline"),
            ("08/12 34 56", "+468123456", "a short Stockholm number"),
            ("031-12 34 56", "+4631123456", "a Gothenburg landline"),
            ("0920-123 45", "+4692012345", "a Luleå landline"),
            ("+358 40 123 4567", "+358401234567", "a Finnish mobile"),
        ];
        for (typed, expected, why) in cases {
            assert_eq!(
                PhoneNumber::parse(typed).map(|p| p.0),
                Ok(expected.to_owned()),
                "{why}"
            );
        }
    }

    #[test]
    fn a_number_that_cannot_be_called_is_refused_with_a_reason() {
        let cases = [
            ("", PhoneError::Missing, "nothing typed"),
            ("   ", PhoneError::Missing, "only spaces"),
            (
                "070-123 45 6",
                PhoneError::Invalid,
                "a mobile number one digit short",
            ),
            (
                "070-123 45 678",
                PhoneError::Invalid,
                "a mobile number one digit long",
            ),
            ("12345", PhoneError::Invalid, "no trunk zero or country code"),
            ("ring mig", PhoneError::Invalid, "words"),
            ("070-ABC", PhoneError::Invalid, "letters"),
            ("+46 8 123", PhoneError::Invalid, "too short"),
            ("0000000000", PhoneError::Invalid, "zeros"),
            ("+1 234", PhoneError::Invalid, "too short abroad"),
            ("07+0123", PhoneError::Invalid, "a plus inside"),
        ];
        for (typed, expected, why) in cases {
            assert_eq!(PhoneNumber::parse(typed), Err(expected), "{why}");
        }
    }

    #[test]
    fn a_phone_number_never_prints_itself() {
        let number = PhoneNumber::parse("070-123 45 67").unwrap();
        assert!(!format!("{number:?}").contains("123"));
    }
}
