//! Form bodies (every public form: enquiry, chat start, callback, follow-up, receipt),
//! read by `RawForm`, then the enquiry form's parser against this repository's directory.
//!
//! No NUL survives; `get`, `text` and `all` agree; an accepted enquiry keeps the form's
//! limits (message length, a supported language, a known municipality, a message or a
//! wish to be contacted) and reads back from its own JSON.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use kontaktpunkt::directory::Directory;
use kontaktpunkt::enquiry::model::{MESSAGE_MAX_CHARS, echo, parse_enquiry};
use kontaktpunkt::i18n::Lang;
use kontaktpunkt::triage::{Channel, Enquiry};
use kontaktpunkt::web::RawForm;
use libfuzzer_sys::fuzz_target;

static DIRECTORY: LazyLock<Directory> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/directory");
    Directory::load(&dir).expect("the repository's directory loads")
});

fuzz_target!(|body: &[u8]| {
    let form = RawForm::parse(body);
    for (name, value) in &form.0 {
        assert!(!name.contains('\0') && !value.contains('\0'), "NUL is dropped");
        assert_eq!(form.get(name), form.all(name).first().copied());
        if let Some(text) = form.text(name) {
            assert!(!text.is_empty() && text.trim() == text);
        }
    }
    let _ = echo(&form);
    let Ok(input) = parse_enquiry(&form, &DIRECTORY, Channel::WebForm) else {
        return;
    };
    let enquiry = &input.enquiry;
    if let Some(message) = &enquiry.message {
        assert!(message.chars().count() <= MESSAGE_MAX_CHARS);
        assert!(!message.trim().is_empty() && message.trim() == message);
    } else {
        assert!(input.wants_contact, "a message or a wish to be contacted");
    }
    if let Some(tag) = &enquiry.language {
        assert!(tag.parse::<Lang>().is_ok());
    }
    if let Some(code) = &enquiry.municipality {
        assert!(DIRECTORY.municipality(code).is_some());
    }
    let json = serde_json::to_vec(enquiry).expect("an enquiry is JSON");
    assert!(
        Enquiry::from_json(&json).ok().as_ref() == Some(enquiry),
        "an accepted enquiry reads back from its own JSON"
    );
});
