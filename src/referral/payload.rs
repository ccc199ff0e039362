//! The data a referral shares: a snapshot of the case taken when the referral is made,
//! holding exactly the categories the person consented to share with that recipient,
//! sealed at rest as `referral.payload:{referral id}`. Once consent is withdrawn nothing
//! opens it for anyone ([`shared`] answers `None`). The contact point's note for the
//! recipient is sealed beside it as `referral.note:{referral id}`.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::draft::Draft;
use super::model::{Category, ConsentHow};
use super::store;
use crate::crypto::{Column, Context, Keyring};
use crate::enquiry::model::EnquiryInput;
use crate::enquiry::questions;
use crate::error::AppError;
use crate::state::AppState;

/// What goes into a snapshot besides the enquiry itself.
pub struct Snapshot<'a> {
    /// The referral's id.
    pub referral_id: &'a str,
    /// The checked form.
    pub draft: &'a Draft,
    /// The case's facts and wishes.
    pub input: &'a EnquiryInput,
    /// The person's own words (their first message and follow-ups): (unix ms, text).
    pub words: &'a [(i64, String)],
    /// The home municipality's name, when known.
    pub municipality_name: Option<&'a str>,
    /// The callback request's wishes, opened, when the case is one.
    pub callback: Option<&'a CallbackShare>,
    /// The protected-identity marker.
    pub protected: bool,
    /// When the referral is made, unix ms.
    pub created_at: i64,
}

/// A callback request's safe-contact wishes, opened for sharing.
#[derive(Debug, Serialize)]
pub struct CallbackShare {
    /// The number to call (E.164).
    pub phone: String,
    /// The code word the caller uses, when the person chose one.
    pub code_word: Option<String>,
    /// The safe windows (`weekday_morning`, …).
    pub windows: Vec<String>,
    /// A voicemail may be left.
    pub voicemail_ok: bool,
    /// The caller may say who is calling.
    pub may_say_who: bool,
    /// An interpreter is needed.
    pub interpreter: bool,
    /// The interpreter's language.
    pub interpreter_language: Option<String>,
    /// A wrong person answered once: never call.
    pub calls_stopped: bool,
}

/// Builds the payload: `referral` (who, what, on which consent), `protected_identity`,
/// and one key per chosen category — nothing else. A category that is a part of the
/// enquiry's questions holds that part's answered questions
/// ([`questions::shared_in`]), the municipality as `{code, name}`.
pub fn build(s: &Snapshot<'_>) -> Value {
    let e = &s.input.enquiry;
    // The answers as the CONTRACT names them; an unanswered question is absent.
    let answers = json!(e);
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
        match category.part() {
            Some(asked) => {
                for q in questions::shared_in(asked) {
                    match (q.name, &e.municipality) {
                        ("municipality", Some(code)) => put(
                            q.name,
                            json!({ "code": code.as_str(), "name": s.municipality_name }),
                        ),
                        ("municipality", None) => {}
                        (name, _) => put(name, answers.get(name).cloned().unwrap_or(Value::Null)),
                    }
                }
            }
            None => shared_besides(category, s, &mut put),
        }
        out.insert(category.as_str().to_owned(), Value::Object(part));
    }
    Value::Object(out)
}

/// What a category that is no questions' part holds: the person's words, or the contact
/// wishes.
fn shared_besides(category: &Category, s: &Snapshot<'_>, put: &mut impl FnMut(&str, Value)) {
    match category {
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
            put("channel", json!(s.input.enquiry.channel));
            put("callback", json!(s.callback));
        }
        // The questions' parts are shared above.
        Category::Basic | Category::Situation | Category::Threat | Category::Needs => {}
    }
}

/// The sealing context of a referral's payload.
fn context(referral_id: &str) -> Context {
    Context::new(Column::ReferralPayload, referral_id)
}

/// Seals a snapshot for storing with referral `referral_id`.
pub fn seal(keys: &Keyring, referral_id: &str, payload: &Value) -> Result<Vec<u8>, AppError> {
    let bytes = serde_json::to_vec(payload).map_err(anyhow::Error::from)?;
    Ok(keys.seal(&context(referral_id), &bytes))
}

/// The sealing context of a referral's note for its recipient.
fn note_context(referral_id: &str) -> Context {
    Context::new(Column::ReferralNote, referral_id)
}

/// Seals the contact point's note for the recipient of referral `referral_id`.
pub fn seal_note(keys: &Keyring, referral_id: &str, note: &str) -> Vec<u8> {
    keys.seal_str(&note_context(referral_id), note)
}

/// Opens the note of referral `referral_id`.
pub fn open_note(keys: &Keyring, referral_id: &str, sealed: &[u8]) -> Result<String, AppError> {
    Ok(keys.open_string(&note_context(referral_id), sealed)?)
}

/// A payload as it stands once the person's identity is protected: the contact data
/// (the `contact` category: number, code word, safe times) is gone, the category list no
/// longer names it, and `protected_identity` is true. Everything else stays as shared.
pub fn protected(mut payload: Value) -> Value {
    if let Some(map) = payload.as_object_mut() {
        map.remove(Category::Contact.as_str());
        map.insert("protected_identity".to_owned(), Value::Bool(true));
        if let Some(Value::Array(categories)) = map.get_mut("referral").and_then(|r| r.get_mut("categories"))
        {
            categories.retain(|c| c.as_str() != Some(Category::Contact.as_str()));
        }
    }
    payload
}

/// When a case's person gets a protected identity: strips the contact data from every
/// live referral of the case ([`protected`]), re-sealed, and marks each protected, in the
/// caller's transaction. Returns the referrals' ids, so their recipients can be told.
pub async fn protect_live(
    keys: &Keyring,
    tx: &mut crate::db::Tx,
    enquiry_id: &str,
) -> Result<Vec<String>, AppError> {
    let mut changed = Vec::new();
    for (id, sealed) in store::live_payloads_of(tx, enquiry_id).await? {
        let bytes = keys.open(&context(&id), &sealed).map_err(anyhow::Error::from)?;
        let payload: Value = serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?;
        let resealed = seal(keys, &id, &protected(payload))?;
        store::protect_payload(tx, &id, &resealed).await?;
        changed.push(id);
    }
    Ok(changed)
}

/// The data referral `referral_id` shares with its recipient, while the consent behind it
/// stands; `None` once withdrawn (or for an unknown id). Neither the inbox nor the case
/// page shows anything else of what left.
pub async fn shared(state: &AppState, referral_id: &str) -> Result<Option<Value>, AppError> {
    let Some(sealed) = store::live_payload(state.db(), referral_id).await? else {
        return Ok(None);
    };
    let bytes = state
        .keys()
        .open(&context(referral_id), &sealed)
        .map_err(anyhow::Error::from)?;
    let payload = serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?;
    Ok(Some(payload))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::model::Kind;
    use crate::triage::Enquiry;

    #[test]
    fn a_protected_payload_holds_no_contact_data() {
        let payload = json!({
            "referral": { "id": "r", "categories": ["basic", "contact", "message"] },
            "protected_identity": false,
            "basic": { "age_band": "15_17" },
            "contact": { "callback": { "phone": "+46701234567" } },
            "message": { "messages": [] },
        });
        let out = protected(payload);
        assert!(out.get("contact").is_none());
        assert_eq!(out["protected_identity"], json!(true));
        assert_eq!(out["referral"]["categories"], json!(["basic", "message"]));
        assert_eq!(out["basic"]["age_band"], json!("15_17"));
        assert!(!out.to_string().contains("4670"));
    }

    fn input() -> EnquiryInput {
        let enquiry = Enquiry::from_json(
            br#"{"channel":"web_form","enquirer":"self","age_band":"15_17","municipality":"1280","situation":["on_probation"],
                "threat":"serious","needs":["housing"],"consent_to_share":true,"message":"my words"}"#,
        )
        .expect("a valid enquiry");
        EnquiryInput {
            enquiry,
            wants_contact: true,
            consent_for: Vec::new(),
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
    }

    /// An enquiry answering every question a referral shares (a closed set with its first
    /// value), built from the questions' table, so a new row is answered here too.
    fn every_shared_question_answered() -> EnquiryInput {
        let mut answers = Map::new();
        for q in questions::QUESTIONS.iter().filter(|q| q.part.is_some()) {
            let value = match (q.choices, q.name) {
                (Some(choices), _) => json!(choices()[0]),
                (None, "municipality") => json!("1280"),
                (None, _) => json!("sv"),
            };
            let value = if q.repeats { json!([value]) } else { value };
            answers.insert(q.name.to_owned(), value);
        }
        let body = serde_json::to_vec(&answers).expect("answers serialize");
        EnquiryInput {
            enquiry: Enquiry::from_json(&body).expect("every shared question is a field"),
            wants_contact: false,
            consent_for: Vec::new(),
        }
    }

    #[test]
    fn every_shared_question_is_in_its_categorys_part() {
        let input = every_shared_question_answered();
        let draft = draft(Category::ALL.to_vec());
        let payload = build(&Snapshot {
            referral_id: "r1",
            draft: &draft,
            input: &input,
            words: &[],
            municipality_name: Some("Malmö"),
            callback: None,
            protected: false,
            created_at: 9,
        });
        for q in questions::QUESTIONS.iter() {
            let Some(part) = q.part else {
                assert!(
                    Category::ALL
                        .iter()
                        .all(|c| payload[c.as_str()].get(q.name).is_none()),
                    "{} is shared with no part",
                    q.name
                );
                continue;
            };
            let category = Category::from(part);
            assert_eq!(category.part(), Some(part), "the mapping goes both ways");
            assert!(
                payload[category.as_str()].get(q.name).is_some(),
                "{} is shared in {}",
                q.name,
                category.as_str()
            );
        }
        assert_eq!(
            payload["basic"]["municipality"],
            json!({ "code": "1280", "name": "Malmö" })
        );
    }

    /// The questions' parts as they were written by hand before the table named them.
    fn by_hand(s: &Snapshot<'_>, category: Category) -> Value {
        let e = &s.input.enquiry;
        let mut part = Map::new();
        let mut put = |key: &str, value: Value| {
            if !value.is_null() && value != json!([]) {
                part.insert(key.to_owned(), value);
            }
        };
        match category {
            Category::Basic => {
                put("enquirer", json!(e.enquirer));
                put("writer_age_band", json!(e.writer_age_band));
                put("professional_org", json!(e.professional_org));
                put("enquiry_type", json!(e.enquiry_type));
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
            Category::Threat => {
                put("threat", json!(e.threat));
                put("risks", json!(e.risks));
            }
            Category::Needs => {
                put("needs", json!(e.needs));
                put("citizenship", json!(e.citizenship));
            }
            Category::Message | Category::Contact => {}
        }
        Value::Object(part)
    }

    #[test]
    fn the_questions_parts_are_byte_for_byte_the_hand_written_ones() {
        let draft = draft(Category::ALL.to_vec());
        for input in [input(), every_shared_question_answered()] {
            let snapshot = Snapshot {
                referral_id: "r1",
                draft: &draft,
                input: &input,
                words: &[],
                municipality_name: Some("Malmö"),
                callback: None,
                protected: false,
                created_at: 9,
            };
            let payload = build(&snapshot);
            for category in Category::ALL.into_iter().filter(|c| c.part().is_some()) {
                assert_eq!(
                    serde_json::to_vec(&payload[category.as_str()]).ok(),
                    serde_json::to_vec(&by_hand(&snapshot, category)).ok(),
                    "{}",
                    category.as_str()
                );
            }
        }
    }

    #[test]
    fn the_payload_is_the_one_the_hand_written_parts_made() {
        let input = input();
        let draft = draft(Category::ALL.to_vec());
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
        assert_eq!(
            payload.to_string(),
            concat!(
                r#"{"basic":{"age_band":"15_17","enquirer":"self","municipality":{"code":"1280","name":"Malmö"}},"#,
                r#""contact":{"channel":"web_form","wants_contact":true},"#,
                r#""message":{"messages":[{"at":1,"text":"my words"}]},"#,
                r#""needs":{"needs":["housing"]},"protected_identity":false,"#,
                r#""referral":{"categories":["basic","situation","threat","needs","message","contact"],"#,
                r#""consent":{"at":5,"how":"phone"},"created_at":9,"id":"r1","kind":"referral","org":"programme:x"},"#,
                r#""situation":{"situation":["on_probation"]},"threat":{"threat":"serious"}}"#
            )
        );
    }

    #[test]
    fn contact_carries_the_callback_wishes() {
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
    }
}
