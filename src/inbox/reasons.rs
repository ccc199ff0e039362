//! Which of the engine's reasons a recipient may read.
//!
//! A reason says why a rule sent the case somewhere, and its words follow from the facts
//! the rule tested: "Threat: the defector track opens…" tells the reader there is a
//! threat, "No threat given…" that there is none. So a recipient reads a reason only when
//! every fact that every rule behind it tested belongs to a category the person
//! consented to share with that recipient. A rule that cannot be found (the rules changed
//! since), or that tests a field of no known category, hides its reason: when in doubt,
//! nothing is shown. What a rule tests is read from its `when` in the rule files
//! (`config/triage/*.toml`), the same files the engine loads.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::triage::Decision;

/// The sharing category a condition field belongs to (the console's referral
/// categories); `Some("")` for what is no fact about the person, `None` for a field of no
/// known category.
fn category_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "enquirer" | "professional_org" | "age_band" | "gender" | "environment" | "municipality"
        | "language" => "basic",
        "situation" => "situation",
        "threat" => "threat",
        "needs" | "citizenship" => "needs",
        // The payload's contact part carries the channel.
        "channel" => "contact",
        // The referral itself rests on consent; the host is configuration.
        "consent_to_share" | "host_is_authority" => "",
        _ => return None,
    })
}

/// The fields each rule's condition tests, by rule id.
pub(super) type RuleFields = HashMap<String, Vec<String>>;

/// Reads what each rule tests from the rule files in `dir` (unreadable files are skipped:
/// their rules are then unknown, and unknown rules hide their reasons).
pub(super) async fn rule_fields(dir: &Path) -> RuleFields {
    let mut fields = RuleFields::new();
    let Ok(mut entries) = tokio::fs::read_dir(dir).await else {
        return fields;
    };
    while let Ok(Some(entry)) = entries.next_entry().await {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        if let Ok(text) = tokio::fs::read_to_string(&path).await {
            parse_rule_fields(&text, &mut fields);
        }
    }
    fields
}

/// Adds the fields tested by each `[[rule]]` of one rule file.
fn parse_rule_fields(text: &str, out: &mut RuleFields) {
    let Ok(doc) = text.parse::<toml::Table>() else {
        return;
    };
    let Some(rules) = doc.get("rule").and_then(toml::Value::as_array) else {
        return;
    };
    for rule in rules {
        let Some(id) = rule.get("id").and_then(toml::Value::as_str) else {
            continue;
        };
        let mut fields = Vec::new();
        if let Some(when) = rule.get("when") {
            collect_fields(when, &mut fields);
        }
        out.insert(id.to_owned(), fields);
    }
}

fn collect_fields(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::Table(table) => {
            for (key, v) in table {
                if key == "field" {
                    if let Some(name) = v.as_str() {
                        out.push(name.to_owned());
                    }
                } else {
                    collect_fields(v, out);
                }
            }
        }
        toml::Value::Array(items) => items.iter().for_each(|v| collect_fields(v, out)),
        _ => {}
    }
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

    const RULES: &str = r#"
[[rule]]
id = "defector-track"
description = "x"
[rule.when]
all = [
  { field = "threat", in = ["some"] },
  { not = { field = "situation", has = "protected_witness" } },
]

[[rule]]
id = "child"
description = "x"
when = { field = "age_band", in = ["under_15"] }

[[rule]]
id = "no-consent"
description = "x"
when = { not = { field = "consent_to_share", is = true } }

[[rule]]
id = "always"
description = "x"

[[rule]]
id = "odd"
description = "x"
when = { field = "shoe_size", is = "42" }
"#;

    fn fields() -> RuleFields {
        let mut out = RuleFields::new();
        parse_rule_fields(RULES, &mut out);
        out
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
