//! A callback request's wishes: the number, the times when a call is safe, whether a
//! voicemail may be left and whether the caller may say who is calling, an optional code
//! word and the language to be called in (with an interpreter if needed). Parsed at the
//! edge with a message id for every field that is wrong; the form's choices and echo are
//! here too, so the public form and a chat's switch to a callback ask the same.

use serde_json::Value;

use super::model;
use super::phone::{PhoneError, PhoneNumber};
use super::seal::CallbackWishes;
use crate::i18n::Lang;
use crate::web::{FieldError, Page, RawForm};

/// The safe windows a person can choose for a callback, as stored (CONTRACT `windows`).
pub const CALLBACK_WINDOWS: [&str; 4] = [
    "weekday_morning",
    "weekday_afternoon",
    "weekday_evening",
    "weekend_day",
];

/// Longest code word, in characters.
pub const CODE_WORD_MAX_CHARS: usize = 40;

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

/// The callback part of the form, parsed (no `Debug`: it holds the code word).
pub struct Wishes {
    phone: PhoneNumber,
    windows: Vec<&'static str>,
    voicemail_ok: bool,
    may_say_who: bool,
    code_word: Option<String>,
    interpreter_language: Option<String>,
}

impl Wishes {
    /// As the writer takes them.
    pub fn as_callback(&self) -> CallbackWishes<'_> {
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
pub fn parse_wishes(form: &RawForm) -> Result<Wishes, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error = |field: &'static str, message_id: &'static str| {
        errors.push(FieldError::new(field, message_id));
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

/// The submitted values (the enquiry's and the callback's), to show the form as left.
pub fn echo(form: &RawForm) -> Value {
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

/// What the callback fields (`partials/callback-fields.html`) choose from.
pub fn with_wish_choices(page: Page) -> Page {
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
