//! The triage JSON (`POST /api/v1/triage/preview`, public): an enquiry that parses
//! round-trips through its own JSON, and the real engine (this repository's directory and
//! rules) decides it without panicking.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use kontaktpunkt::triage::http::parse_preview;
use kontaktpunkt::triage::{Engine, EngineSettings, load_engine};
use libfuzzer_sys::fuzz_target;
use time::macros::datetime;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config");
    load_engine(
        &config.join("directory"),
        &config.join("triage"),
        EngineSettings::default(),
    )
    .expect("the repository's directory and rules load")
});

fuzz_target!(|body: &[u8]| {
    let Ok(enquiry) = parse_preview(body) else {
        return;
    };
    assert_eq!(
        body.iter().find(|b| !b.is_ascii_whitespace()),
        Some(&b'{'),
        "only an object is an enquiry"
    );
    let json = serde_json::to_vec(&enquiry).expect("an enquiry is JSON");
    assert!(
        parse_preview(&json).ok() == Some(enquiry.clone()),
        "an accepted enquiry reads back from its own JSON"
    );
    // A Saturday night (out of hours) and a Tuesday morning take different rules.
    for now in [datetime!(2026-12-05 23:30 UTC), datetime!(2026-12-08 09:15 UTC)] {
        let decision = ENGINE.decide(&enquiry, now);
        serde_json::to_string(&decision).expect("a decision is JSON");
    }
});
