//! Which of the engine's reasons a recipient may read.
//!
//! A reason says why a rule sent the case somewhere, and its words follow from the facts
//! the rule tested: "Threat: the defector track opens…" tells the reader there is a
//! threat, "No threat given…" that there is none. So a recipient reads a reason only when
//! every fact that every rule behind it tested belongs to a category the person
//! consented to share with that recipient. A rule that cannot be found (the rules changed
//! since), or that tests a field of no known category, hides its reason: when in doubt,
//! nothing is shown. What a rule tests is asked of the engine in service (the rules it
//! loaded from `config/triage/*.toml`), so it always matches the rules that decide.

use std::collections::HashMap;

use serde::Serialize;

use crate::enquiry::questions;
use crate::referral::Category;
use crate::triage::{Decision, Engine};

/// The sharing category a condition field belongs to (the referral's categories: an
/// enquiry question's is its part's); `Some("")` for what is no fact about the person,
/// `None` for a field of no known category.
fn category_of(field: &str) -> Option<&'static str> {
    if let Some(part) = questions::question(field).and_then(|q| q.part) {
        return Some(Category::from(part).as_str());
    }
    Some(match field {
        // The payload's contact part carries the channel.
        "channel" => "contact",
        // The referral itself rests on consent; the host is configuration.
        "consent_to_share" | "host_is_authority" => "",
        // Whose consent it is follows from who writes and the subject's age.
        "consent_from" => "basic",
        // A wish made on the callback form travels with the contact details.
        "interpreter_wanted" => "contact",
        _ => return None,
    })
}

/// The fields each rule's condition tests, by rule id.
pub(super) type RuleFields = HashMap<String, Vec<&'static str>>;

/// What each rule of the engine in service tests (a rule the engine no longer has is
/// then unknown, and unknown rules hide their reasons).
pub(super) fn rule_fields(engine: &Engine) -> RuleFields {
    engine
        .rules()
        .rules()
        .iter()
        .map(|rule| (rule.id.clone(), rule.fields()))
        .collect()
}

/// Whether a reason resting on `rules` may be shown to a recipient that was shared
/// `categories`.
fn shareable(rules: &[String], fields: &RuleFields, categories: &[String]) -> bool {
    !rules.is_empty()
        && rules.iter().all(|rule| match rule.as_str() {
            // The engine's own nets: acute danger is the threat; the fallback tests nothing.
            "engine:acute-floor" => categories.iter().any(|c| c == "threat"),
            "engine:fallback" => true,
            id => fields.get(id).is_some_and(|tested| {
                tested.iter().all(|f| match category_of(f) {
                    Some("") => true,
                    Some(category) => categories.iter().any(|c| c == category),
                    None => false,
                })
            }),
        })
}

/// One reason a recipient may read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReasonView {
    /// The organisation the reason is about.
    pub org: String,
    /// Its name in the directory.
    pub org_name: String,
    /// `primary`, `secondary` or `inform`.
    pub role: String,
    /// Why, in Swedish.
    pub sv: String,
    /// Why, in English.
    pub en: String,
}

/// The reasons of `decision` a recipient shared `categories` may read. A reason added by
/// a handler's override (no rule behind it) is the contact point's own working note and
/// is never shown.
pub(super) fn visible(
    decision: &Decision,
    fields: &RuleFields,
    categories: &[String],
    org_name: impl Fn(&str) -> String,
) -> Vec<ReasonView> {
    decision
        .recipients
        .iter()
        .filter(|r| shareable(&r.rules, fields, categories))
        .map(|r| ReasonView {
            org: r.org.clone(),
            org_name: org_name(&r.org),
            role: r.role.as_str().to_owned(),
            sv: r.reason.sv.clone(),
            en: r.reason.en.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the engine reports for a few rules (and one field of no known category).
    fn fields() -> RuleFields {
        [
            ("defector-track", vec!["threat", "situation"]),
            ("child", vec!["age_band"]),
            ("no-consent", vec!["consent_to_share"]),
            ("always", vec![]),
            ("odd", vec!["shoe_size"]),
        ]
        .into_iter()
        .map(|(id, fields)| (id.to_owned(), fields))
        .collect()
    }

    fn cats(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| (*c).to_owned()).collect()
    }

    fn rules(list: &[&str]) -> Vec<String> {
        cats(list)
    }

    #[test]
    fn a_reason_needs_every_category_its_rules_tested() {
        let f = fields();
        assert_eq!(f["defector-track"], ["threat", "situation"]);
        let basic = cats(&["basic"]);
        assert!(shareable(&rules(&["child"]), &f, &basic));
        assert!(
            !shareable(&rules(&["defector-track"]), &f, &basic),
            "threat not shared"
        );
        assert!(
            !shareable(&rules(&["defector-track"]), &f, &cats(&["threat"])),
            "situation not shared either"
        );
        assert!(shareable(
            &rules(&["defector-track", "child"]),
            &f,
            &cats(&["basic", "threat", "situation"])
        ));
        assert!(
            !shareable(&rules(&["child", "defector-track"]), &f, &basic),
            "all, not any"
        );
    }

    #[test]
    fn every_shared_question_belongs_to_its_category() {
        for q in questions::QUESTIONS.iter() {
            let expected = q.part.map(|p| Category::from(p).as_str());
            let expected = match q.name {
                // The referral rests on consent; the free text is no condition's field.
                "consent_to_share" => Some(""),
                _ => expected,
            };
            assert_eq!(category_of(q.name), expected, "{}", q.name);
        }
        assert_eq!(category_of("professional_org"), Some("basic"));
        assert_eq!(category_of("language"), Some("basic"));
        assert_eq!(category_of("citizenship"), Some("needs"));
        assert_eq!(category_of("channel"), Some("contact"));
        assert_eq!(category_of("message"), None);
        assert_eq!(category_of("consent_from"), Some("basic"));
    }

    #[test]
    fn unknown_rules_fields_and_handler_reasons_stay_hidden() {
        let f = fields();
        let all = cats(&["basic", "situation", "threat", "needs", "message", "contact"]);
        assert!(!shareable(&rules(&["gone-since"]), &f, &all));
        assert!(!shareable(&rules(&["odd"]), &f, &all));
        assert!(!shareable(&[], &f, &all), "an override's added recipient");
        assert!(shareable(&rules(&["no-consent", "always"]), &f, &cats(&[])));
        assert!(!shareable(&rules(&["engine:acute-floor"]), &f, &cats(&["basic"])));
        assert!(shareable(&rules(&["engine:acute-floor"]), &f, &cats(&["threat"])));
    }
}
