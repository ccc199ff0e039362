//! NUL never reaches the database: PostgreSQL's `text` cannot hold it (a `500` there where
//! SQLite answered `404`), and no person types it. A path or query that carries an encoded
//! NUL (`%00`) is answered before any handler — `404` for a path, `400` for a query — the
//! same on both databases; form fields lose the character in [`super::form::RawForm`],
//! so a person's text is kept, and the JSON API refuses it by field.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

/// Whether `text` (a raw, percent-encoded URI part) encodes a NUL.
fn encodes_nul(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1] == b'0' && w[2] == b'0')
}

/// The middleware: refuses a request whose path or query encodes a NUL.
pub async fn reject_nul(request: Request, next: Next) -> Response {
    let uri = request.uri();
    if encodes_nul(uri.path()) {
        return AppError::NotFound.into_response();
    }
    if uri.query().is_some_and(encodes_nul) {
        return AppError::BadRequest("a NUL in the query".to_owned()).into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::encodes_nul;

    #[test]
    fn an_encoded_nul_is_found_and_nothing_else() {
        assert!(encodes_nul("/console/cases/%00"));
        assert!(encodes_nul("name=a%00b"));
        assert!(!encodes_nul("/sv/enquiry"));
        assert!(!encodes_nul("q=100%25"));
        assert!(!encodes_nul("%0A%20"));
    }
}
