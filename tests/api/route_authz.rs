//! The authorization table's rows for everyone, the municipality inbox and the municipal
//! API, walked against the running server (the console's rows: `console_authz`). Anyone's
//! routes answer without a session; inbox routes answer a municipality user, refuse staff
//! with 403 and send no session to a sign-in page; API routes answer a token with the
//! scope, refuse another scope with 403 and no token (a staff session is none) with 401.

use reqwest::StatusCode;

use crate::helpers::{Answer, PASSWORD, TestApp};
use crate::route_table::{Scope, Who, rows};

const STAFF: [&str; 4] = ["handler", "supervisor", "admin", "auditor"];

/// A client with its own cookies and redirects off.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// A signed-in client of `role` (a municipality user is bound to 1280).
async fn signed_in(app: &TestApp, role: &str) -> reqwest::Client {
    let name = format!("walk-{role}");
    let codes: &[&str] = if role == "municipality" { &["1280"] } else { &[] };
    let secret = app.create_user(role, &name, codes).await;
    let (client, answer) = app.sign_in(&name, PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{role} signs in");
    client
}

/// A case in 1280 referred to its social services; returns the referral's id.
async fn referral_to_1280(app: &TestApp, handler: &reqwest::Client) -> String {
    app.send_enquiry(
        "sv",
        &[
            ("age_band", "21_25"),
            ("threat", "serious"),
            ("municipality", "1280"),
            ("consent_for", "social_services"),
            ("message", "walk"),
        ],
    )
    .await;
    let case = app.newest_enquiry_id().await;
    let page = format!("/console/cases/{case}");
    let referred = app
        .post_as(
            handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", "socialtjanst:1280"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "form"),
            ],
        )
        .await;
    assert_eq!(referred.status, StatusCode::SEE_OTHER, "{}", referred.body);
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from referrals limit 1"
    )
    .fetch_one(pool)
    .await
    .unwrap())
}

/// A path of a template: the referral for `{id}`, harmless values elsewhere.
fn path_of(template: &str, referral: &str) -> String {
    template
        .replace("{lang}", "sv")
        .replace("{page}", "about")
        .replace("{name}", "no-such-file.css")
        .replace("{token}", "no-such-chat")
        .replace("{ticket}", "no-such-ticket")
        .replace("{step}", "question")
        .replace("{id}", referral)
}

/// A request as a browser sends it: GET, or POST with a valid CSRF pair and no fields.
async fn browse(app: &TestApp, client: &reqwest::Client, method: &str, path: &str) -> Answer {
    if method == "GET" {
        app.get_as(client, path).await
    } else {
        app.post_as(client, "/sv/enquiry", path, &[]).await
    }
}

fn to_sign_in(answer: &Answer) -> bool {
    answer.status == StatusCode::SEE_OTHER
        && answer
            .headers
            .get("location")
            .is_some_and(|l| l.to_str().unwrap_or_default().ends_with("/sign-in"))
}

/// Allowed: not refused, not sent to sign in, no server error.
fn answered(answer: &Answer) -> bool {
    !matches!(answer.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
        && !to_sign_in(answer)
        && !answer.status.is_server_error()
}

#[tokio::test]
async fn anyones_routes_answer_without_a_session() {
    let app = TestApp::spawn().await;
    let nobody = client();
    let mut wrong = Vec::new();
    for (method, template, _) in rows(|who| who == Who::Anyone) {
        let path = path_of(template, "no-such-referral");
        let answer = if template.starts_with("/api/") {
            let request = if method == "GET" {
                nobody.get(app.url(&path))
            } else {
                nobody.post(app.url(&path)).json(&serde_json::json!({}))
            };
            app.send(request).await
        } else {
            browse(&app, &nobody, method, &path).await
        };
        if !answered(&answer) {
            wrong.push(format!("{method} {path}: {}", answer.status));
        }
    }
    assert!(wrong.is_empty(), "refused with no session:\n{}", wrong.join("\n"));
}

#[tokio::test]
async fn sign_in_and_out_take_anyone_and_lead_to_the_sign_in_page() {
    let app = TestApp::spawn().await;
    let nobody = client();
    let mut wrong = Vec::new();
    for (method, path, _) in rows(|who| who == Who::SignInOut) {
        let answer = browse(&app, &nobody, method, path).await;
        let ok = match method {
            "GET" => answer.status == StatusCode::OK,
            _ if path.ends_with("/sign-in") => answer.status == StatusCode::UNAUTHORIZED,
            _ => to_sign_in(&answer),
        };
        if !ok {
            wrong.push(format!("{method} {path}: {}", answer.status));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn inbox_routes_answer_a_municipality_user_refuse_staff_and_send_nobody_to_sign_in() {
    // Arrange
    let app = TestApp::spawn().await;
    let mut clients = vec![("municipality", signed_in(&app, "municipality").await)];
    for role in STAFF {
        clients.push((role, signed_in(&app, role).await));
    }
    clients.push(("none", client()));
    let referral = referral_to_1280(&app, &clients[1].1).await;
    let routes: Vec<_> = rows(|who| who == Who::Municipality).collect();
    assert!(routes.len() >= 8, "the inbox's rows: {routes:?}");

    // Act
    let mut wrong = Vec::new();
    for (method, template, _) in routes {
        let path = path_of(template, &referral);
        for (role, client) in &clients {
            let answer = browse(&app, client, method, &path).await;
            let ok = match *role {
                "municipality" => answered(&answer),
                "none" => to_sign_in(&answer) && answer.location() == "/inbox/sign-in",
                _ => answer.status == StatusCode::FORBIDDEN,
            };
            if !ok {
                wrong.push(format!(
                    "{role:>12} {method} {path}: {} {:?}",
                    answer.status,
                    answer.headers.get("location")
                ));
            }
        }
    }

    // Assert
    assert!(
        wrong.is_empty(),
        "answers against the table:\n{}",
        wrong.join("\n")
    );
}

/// Issues a token for `user` with `scopes` through the console's form; returns it.
async fn issue(app: &TestApp, admin: &reqwest::Client, user: &str, scopes: &[&str]) -> String {
    let mut fields = vec![("user", user), ("label", "Walk"), ("days", "30")];
    fields.extend(scopes.iter().map(|s| ("scopes", *s)));
    let page = app
        .post_as(admin, "/console/api-tokens", "/console/api-tokens", &fields)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let marker = "id=\"api-token\">";
    let start = page.body.find(marker).expect("the token is shown") + marker.len();
    page.body[start..].split('<').next().unwrap().trim().to_owned()
}

#[tokio::test]
async fn api_routes_answer_a_token_with_the_scope_refuse_another_and_no_token() {
    // Arrange
    let app = TestApp::spawn().await;
    let admin = signed_in(&app, "admin").await;
    let handler = signed_in(&app, "handler").await;
    let referral = referral_to_1280(&app, &handler).await;
    app.create_user("municipality", "walk-api", &["1280"]).await;
    let user = app.user_id("walk-api").await;
    let read = issue(&app, &admin, &user, &["referrals:read"]).await;
    let write = issue(&app, &admin, &user, &["referrals:write"]).await;
    let routes: Vec<_> = rows(|who| matches!(who, Who::Token(_))).collect();
    assert!(routes.len() >= 8, "the API's rows: {routes:?}");

    // Act
    let mut wrong = Vec::new();
    for (n, (method, template, who)) in routes.into_iter().enumerate() {
        let Who::Token(needs) = who else { unreachable!() };
        let path = path_of(template, &referral);
        let callers: [(&str, Option<&str>, &reqwest::Client); 4] = [
            ("read token", Some(&read), &app.client),
            ("write token", Some(&write), &app.client),
            ("no token", None, &app.client),
            ("admin session", None, &admin),
        ];
        for (caller, token, client) in callers {
            let mut request = if method == "GET" {
                client.get(app.url(&path))
            } else {
                client
                    .post(app.url(&path))
                    .header("idempotency-key", format!("walk-{n}-{caller}"))
                    .json(&serde_json::json!({}))
            };
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let answer = app.send(request).await;
            let expected_ok = match (caller, needs) {
                ("read token", Scope::Read) | ("write token", Scope::Write) => answered(&answer),
                ("read token" | "write token", _) => answer.status == StatusCode::FORBIDDEN,
                _ => answer.status == StatusCode::UNAUTHORIZED,
            };
            if !expected_ok {
                wrong.push(format!("{caller:>13} {method} {path}: {}", answer.status));
            }
        }
    }

    // Assert
    assert!(
        wrong.is_empty(),
        "answers against the table:\n{}",
        wrong.join("\n")
    );
}
