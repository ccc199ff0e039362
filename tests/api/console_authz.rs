//! Every console route of the authorization table (`route_table::TABLE`, staff rows) ×
//! every role and no session: allowed, 403, or the sign-in redirect. The policy is
//! `kontaktpunkt::auth::can`; this walks the real routes so a handler that forgets to ask
//! it is caught. POSTs carry a valid CSRF token, so a refusal here is the role's, not the
//! token's.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp};
use crate::route_table::{Who, rows};

const ROLES: [&str; 5] = ["handler", "supervisor", "admin", "auditor", "municipality"];

async fn one(app: &TestApp, sql: &'static str) -> String {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(sql)
        .fetch_one(pool)
        .await
        .unwrap())
}

#[tokio::test]
async fn every_console_route_answers_every_role_and_no_session_as_the_policy_says() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("age_band", "15_17"),
            ("threat", "serious"),
            ("municipality", "1280"),
            ("consent_for", "social_services"),
            ("message", "authz"),
        ],
    )
    .await;
    let case = app.newest_enquiry_id().await;
    // Somebody to administer, who is not one of the callers.
    app.create_user("handler", "victim", &[]).await;
    let victim = one(&app, "select id from users where name = 'victim'").await;
    let mut clients = Vec::new();
    for role in ROLES {
        let name = format!("authz-{role}");
        let secret = app.create_user(role, &name, &[]).await;
        let (client, answer) = app.sign_in(&name, PASSWORD, &app.code(&secret)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{role} signs in");
        clients.push((role, client));
    }
    // A template to address (the shipped ones load on the first templates page view).
    let admin = &clients[2].1;
    assert_eq!(
        app.get_as(admin, "/console/templates").await.status,
        StatusCode::OK
    );
    let template_id = one(&app, "select id from reply_templates order by name limit 1").await;
    // A referral to address.
    let referred = app
        .post_as(
            admin,
            &format!("/console/cases/{case}"),
            &format!("/console/cases/{case}/referrals"),
            &[
                ("org", "socialtjanst:1280"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "form"),
            ],
        )
        .await;
    assert_eq!(referred.status, StatusCode::SEE_OTHER, "{}", referred.body);
    let referral = one(&app, "select id from referrals limit 1").await;

    // The staff rows of the table, with a case, referral, template and user to address
    // (anything else addressed by an id that does not exist: the role decides first).
    let routes: Vec<(&str, String, _)> = rows(|who| matches!(who, Who::Staff(_)))
        .map(|(method, template, who)| {
            let Who::Staff(needs) = who else { unreachable!() };
            let id = if template.starts_with("/console/cases/") {
                case.as_str()
            } else if template.starts_with("/console/templates/") {
                template_id.as_str()
            } else if template.starts_with("/console/users/") {
                victim.as_str()
            } else {
                "no-such-id"
            };
            let path = template
                .replace("{id}", id)
                .replace("{rid}", &referral)
                .replace("{ticket}", "no-such-ticket");
            (method, path, needs)
        })
        .collect();
    assert!(routes.len() > 50, "the console's rows: {}", routes.len());
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let mut wrong = Vec::new();
    for (method, path, needs) in &routes {
        for (role, client) in clients.iter().map(|(r, c)| (*r, c)).chain([("none", &anonymous)]) {
            let status = if *method == "GET" && path == "/console/events" {
                // A stream: the answer's head is enough.
                let answer = client.get(app.url(path)).send().await.unwrap();
                (answer.status(), answer.headers().get("location").cloned())
            } else if *method == "GET" {
                let answer = app.get_as(client, path).await;
                (answer.status, answer.headers.get("location").cloned())
            } else {
                // A valid CSRF pair from a public form, so only the role decides.
                let answer = app.post_as(client, "/sv/enquiry", path, &[]).await;
                (answer.status, answer.headers.get("location").cloned())
            };
            let (status, location) = status;
            let to_sign_in =
                status == StatusCode::SEE_OTHER && location.as_ref().is_some_and(|l| l == "/console/sign-in");
            let ok = if role == "none" {
                to_sign_in
            } else if needs.allows(role) {
                status != StatusCode::FORBIDDEN && !to_sign_in && !status.is_server_error()
            } else {
                status == StatusCode::FORBIDDEN
            };
            if !ok {
                wrong.push(format!("{role:>12} {method} {path}: {status} {location:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "answers against the policy:\n{}",
        wrong.join("\n")
    );

    // Signing out ends any role's session.
    for (role, client) in &clients {
        let out = app.post_as(client, "/sv/enquiry", "/console/sign-out", &[]).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER, "{role} signs out");
        let after = app.get_as(client, "/console/").await;
        assert_eq!(after.location(), "/console/sign-in", "{role} is signed out");
    }
}
