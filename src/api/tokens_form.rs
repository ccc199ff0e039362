//! The token form of `/console/api-tokens`: what was typed, and the checks that turn it
//! into a grant (an inbox user there is, a name, at least one scope, only the user's own
//! organisations — a bare kommunkod standing for its social services —, 1 to 90 days).

use serde::Serialize;

use super::token::{MAX_DAYS, Scope};
use crate::web::FieldError;

/// The most characters of a token's name.
pub(super) const LABEL_MAX: usize = 100;

/// What the form holds, as typed (echoed back on an error).
#[derive(Debug, Default, Serialize)]
pub(super) struct TokenForm {
    pub(super) user: String,
    pub(super) label: String,
    pub(super) scopes: Vec<String>,
    pub(super) codes: String,
    pub(super) days: String,
}

/// An inbox user the form offers.
#[derive(Debug, Serialize)]
pub(super) struct Candidate {
    pub(super) id: String,
    pub(super) name: String,
    /// The organisations the user is bound to (directory ids).
    pub(super) codes: Vec<String>,
}

/// A checked request for a token.
pub(super) struct Checked {
    /// The municipality user.
    pub(super) user_id: String,
    /// The name, trimmed.
    pub(super) label: String,
    /// What the token may do.
    pub(super) scopes: Vec<Scope>,
    /// The organisations it is narrowed to, sorted; empty for all the user's.
    pub(super) codes: Vec<String>,
    /// How long it lasts.
    pub(super) days: i64,
}

/// Checks the form against the municipality users there are.
pub(super) fn check(form: &TokenForm, candidates: &[Candidate]) -> Result<Checked, Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut problem = |field, message_id| problems.push(FieldError::new(field, message_id));
    let candidate = candidates.iter().find(|c| c.id == form.user);
    if candidate.is_none() {
        problem("user", "api-tokens-error-user");
    }
    let label = form.label.trim();
    if label.is_empty() {
        problem("label", "api-tokens-error-label-missing");
    } else if label.chars().count() > LABEL_MAX {
        problem("label", "api-tokens-error-label-long");
    }
    let scopes: Vec<Scope> = Scope::ALL
        .into_iter()
        .filter(|s| form.scopes.iter().any(|f| f == s.as_str()))
        .collect();
    if scopes.is_empty() || form.scopes.iter().any(|f| Scope::parse(f).is_none()) {
        problem("scopes", "api-tokens-error-scopes");
    }
    let mut codes: Vec<String> = form
        .codes
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|c| !c.is_empty())
        .map(|c| {
            // A bare kommunkod is that municipality's social services.
            if c.bytes().all(|b| b.is_ascii_digit()) {
                format!("socialtjanst:{c}")
            } else {
                c.to_owned()
            }
        })
        .collect();
    codes.sort();
    codes.dedup();
    if let Some(candidate) = candidate
        && codes.iter().any(|c| !candidate.codes.contains(c))
    {
        problem("codes", "api-tokens-error-codes");
    }
    let days = form
        .days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=MAX_DAYS).contains(d));
    if days.is_none() {
        problem("days", "api-tokens-error-days");
    }
    match (candidate, days) {
        (Some(candidate), Some(days)) if problems.is_empty() => Ok(Checked {
            user_id: candidate.id.clone(),
            label: label.to_owned(),
            scopes,
            codes,
            days,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn malmo() -> Vec<Candidate> {
        vec![Candidate {
            id: "u1".to_owned(),
            name: "malmo".to_owned(),
            codes: vec![
                "programme:exempel-malmo".to_owned(),
                "socialtjanst:1280".to_owned(),
                "socialtjanst:1281".to_owned(),
            ],
        }]
    }

    fn form(scopes: &[&str], codes: &str, days: &str) -> TokenForm {
        TokenForm {
            user: "u1".to_owned(),
            label: "  Procapita  ".to_owned(),
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
            codes: codes.to_owned(),
            days: days.to_owned(),
        }
    }

    fn fields(result: Result<Checked, Vec<FieldError>>) -> Vec<String> {
        result
            .err()
            .unwrap_or_default()
            .iter()
            .map(|p| p.field.to_string())
            .collect()
    }

    #[test]
    fn a_good_form_becomes_a_grant() {
        let typed = form(&["referrals:write", "referrals:read"], "1281, 1280 1280", "90");
        let Ok(checked) = check(&typed, &malmo()) else {
            panic!("a good form is accepted");
        };
        assert_eq!(checked.label, "Procapita");
        assert_eq!(checked.scopes, [Scope::Read, Scope::Write]);
        assert_eq!(checked.codes, ["socialtjanst:1280", "socialtjanst:1281"]);
        assert_eq!(checked.days, 90);
        let typed = form(&["referrals:read"], "programme:exempel-malmo", "9");
        let Ok(checked) = check(&typed, &malmo()) else {
            panic!("an organisation id is accepted");
        };
        assert_eq!(checked.codes, ["programme:exempel-malmo"]);
    }

    #[test]
    fn each_problem_names_its_field() {
        let candidates = malmo();
        let cases: [(TokenForm, &[&str]); 7] = [
            (form(&[], "", "30"), &["scopes"]),
            (form(&["referrals:admin"], "", "30"), &["scopes"]),
            (form(&["referrals:read"], "0180", "30"), &["codes"]),
            (
                form(&["referrals:read"], "programme:exempel-goteborg", "30"),
                &["codes"],
            ),
            (form(&["referrals:read"], "", "0"), &["days"]),
            (form(&["referrals:read"], "", "91"), &["days"]),
            (
                TokenForm {
                    user: "stranger".to_owned(),
                    label: " ".to_owned(),
                    ..form(&["referrals:read"], "", "30")
                },
                &["user", "label"],
            ),
        ];
        for (typed, expected) in cases {
            assert_eq!(fields(check(&typed, &candidates)), expected, "{typed:?}");
        }
    }
}
