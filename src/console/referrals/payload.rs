//! The data a referral shares: a snapshot of the case taken when the referral is made,
//! holding exactly the categories the person consented to share with that recipient,
//! and the same snapshot laid out for the handler to check what left. Pure.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::model::{Category, ConsentHow, Draft};
use crate::enquiry::model::EnquiryInput;

/// What goes into a snapshot besides the enquiry itself.
pub(super) struct Snapshot<'a> {
    /// The referral's id.
    pub(super) referral_id: &'a str,
    /// The checked form.
    pub(super) draft: &'a Draft,
    /// The case's facts and wishes.
    pub(super) input: &'a EnquiryInput,
    /// The person's own words (their first message and follow-ups): (unix ms, text).
    pub(super) words: &'a [(i64, String)],
    /// The home municipality's name, when known.
    pub(super) municipality_name: Option<&'a str>,
    /// The callback request's wishes, opened, when the case is one.
    pub(super) callback: Option<&'a CallbackShare>,
    /// The protected-identity marker.
    pub(super) protected: bool,
    /// When the referral is made, unix ms.
    pub(super) created_at: i64,
}

/// A callback request's safe-contact wishes, opened for sharing.
#[derive(Debug, Serialize)]
pub(super) struct CallbackShare {
    /// The number to call (E.164).
    pub(super) phone: String,
    /// The code word the caller uses, when the person chose one.
    pub(super) code_word: Option<String>,
    /// The safe windows (`weekday_morning`, …).
    pub(super) windows: Vec<String>,
    /// A voicemail may be left.
    pub(super) voicemail_ok: bool,
    /// The caller may say who is calling.
    pub(super) may_say_who: bool,
    /// An interpreter is needed.
    pub(super) interpreter: bool,
    /// The interpreter's language.
    pub(super) interpreter_language: Option<String>,
    /// A wrong person answered once: never call.
    pub(super) calls_stopped: bool,
}

/// Builds the payload: `referral` (who, what, on which consent), `protected_identity`,
/// and one key per chosen category — nothing else.
pub(super) fn build(s: &Snapshot<'_>) -> Value {
    let e = &s.input.enquiry;
    let consent = match (s.draft.consent_how, s.draft.consent_at) {
        (ConsentHow::None, _) | (_, None) => Value::Null,
        (how, Some(at)) => json!({ "how": how.as_str(), "at": at }),
    };
    let mut out = Map::new();
    out.insert(
        "referral".to_owned(),
        json!({
            "id": s.referral_id,
            "org": s.draft.org,
            "kind": s.draft.kind.as_str(),
            "categories": s.draft.categories.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            "consent": consent,
            "created_at": s.created_at,
        }),
    );
    out.insert("protected_identity".to_owned(), Value::Bool(s.protected));
    for category in &s.draft.categories {
        let mut part = Map::new();
        let mut put = |key: &str, value: Value| {
            if !value.is_null() && value != json!([]) {
                part.insert(key.to_owned(), value);
            }
        };
        match category {
            Category::Basic => {
                put("enquirer", json!(e.enquirer));
                put("professional_org", json!(e.professional_org));
                put("age_band", json!(e.age_band));
                put("gender", json!(e.gender));
                put("environment", json!(e.environment));
                if let Some(code) = &e.municipality {
                    put(
                        "municipality",
                        json!({ "code": code.as_str(), "name": s.municipality_name }),
                    );
                }
                put("language", json!(e.language));
            }
            Category::Situation => put("situation", json!(e.situation)),
            Category::Threat => put("threat", json!(e.threat)),
            Category::Needs => {
                put("needs", json!(e.needs));
                put("citizenship", json!(e.citizenship));
            }
            Category::Message => {
                let words: Vec<Value> = s
                    .words
                    .iter()
                    .map(|(at, text)| json!({ "at": at, "text": text }))
                    .collect();
                put("messages", Value::Array(words));
            }
            Category::Contact => {
                put("wants_contact", json!(s.input.wants_contact));
                put("channel", json!(e.channel));
                put("callback", json!(s.callback));
            }
        }
        out.insert(category.as_str().to_owned(), Value::Object(part));
    }
    Value::Object(out)
}

/// One line of the "what the recipient sees" list: a label and its values, each either a
/// Fluent id to translate or text to show as is.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub(super) struct Shown {
    label: String,
    opts: Vec<String>,
    texts: Vec<String>,
}

/// How a payload field is shown.
enum Style {
    /// A contract value, shown as `opt-{key}-{value}`.
    Opt,
    /// Text as it is.
    Text,
    /// A yes or no.
    YesNo,
}

/// The fields of each category, in the order they are shown.
const LAYOUT: [(&str, &[(&str, Style)]); 6] = [
    (
        "basic",
        &[
            ("enquirer", Style::Opt),
            ("professional_org", Style::Opt),
            ("age_band", Style::Opt),
            ("gender", Style::Opt),
            ("environment", Style::Opt),
            ("municipality", Style::Text),
            ("language", Style::Text),
        ],
    ),
    ("situation", &[("situation", Style::Opt)]),
    ("threat", &[("threat", Style::Opt)]),
    ("needs", &[("needs", Style::Opt), ("citizenship", Style::Opt)]),
    ("message", &[("messages", Style::Text)]),
    (
        "contact",
        &[("wants_contact", Style::YesNo), ("channel", Style::Text)],
    ),
];

/// Lays a payload out for the case page: the categories it holds, field by field.
/// `hide_contact` leaves the contact category out (a protected case, a handler not
/// named on it).
pub(super) fn shown(payload: &Value, hide_contact: bool) -> Vec<Shown> {
    let mut lines = Vec::new();
    for (category, fields) in LAYOUT {
        if hide_contact && category == "contact" {
            continue;
        }
        let Some(part) = payload.get(category) else {
            continue;
        };
        for (key, style) in fields {
            let Some(value) = part.get(*key) else {
                continue;
            };
            let values: Vec<&Value> = match value {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            let label = match *key {
                "messages" => "field-message".to_owned(),
                "channel" => "console-col-channel".to_owned(),
                _ => format!("field-{key}"),
            };
            let mut line = Shown {
                label,
                opts: Vec::new(),
                texts: Vec::new(),
            };
            for v in values {
                match style {
                    Style::Opt => line
                        .opts
                        .push(format!("opt-{key}-{}", v.as_str().unwrap_or_default())),
                    Style::YesNo => line.opts.push(
                        if v.as_bool().unwrap_or(false) {
                            "console-yes"
                        } else {
                            "console-no"
                        }
                        .to_owned(),
                    ),
                    Style::Text => line.texts.push(text_of(v)),
                }
            }
            lines.push(line);
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
    let yes_no = |yes: bool| if yes { "console-yes" } else { "console-no" }.to_owned();
    let line = |label: &str, opts: Vec<String>, texts: Vec<String>| Shown {
        label: label.to_owned(),
        opts,
        texts,
    };
    let windows = callback
        .get("windows")
        .and_then(Value::as_array)
        .map(|ws| {
            ws.iter()
                .filter_map(Value::as_str)
                .map(|w| format!("callback-window-{w}"))
                .collect()
        })
        .unwrap_or_default();
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

fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        // A municipality: its name and code.
        Value::Object(o) if o.contains_key("code") => {
            let code = o.get("code").and_then(Value::as_str).unwrap_or_default();
            match o.get("name").and_then(Value::as_str) {
                Some(name) => format!("{name} ({code})"),
                None => code.to_owned(),
            }
        }
        // One of the person's messages.
        Value::Object(o) => o
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::Kind;
    use super::*;
    use crate::triage::Enquiry;

    fn input() -> EnquiryInput {
        let enquiry = Enquiry::from_json(
            br#"{"channel":"web_form","enquirer":"self","age_band":"15_17","municipality":"1280","situation":["on_probation"],
                "threat":"serious","needs":["housing"],"consent_to_share":true,"message":"my words"}"#,
        )
        .expect("a valid enquiry");
        EnquiryInput {
            enquiry,
            wants_contact: true,
        }
    }

    fn draft(categories: Vec<Category>) -> Draft {
        Draft {
            org: "programme:x".to_owned(),
            kind: Kind::Referral,
            categories,
            consent_how: ConsentHow::Phone,
            consent_at: Some(5),
            note: None,
        }
    }

    #[test]
    fn the_payload_holds_only_the_chosen_categories() {
        let input = input();
        let draft = draft(vec![Category::Basic, Category::Needs]);
        let words = [(1, "my words".to_owned())];
        let payload = build(&Snapshot {
            referral_id: "r1",
            draft: &draft,
            input: &input,
            words: &words,
            municipality_name: Some("Malmö"),
            callback: None,
            protected: false,
            created_at: 9,
        });
        let keys: Vec<&String> = payload.as_object().expect("an object").keys().collect();
        assert_eq!(keys, ["basic", "needs", "protected_identity", "referral"]);
        assert_eq!(payload["basic"]["age_band"], "15_17");
        assert_eq!(payload["basic"]["municipality"]["name"], "Malmö");
        assert_eq!(payload["referral"]["consent"]["how"], "phone");
        let text = payload.to_string();
        for absent in ["my words", "on_probation", "serious"] {
            assert!(!text.contains(absent), "{absent} was not chosen");
        }
        let lines = shown(&payload, false);
        assert!(lines.iter().any(|l| l.opts == ["opt-needs-housing"]));
        assert!(lines.iter().any(|l| l.texts == ["Malmö (1280)"]));
    }

    #[test]
    fn hidden_contact_is_left_out_of_the_layout() {
        let input = input();
        let draft = draft(vec![Category::Message, Category::Contact]);
        let callback = CallbackShare {
            phone: "+46701234567".to_owned(),
            code_word: Some("blue".to_owned()),
            windows: vec!["weekday_evening".to_owned()],
            voicemail_ok: false,
            may_say_who: false,
            interpreter: false,
            interpreter_language: None,
            calls_stopped: false,
        };
        let words = [(1, "my words".to_owned())];
        let payload = build(&Snapshot {
            referral_id: "r1",
            draft: &draft,
            input: &input,
            words: &words,
            municipality_name: None,
            callback: Some(&callback),
            protected: true,
            created_at: 9,
        });
        assert_eq!(payload["protected_identity"], true);
        assert_eq!(payload["message"]["messages"][0]["text"], "my words");
        assert_eq!(payload["contact"]["callback"]["phone"], "+46701234567");
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
