//! `Accept-Language` on every public page without a language in its path.
//! The choice is a supported language, and one other than Swedish is named in the header.
#![no_main]

use kontaktpunkt::i18n::{Lang, negotiate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|header: &str| {
    let lang = negotiate(Some(header));
    assert!(Lang::ALL.contains(&lang));
    assert_eq!(lang.tag().parse::<Lang>().ok(), Some(lang), "its tag reads back");
    let lower = header.to_ascii_lowercase();
    if lang != Lang::DEFAULT {
        let named = lower.contains(lang.tag()) || (lang == Lang::Prs && lower.contains("fa-af"));
        assert!(named, "{lang} was chosen but not asked for");
    }
    // A range that is not acceptable (q=0) changes nothing, before or after.
    assert_eq!(negotiate(Some(&format!("{header},en;q=0"))), lang);
    assert_eq!(negotiate(Some(&format!("en;q=0,{header}"))), lang);
});
