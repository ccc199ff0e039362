//! The enquiry's questions as one table: each field's name (the form field, the JSON key
//! and the CONTRACT key), whether it repeats, whether a handler may learn it on the case
//! page, and the contract values it offers. The forms' echo, choices and the case page's
//! facts form read it, so a new question is one row here (and one line in
//! [`super::model::parse_enquiry`], which builds the typed [`crate::triage::Enquiry`]).

use crate::triage::{
    AgeBand, Citizenship, Enquirer, Environment, Gender, Need, ProfessionalOrg, Situation, Threat,
};

/// One question of the enquiry.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// The field's name in the form, the JSON and the CONTRACT.
    pub name: &'static str,
    /// The answer may have several values (checkboxes).
    pub repeats: bool,
    /// A handler may learn it and choose it again on the case page (the message,
    /// language and consent are the person's and stay as given).
    pub learned: bool,
    /// The contract values it offers, when it is a choice.
    pub choices: Option<fn() -> Vec<&'static str>>,
}

/// The values of a closed set, as the form offers them.
macro_rules! choices {
    ($set:ty) => {
        Some(|| <$set>::ALL.iter().map(|v| v.as_str()).collect())
    };
}

/// Every question of the enquiry form, in the form's order.
pub const QUESTIONS: [Question; 13] = [
    ask("enquirer", false, true, choices!(Enquirer)),
    ask("professional_org", false, true, choices!(ProfessionalOrg)),
    ask("age_band", false, true, choices!(AgeBand)),
    ask("gender", false, true, choices!(Gender)),
    ask("environment", true, true, choices!(Environment)),
    ask("municipality", false, true, None),
    ask("situation", true, true, choices!(Situation)),
    ask("threat", false, true, choices!(Threat)),
    ask("needs", true, true, choices!(Need)),
    ask("citizenship", false, true, choices!(Citizenship)),
    ask("consent_to_share", false, false, None),
    ask("language", false, false, None),
    ask("message", false, false, None),
];

const fn ask(
    name: &'static str,
    repeats: bool,
    learned: bool,
    choices: Option<fn() -> Vec<&'static str>>,
) -> Question {
    Question {
        name,
        repeats,
        learned,
        choices,
    }
}

/// The question called `name`, if the enquiry asks it.
pub fn question(name: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.name == name)
}

/// Whether `name` is a fact a handler may learn on the case page.
pub fn is_learned(name: &str) -> bool {
    question(name).is_some_and(|q| q.learned)
}

/// Whether `name` is a question whose answer may repeat.
pub fn repeats(name: &str) -> bool {
    question(name).is_some_and(|q| q.repeats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_question_offers_its_contract_values() {
        let threat = question("threat")
            .and_then(|q| q.choices)
            .expect("threat is a choice");
        assert!(threat().contains(&"acute"));
        assert!(repeats("needs") && !repeats("threat"));
        assert!(is_learned("municipality") && !is_learned("message"));
    }
}
