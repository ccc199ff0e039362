use std::collections::BTreeSet;

use kontaktpunkt::i18n::{Lang, Locales};
use reqwest::StatusCode;

use crate::helpers::{TestApp, root};

const PAGES: [&str; 15] = [
    "/",
    "/leave",
    "/relatives",
    "/professionals",
    "/young",
    "/where-to-turn",
    "/support",
    "/about",
    "/privacy",
    "/when-closed",
    "/safety",
    "/accessibility",
    "/enquiry",
    "/receipt",
    "/enquiry/saved",
];

#[test]
fn every_locale_has_every_message_of_the_swedish_reference() {
    let locales = Locales::load(&root().join("locales")).expect("locales load");
    let reference = locales.ids(Lang::Sv);
    assert!(
        reference.len() > 100,
        "the Swedish reference has {} messages",
        reference.len()
    );
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let ids = locales.ids(lang);
        let missing: BTreeSet<_> = reference.difference(ids).collect();
        let extra: BTreeSet<_> = ids.difference(reference).collect();
        if !missing.is_empty() {
            problems.push(format!("{lang} lacks {} ids: {missing:?}", missing.len()));
        }
        if !extra.is_empty() {
            problems.push(format!("{lang} has {} ids Swedish lacks: {extra:?}", extra.len()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_id_used_in_a_template_exists() {
    let locales = Locales::load(&root().join("locales")).expect("locales load");
    let ids = locales.ids(Lang::Sv);
    let mut missing = Vec::new();
    for entry in walk(&root().join("templates")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        for part in text.split("t(id=\"").skip(1) {
            let id = part.split('"').next().unwrap();
            // A concatenated id (`"field-" ~ x`) is checked by rendering every page instead.
            let rest = &part[id.len() + 1..];
            if !rest.trim_start().starts_with('~') && !ids.contains(id) {
                missing.push(format!("{}: {id}", entry.display()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test]
async fn root_redirects_to_the_browsers_language_else_swedish() {
    let app = TestApp::spawn().await;
    let cases = [
        (None, "/sv/"),
        (Some("ar-SE,ar;q=0.9,en;q=0.5"), "/ar/"),
        (Some("de-DE"), "/sv/"),
        (Some("fa-AF"), "/prs/"),
        (Some("en-GB,en;q=0.9"), "/en/"),
    ];
    for (accept, expected) in cases {
        let headers: Vec<(&str, &str)> = accept.map(|a| vec![("accept-language", a)]).unwrap_or_default();
        let answer = app.get_with("/", &headers).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{accept:?}");
        assert_eq!(answer.location(), expected, "{accept:?}");
    }
}

#[tokio::test]
async fn every_page_renders_in_every_language_with_lang_dir_picker_and_quick_exit() {
    let app = TestApp::spawn().await;
    for lang in Lang::ALL {
        for page in PAGES {
            let path = format!("/{}{}", lang.tag(), page);
            let answer = app.get(&path).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            let html = &answer.body;
            assert!(
                html.contains(&format!("<html lang=\"{}\" dir=\"{}\"", lang.tag(), lang.dir())),
                "{path}"
            );
            assert!(
                html.contains("id=\"quick-exit\""),
                "{path} has the quick-exit link"
            );
            for other in Lang::ALL {
                assert!(
                    html.contains(&format!("hreflang=\"{}\"", other.tag())),
                    "{path} links {other}"
                );
                assert!(html.contains(other.endonym()), "{path} names {other} in itself");
            }
            assert!(!html.contains("t(id="), "{path} has an unrendered call");
        }
    }
}

#[tokio::test]
async fn right_to_left_languages_are_marked_rtl() {
    let app = TestApp::spawn().await;
    for tag in ["ar", "fa", "prs", "ps"] {
        let answer = app.get(&format!("/{tag}/")).await;
        assert!(
            answer.body.contains(&format!("<html lang=\"{tag}\" dir=\"rtl\"")),
            "{tag}"
        );
    }
    let answer = app.get("/so/").await;
    assert!(answer.body.contains("<html lang=\"so\" dir=\"ltr\""));
}

#[tokio::test]
async fn unknown_language_is_a_404_in_the_browsers_language_with_the_picker() {
    let app = TestApp::spawn().await;
    let answer = app.get_with("/de/support", &[("accept-language", "en")]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("<html lang=\"en\""));
    assert!(answer.body.contains("Page not found"));
    assert!(
        answer.body.contains("href=\"/sv/support\""),
        "the picker offers the same page"
    );
}

#[tokio::test]
async fn draft_translations_are_marked_as_drafts() {
    let app = TestApp::spawn().await;
    let locales = Locales::load(&root().join("locales")).unwrap();
    for lang in Lang::ALL {
        let answer = app.get(&format!("/{}/", lang.tag())).await;
        let notice = locales.t(lang, "draft-notice");
        assert_eq!(answer.body.contains(&notice), locales.is_draft(lang), "{lang}");
    }
}

#[test]
fn one_working_day_is_singular() {
    let locales = Locales::load(&root().join("locales")).unwrap();
    let text = |lang, days: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("days", days);
        // Fluent wraps placeables in bidi isolation marks; the words are what matter here.
        locales
            .text(lang, "sent-intro", Some(&args))
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(
        text(Lang::Sv, 1).contains("inom en arbetsdag,"),
        "{}",
        text(Lang::Sv, 1)
    );
    assert!(
        text(Lang::En, 1).contains("within one working day,"),
        "{}",
        text(Lang::En, 1)
    );
    assert!(
        text(Lang::Sv, 2).contains("inom 2 arbetsdagar,"),
        "{}",
        text(Lang::Sv, 2)
    );
}
