//! Receipt codes as a person types them (`/{lang}/receipt`, the follow-up form).
//! A code that parses reads back the same from its grouped form, in any case.
#![no_main]

use kontaktpunkt::crypto::ReceiptCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let Some(code) = ReceiptCode::parse(input) else {
        return;
    };
    let grouped = code.expose_grouped();
    assert_eq!(grouped.len(), 19, "XXXX-XXXX-XXXX-XXXX");
    assert!(
        grouped
            .split('-')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())),
        "four groups of four Crockford characters"
    );
    assert!(
        ReceiptCode::parse(&grouped) == Some(code.clone()),
        "the grouped form reads back"
    );
    assert!(
        ReceiptCode::parse(&grouped.to_ascii_lowercase()) == Some(code),
        "case does not matter"
    );
});
