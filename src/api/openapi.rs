//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of every `/api/v1/` route,
//! written by hand next to this file and kept in sync with [`super::ROUTES`] by
//! `tests/api/municipal_api.rs` (and by the unit test below).

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// The document, as served.
pub(crate) const DOCUMENT: &str = include_str!("openapi.json");

/// Serves the document (public: it describes, it holds nothing).
pub(super) async fn serve() -> Response {
    let mut response = DOCUMENT.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::DOCUMENT;
    use crate::api::ROUTES;

    #[test]
    fn the_document_describes_exactly_the_route_table() {
        let doc: Value = serde_json::from_str(DOCUMENT).expect("the document is JSON");
        let mut documented = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("a path item") {
                if method == "parameters" {
                    continue;
                }
                let operation = op["operationId"].as_str().expect("an operationId").to_owned();
                documented.insert((method.to_uppercase(), path.clone(), operation));
            }
        }
        let table: BTreeSet<_> = ROUTES
            .iter()
            .map(|r| (r.method.to_owned(), r.path.to_owned(), r.operation.to_owned()))
            .collect();
        assert_eq!(documented, table);
    }

    /// The values a schema allows (`null` aside), from `enum` or an array's `items.enum`.
    fn allowed(schema: &Value) -> Vec<&str> {
        let list = schema.get("enum").or_else(|| schema["items"].get("enum"));
        list.and_then(Value::as_array)
            .map(|values| values.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_document_allows_exactly_the_engines_values() {
        use crate::triage::{
            AgeBand, Channel, Citizenship, Enquirer, EnquiryType, Environment, Flag, Gender, Need, Notice,
            Priority, ProfessionalOrg, Risk, Role, Situation, Threat, WriterAgeBand,
        };
        let doc: Value = serde_json::from_str(DOCUMENT).expect("the document is JSON");
        let schemas = &doc["components"]["schemas"];
        let enquiry = &schemas["Enquiry"]["properties"];
        let fields: [(&str, &[&str]); 13] = [
            (Channel::FIELD, Channel::VALUES),
            (Enquirer::FIELD, Enquirer::VALUES),
            (ProfessionalOrg::FIELD, ProfessionalOrg::VALUES),
            (AgeBand::FIELD, AgeBand::VALUES),
            (Gender::FIELD, Gender::VALUES),
            (Environment::FIELD, Environment::VALUES),
            (EnquiryType::FIELD, EnquiryType::VALUES),
            (WriterAgeBand::FIELD, WriterAgeBand::VALUES),
            (Situation::FIELD, Situation::VALUES),
            (Risk::FIELD, Risk::VALUES),
            (Threat::FIELD, Threat::VALUES),
            (Need::FIELD, Need::VALUES),
            (Citizenship::FIELD, Citizenship::VALUES),
        ];
        for (field, values) in fields {
            assert_eq!(allowed(&enquiry[field]), values, "Enquiry.{field}");
        }
        let decision = &schemas["Decision"]["properties"];
        assert_eq!(allowed(&decision["priority"]), Priority::VALUES);
        assert_eq!(allowed(&decision["flags"]), Flag::VALUES);
        assert_eq!(allowed(&decision["notices"]), Notice::VALUES);
        let recipient = &decision["recipients"]["items"]["properties"];
        assert_eq!(allowed(&recipient["role"]), Role::VALUES);
    }
}
