//! The shipped templates, the reply language and the edit form's checks.

use std::path::Path;

use super::form::Form;
use super::reply::reply_lang;
use super::shipped::read_shipped;
use super::{Draft, SHIPPED_FILE};
use crate::i18n::Lang;
use crate::triage::Enquiry;

/// The shipped templates, read from the source tree.
fn shipped_for_tests() -> Vec<Draft> {
    read_shipped(&Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED_FILE)).expect("the shipped file reads")
}

#[test]
fn the_shipped_templates_have_a_kind_text_in_every_site_language() {
    let drafts = shipped_for_tests();
    assert!(drafts.len() >= 4, "at least four common replies");
    for d in &drafts {
        assert_eq!(d.bodies.len(), Lang::ALL.len(), "{}", d.name);
    }
    let swedish = |name: &str| {
        drafts
            .iter()
            .find(|d| d.name == name)
            .and_then(|d| d.bodies.iter().find(|(l, _)| *l == Lang::Sv))
            .map(|(_, b)| b.clone())
            .unwrap_or_default()
    };
    assert!(swedish("Ring 112 vid fara").contains("112"));
}

#[test]
fn the_reply_language_follows_the_persons_choice_and_falls_back_to_swedish() {
    let with = |tag: Option<&str>| Enquiry {
        language: tag.map(str::to_owned),
        ..Enquiry::default()
    };
    let cases = [
        (None, Lang::Sv, "no language given"),
        (Some("ar"), Lang::Ar, "a site language"),
        (Some("fa-AF"), Lang::Prs, "Persian of Afghanistan is Dari"),
        (Some("tr-TR"), Lang::Tr, "a region subtag"),
        (Some("de"), Lang::Sv, "not a site language"),
    ];
    for (tag, expected, why) in cases {
        assert_eq!(reply_lang(&with(tag)), expected, "{why}");
    }
}

#[test]
fn a_template_needs_a_name_and_swedish_and_keeps_the_rest_as_typed() {
    let mut form = Form::from_stored("", &[]);
    form.bodies[1].1 = "English only".to_owned();
    let problems = form.check().unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| &*p.field).collect();
    assert_eq!(fields, ["i-name", "i-body-sv"]);
    form.name = "  Hej  ".to_owned();
    form.bodies[0].1 = "Hej\r\nigen ".to_owned();
    let draft = form.check().unwrap();
    assert_eq!(draft.name, "Hej");
    assert_eq!(
        draft.bodies,
        [
            (Lang::Sv, "Hej\nigen".to_owned()),
            (Lang::En, "English only".to_owned())
        ]
    );
}
