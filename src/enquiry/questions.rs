//! The enquiry's questions as one table: each field's name (the form field, the JSON key
//! and the CONTRACT key), whether it repeats, whether a handler may learn it on the case
//! page, the contract values it offers, and which forms ask it. The forms' echo, choices,
//! the question partial (`templates/partials/question.html`, through
//! `questions(form=…)`) and the case page's facts form read it, so a new question is one
//! row here (and one line in [`super::model::parse_enquiry`], which builds the typed
//! [`crate::triage::Enquiry`]), its words in the locales, and nothing in the templates.
//! Each row also names the part of the case it is shared with ([`Part`]): the referral's
//! snapshot, both referral pages and the inbox's reasons read their fields from here.

use super::consent::ConsentFor;
use crate::triage::{
    AgeBand, Citizenship, Enquirer, EnquiryType, Environment, Gender, Need, ProfessionalOrg, Risk, Situation,
    Threat, WriterAgeBand,
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
    /// The forms that ask it with the shared question partial (the message, language and
    /// consent are drawn by each form itself, so they name none).
    pub forms: &'static [Form],
    /// The part of the case a referral shares it with, when it is shared with a part of
    /// its own (the message and the consent are not).
    pub part: Option<Part>,
    /// The question it qualifies, when it does (the professional's organisation qualifies
    /// who writes): shared and shown right after that one, not in the table's order.
    pub qualifies: Option<&'static str>,
    /// The forms that offer only some of its choices, each with the values it offers
    /// (a municipality's consultation is never about a case of its own person).
    pub offers: &'static [(Form, &'static [&'static str])],
}

/// A part of the case a person can consent to share, as far as the enquiry's questions
/// go (the referral's `Category` adds the person's words and the contact wishes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Who writes and who the subject is: age band, gender, municipality, environment,
    /// language.
    Basic,
    /// The subject's situation.
    Situation,
    /// How threatened the subject is.
    Threat,
    /// What the subject needs (and citizenship).
    Needs,
}

impl Part {
    /// Every part, in the order a referral lists them.
    pub const ALL: [Self; 4] = [Self::Basic, Self::Situation, Self::Threat, Self::Needs];
}

/// A form that asks the enquiry's questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The public written enquiry (`/{lang}/enquiry`).
    Enquiry,
    /// The public callback request (`/{lang}/callback`).
    Callback,
    /// The chat's few questions before the queue (`/{lang}/chat`).
    ChatStart,
    /// A call taken by phone (`/console/phone`).
    Phone,
    /// What a handler learned, on the case page ("update what we know").
    Facts,
    /// A municipality's consultation (`/inbox/consultation`): about a person, not from them.
    Consultation,
}

impl Form {
    /// The form's name in templates (`questions(form="enquiry")`).
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "enquiry" => Self::Enquiry,
            "callback" => Self::Callback,
            "chat_start" => Self::ChatStart,
            "phone" => Self::Phone,
            "facts" => Self::Facts,
            "consultation" => Self::Consultation,
            _ => return None,
        })
    }
}

/// Every form but the chat's short start.
const FULL: &[Form] = &[
    Form::Enquiry,
    Form::Callback,
    Form::Phone,
    Form::Facts,
    Form::Consultation,
];
/// The forms a person or a handler fills in about the person who writes (not a
/// municipality's consultation, which is about someone else and asks no "who are you").
const OWN: &[Form] = &[Form::Enquiry, Form::Callback, Form::Phone, Form::Facts];

/// The values of a closed set, as the form offers them.
macro_rules! choices {
    ($set:ty) => {
        Some(|| <$set>::ALL.iter().map(|v| v.as_str()).collect())
    };
}

/// The forms that ask who writes, and the chat's start: where a relative can say their age.
const WRITERS: &[Form] = &[
    Form::Enquiry,
    Form::Callback,
    Form::ChatStart,
    Form::Phone,
    Form::Facts,
];
/// Every form: the risks are asked wherever anyone can answer them.
const ALL_FORMS: &[Form] = &[
    Form::Enquiry,
    Form::Callback,
    Form::ChatStart,
    Form::Phone,
    Form::Facts,
    Form::Consultation,
];

/// Every question of the enquiry, in the order every form asks them.
pub const QUESTIONS: [Question; 17] = [
    ask(
        "enquirer",
        false,
        true,
        choices!(Enquirer),
        &[
            Form::Enquiry,
            Form::Callback,
            Form::ChatStart,
            Form::Phone,
            Form::Facts,
        ],
    )
    .shared(Part::Basic),
    // "If you are a relative: how old are you?" right after who writes.
    ask("writer_age_band", false, true, choices!(WriterAgeBand), WRITERS)
        .shared(Part::Basic)
        .qualifying("enquirer"),
    ask(
        "age_band",
        false,
        true,
        choices!(AgeBand),
        &[
            Form::Enquiry,
            Form::Callback,
            Form::ChatStart,
            Form::Phone,
            Form::Facts,
            Form::Consultation,
        ],
    )
    .shared(Part::Basic),
    ask("gender", false, true, choices!(Gender), FULL).shared(Part::Basic),
    ask("professional_org", false, true, choices!(ProfessionalOrg), OWN)
        .shared(Part::Basic)
        .qualifying("enquirer"),
    // What a professional asks for; a municipality's consultation offers only advice.
    ask(
        "enquiry_type",
        false,
        true,
        choices!(EnquiryType),
        &[Form::Enquiry, Form::Phone, Form::Facts, Form::Consultation],
    )
    .shared(Part::Basic)
    .qualifying("enquirer")
    .offering(&[(Form::Consultation, &["consultation", "method_support"])]),
    ask("environment", true, true, choices!(Environment), FULL).shared(Part::Basic),
    ask("situation", true, true, choices!(Situation), FULL).shared(Part::Situation),
    ask("needs", true, true, choices!(Need), FULL).shared(Part::Needs),
    ask("municipality", false, true, None, FULL).shared(Part::Basic),
    ask("threat", false, true, choices!(Threat), FULL).shared(Part::Threat),
    ask("risks", true, true, choices!(Risk), ALL_FORMS).shared(Part::Threat),
    ask("citizenship", false, true, choices!(Citizenship), FULL).shared(Part::Needs),
    ask("consent_to_share", false, false, None, &[]),
    // Consent per kind of recipient and for the person's own words: the public forms
    // draw it themselves (`partials/consent-for.html`); the person's, never learned.
    ask("consent_for", true, false, choices!(ConsentFor), &[]),
    ask("language", false, false, None, &[]).shared(Part::Basic),
    ask("message", false, false, None, &[]),
];

const fn ask(
    name: &'static str,
    repeats: bool,
    learned: bool,
    choices: Option<fn() -> Vec<&'static str>>,
    forms: &'static [Form],
) -> Question {
    Question {
        name,
        repeats,
        learned,
        choices,
        forms,
        part: None,
        qualifies: None,
        offers: &[],
    }
}

impl Question {
    /// The same question, shared with `part`.
    const fn shared(self, part: Part) -> Self {
        Self {
            part: Some(part),
            ..self
        }
    }

    /// The same question, qualifying the question called `name`.
    const fn qualifying(self, name: &'static str) -> Self {
        Self {
            qualifies: Some(name),
            ..self
        }
    }

    /// The same question, offering only some of its values on the forms `offers` names.
    const fn offering(self, offers: &'static [(Form, &'static [&'static str])]) -> Self {
        Self { offers, ..self }
    }

    /// The values `form` offers: the row's choices, or the few it names for that form.
    pub fn choices_on(&self, form: Option<Form>) -> Vec<&'static str> {
        let all = self.choices.map(|c| c()).unwrap_or_default();
        match form.and_then(|f| self.offers.iter().find(|(on, _)| *on == f)) {
            Some((_, values)) => all.into_iter().filter(|v| values.contains(v)).collect(),
            None => all,
        }
    }
}

/// The questions shared with `part`, in the order a referral holds and shows them: the
/// table's, with a question that qualifies another right after it.
pub fn shared_in(part: Part) -> Vec<&'static Question> {
    let of_part: Vec<&'static Question> = QUESTIONS.iter().filter(|q| q.part == Some(part)).collect();
    let mut ordered = Vec::with_capacity(of_part.len());
    for q in of_part.iter().filter(|q| q.qualifies.is_none()) {
        ordered.push(*q);
        ordered.extend(of_part.iter().filter(|r| r.qualifies == Some(q.name)));
    }
    ordered
}

/// The names of the questions `form` asks with the shared partial, in order.
pub fn asked_on(form: Form) -> Vec<&'static str> {
    QUESTIONS
        .iter()
        .filter(|q| q.forms.contains(&form))
        .map(|q| q.name)
        .collect()
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

    #[test]
    fn each_form_asks_its_questions_in_the_tables_order() {
        assert_eq!(
            asked_on(Form::ChatStart),
            ["enquirer", "writer_age_band", "age_band", "risks"]
        );
        let consultation = asked_on(Form::Consultation);
        assert!(
            !consultation.contains(&"enquirer"),
            "a consultation is about someone else"
        );
        assert_eq!(consultation.first(), Some(&"age_band"));
        assert_eq!(asked_on(Form::Enquiry), asked_on(Form::Phone));
        assert!(
            asked_on(Form::Facts).iter().all(|name| is_learned(name)),
            "the facts form asks only what a handler may learn"
        );
        assert!(Form::parse("enquiry").is_some() && Form::parse("nope").is_none());
        assert!(asked_on(Form::Consultation).contains(&"risks"));
        assert!(!asked_on(Form::Callback).contains(&"enquiry_type"));
    }

    #[test]
    fn a_consultation_offers_advice_only_and_every_other_form_every_type() {
        let kind = question("enquiry_type").expect("asked");
        assert_eq!(
            kind.choices_on(Some(Form::Consultation)),
            ["consultation", "method_support"]
        );
        assert_eq!(
            kind.choices_on(Some(Form::Phone)),
            ["case", "consultation", "method_support"]
        );
        assert_eq!(kind.choices_on(None), kind.choices_on(Some(Form::Enquiry)));
        for q in &QUESTIONS {
            for (form, values) in q.offers {
                assert!(q.forms.contains(form), "{} offers on a form that asks it", q.name);
                assert_eq!(
                    q.choices_on(Some(*form)).len(),
                    values.len(),
                    "{} offers only its own contract values",
                    q.name
                );
            }
        }
    }

    #[test]
    fn each_part_shares_its_questions_with_a_qualifier_after_what_it_qualifies() {
        let names = |part| shared_in(part).iter().map(|q| q.name).collect::<Vec<_>>();
        assert_eq!(
            names(Part::Basic),
            [
                "enquirer",
                "writer_age_band",
                "professional_org",
                "enquiry_type",
                "age_band",
                "gender",
                "environment",
                "municipality",
                "language"
            ]
        );
        assert_eq!(names(Part::Situation), ["situation"]);
        assert_eq!(names(Part::Threat), ["threat", "risks"]);
        assert_eq!(names(Part::Needs), ["needs", "citizenship"]);
        let shared: usize = Part::ALL.into_iter().map(|p| shared_in(p).len()).sum();
        assert_eq!(
            shared,
            QUESTIONS.iter().filter(|q| q.part.is_some()).count(),
            "every shared question is in its part once (a qualifier names a question of its part)"
        );
    }
}
