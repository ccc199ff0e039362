//! What left, as the contact point's case page shows it: the payload a referral shares,
//! laid out field by field for the handler to check what its recipient can read. The
//! number and code word themselves are left to the callback section. Pure.

use serde::Serialize;
use serde_json::Value;

use super::{Style, asked, values, windows, yes_no};
use crate::referral::model::Category;

/// One line of the "what the recipient sees" list: a label and its values, each either a
/// Fluent id to translate or text to show as is.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Shown {
    label: String,
    opts: Vec<String>,
    texts: Vec<String>,
}

/// The fields of `category`, in the order they are shown: its questions, then the rest.
fn fields(category: Category) -> Vec<(&'static str, Style)> {
    let rest: &[(&str, Style)] = match category {
        Category::Message => &[("messages", Style::Text)],
        Category::Contact => &[("wants_contact", Style::YesNo), ("channel", Style::Text)],
        Category::Basic | Category::Situation | Category::Threat | Category::Needs => &[],
    };
    let mut fields = asked(category);
    fields.extend_from_slice(rest);
    fields
}

/// Lays a payload out for the case page: the categories it holds, field by field.
/// `hide_contact` leaves the contact category out (a protected case, a handler not
/// named on it).
pub fn shown(payload: &Value, hide_contact: bool) -> Vec<Shown> {
    let mut lines = Vec::new();
    for category in Category::ALL {
        if hide_contact && category == Category::Contact {
            continue;
        }
        let Some(part) = payload.get(category.as_str()) else {
            continue;
        };
        for (key, style) in fields(category) {
            let Some(value) = part.get(key) else {
                continue;
            };
            let label = match key {
                "messages" => "field-message".to_owned(),
                "channel" => "console-col-channel".to_owned(),
                _ => format!("field-{key}"),
            };
            let (opts, texts) = values(key, style, value);
            lines.push(Shown { label, opts, texts });
        }
        if let Some(callback) = part.get("callback").filter(|c| c.is_object()) {
            lines.extend(callback_lines(callback));
        }
    }
    lines
}

/// The callback wishes, without the number and code word themselves: the callback
/// section shows those (and records the look).
fn callback_lines(callback: &Value) -> Vec<Shown> {
    let flag = |key: &str| callback.get(key).and_then(Value::as_bool).unwrap_or(false);
    let line = |label: &str, opts: Vec<String>, texts: Vec<String>| Shown {
        label: label.to_owned(),
        opts,
        texts,
    };
    let windows = windows(callback);
    let mut lines = vec![
        line(
            "referrals-shown-number",
            vec!["referrals-shown-number-included".to_owned()],
            Vec::new(),
        ),
        line("referrals-shown-windows", windows, Vec::new()),
        line(
            "referrals-shown-voicemail",
            vec![yes_no(flag("voicemail_ok"))],
            Vec::new(),
        ),
        line(
            "referrals-shown-may-say-who",
            vec![yes_no(flag("may_say_who"))],
            Vec::new(),
        ),
    ];
    if flag("interpreter") {
        let language = callback
            .get("interpreter_language")
            .and_then(Value::as_str)
            .map(str::to_owned);
        lines.push(line(
            "referrals-shown-interpreter",
            vec![yes_no(true)],
            language.into_iter().collect(),
        ));
    }
    if flag("calls_stopped") {
        lines.push(line(
            "referrals-shown-calls-stopped",
            vec![yes_no(true)],
            Vec::new(),
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_chosen_categories_are_laid_out_field_by_field() {
        let payload = json!({
            "referral": { "id": "r1", "categories": ["basic", "needs"] },
            "protected_identity": false,
            "basic": { "age_band": "15_17", "municipality": { "code": "1280", "name": "Malmö" } },
            "needs": { "needs": ["housing"] }
        });
        let lines = shown(&payload, false);
        assert!(lines.iter().any(|l| l.opts == ["opt-needs-housing"]));
        assert!(lines.iter().any(|l| l.texts == ["Malmö (1280)"]));
    }

    #[test]
    fn every_shared_question_is_listed_in_its_category() {
        use crate::enquiry::questions::QUESTIONS;
        for q in QUESTIONS.iter() {
            let Some(part) = q.part else { continue };
            let category = Category::from(part);
            let payload = json!({ category.as_str(): { q.name: "x" } });
            let lines = shown(&payload, false);
            assert_eq!(
                lines.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(),
                [format!("field-{}", q.name).as_str()],
                "{} is listed in {}",
                q.name,
                category.as_str()
            );
        }
        let needs: Vec<&str> = fields(Category::Needs).iter().map(|(k, _)| *k).collect();
        assert_eq!(needs, ["needs", "citizenship"]);
    }

    #[test]
    fn hidden_contact_is_left_out_of_the_layout() {
        let payload = json!({
            "protected_identity": true,
            "message": { "messages": [{ "at": 1, "text": "my words" }] },
            "contact": {
                "wants_contact": true,
                "channel": "web_form",
                "callback": {
                    "phone": "+46701234567", "code_word": "blue", "windows": ["weekday_evening"],
                    "voicemail_ok": false, "may_say_who": false, "interpreter": false,
                    "interpreter_language": null, "calls_stopped": false
                }
            }
        });
        let lines = shown(&payload, false);
        assert_eq!(
            lines.len(),
            7,
            "message, wants_contact, channel and four callback lines"
        );
        assert!(
            !serde_json::to_string(&lines)
                .unwrap_or_default()
                .contains("+46701234567"),
            "the number itself is shown only by the callback section"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.opts == ["callback-window-weekday_evening"])
        );
        let hidden = shown(&payload, true);
        assert_eq!(hidden.len(), 1);
        assert_eq!(hidden[0].label, "field-message");
    }
}
