//! One field of a form that needs the person's attention: the one error type every
//! form re-renders with (the templates' `errors` lists), whatever the form.

use std::borrow::Cow;

use serde::Serialize;

/// A field with a problem and the Fluent id of what to say about it.
///
/// Serializes as `{ "field": …, "message_id": … }`, plus `"org"` when the message
/// names an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name, or the id of its input where a form has several of a kind
    /// (the error summary links to it).
    pub field: Cow<'static, str>,
    /// The Fluent id of the message shown.
    pub message_id: &'static str,
    /// The organisation the message names (its `$org`), if it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
}

impl FieldError {
    /// A problem with `field`, told by the Fluent message `message_id`.
    pub fn new(field: impl Into<Cow<'static, str>>, message_id: &'static str) -> Self {
        Self {
            field: field.into(),
            message_id,
            org: None,
        }
    }

    /// The same problem, its message naming the organisation `org`.
    #[must_use]
    pub fn naming(mut self, org: impl Into<String>) -> Self {
        self.org = Some(org.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_the_templates_read_it() {
        let plain = serde_json::to_value(FieldError::new("message", "error-required")).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({ "field": "message", "message_id": "error-required" })
        );
        let named = FieldError::new(String::from("i-org-1"), "decisions-error-role").naming("polis");
        assert_eq!(serde_json::to_value(named).unwrap()["org"], "polis");
    }
}
