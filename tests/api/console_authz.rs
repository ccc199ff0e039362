//! Every console route × every role and no session: allowed, 403, or the sign-in redirect.
//! The policy is `kontaktpunkt::auth::can`; this walks the real routes so a handler that
//! forgets to ask it is caught. POSTs carry a valid CSRF token, so a refusal here is the
//! role's, not the token's.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp};

/// Who may call a route.
#[derive(Clone, Copy, Debug)]
enum Needs {
    /// handler, supervisor, admin (queue, cases, replies, case work).
    Staff,
    /// supervisor, admin.
    Supervise,
    /// admin.
    Administer,
    /// auditor, admin.
    Audit,
}

impl Needs {
    fn allows(self, role: &str) -> bool {
        match self {
            Self::Staff => matches!(role, "handler" | "supervisor" | "admin"),
            Self::Supervise => matches!(role, "supervisor" | "admin"),
            Self::Administer => role == "admin",
            Self::Audit => matches!(role, "auditor" | "admin"),
        }
    }
}

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
            ("consent_to_share", "true"),
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
    let template = one(&app, "select id from reply_templates order by name limit 1").await;
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

    let c = format!("/console/cases/{case}");
    let routes: Vec<(&str, String, Needs)> = vec![
        ("GET", "/console/".into(), Needs::Staff),
        ("GET", "/console/events".into(), Needs::Staff),
        ("GET", "/console/audit".into(), Needs::Audit),
        ("GET", "/console/overrides".into(), Needs::Supervise),
        ("GET", "/console/phone".into(), Needs::Staff),
        ("POST", "/console/phone".into(), Needs::Staff),
        ("GET", "/console/phone/done/no-such-ticket".into(), Needs::Staff),
        ("GET", c.clone(), Needs::Staff),
        ("POST", format!("{c}/claim"), Needs::Staff),
        ("POST", format!("{c}/release"), Needs::Staff),
        ("POST", format!("{c}/take-over"), Needs::Supervise),
        ("POST", format!("{c}/reply"), Needs::Staff),
        ("POST", format!("{c}/template"), Needs::Staff),
        ("POST", format!("{c}/override"), Needs::Staff),
        ("POST", format!("{c}/facts"), Needs::Staff),
        ("POST", format!("{c}/callback/attempt"), Needs::Staff),
        ("POST", format!("{c}/referrals"), Needs::Staff),
        ("POST", format!("{c}/referrals/{referral}/withdraw"), Needs::Staff),
        ("POST", format!("{c}/mandatory-report"), Needs::Staff),
        ("POST", format!("{c}/protect"), Needs::Staff),
        ("POST", format!("{c}/unprotect"), Needs::Supervise),
        ("POST", format!("{c}/protect/grant"), Needs::Supervise),
        ("POST", format!("{c}/protect/revoke"), Needs::Supervise),
        ("POST", format!("{c}/close"), Needs::Staff),
        ("POST", format!("{c}/reopen"), Needs::Staff),
        ("GET", "/console/templates".into(), Needs::Supervise),
        ("GET", "/console/templates/new".into(), Needs::Supervise),
        ("POST", "/console/templates/new".into(), Needs::Supervise),
        ("GET", format!("/console/templates/{template}"), Needs::Supervise),
        ("POST", format!("/console/templates/{template}"), Needs::Supervise),
        (
            "POST",
            format!("/console/templates/{template}/delete"),
            Needs::Supervise,
        ),
        ("GET", "/console/users".into(), Needs::Administer),
        (
            "POST",
            format!("/console/users/{victim}/disable"),
            Needs::Administer,
        ),
        (
            "POST",
            format!("/console/users/{victim}/enable"),
            Needs::Administer,
        ),
        (
            "POST",
            format!("/console/users/{victim}/unlock"),
            Needs::Administer,
        ),
        (
            "GET",
            format!("/console/users/{victim}/second-factor"),
            Needs::Administer,
        ),
        (
            "POST",
            format!("/console/users/{victim}/second-factor"),
            Needs::Administer,
        ),
        ("GET", "/console/chats".into(), Needs::Staff),
        ("GET", "/console/chats/no-such-chat".into(), Needs::Staff),
        ("GET", "/console/chats/no-such-chat/ws".into(), Needs::Staff),
        ("POST", "/console/chats/no-such-chat/accept".into(), Needs::Staff),
        ("POST", "/console/chats/no-such-chat/message".into(), Needs::Staff),
        (
            "POST",
            "/console/chats/no-such-chat/transfer".into(),
            Needs::Staff,
        ),
        ("POST", "/console/chats/no-such-chat/end".into(), Needs::Staff),
        ("POST", "/console/chats/no-such-chat/block".into(), Needs::Staff),
        ("GET", "/console/outbox".into(), Needs::Supervise),
        (
            "POST",
            "/console/outbox/no-such-delivery/replay".into(),
            Needs::Supervise,
        ),
        ("GET", "/console/webhooks".into(), Needs::Administer),
        ("POST", "/console/webhooks".into(), Needs::Administer),
        (
            "POST",
            "/console/webhooks/no-such-hook/disable".into(),
            Needs::Administer,
        ),
        (
            "POST",
            "/console/webhooks/no-such-hook/enable".into(),
            Needs::Administer,
        ),
        (
            "POST",
            "/console/webhooks/no-such-hook/delete".into(),
            Needs::Administer,
        ),
        ("GET", "/console/api-tokens".into(), Needs::Administer),
        ("POST", "/console/api-tokens".into(), Needs::Administer),
        (
            "POST",
            "/console/api-tokens/no-such-token/revoke".into(),
            Needs::Administer,
        ),
        ("GET", "/console/rules".into(), Needs::Administer),
        ("POST", "/console/rules/reload".into(), Needs::Administer),
    ];
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
