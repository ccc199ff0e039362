//! The referral inbox: scope (organisation A sees nothing of B), withdrawal,
//! every step and state with its refusals, decline back to the console queue, forwards and
//! questions sealed at rest, reasons only on consented facts, consultations into the
//! queue, sign-in landing and who may enter at all.

use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::referral::recipient::{self as service, Page, RecipientError, Scope};
use kontaktpunkt::referral::{ReferralAction, ReferralState, events};
use reqwest::StatusCode;

use crate::helpers::{Answer, PASSWORD, TestApp, csrf_token};

/// Sends an enquiry through the public form and returns its case id.
async fn case_with(app: &TestApp, fields: &[(&str, &str)]) -> String {
    // A second apart, so "the newest" is this one.
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry("sv", fields).await;
    app.newest_enquiry_id().await
}

/// An adult under a serious threat in `municipality`, who consented on the form to every
/// kind of recipient it asks about, and to their words.
async fn adult_case(app: &TestApp, municipality: &str, message: &str) -> String {
    case_with(
        app,
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", municipality),
            ("environment", "criminal_network"),
            ("threat", "serious"),
            ("needs", "housing"),
            ("consent_for", "social_services"),
            ("consent_for", "programme"),
            ("consent_for", "police"),
            ("consent_for", "words"),
            ("wants_contact", "true"),
            ("message", message),
        ],
    )
    .await
}

/// Refers case `id` to `org` sharing `categories` (form consent) with a note; returns the
/// referral's id. Driven through the console's own form, as a handler.
async fn refer(
    app: &TestApp,
    handler: &reqwest::Client,
    id: &str,
    org: &str,
    categories: &[&str],
    note: &str,
) -> String {
    // A second apart, so "the newest referral" of the case is this one.
    app.clock.advance(time::Duration::seconds(1));
    let page = format!("/console/cases/{id}");
    let mut fields = vec![
        ("org", org),
        ("kind", "referral"),
        ("consent_how", "form"),
        ("note", note),
    ];
    fields.extend(categories.iter().map(|c| ("categories", *c)));
    let answer = app
        .post_as(handler, &page, &format!("{page}/referrals"), &fields)
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "referred: {}", answer.body);
    one(
        app,
        "select id from referrals where enquiry_id = $1 order by created_at desc, id limit 1",
        id,
    )
    .await
}

/// One text column of one row.
async fn one(app: &TestApp, sql: &'static str, bind: &str) -> String {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(sql)
        .bind(bind)
        .fetch_one(pool)
        .await
        .unwrap())
}

/// A municipality user bound to `codes`, signed in through the inbox's own sign-in page;
/// returns the client, the answer to the sign-in and the user's id.
async fn municipality(app: &TestApp, name: &str, codes: &[&str]) -> (reqwest::Client, Answer, String) {
    let secret = app.create_user("municipality", name, codes).await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = app.get_as(&client, "/inbox/sign-in").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("action=\"/inbox/sign-in\""));
    let token = csrf_token(&page.body);
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("_csrf", token.as_str()),
            ("name", name),
            ("password", PASSWORD),
            ("code", app.code(&secret).as_str()),
        ])
        .finish();
    let answer = app
        .send(
            client
                .post(app.url("/inbox/sign-in"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await;
    let id = one(app, "select id from users where name = $1", name).await;
    (client, answer, id)
}

/// Posts step `step` on referral `rid`, with the CSRF token from the list page (so a
/// referral the user cannot see gets a real try).
async fn step(
    app: &TestApp,
    client: &reqwest::Client,
    rid: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> Answer {
    app.post_as(
        client,
        "/inbox/",
        &format!("/inbox/referrals/{rid}/{step}"),
        fields,
    )
    .await
}

/// The referral's status and the number of steps recorded on it.
async fn progress(app: &TestApp, rid: &str) -> (String, i64) {
    let status = one(app, "select status from referrals where id = $1", rid).await;
    let steps: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from referral_events where referral_id = $1"
    )
    .bind(rid)
    .fetch_one(pool)
    .await
    .unwrap());
    (status, steps)
}

/// Audit details of one action on a case, oldest first.
async fn audited(app: &TestApp, action: &str, case: &str) -> Vec<String> {
    let mut details: Vec<String> = kontaktpunkt::audit::recent(app.state.db(), 500, Some(action))
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.case_id.as_deref() == Some(case))
        .map(|r| r.detail)
        .collect();
    details.reverse();
    details
}

/// Every byte of the database (SQLite), or the inbox's tables as JSON (PostgreSQL).
async fn raw_text(app: &TestApp) -> String {
    if let Some(path) = app.database_url.strip_prefix("sqlite://") {
        let mut bytes = Vec::new();
        for suffix in ["", "-wal", "-shm"] {
            if let Ok(b) = std::fs::read(format!("{path}{suffix}")) {
                bytes.extend(b);
            }
        }
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    let pool = sqlx::PgPool::connect(&app.database_url).await.unwrap();
    let mut out = String::new();
    for table in [
        "referrals",
        "referral_events",
        "inbox_consultations",
        "enquiries",
        "audit_log",
    ] {
        let sql = sqlx::AssertSqlSafe(format!("select row_to_json(t)::text from {table} t"));
        for row in sqlx::query_scalar::<_, String>(sql)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            out.push_str(&row);
        }
    }
    out
}

#[tokio::test]
async fn sign_in_lands_municipality_users_in_the_inbox_and_no_one_else_gets_in() {
    let app = TestApp::spawn().await;

    // Anonymous: to the inbox's own sign-in page.
    for path in ["/inbox/", "/inbox/referrals/x", "/inbox/consultation"] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(answer.location(), "/inbox/sign-in", "{path}");
    }

    let (client, answer, _) = municipality(&app, "malmo-inbox", &["1280"]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(
        answer.location(),
        "/inbox/",
        "a municipality user lands in the inbox"
    );
    let list = app.get_as(&client, "/inbox/").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Remisser till er"));
    assert!(
        list.body.contains("Malmö"),
        "the page names the user's municipality"
    );
    assert_eq!(
        app.get_as(&client, "/console/").await.status,
        StatusCode::FORBIDDEN
    );

    // Through the console's sign-in page too.
    let secret = app.create_user("municipality", "lund-inbox", &["1281"]).await;
    let (_, answer) = app.sign_in("lund-inbox", PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.location(), "/inbox/");

    // Staff sign in to the console, also from the inbox's page, and may not enter the inbox.
    let secret = app.create_user("handler", "a-handler", &[]).await;
    let (_, answer) = app.sign_in("a-handler", PASSWORD, &app.code(&secret)).await;
    assert_eq!(answer.location(), "/console/");
    for role in ["handler", "supervisor", "admin", "auditor"] {
        let staff = app.staff(role).await;
        for path in ["/inbox/", "/inbox/referrals/x", "/inbox/consultation"] {
            assert_eq!(
                app.get_as(&staff, path).await.status,
                StatusCode::FORBIDDEN,
                "{role} {path}"
            );
        }
        let answer = app
            .post_as(&staff, "/console/", "/inbox/referrals/x/accept", &[])
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{role} posts");
    }

    // A failed sign-in on the inbox page answers on the inbox page.
    app.create_user("municipality", "wrong-code", &["1280"]).await;
    let stranger = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let fields = [("name", "wrong-code"), ("password", PASSWORD), ("code", "000000")];
    let failed = app
        .post_as(&stranger, "/inbox/sign-in", "/inbox/sign-in", &fields)
        .await;
    assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    assert!(failed.body.contains("action=\"/inbox/sign-in\""));

    // Sign-out ends the session and returns to the inbox's sign-in.
    let out = app.post_as(&client, "/inbox/", "/inbox/sign-out", &[]).await;
    assert_eq!(out.location(), "/inbox/sign-in");
    assert_eq!(app.get_as(&client, "/inbox/").await.status, StatusCode::SEE_OTHER);
    let signed_in = kontaktpunkt::audit::recent(app.state.db(), 100, Some("sign_in"))
        .await
        .unwrap();
    assert!(
        signed_in.iter().any(|r| r.detail == "municipality"),
        "sign-ins are audited"
    );
}

#[tokio::test]
async fn municipality_a_sees_nothing_of_municipality_b() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let malmo_case = adult_case(&app, "1280", "malmo-words").await;
    let malmo = refer(
        &app,
        &handler,
        &malmo_case,
        "programme:exempel-malmo",
        &["basic", "needs"],
        "note-a",
    )
    .await;
    let gbg_case = adult_case(&app, "1480", "goteborg-words").await;
    let gbg = refer(
        &app,
        &handler,
        &gbg_case,
        "socialtjanst:1480",
        &["basic", "message"],
        "note-b-secret",
    )
    .await;
    let (a, _, a_id) = municipality(&app, "malmo", &["programme:exempel-malmo"]).await;
    let (b, _, _) = municipality(&app, "goteborg", &["1480"]).await;

    // By the list page.
    let list = app.get_as(&a, "/inbox/").await;
    assert!(list.body.contains(&format!("/inbox/referrals/{malmo}")));
    assert!(!list.body.contains(&gbg), "B's referral is not listed for A");
    let list = app.get_as(&b, "/inbox/").await;
    assert!(list.body.contains(&format!("/inbox/referrals/{gbg}")));
    assert!(!list.body.contains(&malmo));
    // Paging from B's id reveals nothing either.
    let paged = app.get_as(&a, &format!("/inbox/?after={gbg}")).await;
    assert_eq!(paged.status, StatusCode::OK);
    assert!(!paged.body.contains("/inbox/referrals/"));

    // By the referral page, and by guessing ids: the same 404.
    let mine = app.get_as(&a, &format!("/inbox/referrals/{malmo}")).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("note-a"));
    for guess in [gbg.clone(), uuid::Uuid::new_v4().to_string(), "1".to_owned()] {
        let answer = app.get_as(&a, &format!("/inbox/referrals/{guess}")).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{guess}");
        assert!(!answer.body.contains("note-b-secret") && !answer.body.contains("goteborg-words"));
    }

    // By posting steps on B's referral: 404, and nothing changes.
    let before = progress(&app, &gbg).await;
    for (name, fields) in [
        ("accept", vec![]),
        ("decline", vec![("reason", "not ours")]),
        ("forward", vec![("to_org", "programme:exempel-malmo")]),
        ("question", vec![("text", "who is this?")]),
        ("state", vec![("state", "assessment")]),
        ("first-contact", vec![("at", "2026-11-23T10:30")]),
    ] {
        let answer = step(&app, &a, &gbg, name, &fields).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{name}");
    }
    assert_eq!(progress(&app, &gbg).await, before, "B's referral is untouched");
    assert_eq!(before, ("sent".to_owned(), 0));

    // By the service the JSON API calls.
    let scope = service::scope_for(app.state.db(), &a_id).await.unwrap();
    assert_eq!(scope.orgs, ["programme:exempel-malmo"]);
    let listed = service::list(&app.state, &scope, None, &Page::default())
        .await
        .unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        [malmo.as_str()]
    );
    assert!(matches!(
        service::get(&app.state, &scope, &gbg).await,
        Err(RecipientError::NotFound)
    ));
    let act = service::act(&app.state, &scope, &a_id, &gbg, ReferralAction::Accept).await;
    assert!(matches!(act, Err(RecipientError::NotFound)));
    let nobody = Scope {
        user_id: a_id.clone(),
        orgs: Vec::new(),
    };
    assert!(
        service::list(&app.state, &nobody, None, &Page::default())
            .await
            .unwrap()
            .is_empty()
    );
    let staff_id = one(&app, "select id from users where role = $1", "handler").await;
    assert!(matches!(
        service::scope_for(app.state.db(), &staff_id).await,
        Err(RecipientError::Forbidden)
    ));

    // A programme is its own organisation: Lund's social services do not see its
    // referral although the programme covers Lund (tests/api/org_inbox.rs goes further).
    let (lund, _, _) = municipality(&app, "lund-social", &["1281"]).await;
    let list = app.get_as(&lund, "/inbox/").await;
    assert!(
        !list.body.contains(&malmo),
        "Lund's social services do not see the programme's referral"
    );
    assert!(!list.body.contains(&gbg));
}

#[tokio::test]
async fn a_withdrawn_referral_disappears_from_the_inbox() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let case = adult_case(&app, "1280", "withdraw-words").await;
    let rid = refer(&app, &handler, &case, "socialtjanst:1280", &["basic"], "").await;
    let (a, _, _) = municipality(&app, "malmo", &["1280"]).await;
    assert!(app.get_as(&a, "/inbox/").await.body.contains(&rid));

    let page = format!("/console/cases/{case}");
    let answer = app
        .post_as(&handler, &page, &format!("{page}/referrals/{rid}/withdraw"), &[])
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);

    assert!(!app.get_as(&a, "/inbox/").await.body.contains(&rid));
    assert_eq!(
        app.get_as(&a, &format!("/inbox/referrals/{rid}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        step(&app, &a, &rid, "accept", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(progress(&app, &rid).await, ("sent".to_owned(), 0));
}

#[tokio::test]
async fn the_case_moves_through_every_state_and_illegal_steps_are_refused() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let case = adult_case(&app, "1280", "steps-words").await;
    let rid = refer(
        &app,
        &handler,
        &case,
        "programme:exempel-malmo",
        &["basic", "threat"],
        "",
    )
    .await;
    let (a, _, _) = municipality(&app, "malmo", &["programme:exempel-malmo"]).await;

    // Before accepting, no state can be set.
    let early = step(&app, &a, &rid, "state", &[("state", "active")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(early.body.contains("Det går inte i det läge remissen har nu"));
    // Nor can housing be recorded: refused, and the typed time is kept on the page.
    let early = step(&app, &a, &rid, "housing", &[("at", "2026-11-23T10:07")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early
            .body
            .contains(&format!("action=\"/inbox/referrals/{rid}/housing\""))
    );
    assert!(
        early.body.contains("value=\"2026-11-23T10:07\""),
        "the typed time is kept"
    );
    assert_eq!(progress(&app, &rid).await, ("sent".to_owned(), 0));

    app.clock.advance(time::Duration::hours(3));
    let answer = step(&app, &a, &rid, "accept", &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location(), format!("/inbox/referrals/{rid}#steps"));
    assert_eq!(
        step(&app, &a, &rid, "accept", &[]).await.status,
        StatusCode::CONFLICT,
        "once"
    );

    // Skipping a state is refused; the typed value is not lost, the state stays.
    let skip = step(&app, &a, &rid, "state", &[("state", "active")]).await;
    assert_eq!(skip.status, StatusCode::CONFLICT);
    assert!(skip.body.contains("Mottagen"));
    let junk = step(&app, &a, &rid, "state", &[("state", "flying")]).await;
    assert_eq!(junk.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(junk.body.contains("Välj ett av lägena."));

    // Contact times: checked, then recorded once.
    let future = step(&app, &a, &rid, "coordinator", &[("at", "2099-01-01T10:00")]).await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(future.body.contains("2099-01-01T10:00"), "the typed time is kept");
    assert!(future.body.contains("Tiden kan inte ligga i framtiden."));
    let garbled = step(&app, &a, &rid, "first-contact", &[("at", "tomorrow-ish")]).await;
    assert_eq!(garbled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(garbled.body.contains("tomorrow-ish"));
    let before = step(&app, &a, &rid, "first-contact", &[("at", "2020-01-01T10:00")]).await;
    assert!(before.body.contains("Tiden kan inte ligga före remissen."));
    // Housing: the same checks, with the typed time kept and the field marked.
    let garbled = step(&app, &a, &rid, "housing", &[("at", "next-week-maybe")]).await;
    assert_eq!(garbled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        garbled.body.contains("value=\"next-week-maybe\""),
        "the typed time is kept"
    );
    assert!(
        garbled.body.contains("href=\"#i-housing-at\""),
        "the summary links the field"
    );
    assert!(garbled.body.contains("id=\"i-housing-at\" name=\"at\""));
    assert!(garbled.body.contains("aria-invalid=\"true\""));
    let future = step(&app, &a, &rid, "housing", &[("at", "2099-02-01T09:15")]).await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        future.body.contains("value=\"2099-02-01T09:15\""),
        "the typed time is kept"
    );
    assert!(future.body.contains("Tiden kan inte ligga i framtiden."));
    let before = step(&app, &a, &rid, "housing", &[("at", "2020-01-01T10:00")]).await;
    assert_eq!(before.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(before.body.contains("Tiden kan inte ligga före remissen."));
    assert_eq!(
        progress(&app, &rid).await,
        ("accepted".to_owned(), 1),
        "nothing recorded"
    );

    app.clock.advance(time::Duration::hours(1));
    let now = kontaktpunkt::clock::Clock::now(app.clock.as_ref());
    let local = kontaktpunkt::clock::stockholm(now)
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]"
        ))
        .unwrap();
    let steps_page = format!("/inbox/referrals/{rid}#steps");
    for name in ["coordinator", "first-contact"] {
        let answer = step(&app, &a, &rid, name, &[("at", &local)]).await;
        assert_eq!(answer.location(), steps_page, "{name}");
    }
    let again = step(&app, &a, &rid, "first-contact", &[("at", &local)]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "recorded once");
    assert!(again.body.contains("Det är redan antecknat."));

    // Housing arranged later the same day, once; the form is gone once it is recorded.
    app.clock.advance(time::Duration::minutes(45));
    let page = app.get_as(&a, &format!("/inbox/referrals/{rid}")).await;
    assert!(
        page.body.contains("/housing\""),
        "housing is offered once accepted"
    );
    let housed = kontaktpunkt::clock::stockholm(kontaktpunkt::clock::Clock::now(app.clock.as_ref()))
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]"
        ))
        .unwrap();
    let answer = step(&app, &a, &rid, "housing", &[("at", &housed)]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location(), steps_page, "housing");
    let again = step(&app, &a, &rid, "housing", &[("at", &housed)]).await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "housing is recorded once"
    );
    assert!(again.body.contains("Det är redan antecknat."));
    assert!(
        again.body.contains(&format!("value=\"{housed}\"")),
        "the typed time is kept"
    );
    let page = app.get_as(&a, &format!("/inbox/referrals/{rid}")).await;
    assert!(!page.body.contains("/housing\""), "no second housing form");
    assert!(page.body.contains("Boende ordnat för personen"));

    for state in ["assessment", "case_opened", "active", "completed"] {
        // Within the working day's session.
        app.clock.advance(time::Duration::minutes(30));
        let answer = step(&app, &a, &rid, "state", &[("state", state)]).await;
        assert_eq!(
            answer.location(),
            format!("/inbox/referrals/{rid}#steps"),
            "{state}"
        );
        assert_eq!(progress(&app, &rid).await.0, state);
    }

    // A completed case takes no more steps; a refused decline keeps its text on the page.
    let late = step(&app, &a, &rid, "decline", &[("reason", "late-reason-kept")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("late-reason-kept"));
    assert!(late.body.contains("Avslutad"));
    assert_eq!(
        step(&app, &a, &rid, "question", &[("text", "q")]).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        step(&app, &a, &rid, "nonsense", &[]).await.status,
        StatusCode::NOT_FOUND
    );

    // Summary times for follow-up, and one event per step.
    let (created, accepted, coordinator, first, housing, closed): (i64, i64, i64, i64, i64, i64) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select created_at, accepted_at, coordinator_contacted_at, first_contact_at, housing_at, \
             closed_at from referrals where id = $1"
        )
        .bind(&rid)
        .fetch_one(pool)
        .await
        .unwrap());
    assert_eq!(accepted - created, 3 * 60 * 60 * 1000, "time to accept");
    assert!(first >= accepted && coordinator == first);
    assert_eq!(
        housing - first,
        45 * 60 * 1000,
        "time from first contact to housing"
    );
    assert!(closed > housing);
    let kinds: Vec<(String, String)> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select kind, to_status from referral_events where referral_id = $1 order by seq"
    )
    .bind(&rid)
    .fetch_all(pool)
    .await
    .unwrap());
    let kinds: Vec<(&str, &str)> = kinds.iter().map(|(k, s)| (k.as_str(), s.as_str())).collect();
    assert_eq!(
        kinds,
        [
            ("accept", "accepted"),
            ("coordinator_contacted", "accepted"),
            ("first_contact", "accepted"),
            ("housing", "accepted"),
            ("state", "assessment"),
            ("state", "case_opened"),
            ("state", "active"),
            ("state", "completed"),
        ]
    );
    assert_eq!(progress(&app, &rid).await.0, "completed");

    // Audited: each look and each step, with codes as detail.
    let claims: Vec<String> = audited(&app, "claim", &case)
        .await
        .into_iter()
        .filter(|d| !d.is_empty())
        .collect();
    assert_eq!(claims, ["inbox_accept", "assessment", "case_opened", "active"]);
    assert_eq!(audited(&app, "close", &case).await, ["completed"]);
    assert_eq!(
        audited(&app, "callback_attempt", &case).await,
        [
            "inbox_coordinator_contacted",
            "inbox_first_contact",
            "inbox_housing"
        ]
    );
    assert!(
        audited(&app, "view_case", &case)
            .await
            .contains(&"programme:exempel-malmo".to_owned())
    );
    let looks = kontaktpunkt::audit::recent(app.state.db(), 500, Some("view_queue"))
        .await
        .unwrap();
    assert!(
        looks.iter().any(|r| r.detail == "inbox"),
        "a look at the list is audited"
    );

    // The page shows the history and the follow-up times, and offers nothing more.
    let page = app.get_as(&a, &format!("/inbox/referrals/{rid}")).await;
    assert!(page.body.contains("Ärende öppnat") && page.body.contains("Första kontakt"));
    assert!(page.body.contains("Boende ordnat"), "the housing step is listed");
    assert!(page.body.contains("Remissen är avslutad hos er."));
    assert!(!page.body.contains("/accept\""));
    // The console shows the recipient's progress.
    let console = app.get_as(&handler, &format!("/console/cases/{case}")).await;
    assert!(console.body.contains("Avslutad"));
    assert!(
        console.body.contains("Boende ordnat"),
        "the console names the housing step"
    );

    // The service the JSON API calls says the same: the summary carries the time.
    let a_id = one(&app, "select id from users where name = $1", "malmo").await;
    let scope = service::scope_for(app.state.db(), &a_id).await.unwrap();
    let view = service::get(&app.state, &scope, &rid).await.unwrap();
    assert_eq!(view.summary.housing_at, Some(housing));
    let listed = service::list(&app.state, &scope, None, &Page::default())
        .await
        .unwrap();
    assert_eq!(listed[0].housing_at, Some(housing));
    assert!(
        view.events
            .iter()
            .any(|e| e.kind == "housing" && e.occurred_at == Some(housing))
    );
}

#[tokio::test]
async fn declining_needs_a_reason_and_returns_the_case_to_the_console_queue() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let case = adult_case(&app, "1280", "decline-words").await;
    let rid = refer(
        &app,
        &handler,
        &case,
        "socialtjanst:1280",
        &["basic", "needs"],
        "",
    )
    .await;
    // The handler closes the case as referred.
    let page = format!("/console/cases/{case}");
    let closed = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/close"),
            &[("outcome", "referred")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    assert_eq!(
        one(&app, "select status from enquiries where id = $1", &case).await,
        "closed"
    );
    let (a, _, _) = municipality(&app, "malmo-socialtjanst", &["1280"]).await;
    let mut events = app.state.events().subscribe();

    let empty = step(&app, &a, &rid, "decline", &[("reason", "   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Skriv varför ni avböjer."));
    assert!(empty.body.contains("aria-invalid=\"true\""));
    assert_eq!(progress(&app, &rid).await, ("sent".to_owned(), 0));

    let reason = "decline-reason-sealed-probe: vi har ingen plats just nu";
    let answer = step(&app, &a, &rid, "decline", &[("reason", reason)]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(progress(&app, &rid).await, ("declined".to_owned(), 1));
    assert_eq!(
        one(&app, "select status from enquiries where id = $1", &case).await,
        "in_progress",
        "back in the contact point's queue"
    );
    let event = events.recv().await.unwrap();
    assert_eq!(event.case_id, case);

    let queue = app.get_as(&handler, "/console/").await;
    assert!(
        queue.body.contains(&format!("/console/cases/{case}")),
        "visible in the queue"
    );
    // The recipients' notes are read by the handler who holds the case.
    app.claim(&handler, &case).await;
    let console = app.get_as(&handler, &page).await;
    assert!(console.body.contains("Avböjd"), "the referral shows as declined");
    assert!(
        console.body.contains("Från mottagarna")
            && console.body.contains(reason)
            && console.body.contains("malmo-socialtjanst"),
        "the case page tells the contact point who declined and why"
    );
    // The reason is for the contact point: the console reads it through the service.
    let notes = events::case_notes(&app.state, &case).await.unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].event.kind, "decline");
    assert_eq!(notes[0].event.actor_name.as_deref(), Some("malmo-socialtjanst"));
    assert_eq!(notes[0].event.text.as_deref(), Some(reason));
    assert_eq!(audited(&app, "release", &case).await, ["inbox_decline"]);

    // Sealed at rest: not in the database's bytes, nor in the audit.
    assert!(!raw_text(&app).await.contains("decline-reason-sealed-probe"));
    // The municipality sees its own reason on the page, and can do nothing more.
    let page = app.get_as(&a, &format!("/inbox/referrals/{rid}")).await;
    assert!(page.body.contains("decline-reason-sealed-probe"));
    assert_eq!(
        step(&app, &a, &rid, "accept", &[]).await.status,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn forwards_and_questions_are_stored_sealed_for_the_contact_point() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let case = adult_case(&app, "1280", "forward-words").await;
    let asked = refer(&app, &handler, &case, "programme:exempel-malmo", &["basic"], "").await;
    let (a, _, _) = municipality(&app, "malmo", &["programme:exempel-malmo"]).await;

    let question = "question-sealed-probe: har personen barn?";
    assert_eq!(
        step(&app, &a, &asked, "question", &[("text", question)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        progress(&app, &asked).await,
        ("sent".to_owned(), 1),
        "a question keeps the state"
    );
    let long = "x".repeat(4001);
    let too_long = step(&app, &a, &asked, "question", &[("text", &long)]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(&long), "the text is kept");
    assert_eq!(audited(&app, "reply", &case).await, ["inbox_question"]);

    // Forwarding: only to another programme or social services.
    for bad in ["programme:exempel-malmo", "kriminalvarden", "nowhere"] {
        let answer = step(&app, &a, &asked, "forward", &[("to_org", bad)]).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let answer = step(
        &app,
        &a,
        &asked,
        "forward",
        &[("to_org", "programme:exempel-goteborg")],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(progress(&app, &asked).await, ("forwarded".to_owned(), 2));
    // Sealed at rest, bound to the referral (#14).
    let forwarded_to: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select forwarded_to_sealed from referrals where id = $1"
    )
    .bind(&asked)
    .fetch_one(pool)
    .await
    .unwrap());
    let place = kontaktpunkt::crypto::Context::new(kontaktpunkt::crypto::Column::ReferralForwardedTo, &asked);
    assert_eq!(
        app.state.keys().open_padded(&place, &forwarded_to).unwrap(),
        "programme:exempel-goteborg"
    );
    assert_eq!(
        audited(&app, "refer", &case).await,
        ["programme:exempel-malmo", "programme:exempel-goteborg"]
    );
    let notes = events::case_notes(&app.state, &case).await.unwrap();
    let kinds: Vec<&str> = notes.iter().map(|n| n.event.kind.as_str()).collect();
    assert_eq!(kinds, ["question", "forward"]);
    assert_eq!(notes[0].event.text.as_deref(), Some(question));
    assert_eq!(notes[1].event.detail, "programme:exempel-goteborg");
    let page = app.get_as(&a, &format!("/inbox/referrals/{asked}")).await;
    assert!(
        page.body
            .contains("Exempel: Avhopparverksamheten i Göteborgsregionen")
    );

    assert!(!raw_text(&app).await.contains("question-sealed-probe"));
}

#[tokio::test]
async fn the_referral_shows_only_what_was_consented_and_reasons_resting_on_it() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let case = adult_case(&app, "1280", "consented-words-probe").await;
    // The protected-identity marker travels with the referral.
    let page = format!("/console/cases/{case}");
    let protect = app
        .post_as(&handler, &page, &format!("{page}/protect"), &[])
        .await;
    assert_eq!(protect.status, StatusCode::SEE_OTHER, "{}", protect.body);
    let without_threat = refer(
        &app,
        &handler,
        &case,
        "programme:exempel-malmo",
        &["basic", "needs"],
        "Ring efter 17.",
    )
    .await;
    let with_threat = refer(
        &app,
        &handler,
        &case,
        "programme:exempel-malmo",
        &["basic", "situation", "threat", "message"],
        "",
    )
    .await;
    let threat_only = refer(
        &app,
        &handler,
        &case,
        "programme:exempel-malmo",
        &["basic", "threat"],
        "",
    )
    .await;
    let (a, _, _) = municipality(&app, "malmo", &["programme:exempel-malmo"]).await;

    let page = app
        .get_as(&a, &format!("/inbox/referrals/{without_threat}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Ring efter 17."), "the contact point's note");
    assert!(page.body.contains("Skyddad identitet"), "the marker, prominently");
    assert!(page.body.contains("Grunduppgifter") && page.body.contains("Behov"));
    assert!(
        !page.body.contains("consented-words-probe"),
        "the message was not shared"
    );
    // The threat was not shared: no reason that says there is one (or is none).
    for leak in ["Hot:", "Inget hot", "allvarligt hot", "threat"] {
        assert!(!page.body.contains(leak), "{leak} leaks the threat");
    }

    let page = app.get_as(&a, &format!("/inbox/referrals/{with_threat}")).await;
    assert!(page.body.contains("consented-words-probe"));
    assert!(
        page.body.contains("Hot: avhopparspåret öppnas"),
        "the threat and situation were shared: the reason shows"
    );
    // The defector-track reason also rests on the situation (not a protected witness):
    // shared the threat alone, it stays hidden.
    let page = app.get_as(&a, &format!("/inbox/referrals/{threat_only}")).await;
    assert!(
        page.body.contains("Ja, ett allvarligt hot"),
        "the threat itself is shown"
    );
    assert!(!page.body.contains("Hot: avhopparspåret"));
    let scope = service::scope_for(
        app.state.db(),
        &one(&app, "select id from users where name = $1", "malmo").await,
    )
    .await
    .unwrap();
    let view = service::get(&app.state, &scope, &with_threat).await.unwrap();
    assert!(view.summary.protected_identity);
    assert_eq!(view.categories, ["basic", "situation", "threat", "message"]);
    assert_eq!(view.shared["threat"]["threat"], "serious");
    assert_eq!(view.summary.state, ReferralState::Sent);
    assert_eq!(view.allowed_actions, ["accept", "decline", "forward", "question"]);
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["state"], "sent", "flattened, snake_case for the API");
}

#[tokio::test]
async fn a_consultation_enters_the_console_queue_with_channel_municipality() {
    let app = TestApp::spawn().await;
    let (a, _, a_id) = municipality(&app, "malmo", &["1280"]).await;
    let form = app.get_as(&a, "/inbox/consultation").await;
    assert_eq!(form.status, StatusCode::OK);

    // Without a message: 422 and everything kept.
    let missing = app
        .post_as(
            &a,
            "/inbox/consultation",
            "/inbox/consultation",
            &[("kind", "case"), ("age_band", "15_17"), ("municipality", "1280")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Skriv vad frågan eller ärendet gäller."));
    assert!(missing.body.contains("value=\"15_17\" checked"));
    assert_eq!(app.count("inbox_consultations").await, 0);

    let message = "consultation-probe: en 16-åring vill lämna ett gäng";
    let sent = app
        .post_as(
            &a,
            "/inbox/consultation",
            "/inbox/consultation",
            &[
                ("kind", "consultation"),
                ("enquirer", "self"),
                ("age_band", "15_17"),
                ("municipality", "1280"),
                ("threat", "some"),
                ("message", message),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let done = app.get_as(&a, sent.location()).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("receipt-code"));
    assert_eq!(
        app.get_as(&a, sent.location()).await.status,
        StatusCode::NOT_FOUND,
        "shown once"
    );

    let id = app.newest_enquiry_id().await;
    assert_eq!(
        one(&app, "select channel from enquiries where id = $1", &id).await,
        "municipality"
    );
    assert_eq!(
        one(
            &app,
            "select user_id from inbox_consultations where enquiry_id = $1",
            &id
        )
        .await,
        a_id
    );
    let row = kontaktpunkt::enquiry::store::case_row(app.state.db(), &id)
        .await
        .unwrap()
        .unwrap();
    let facts = app
        .state
        .keys()
        .open(&Context::new(Column::EnquiryFacts, &id), &row.facts_sealed)
        .unwrap();
    let facts: serde_json::Value = serde_json::from_slice(&facts).unwrap();
    assert_eq!(
        facts["enquiry"]["enquirer"], "professional",
        "the sender's side is fixed"
    );
    assert_eq!(facts["enquiry"]["professional_org"], "municipality");
    assert_eq!(facts["enquiry"]["channel"], "municipality");
    assert_eq!(
        row.priority, "P2",
        "triaged by the same engine: a child under threat"
    );
    assert_eq!(audited(&app, "phone_enquiry", &id).await, ["inbox_consultation"]);

    let handler = app.staff("handler").await;
    let queue = app.get_as(&handler, "/console/").await;
    assert!(
        queue.body.contains(&format!("/console/cases/{id}")),
        "in the console queue"
    );
    let listed = app.get_as(&a, "/inbox/consultation").await;
    assert!(listed.body.contains("Vi vill ha råd i ett ärende"));
    assert!(!raw_text(&app).await.contains("consultation-probe"));
}
