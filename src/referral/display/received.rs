//! What arrived, as the recipient's referral page shows it: one section per category the
//! person consented to share, their own words with their times, and the safe-contact
//! wishes (with the number and code word, which the recipient needs to reach them). Pure.

use serde::Serialize;
use serde_json::Value;

use super::{Style, asked, values, windows, yes_no};
use crate::referral::model::Category;

/// One line: a label (a Fluent id) and its values, each a Fluent id or text as is.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Line {
    label: String,
    opts: Vec<String>,
    texts: Vec<String>,
}

/// One category's lines.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Section {
    /// The category (`basic`, `situation`, …); the heading is `referrals-category-{category}`.
    category: &'static str,
    lines: Vec<Line>,
}

/// One of the person's messages.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Said {
    at: Option<String>,
    text: String,
}

/// Everything shared, laid out.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Shared {
    sections: Vec<Section>,
    messages: Vec<Said>,
    /// A wrong person answered a call once: never call.
    calls_stopped: bool,
}

/// The fields of a category that are no enquiry question (the messages are shown apart):
/// each its key in the payload, its label (a Fluent id) and how it is shown.
fn besides(category: Category) -> &'static [(&'static str, &'static str, Style)] {
    match category {
        Category::Contact => &[
            ("wants_contact", "field-wants_contact", Style::YesNo),
            ("channel", "inbox-shared-channel", Style::Text),
        ],
        _ => &[],
    }
}

/// The fields of `category` in order, with their labels: its questions (labelled
/// `field-{name}`), then the rest.
fn fields(category: Category) -> Vec<(&'static str, String, Style)> {
    let asked = asked(category)
        .into_iter()
        .map(|(key, style)| (key, format!("field-{key}"), style));
    let rest = besides(category)
        .iter()
        .map(|(key, label, style)| (*key, (*label).to_owned(), *style));
    asked.chain(rest).collect()
}

fn line(key: &str, label: String, style: Style, value: &Value) -> Line {
    let (opts, texts) = values(key, style, value);
    Line { label, opts, texts }
}

/// The callback wishes: number and code word, safe windows, voicemail, saying who calls,
/// interpreter.
fn callback_lines(callback: &Value) -> Vec<Line> {
    let flag = |key: &str| callback.get(key).and_then(Value::as_bool).unwrap_or(false);
    let text = |key: &str| callback.get(key).and_then(Value::as_str).map(str::to_owned);
    let mut lines = Vec::new();
    if let Some(phone) = text("phone") {
        lines.push(Line {
            label: "inbox-shared-phone".to_owned(),
            opts: Vec::new(),
            texts: vec![phone],
        });
    }
    if let Some(word) = text("code_word") {
        lines.push(Line {
            label: "inbox-shared-code-word".to_owned(),
            opts: Vec::new(),
            texts: vec![word],
        });
    }
    lines.push(Line {
        label: "referrals-shown-windows".to_owned(),
        opts: windows(callback),
        texts: Vec::new(),
    });
    for (key, label) in [
        ("voicemail_ok", "referrals-shown-voicemail"),
        ("may_say_who", "referrals-shown-may-say-who"),
    ] {
        lines.push(Line {
            label: label.to_owned(),
            opts: vec![yes_no(flag(key))],
            texts: Vec::new(),
        });
    }
    if flag("interpreter") {
        lines.push(Line {
            label: "referrals-shown-interpreter".to_owned(),
            opts: vec![yes_no(true)],
            texts: text("interpreter_language").into_iter().collect(),
        });
    }
    lines
}

/// Lays out a referral's shared data (the payload the console built).
/// `time` formats a message's time for the page.
pub fn layout(payload: &Value, time: impl Fn(i64) -> String) -> Shared {
    let mut sections = Vec::new();
    // The person's words are shown apart, below the sections.
    for category in Category::ALL.into_iter().filter(|c| *c != Category::Message) {
        let Some(part) = payload.get(category.as_str()) else {
            continue;
        };
        let mut lines: Vec<Line> = fields(category)
            .into_iter()
            .filter_map(|(key, label, style)| part.get(key).map(|v| line(key, label, style, v)))
            .collect();
        if let Some(callback) = part.get("callback").filter(|c| c.is_object()) {
            lines.extend(callback_lines(callback));
        }
        sections.push(Section {
            category: category.as_str(),
            lines,
        });
    }
    let messages = payload
        .pointer("/message/messages")
        .and_then(Value::as_array)
        .map(|ms| {
            ms.iter()
                .map(|m| Said {
                    at: m.get("at").and_then(Value::as_i64).map(&time),
                    text: m
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                })
                .collect()
        })
        .unwrap_or_default();
    let calls_stopped = payload
        .pointer("/contact/callback/calls_stopped")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Shared {
        sections,
        messages,
        calls_stopped,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_the_shared_categories_are_laid_out() {
        let payload = json!({
            "referral": { "id": "r1", "categories": ["basic", "needs"] },
            "protected_identity": false,
            "basic": { "age_band": "15_17", "municipality": { "code": "1280", "name": "Malmö" } },
            "needs": { "needs": ["housing", "economy"] }
        });
        let shared = layout(&payload, |ms| ms.to_string());
        let categories: Vec<&str> = shared.sections.iter().map(|s| s.category).collect();
        assert_eq!(categories, ["basic", "needs"]);
        assert_eq!(shared.sections[0].lines[0].opts, ["opt-age_band-15_17"]);
        assert_eq!(shared.sections[0].lines[1].texts, ["Malmö (1280)"]);
        assert_eq!(
            shared.sections[1].lines[0].opts,
            ["opt-needs-housing", "opt-needs-economy"]
        );
        assert!(shared.messages.is_empty());
    }

    #[test]
    fn every_shared_question_is_laid_out_in_its_category() {
        use crate::enquiry::questions::QUESTIONS;
        for q in QUESTIONS.iter() {
            let Some(part) = q.part else { continue };
            let category = Category::from(part);
            let payload = json!({ category.as_str(): { q.name: "x" } });
            let shared = layout(&payload, |ms| ms.to_string());
            assert_eq!(shared.sections.len(), 1);
            assert_eq!(shared.sections[0].category, category.as_str());
            assert_eq!(
                shared.sections[0].lines.first().map(|l| l.label.as_str()),
                Some(format!("field-{}", q.name).as_str()),
                "{} is shown in {}",
                q.name,
                category.as_str()
            );
        }
    }

    #[test]
    fn the_basic_fields_keep_their_order_and_styles() {
        let basic: Vec<(&str, String)> = fields(Category::Basic)
            .into_iter()
            .map(|(key, label, style)| (key, format!("{label}:{}", style as u8)))
            .collect();
        let (opt, text) = (Style::Opt as u8, Style::Text as u8);
        let expected: Vec<(&str, String)> = [
            ("enquirer", opt),
            ("writer_age_band", opt),
            ("professional_org", opt),
            ("enquiry_type", opt),
            ("age_band", opt),
            ("gender", opt),
            ("environment", opt),
            ("municipality", text),
            ("language", text),
        ]
        .into_iter()
        .map(|(key, style)| (key, format!("field-{key}:{style}")))
        .collect();
        assert_eq!(basic, expected);
        let contact: Vec<String> = fields(Category::Contact)
            .into_iter()
            .map(|(_, label, _)| label)
            .collect();
        assert_eq!(contact, ["field-wants_contact", "inbox-shared-channel"]);
        assert!(fields(Category::Message).is_empty());
    }

    #[test]
    fn contact_wishes_carry_the_number_and_the_warning() {
        let payload = json!({
            "message": { "messages": [{ "at": 5, "text": "my words" }] },
            "contact": {
                "wants_contact": true,
                "callback": {
                    "phone": "+46701234567", "code_word": "blue", "windows": ["weekday_evening"],
                    "voicemail_ok": false, "may_say_who": false, "interpreter": true,
                    "interpreter_language": "ar", "calls_stopped": true
                }
            }
        });
        let shared = layout(&payload, |ms| format!("t{ms}"));
        assert_eq!(
            shared.messages,
            [Said {
                at: Some("t5".to_owned()),
                text: "my words".to_owned()
            }]
        );
        assert!(shared.calls_stopped);
        let lines = &shared.sections[0].lines;
        assert!(lines.iter().any(|l| l.texts == ["+46701234567"]));
        assert!(lines.iter().any(|l| l.texts == ["blue"]));
        assert!(
            lines
                .iter()
                .any(|l| l.opts == ["callback-window-weekday_evening"])
        );
        assert!(
            lines
                .iter()
                .any(|l| l.label == "referrals-shown-interpreter" && l.texts == ["ar"])
        );
    }
}
