//! The enquiry's questions for the templates: `questions(form=…)` names the questions a
//! form asks, in order, and `question(name=…)` gives one row of
//! [`crate::enquiry::questions::QUESTIONS`] (its name, whether it repeats, its choices and
//! how a form shows it), so `partials/question.html` renders every form's questions from
//! the one table. `question(name=…, form=…)` gives the choices that form offers (a
//! municipality's consultation offers fewer kinds of enquiry). An unknown name stops the
//! render, so a template cannot ask a question the enquiry does not have.

use std::collections::BTreeMap;

use tera::{Kwargs, State, Tera, TeraResult, Value};

use crate::enquiry::questions::{Form, Question, asked_on, question};

/// Registers `questions(form=…)` and `question(name=…)`.
pub(super) fn register(tera: &mut Tera) {
    tera.register_function(
        "questions",
        |kwargs: Kwargs, _: &State<'_>| -> TeraResult<Value> {
            let name: String = kwargs.must_get("form")?;
            let form = Form::parse(&name).ok_or_else(|| {
                tera::Error::message(format!("no form {name} asks the enquiry's questions"))
            })?;
            Ok(Value::from(asked_on(form)))
        },
    );
    tera.register_function("question", |kwargs: Kwargs, _: &State<'_>| -> TeraResult<Value> {
        let name: String = kwargs.must_get("name")?;
        let q = question(&name)
            .ok_or_else(|| tera::Error::message(format!("the enquiry asks no question {name}")))?;
        let form: Option<String> = kwargs.get("form")?;
        let form =
            match form.as_deref() {
                None | Some("") => None,
                Some(f) => Some(Form::parse(f).ok_or_else(|| {
                    tera::Error::message(format!("no form {f} asks the enquiry's questions"))
                })?),
            };
        Ok(view(q, form))
    });
}

/// How a form shows a question: `checkboxes` when the answer repeats, `places` for the
/// municipality (its choices are the directory's), `select` for a follow-up to another
/// answer (the professional's organisation and what they ask for, a relative's own age:
/// kept to one line, which also keeps the public form within its page weight), `radios`
/// otherwise.
fn widget(q: &Question) -> &'static str {
    match (q.repeats, q.choices.is_some(), q.name) {
        (true, _, _) => "checkboxes",
        (false, false, "municipality") => "places",
        (false, true, _) if q.qualifies.is_some() => "select",
        (false, true, _) => "radios",
        (false, false, _) => "own",
    }
}

/// One question as the templates read it, with the choices `form` offers.
fn view(q: &Question, form: Option<Form>) -> Value {
    let choices: Vec<&str> = q.choices_on(form);
    let mut row: BTreeMap<&'static str, Value> = BTreeMap::new();
    row.insert("name", Value::from(q.name));
    row.insert("repeats", Value::from(q.repeats));
    row.insert("widget", Value::from(widget(q)));
    row.insert("choices", Value::from(choices));
    // "Choose as many as you like" once, at a form's first question with checkboxes.
    let first_of_many = form.is_none_or(|f| {
        asked_on(f)
            .into_iter()
            .find(|name| question(name).is_some_and(|q| q.repeats))
            == Some(q.name)
    });
    row.insert("hint_any", Value::from(first_of_many));
    // A select's hint of its own on the public site (the follow-ups added later say what
    // they need in their label, to keep the form light).
    row.insert("hinted", Value::from(q.name == "professional_org"));
    Value::from(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_with_choices_or_a_place_has_a_widget_a_form_can_draw() {
        let shown = |name: &str| widget(question(name).expect("the enquiry asks it"));
        assert_eq!(shown("needs"), "checkboxes");
        assert_eq!(shown("threat"), "radios");
        assert_eq!(shown("professional_org"), "select");
        assert_eq!(shown("municipality"), "places");
        assert_eq!(shown("risks"), "checkboxes");
        assert_eq!(shown("writer_age_band"), "select");
        assert_eq!(shown("enquiry_type"), "select");
        assert_eq!(shown("age_band"), "radios");
        assert_eq!(
            shown("message"),
            "own",
            "the form draws the person's own words itself"
        );
    }
}
