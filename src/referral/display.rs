//! How a referral's shared data is shown, on both sides: what left, on the contact
//! point's case page ([`sent`]), and what arrived, on the recipient's referral page
//! ([`received`]). Both read the same payload ([`super::payload`]) with the pieces here:
//! how a field's value becomes Fluent ids or text, and an organisation's name. Pure.

pub mod received;
pub mod sent;

use serde_json::Value;

use super::model::Category;
use crate::directory::Directory;
use crate::enquiry::questions;

/// How a payload field is shown.
#[derive(Clone, Copy)]
enum Style {
    /// A contract value, shown as `opt-{key}-{value}`.
    Opt,
    /// Text as it is.
    Text,
    /// A yes or no.
    YesNo,
}

/// The enquiry's questions `category` shares, each with how it is shown (a repeating or
/// closed-set answer as contract values, the municipality and language as text), in the
/// order the payload holds them; none for the words and the contact wishes.
fn asked(category: Category) -> Vec<(&'static str, Style)> {
    category
        .part()
        .map(questions::shared_in)
        .unwrap_or_default()
        .into_iter()
        .map(|q| {
            let style = if q.repeats || q.choices.is_some() {
                Style::Opt
            } else {
                Style::Text
            };
            (q.name, style)
        })
        .collect()
}

/// The Fluent id of a yes or a no.
fn yes_no(yes: bool) -> String {
    if yes { "console-yes" } else { "console-no" }.to_owned()
}

/// A value shown as text: a string as is, a municipality as its name and code, one of
/// the person's messages as its text.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(o) if o.contains_key("code") => {
            let code = o.get("code").and_then(Value::as_str).unwrap_or_default();
            match o.get("name").and_then(Value::as_str) {
                Some(name) => format!("{name} ({code})"),
                None => code.to_owned(),
            }
        }
        Value::Object(o) => o
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        other => other.to_string(),
    }
}

/// A field's values (one, or each of a list) as Fluent ids (`opts`) or text (`texts`).
fn values(key: &str, style: Style, value: &Value) -> (Vec<String>, Vec<String>) {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let (mut opts, mut texts) = (Vec::new(), Vec::new());
    for v in items {
        match style {
            Style::Opt => opts.push(format!("opt-{key}-{}", v.as_str().unwrap_or_default())),
            Style::YesNo => opts.push(yes_no(v.as_bool().unwrap_or(false))),
            Style::Text => texts.push(text_of(v)),
        }
    }
    (opts, texts)
}

/// The safe windows of a callback's wishes, as Fluent ids.
fn windows(callback: &Value) -> Vec<String> {
    callback
        .get("windows")
        .and_then(Value::as_array)
        .map(|ws| {
            ws.iter()
                .filter_map(Value::as_str)
                .map(|w| format!("callback-window-{w}"))
                .collect()
        })
        .unwrap_or_default()
}

/// An organisation's name in the directory, or its id when it has left the directory.
pub fn org_name(directory: &Directory, id: &str) -> String {
    directory
        .org(id)
        .map_or_else(|| id.to_owned(), |o| o.name.clone())
}
