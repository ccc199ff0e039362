//! The override form: as shown for the decision in force, as typed, and checked. The
//! policy (one primary, what civil society may be) is the engine's, asked through
//! [`crate::triage::policy`]; this form adds only what is the form's own (known
//! organisations, no duplicates, a written reason, a real change).

use std::collections::HashSet;

use serde::Serialize;
use time::OffsetDateTime;

use crate::directory::Directory;
use crate::error::AppError;
use crate::triage::policy::{self, Breach};
use crate::triage::{Decision, Enquiry, Priority, Role};
use crate::web::{FieldError, RawForm};

/// The longest written reason for an override, in characters.
pub(super) const REASON_MAX_CHARS: usize = 2000;

/// One recipient row of the override form, as shown or as typed.
#[derive(Debug, Clone, Serialize)]
pub(super) struct FormRow {
    pub(super) org: String,
    pub(super) name: String,
    pub(super) role: String,
    pub(super) invalid: bool,
}

/// The override form, as shown or as typed (everything kept on an error).
#[derive(Debug, Serialize)]
pub(super) struct OverrideForm {
    pub(super) priority: String,
    pub(super) rows: Vec<FormRow>,
    pub(super) add_org: String,
    pub(super) add_role: String,
    pub(super) reason: String,
    pub(super) priority_invalid: bool,
    pub(super) add_invalid: bool,
    pub(super) reason_invalid: bool,
}

/// A problem with the override form: the Fluent message, the field it links to and the
/// organisation it names (empty: none; the message is always given an `$org`).
pub(super) fn problem(message: &'static str, field: impl Into<String>, org: &str) -> FieldError {
    FieldError::new(field.into(), message).naming(org)
}

/// The organisation's name in the directory, else its id.
pub(super) fn org_name(directory: &Directory, org: &str) -> String {
    directory
        .org(org)
        .map_or_else(|| org.to_owned(), |o| o.name.clone())
}

impl OverrideForm {
    /// The form for the decision in force, untouched.
    pub(super) fn initial(directory: &Directory, decision: &Decision) -> Self {
        Self {
            priority: decision.priority.as_str().to_owned(),
            rows: decision
                .recipients
                .iter()
                .map(|r| FormRow {
                    org: r.org.clone(),
                    name: org_name(directory, &r.org),
                    role: r.role.as_str().to_owned(),
                    invalid: false,
                })
                .collect(),
            add_org: String::new(),
            add_role: Role::Secondary.as_str().to_owned(),
            reason: String::new(),
            priority_invalid: false,
            add_invalid: false,
            reason_invalid: false,
        }
    }

    /// The form as posted: rows pair the repeated `org` and `role` fields in order.
    pub(super) fn typed(directory: &Directory, form: &RawForm) -> Result<Self, AppError> {
        let (orgs, roles) = (form.all("org"), form.all("role"));
        if orgs.len() != roles.len() {
            return Err(AppError::BadRequest("org and role fields do not pair".to_owned()));
        }
        Ok(Self {
            priority: form.get("priority").unwrap_or_default().to_owned(),
            rows: orgs
                .iter()
                .zip(&roles)
                .map(|(org, role)| FormRow {
                    org: (*org).to_owned(),
                    name: org_name(directory, org),
                    role: (*role).to_owned(),
                    invalid: false,
                })
                .collect(),
            add_org: form.get("add_org").unwrap_or_default().trim().to_owned(),
            add_role: form.get("add_role").unwrap_or_default().to_owned(),
            reason: form.get("reason").unwrap_or_default().to_owned(),
            priority_invalid: false,
            add_invalid: false,
            reason_invalid: false,
        })
    }
}

/// What a valid override asks for.
#[derive(Debug, PartialEq)]
pub(super) struct Chosen {
    pub(super) priority: Priority,
    pub(super) recipients: Vec<(String, Role)>,
    pub(super) reason: String,
}

/// The Fluent message for a breach of the engine's policy.
fn breach_message(breach: Breach) -> &'static str {
    match breach {
        Breach::CivilSocietyPrimary => "decisions-error-civil-primary",
        Breach::CivilSocietyUnvetted => "decisions-error-civil-vetting",
        Breach::CivilSocietyAcute => "decisions-error-civil-acute",
        Breach::CivilSocietyChild => "decisions-error-civil-child",
        Breach::CivilSocietyThreat => "decisions-error-civil-threat",
        Breach::CivilSocietyProtected => "decisions-error-civil-protected",
    }
}

/// Checks an override: a priority, known organisations each named once, the engine's
/// policy for the roles (see [`policy::breaches`]), and a written reason that changes
/// something. Marks the fields at fault in `form`.
pub(super) fn validate(
    form: &mut OverrideForm,
    current: &Decision,
    enquiry: &Enquiry,
    directory: &Directory,
    now: OffsetDateTime,
) -> Result<Chosen, Vec<FieldError>> {
    let mut errors = Vec::new();
    let priority = form.priority.parse::<Priority>().ok();
    if priority.is_none() {
        form.priority_invalid = true;
        errors.push(problem("decisions-error-priority", "i-decisions-priority", ""));
    }
    // (org, role, field, row index or None for the added row)
    let mut chosen: Vec<(String, Role, String, Option<usize>)> = Vec::new();
    let mut seen = HashSet::new();
    for (i, row) in form.rows.iter_mut().enumerate() {
        let field = format!("i-decisions-role-{i}");
        let known = directory.org(&row.org).is_some() || current.recipient(&row.org).is_some();
        if !known {
            row.invalid = true;
            errors.push(problem("decisions-error-unknown-org", field, &row.org));
            continue;
        }
        if row.role == "remove" {
            continue;
        }
        let Ok(role) = row.role.parse::<Role>() else {
            row.invalid = true;
            errors.push(problem("decisions-error-role", field, &row.org));
            continue;
        };
        if !seen.insert(row.org.clone()) {
            row.invalid = true;
            errors.push(problem("decisions-error-duplicate", field, &row.org));
            continue;
        }
        chosen.push((row.org.clone(), role, field, Some(i)));
    }
    if !form.add_org.is_empty() {
        let field = "i-decisions-add-org";
        if directory.org(&form.add_org).is_none() {
            form.add_invalid = true;
            errors.push(problem("decisions-error-unknown-org", field, &form.add_org));
        } else if seen.contains(&form.add_org) {
            form.add_invalid = true;
            errors.push(problem("decisions-error-duplicate", field, &form.add_org));
        } else if let Ok(role) = form.add_role.parse::<Role>() {
            chosen.push((form.add_org.clone(), role, field.to_owned(), None));
        } else {
            form.add_invalid = true;
            errors.push(problem("decisions-error-role", field, &form.add_org));
        }
    }
    let primaries: Vec<(&String, Option<usize>)> = chosen
        .iter()
        .filter(|c| c.1 == Role::Primary)
        .map(|c| (&c.2, c.3))
        .collect();
    if primaries.len() != policy::PRIMARIES {
        // Point at the second primary when there are two, else at the first row.
        let (field, row) = primaries
            .get(1)
            .map_or(("i-decisions-role-0".to_owned(), Some(0)), |(f, r)| {
                ((*f).clone(), *r)
            });
        match row {
            Some(i) if i < form.rows.len() => form.rows[i].invalid = true,
            _ => form.add_invalid = true,
        }
        errors.push(problem("decisions-error-primary", field, ""));
    }
    for (org, role, field, row) in &chosen {
        for breach in policy::breaches(directory, org, *role, priority, enquiry, now) {
            match row {
                Some(i) => form.rows[*i].invalid = true,
                None => form.add_invalid = true,
            }
            errors.push(problem(breach_message(breach), field.clone(), org));
        }
    }
    let reason = form.reason.trim();
    let length = reason.chars().count();
    if length == 0 || length > REASON_MAX_CHARS {
        form.reason_invalid = true;
        let message = if length == 0 {
            "decisions-error-reason"
        } else {
            "decisions-error-reason-long"
        };
        errors.push(problem(message, "i-decisions-reason", ""));
    }
    let recipients: Vec<(String, Role)> = chosen.into_iter().map(|(o, r, _, _)| (o, r)).collect();
    if errors.is_empty() && priority == Some(current.priority) && same_recipients(current, &recipients) {
        form.priority_invalid = true;
        errors.push(problem("decisions-error-unchanged", "i-decisions-priority", ""));
    }
    match priority {
        Some(priority) if errors.is_empty() => Ok(Chosen {
            priority,
            recipients,
            reason: reason.to_owned(),
        }),
        _ => Err(errors),
    }
}

fn same_recipients(current: &Decision, chosen: &[(String, Role)]) -> bool {
    current.recipients.len() == chosen.len()
        && chosen
            .iter()
            .all(|(org, role)| current.recipient(org).is_some_and(|r| r.role == *role))
}
