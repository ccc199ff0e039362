//! The authorization table: every route of the router (public site, console, inbox,
//! municipal API, notifications, chat, operators) with who may call it. axum's `Router`
//! does not list its routes, so [`every_route_of_the_router_has_a_row_and_every_row_a_route`]
//! reads them where they are written — each `.route("…", get(…).post(…))` in `src/`,
//! and `kontaktpunkt::api::ROUTES`, from which the API's router is built — and fails on
//! a route without a row, a row without a route, or a route it cannot read.
//! `console_authz` and `route_authz` walk the rows against the running server.

use std::collections::BTreeSet;
use std::path::Path;

use crate::helpers::root;

/// The staff roles a console route allows (the policy is `kontaktpunkt::auth::can`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// handler, supervisor, admin (queue, cases, replies, case work).
    Staff,
    /// supervisor, admin.
    Supervise,
    /// admin.
    Administer,
    /// auditor, admin.
    Audit,
    /// handler, supervisor: who may read case content (`Permission::ReadContent`).
    Read,
    /// every staff role (handler, supervisor, admin, auditor): their own account.
    Own,
}

impl Needs {
    /// Whether `role` may call a route that needs this.
    pub fn allows(self, role: &str) -> bool {
        match self {
            Self::Staff => matches!(role, "handler" | "supervisor" | "admin"),
            Self::Supervise => matches!(role, "supervisor" | "admin"),
            Self::Administer => role == "admin",
            Self::Audit => matches!(role, "auditor" | "admin"),
            Self::Read => matches!(role, "handler" | "supervisor"),
            Self::Own => matches!(role, "handler" | "supervisor" | "admin" | "auditor"),
        }
    }
}

/// Who may call a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// Anyone, with no session: the public site, operators' probes,
    /// static files, the OpenAPI document, the triage preview, and a chat (whose token in
    /// the path is the proof).
    Anyone,
    /// Anyone: signing in (wrong credentials are 401) and out (then to the sign-in page).
    SignInOut,
    /// A staff session whose role the policy allows; no session is 303 to the console's
    /// sign-in, another role 403.
    Staff(Needs),
    /// A municipality user's session; no session is 303 to a sign-in page, staff 403.
    Municipality,
    /// A municipal API token carrying this scope; none is 401, another scope 403.
    Token(Scope),
}

/// An API token's scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `referrals:read`.
    Read,
    /// `referrals:write`.
    Write,
}

use Needs::{Administer, Audit, Own, Read, Staff as Work, Supervise};
use Who::{Anyone, Municipality, SignInOut, Staff, Token};

/// Every route: method, path template as the router writes it, who may call it.
pub const TABLE: &[(&str, &str, Who)] = &[
    // Operators and static files.
    ("GET", "/healthz", Anyone),
    ("GET", "/readyz", Anyone),
    ("GET", "/metrics", Anyone),
    ("GET", "/static/{name}", Anyone),
    // The public site.
    ("GET", "/", Anyone),
    ("GET", "/{lang}", Anyone),
    ("GET", "/{lang}/", Anyone),
    ("GET", "/{lang}/{page}", Anyone),
    ("GET", "/{lang}/enquiry", Anyone),
    ("POST", "/{lang}/enquiry", Anyone),
    ("GET", "/{lang}/young/enquiry", Anyone),
    ("POST", "/{lang}/young/enquiry", Anyone),
    ("GET", "/{lang}/enquiry/sent/{ticket}", Anyone),
    ("POST", "/{lang}/enquiry/sent/{ticket}", Anyone),
    ("GET", "/{lang}/enquiry/sent/{ticket}/code.txt", Anyone),
    ("GET", "/{lang}/enquiry/saved", Anyone),
    ("GET", "/{lang}/callback", Anyone),
    ("POST", "/{lang}/callback", Anyone),
    ("GET", "/{lang}/receipt", Anyone),
    ("POST", "/{lang}/receipt", Anyone),
    ("POST", "/{lang}/receipt/message", Anyone),
    ("GET", "/{lang}/receipt/case", Anyone),
    ("GET", "/{lang}/accessibility", Anyone),
    ("POST", "/{lang}/accessibility", Anyone),
    // Chat: the token in the path is the proof.
    ("GET", "/{lang}/chat", Anyone),
    ("POST", "/{lang}/chat", Anyone),
    ("GET", "/{lang}/chat/ended", Anyone),
    ("GET", "/{lang}/chat/{token}", Anyone),
    ("POST", "/{lang}/chat/{token}/message", Anyone),
    ("POST", "/{lang}/chat/{token}/leave", Anyone),
    ("POST", "/{lang}/chat/{token}/end", Anyone),
    ("POST", "/{lang}/chat/{token}/code-saved", Anyone),
    ("GET", "/{lang}/chat/{token}/callback", Anyone),
    ("POST", "/{lang}/chat/{token}/callback", Anyone),
    ("GET", "/{lang}/chat/{token}/ws", Anyone),
    // The console.
    ("GET", "/console", Anyone),
    ("GET", "/console/sign-in", SignInOut),
    ("POST", "/console/sign-in", SignInOut),
    ("POST", "/console/sign-out", SignInOut),
    ("GET", "/console/", Staff(Work)),
    ("GET", "/console/events", Staff(Work)),
    ("GET", "/console/audit", Staff(Audit)),
    ("GET", "/console/overrides", Staff(Supervise)),
    ("GET", "/console/break-glass", Staff(Supervise)),
    ("GET", "/console/floods", Staff(Supervise)),
    ("POST", "/console/floods/{tag}/close", Staff(Supervise)),
    ("POST", "/console/cases/{id}/break-glass", Staff(Read)),
    ("GET", "/console/phone", Staff(Work)),
    ("POST", "/console/phone", Staff(Work)),
    ("GET", "/console/phone/done/{ticket}", Staff(Work)),
    ("GET", "/console/cases/{id}", Staff(Work)),
    ("POST", "/console/cases/{id}/claim", Staff(Work)),
    ("POST", "/console/cases/{id}/release", Staff(Work)),
    ("POST", "/console/cases/{id}/take-over", Staff(Supervise)),
    ("POST", "/console/cases/{id}/reply", Staff(Work)),
    ("POST", "/console/cases/{id}/template", Staff(Work)),
    ("POST", "/console/cases/{id}/override", Staff(Work)),
    ("POST", "/console/cases/{id}/facts", Staff(Work)),
    ("POST", "/console/cases/{id}/callback/attempt", Staff(Work)),
    ("POST", "/console/cases/{id}/referrals", Staff(Work)),
    (
        "POST",
        "/console/cases/{id}/referrals/{rid}/withdraw",
        Staff(Work),
    ),
    ("POST", "/console/cases/{id}/mandatory-report", Staff(Work)),
    ("POST", "/console/cases/{id}/protect", Staff(Work)),
    ("POST", "/console/cases/{id}/unprotect", Staff(Supervise)),
    ("POST", "/console/cases/{id}/protect/grant", Staff(Supervise)),
    ("POST", "/console/cases/{id}/protect/revoke", Staff(Supervise)),
    ("POST", "/console/cases/{id}/close", Staff(Work)),
    ("POST", "/console/cases/{id}/reopen", Staff(Work)),
    ("GET", "/console/templates", Staff(Supervise)),
    ("GET", "/console/templates/new", Staff(Supervise)),
    ("POST", "/console/templates/new", Staff(Supervise)),
    ("GET", "/console/templates/{id}", Staff(Supervise)),
    ("POST", "/console/templates/{id}", Staff(Supervise)),
    ("POST", "/console/templates/{id}/delete", Staff(Supervise)),
    ("GET", "/console/users", Staff(Administer)),
    ("POST", "/console/users/{id}/disable", Staff(Administer)),
    ("POST", "/console/users/{id}/enable", Staff(Administer)),
    ("POST", "/console/users/{id}/unlock", Staff(Administer)),
    ("GET", "/console/users/{id}/second-factor", Staff(Administer)),
    ("POST", "/console/users/{id}/second-factor", Staff(Administer)),
    ("GET", "/console/account/password", Staff(Own)),
    ("POST", "/console/account/password", Staff(Own)),
    ("GET", "/console/chats", Staff(Work)),
    ("GET", "/console/chats/{id}", Staff(Work)),
    ("GET", "/console/chats/{id}/ws", Staff(Work)),
    ("POST", "/console/chats/{id}/accept", Staff(Work)),
    ("POST", "/console/chats/{id}/message", Staff(Work)),
    ("POST", "/console/chats/{id}/transfer", Staff(Work)),
    ("POST", "/console/chats/{id}/end", Staff(Work)),
    ("POST", "/console/chats/{id}/block", Staff(Work)),
    ("GET", "/console/rules", Staff(Administer)),
    ("POST", "/console/rules/reload", Staff(Administer)),
    // Notifications (console side) and API tokens.
    ("GET", "/console/outbox", Staff(Supervise)),
    ("POST", "/console/outbox/{id}/replay", Staff(Supervise)),
    ("GET", "/console/webhooks", Staff(Administer)),
    ("POST", "/console/webhooks", Staff(Administer)),
    ("POST", "/console/webhooks/{id}/disable", Staff(Administer)),
    ("POST", "/console/webhooks/{id}/enable", Staff(Administer)),
    ("POST", "/console/webhooks/{id}/delete", Staff(Administer)),
    ("GET", "/console/api-tokens", Staff(Administer)),
    ("POST", "/console/api-tokens", Staff(Administer)),
    ("POST", "/console/api-tokens/{id}/revoke", Staff(Administer)),
    // The municipality inbox and its notification settings.
    ("GET", "/inbox", Anyone),
    ("GET", "/inbox/sign-in", SignInOut),
    ("POST", "/inbox/sign-in", SignInOut),
    ("POST", "/inbox/sign-out", SignInOut),
    ("GET", "/inbox/", Municipality),
    ("GET", "/inbox/referrals/{id}", Municipality),
    ("POST", "/inbox/referrals/{id}/{step}", Municipality),
    ("GET", "/inbox/consultation", Municipality),
    ("POST", "/inbox/consultation", Municipality),
    ("GET", "/inbox/consultation/done/{ticket}", Municipality),
    ("GET", "/inbox/notifications", Municipality),
    ("POST", "/inbox/notifications", Municipality),
    ("GET", "/inbox/account/password", Municipality),
    ("POST", "/inbox/account/password", Municipality),
    // The municipal JSON API.
    ("GET", "/api/v1/openapi.json", Anyone),
    ("POST", "/api/v1/triage/preview", Anyone),
    ("GET", "/api/v1/referrals", Token(Scope::Read)),
    ("GET", "/api/v1/referrals/{id}", Token(Scope::Read)),
    ("POST", "/api/v1/referrals/{id}/accept", Token(Scope::Write)),
    ("POST", "/api/v1/referrals/{id}/decline", Token(Scope::Write)),
    ("POST", "/api/v1/referrals/{id}/forward", Token(Scope::Write)),
    ("POST", "/api/v1/referrals/{id}/contact", Token(Scope::Write)),
    ("POST", "/api/v1/referrals/{id}/state", Token(Scope::Write)),
    ("POST", "/api/v1/referrals/{id}/questions", Token(Scope::Write)),
];

/// The rows whose caller is `who`'s kind, as (method, path template, who).
pub fn rows(keep: impl Fn(Who) -> bool) -> impl Iterator<Item = (&'static str, &'static str, Who)> {
    TABLE.iter().copied().filter(move |(_, _, who)| keep(*who))
}

/// Axum's method-router functions and the methods they route.
const METHODS: [(&str, &str); 7] = [
    ("get", "GET"),
    ("post", "POST"),
    ("put", "PUT"),
    ("patch", "PATCH"),
    ("delete", "DELETE"),
    ("head", "HEAD"),
    ("options", "OPTIONS"),
];

/// What the scan of the source found.
#[derive(Debug, Default)]
struct Scan {
    /// `METHOD path`.
    routes: BTreeSet<String>,
    /// What it could not read, with the file: a failure of the test.
    unreadable: Vec<String>,
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The method functions called at the top level of a handler expression
/// (`get(a).post(b)` → GET, POST), up to the `)` that closes `.route(`. Returns the
/// methods and where the expression ends.
fn methods_of(text: &[u8], mut at: usize) -> (Vec<String>, Vec<String>, usize) {
    let (mut methods, mut unknown) = (Vec::new(), Vec::new());
    let mut depth = 0usize;
    let mut word = String::new();
    while at < text.len() {
        let c = text[at] as char;
        match c {
            '"' => {
                // A string inside the handler (a redirect's target): skip it whole.
                at += 1;
                while at < text.len() && text[at] != b'"' {
                    at += if text[at] == b'\\' { 2 } else { 1 };
                }
                word.clear();
            }
            '(' | '[' | '{' => {
                if c == '(' && depth == 0 && !word.is_empty() {
                    let name = word.rsplit("::").next().unwrap_or_default();
                    match METHODS.iter().find(|(f, _)| *f == name) {
                        Some((_, method)) => methods.push((*method).to_owned()),
                        None => unknown.push(word.clone()),
                    }
                }
                depth += 1;
                word.clear();
            }
            ')' | ']' | '}' => {
                if depth == 0 {
                    return (methods, unknown, at);
                }
                depth -= 1;
                word.clear();
            }
            c if c.is_ascii_alphanumeric() || c == '_' || c == ':' => word.push(c),
            _ => word.clear(),
        }
        at += 1;
    }
    (methods, unknown, at)
}

/// Every `.route("path", methods)` in `src/`, and any way of adding a route the scan
/// cannot read (a path that is not a literal, `nest`, `route_service`).
fn scan_source() -> Scan {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut scan = Scan::default();
    for file in files {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let source = std::fs::read_to_string(&file).unwrap();
        // Comments may quote a `.route(`; only code counts.
        let code: String = source
            .lines()
            .map(|line| {
                if line.trim_start().starts_with("//") {
                    ""
                } else {
                    line
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for other in [".nest(", ".nest_service(", ".route_service(", ".route_layer("] {
            if code.contains(other) {
                scan.unreadable
                    .push(format!("{name}: `{other}` adds routes the scan cannot read"));
            }
        }
        let text = code.as_bytes();
        for (found, _) in code.match_indices(".route(") {
            let mut at = found + ".route(".len();
            while text[at].is_ascii_whitespace() {
                at += 1;
            }
            if text[at] != b'"' {
                // The API's router is built from `kontaktpunkt::api::ROUTES`, added below.
                let before = &code[found.saturating_sub(300)..found];
                if !before.contains("ROUTES") {
                    scan.unreadable
                        .push(format!("{name}: a `.route(` whose path is not a literal"));
                }
                continue;
            }
            let end = at + 1 + code[at + 1..].find('"').unwrap();
            let path = &code[at + 1..end];
            let (methods, unknown, _) = methods_of(text, end + 1);
            for word in unknown {
                scan.unreadable.push(format!(
                    "{name}: {path}: `{word}(…)` is not a method the scan knows"
                ));
            }
            if methods.is_empty() {
                scan.unreadable.push(format!("{name}: {path}: no method read"));
            }
            for method in methods {
                scan.routes.insert(format!("{method} {path}"));
            }
        }
    }
    for route in &kontaktpunkt::api::ROUTES {
        scan.routes.insert(format!("{} {}", route.method, route.path));
    }
    scan
}

#[test]
fn every_route_of_the_router_has_a_row_and_every_row_a_route() {
    let scan = scan_source();
    assert!(
        scan.unreadable.is_empty(),
        "routes the scan cannot read (write `.route(\"/path\", get(h).post(h))`):\n{}",
        scan.unreadable.join("\n")
    );
    let table: BTreeSet<String> = TABLE.iter().map(|(m, p, _)| format!("{m} {p}")).collect();
    assert_eq!(table.len(), TABLE.len(), "a row appears twice");
    let without_row: Vec<_> = scan.routes.difference(&table).collect();
    let without_route: Vec<_> = table.difference(&scan.routes).collect();
    assert!(
        without_row.is_empty() && without_route.is_empty(),
        "routes without a row in the authorization table (tests/api/route_table.rs):\n{without_row:#?}\n\
         rows without a route:\n{without_route:#?}"
    );
    assert!(
        scan.routes.len() > 100,
        "the scan found the routes: {}",
        scan.routes.len()
    );
}

#[test]
fn the_scan_reads_methods_chains_and_closures() {
    let cases = [
        ("get(a::b).post(c)) ", vec!["GET", "POST"], "a chain"),
        (
            "get(|| async { Redirect::permanent(\"/x/\") }))",
            vec!["GET"],
            "a closure with a string",
        ),
        ("axum::routing::delete(h))", vec!["DELETE"], "a full path"),
    ];
    for (expression, expected, why) in cases {
        let (methods, unknown, _) = methods_of(expression.as_bytes(), 0);
        assert_eq!(methods, expected, "{why}");
        assert!(unknown.is_empty(), "{why}: {unknown:?}");
    }
    let (_, unknown, _) = methods_of(b"any(h))", 0);
    assert_eq!(unknown, ["any"], "`any` is refused: the table names methods");
}
