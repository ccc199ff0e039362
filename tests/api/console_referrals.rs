//! Referrals with per-recipient consent, and the report to social services.

use kontaktpunkt::crypto::{Column, Context};
use std::collections::BTreeSet;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Answer, TestApp};

/// Form fields as name and value.
type Fields<'a> = &'a [(&'a str, &'a str)];

/// Sends an enquiry through the public form and returns its case id.
async fn case_with(app: &TestApp, fields: &[(&str, &str)]) -> String {
    // A second apart, so "the newest" is this one.
    app.clock.advance(time::Duration::seconds(1));
    app.send_enquiry("sv", fields).await;
    app.newest_enquiry_id().await
}

/// An adult with a threat, on probation, who consented on the form to every kind of
/// recipient it asks about (and to their words) and wrote a message.
async fn adult_case(app: &TestApp, message: &str) -> String {
    case_with(
        app,
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("environment", "criminal_network"),
            ("situation", "on_probation"),
            ("threat", "serious"),
            ("needs", "housing"),
            ("consent_for", "social_services"),
            ("consent_for", "programme"),
            ("consent_for", "police"),
            ("consent_for", "words"),
            ("message", message),
        ],
    )
    .await
}

/// Posts the referral form of case `id` as `client`.
async fn refer(app: &TestApp, client: &reqwest::Client, id: &str, fields: &[(&str, &str)]) -> Answer {
    let page = format!("/console/cases/{id}");
    app.post_as(client, &page, &format!("{page}/referrals"), fields)
        .await
}

/// The ids of a case's referrals, oldest first.
async fn referral_ids(app: &TestApp, id: &str) -> Vec<String> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, String>(
        "select id from referrals where enquiry_id = $1 order by created_at, id"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .unwrap())
}

/// What the recipient may read: the sealed snapshot, opened, while consent stands — the
/// same query and sealing context as `referral::payload::shared`, which the
/// crate keeps to itself.
async fn shared_payload(app: &TestApp, referral_id: &str) -> Option<Value> {
    let sealed = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Vec<u8>>(
        "select payload_sealed from referrals where id = $1 and withdrawn_at is null"
    )
    .bind(referral_id)
    .fetch_optional(pool)
    .await
    .unwrap())?;
    let bytes = app
        .state
        .keys()
        .open(&Context::new(Column::ReferralPayload, referral_id), &sealed)
        .expect("the payload opens with its context");
    Some(serde_json::from_slice(&bytes).unwrap())
}

/// The HTML of the form posting to `action` on a page (other sections have forms too).
fn form_of<'a>(body: &'a str, action: &str) -> &'a str {
    let marker = format!("action=\"{action}\"");
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("a form posts to {action}"));
    let end = body[start..].find("</form>").map_or(body.len(), |e| start + e);
    &body[start..end]
}

fn keys_of(payload: &Value) -> BTreeSet<String> {
    payload.as_object().unwrap().keys().cloned().collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// Audit details of one action on a case.
async fn audited(app: &TestApp, action: &str, case: &str) -> Vec<String> {
    kontaktpunkt::audit::recent(app.state.db(), 200, Some(action))
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.case_id.as_deref() == Some(case))
        .map(|r| r.detail)
        .collect()
}

#[tokio::test]
async fn a_referral_with_consent_shares_exactly_the_chosen_categories() {
    let app = TestApp::spawn().await;
    let id = adult_case(&app, "words-probe-1").await;
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;

    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let proposed = page.body.find("Föreslagna i beslutet").expect("proposals first");
    let everyone = page.body.find("Avhopparverksamheter").expect("then every kind");
    assert!(proposed < everyone);
    assert!(
        page.body
            .contains("I formuläret (för de mottagare personen kryssade i)"),
        "form consent is offered because recipients were ticked"
    );

    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "programme:exempel-malmo"),
            ("kind", "referral"),
            ("categories", "basic"),
            ("categories", "needs"),
            ("consent_how", "form"),
            ("note", "Ring helst efter kl. 17."),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(answer.location(), format!("/console/cases/{id}#referrals"));

    let rids = referral_ids(&app, &id).await;
    assert_eq!(rids.len(), 1);
    let payload = shared_payload(&app, &rids[0]).await.expect("readable");
    assert_eq!(
        keys_of(&payload),
        set(&["referral", "protected_identity", "basic", "needs"]),
        "the chosen categories and nothing else"
    );
    assert_eq!(payload["basic"]["age_band"], "21_25");
    assert_eq!(payload["basic"]["municipality"]["code"], "1280");
    assert_eq!(payload["needs"]["needs"][0], "housing");
    assert_eq!(payload["protected_identity"], false);
    assert_eq!(payload["referral"]["consent"]["how"], "form");
    let text = payload.to_string();
    for absent in ["words-probe-1", "on_probation", "serious"] {
        assert!(!text.contains(absent), "{absent} was not chosen");
    }

    let (categories, consent_how, consent_at, status, created): (String, String, Option<i64>, String, i64) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select r.categories, r.consent_how, r.consent_at, r.status, e.created_at \
             from referrals r join enquiries e on e.id = r.enquiry_id where r.id = $1"
        )
        .bind(&rids[0])
        .fetch_one(pool)
        .await
        .unwrap());
    assert_eq!(categories, ",basic,needs,");
    assert_eq!(consent_how, "form");
    assert_eq!(consent_at, Some(created), "form consent dates from the enquiry");
    assert_eq!(status, "sent");
    let codes: Vec<String> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select code from referral_municipalities where referral_id = $1 order by code"
    )
    .bind(&rids[0])
    .fetch_all(pool)
    .await
    .unwrap());
    // Kept as keyed tags (#14): nothing reads them, and a code would name the place.
    let mut tags: Vec<String> = ["1231", "1280", "1281"]
        .iter()
        .map(|code| app.state.keys().tag("municipality", code))
        .collect();
    tags.sort();
    let mut codes = codes;
    codes.sort();
    assert_eq!(codes, tags, "the programme's municipalities");

    assert_eq!(audited(&app, "refer", &id).await, ["programme:exempel-malmo"]);
    assert_eq!(audited(&app, "export", &id).await, ["programme:exempel-malmo"]);

    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert!(page.body.contains("Exempel: Avhopparverksamheten i Malmö"));
    assert!(page.body.contains("Grunduppgifter, Behov"));
    assert!(
        page.body.contains("Ring helst efter kl. 17."),
        "the note is shown to staff"
    );
    assert!(page.body.contains("Skickad, väntar på mottagaren"));

    // A second recipient gets its own consent and its own categories.
    app.clock.advance(time::Duration::minutes(1));
    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "police:region:syd"),
            ("kind", "referral"),
            ("categories", "threat"),
            ("categories", "message"),
            ("consent_how", "phone"),
            ("consent_at", "2026-11-23T10:05"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let rids = referral_ids(&app, &id).await;
    let police = shared_payload(&app, &rids[1]).await.unwrap();
    assert_eq!(
        keys_of(&police),
        set(&["referral", "protected_identity", "threat", "message"])
    );
    assert_eq!(police["message"]["messages"][0]["text"], "words-probe-1");
    assert_eq!(police["threat"]["threat"], "serious");
    assert_eq!(police["referral"]["consent"]["how"], "phone");
    // 10:05 Stockholm time on 23 November is 09:05 UTC.
    assert_eq!(police["referral"]["consent"]["at"], 1_795_424_700_000_i64);
}

#[tokio::test]
async fn a_relatives_tick_is_never_an_adults_consent_and_a_guardians_reaches_social_services_only() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let referral = |org: &'static str| {
        vec![
            ("org", org),
            ("kind", "referral"),
            ("categories", "basic"),
            ("consent_how", "form"),
        ]
    };
    // A mother ticks "consent" about her adult son: the box is not his consent.
    let adult = case_with(
        &app,
        &[
            ("enquirer", "relative"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("threat", "serious"),
            ("consent_for", "social_services"),
            ("consent_for", "programme"),
            ("consent_for", "police"),
            ("message", "my son"),
        ],
    )
    .await;
    let page = app.get_as(&handler, &format!("/console/cases/{adult}")).await;
    assert!(
        !page
            .body
            .contains("I formuläret (för de mottagare personen kryssade i)"),
        "a relative's tick is not offered as consent"
    );
    for org in [
        "programme:exempel-malmo",
        "police:region:syd",
        "socialtjanst:1280",
    ] {
        let answer = refer(&app, &handler, &adult, &referral(org)).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{org}");
        assert!(
            answer
                .body
                .contains("Rutan för samtycke kryssades i av en anhörig"),
            "{org}: {}",
            answer.body
        );
    }
    // A father ticks it about his 15-year-old: it reaches social services, nobody else.
    let child = case_with(
        &app,
        &[
            ("enquirer", "relative"),
            ("age_band", "15_17"),
            ("municipality", "1280"),
            ("environment", "criminal_network"),
            ("consent_for", "social_services"),
            ("consent_for", "programme"),
            ("message", "my daughter"),
        ],
    )
    .await;
    let answer = refer(&app, &handler, &child, &referral("programme:exempel-malmo")).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer
            .body
            .contains("Rutan för samtycke kryssades i av en anhörig")
    );
    let answer = refer(&app, &handler, &child, &referral("socialtjanst:1280")).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(referral_ids(&app, &child).await.len(), 1);
    assert!(referral_ids(&app, &adult).await.is_empty());
}

#[tokio::test]
async fn a_referral_without_consent_is_refused_and_keeps_what_was_chosen() {
    let app = TestApp::spawn().await;
    let id = case_with(
        &app,
        &[
            ("age_band", "26_plus"),
            ("municipality", "0180"),
            ("message", "no tick"),
        ],
    )
    .await;
    let handler = app.staff("handler").await;
    let cases: [(&str, Fields<'_>, &str); 3] = [
        (
            "no consent at all",
            &[("consent_how", "none")],
            "Utan personens samtycke till att dela med den här mottagaren kan ingen remiss göras",
        ),
        (
            "nothing said about consent",
            &[],
            "Utan personens samtycke till att dela med den här mottagaren kan ingen remiss göras",
        ),
        (
            "the form's box that was never ticked",
            &[("consent_how", "form")],
            "Personen gav inget samtycke till någon mottagare i formuläret",
        ),
    ];
    for (why, consent, message) in cases {
        let mut fields = vec![
            ("org", "socialtjanst:0180"),
            ("kind", "referral"),
            ("categories", "basic"),
            ("categories", "needs"),
            ("note", "keep-this-note"),
        ];
        fields.extend_from_slice(consent);
        let answer = refer(&app, &handler, &id, &fields).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        assert!(answer.body.contains(message), "{why}");
        assert!(answer.body.contains("role=\"alert\""), "{why}");
        assert!(
            answer.body.contains("href=\"#r-consent_how\""),
            "{why}: linked to the field"
        );
        let form = form_of(&answer.body, &format!("/console/cases/{id}/referrals"));
        assert!(form.contains("keep-this-note"), "{why}: the note is kept");
        assert!(
            form.contains("value=\"basic\" checked") && form.contains("value=\"needs\" checked"),
            "{why}: the categories are kept"
        );
        assert!(!form.contains("value=\"threat\" checked"), "{why}");
        assert!(
            form.contains("value=\"socialtjanst:0180\" selected"),
            "{why}: the recipient is kept"
        );
    }
    assert!(
        !app.get_as(&handler, &format!("/console/cases/{id}"))
            .await
            .body
            .contains("I formuläret (för de mottagare personen kryssade i)"),
        "form consent is not offered when no recipient was ticked"
    );
    assert_eq!(app.count("referrals").await, 0);
    assert!(audited(&app, "refer", &id).await.is_empty());
}

#[tokio::test]
async fn a_report_of_concern_goes_to_social_services_without_consent_and_nowhere_else() {
    let app = TestApp::spawn().await;
    let id = case_with(
        &app,
        &[
            ("age_band", "under_15"),
            ("municipality", "1280"),
            ("message", "a child writes"),
        ],
    )
    .await;
    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert!(
        page.body
            .contains("socialtjänstlagen kräver att en myndighets personal anmäler oro"),
        "the page says why no consent is needed"
    );

    let to_programme = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "programme:exempel-malmo"),
            ("kind", "report_of_concern"),
            ("categories", "basic"),
            ("consent_how", "none"),
        ],
    )
    .await;
    assert_eq!(to_programme.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        to_programme
            .body
            .contains("En orosanmälan kan bara göras till socialtjänsten")
    );

    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "socialtjanst:1280"),
            ("kind", "report_of_concern"),
            ("categories", "basic"),
            ("categories", "message"),
            ("consent_how", "none"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let rids = referral_ids(&app, &id).await;
    assert_eq!(rids.len(), 1);
    let (kind, how, at): (String, String, Option<i64>) =
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
            "select kind, consent_how, consent_at from referrals where id = $1"
        )
        .bind(&rids[0])
        .fetch_one(pool)
        .await
        .unwrap());
    assert_eq!(
        (kind.as_str(), how.as_str(), at),
        ("report_of_concern", "none", None)
    );
    let payload = shared_payload(&app, &rids[0]).await.unwrap();
    assert_eq!(payload["referral"]["consent"], Value::Null);
    assert_eq!(payload["message"]["messages"][0]["text"], "a child writes");
    let code: String = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select code from referral_municipalities where referral_id = $1"
    )
    .bind(&rids[0])
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(code, app.state.keys().tag("municipality", "1280"));

    // A report the law required stays with social services.
    let page = format!("/console/cases/{id}");
    let withdraw = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/referrals/{}/withdraw", rids[0]),
            &[],
        )
        .await;
    assert_eq!(withdraw.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        withdraw
            .body
            .contains("En orosanmälan vilar på lagen, inte på samtycke")
    );
    assert!(shared_payload(&app, &rids[0]).await.is_some());
}

#[tokio::test]
async fn civil_society_never_receives_offence_data_and_only_while_vetted() {
    let app = TestApp::spawn().await;
    let id = adult_case(&app, "civil-probe").await;
    let handler = app.staff("handler").await;

    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    let form = form_of(&page.body, &format!("/console/cases/{id}/referrals"));
    assert!(form.contains("value=\"civil:exempel-mentorer\""));
    assert!(
        !form.contains("value=\"civil:exempel-utgangen\""),
        "an organisation whose vetting expired is not offered"
    );

    for category in ["situation", "threat", "message"] {
        let answer = refer(
            &app,
            &handler,
            &id,
            &[
                ("org", "civil:exempel-mentorer"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("categories", category),
                ("consent_how", "chat"),
                ("consent_at", "2026-11-23T10:00"),
            ],
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{category}");
        assert!(
            answer
                .body
                .contains("Civilsamhällets organisationer får inga uppgifter om brott"),
            "{category}"
        );
    }
    let refused_orgs = [
        (
            "civil:exempel-utgangen",
            "Organisationen har ingen giltig granskning",
        ),
        ("civil:not-in-the-directory", "Välj en mottagare i listan"),
        ("emergency:112", "Välj en mottagare i listan"),
    ];
    for (org, message) in refused_orgs {
        let answer = refer(
            &app,
            &handler,
            &id,
            &[
                ("org", org),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "chat"),
                ("consent_at", "2026-11-23T10:00"),
            ],
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{org}");
        assert!(answer.body.contains(message), "{org}");
    }
    assert_eq!(app.count("referrals").await, 0);

    let fields = [
        ("org", "civil:exempel-mentorer"),
        ("kind", "referral"),
        ("categories", "basic"),
        ("categories", "needs"),
        ("consent_how", "chat"),
        ("consent_at", "2026-11-23T10:00"),
    ];
    let answer = refer(&app, &handler, &id, &fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let rids = referral_ids(&app, &id).await;
    let payload = shared_payload(&app, &rids[0]).await.unwrap();
    assert_eq!(
        keys_of(&payload),
        set(&["referral", "protected_identity", "basic", "needs"])
    );
    assert!(!payload.to_string().contains("civil-probe"));

    // Once its vetting has expired, the same organisation is refused.
    app.clock.set(time::macros::datetime!(2028-01-10 09:00 UTC));
    let handler = app.staff("handler").await;
    let mut later = fields.to_vec();
    later.retain(|(k, _)| *k != "consent_at");
    later.push(("consent_at", "2028-01-10T09:30"));
    let answer = refer(&app, &handler, &id, &later).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("Organisationen har ingen giltig granskning"));
    assert_eq!(app.count("referrals").await, 1);
}

#[tokio::test]
async fn withdrawing_consent_makes_the_shared_data_unreadable_and_is_audited() {
    let app = TestApp::spawn().await;
    let id = adult_case(&app, "withdraw-probe").await;
    let other = adult_case(&app, "another case").await;
    let handler = app.staff("handler").await;
    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "kriminalvarden"),
            ("kind", "referral"),
            ("categories", "situation"),
            ("consent_how", "writing"),
            ("consent_at", "2026-11-22T15:00"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let rid = referral_ids(&app, &id).await.remove(0);
    assert!(shared_payload(&app, &rid).await.is_some());

    let page = format!("/console/cases/{id}");
    let action = format!("{page}/referrals/{rid}/withdraw");
    let wrong_case = app
        .post_as(
            &handler,
            &page,
            &format!("/console/cases/{other}/referrals/{rid}/withdraw"),
            &[],
        )
        .await;
    assert_eq!(
        wrong_case.status,
        StatusCode::NOT_FOUND,
        "a referral belongs to its case"
    );
    assert!(shared_payload(&app, &rid).await.is_some());

    let answer = app.post_as(&handler, &page, &action, &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert!(
        shared_payload(&app, &rid).await.is_none(),
        "nothing readable once withdrawn"
    );
    let withdrawn_at: Option<i64> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select withdrawn_at from referrals where id = $1"
    )
    .bind(&rid)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(withdrawn_at, Some(app.state.clock().now_ms()));
    assert_eq!(audited(&app, "consent_withdrawn", &id).await, ["kriminalvarden"]);

    // A second withdrawal changes nothing and records nothing more.
    let again = app.post_as(&handler, &page, &action, &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "consent_withdrawn", &id).await.len(), 1);

    let shown = app.get_as(&handler, &page).await;
    assert!(shown.body.contains("Samtycket återkallat"));
    assert!(shown.body.contains("Mottagaren kan inte längre läsa något"));
    assert!(
        !shown.body.contains(&format!("{rid}/withdraw")),
        "no withdraw button any more"
    );
}

#[tokio::test]
async fn a_protected_case_carries_its_marker_and_its_contact_data_is_never_exported() {
    let app = TestApp::spawn().await;
    let id = adult_case(&app, "protected-probe").await;
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query("update enquiries set protected = $1 where id = $2")
            .bind(true)
            .bind(&id)
            .execute(pool)
            .await
            .unwrap();
    });
    let (unnamed, _) = app.signed_in("handler", "unnamed-handler").await;
    let (named_handler, named_id) = app.signed_in("handler", "named-handler").await;
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query(
            "insert into protected_access (enquiry_id, user_id, granted_by, granted_at) \
             values ($1, $2, $2, $3)",
        )
        .bind(&id)
        .bind(&named_id)
        .bind(app.state.clock().now_ms())
        .execute(pool)
        .await
        .unwrap();
    });

    // Someone not named sees neither the referrals nor where they went (they may say
    // where the person lives); a handler named on the case refers.
    let hidden = app.get_as(&unnamed, &format!("/console/cases/{id}")).await;
    assert!(!hidden.body.contains(&format!("/console/cases/{id}/referrals\"")));
    let unnamed = named_handler.clone();
    let page = app.get_as(&unnamed, &format!("/console/cases/{id}")).await;
    assert!(
        page.body
            .contains("Skyddad identitet: markeringen följer med varje remiss. Adress och kontaktuppgifter lämnar aldrig kontaktpunkten")
    );
    assert!(
        form_of(&page.body, &format!("/console/cases/{id}/referrals")).contains("value=\"contact\" disabled"),
        "contact is not offered on a protected case"
    );
    let with_contact = [
        ("org", "socialtjanst:1280"),
        ("kind", "referral"),
        ("categories", "basic"),
        ("categories", "contact"),
        ("consent_how", "phone"),
        ("consent_at", "2026-11-23T10:00"),
    ];
    let refused = refer(&app, &unnamed, &id, &with_contact).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Skyddad identitet: kontaktuppgifter lämnar aldrig kontaktpunkten")
    );
    assert_eq!(app.count("referrals").await, 0);

    let answer = refer(&app, &unnamed, &id, &with_contact[..3]).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "consent is still needed"
    );
    let mut basic_only = with_contact.to_vec();
    basic_only.retain(|(_, v)| *v != "contact");
    let answer = refer(&app, &unnamed, &id, &basic_only).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    app.clock.advance(time::Duration::minutes(1));
    // Not even a handler named on the case exports the contact data.
    let page = app.get_as(&named_handler, &format!("/console/cases/{id}")).await;
    assert!(
        form_of(&page.body, &format!("/console/cases/{id}/referrals")).contains("value=\"contact\" disabled"),
        "not offered to a named handler either"
    );
    let answer = refer(&app, &named_handler, &id, &with_contact).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let answer = refer(&app, &named_handler, &id, &basic_only).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    let rids = referral_ids(&app, &id).await;
    assert_eq!(rids.len(), 2);
    for rid in &rids {
        let protected: bool = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
            "select protected from referrals where id = $1"
        )
        .bind(rid)
        .fetch_one(pool)
        .await
        .unwrap());
        assert!(protected, "the marker travels with the referral");
        let payload = shared_payload(&app, rid).await.unwrap();
        assert_eq!(payload["protected_identity"], true);
    }
    for rid in &rids {
        let payload = shared_payload(&app, rid).await.unwrap();
        assert_eq!(payload.get("contact"), None, "no contact data leaves");
    }
}

#[tokio::test]
async fn the_report_to_social_services_is_asked_for_when_flagged_and_recorded_with_who_and_when() {
    let app = TestApp::spawn().await;
    let adult = adult_case(&app, "an adult").await;
    let id = case_with(
        &app,
        &[
            ("age_band", "15_17"),
            ("municipality", "1280"),
            ("threat", "serious"),
            ("message", "a child under threat"),
        ],
    )
    .await;
    let (handler, _) = app.signed_in("handler", "Karin Handläggare").await;

    let adult_page = app.get_as(&handler, &format!("/console/cases/{adult}")).await;
    assert!(!adult_page.body.contains("Anmälan till socialtjänsten"));

    let page = format!("/console/cases/{id}");
    let shown = app.get_as(&handler, &page).await;
    assert!(shown.body.contains("Anmälningsplikt: ett barn berörs"));
    let form = form_of(&shown.body, &format!("{page}/mandatory-report"));
    assert!(
        form.contains("value=\"socialtjanst:1280\" selected"),
        "the home municipality's social services by default"
    );
    assert!(
        form.contains("value=\"Karin Handläggare\""),
        "the handler by default"
    );

    let action = format!("{page}/mandatory-report");
    let bad = app
        .post_as(
            &handler,
            &page,
            &action,
            &[
                ("reported_by", ""),
                ("reported_at", "2026-11-24T10:00"),
                ("reported_to", "programme:exempel-malmo"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Skriv vem som gjorde anmälan",
        "Ange när anmälan gjordes",
        "Välj socialtjänsten i en kommun",
    ] {
        assert!(bad.body.contains(message), "{message}");
    }
    assert!(
        bad.body.contains("value=\"2026-11-24T10:00\""),
        "the typed time is kept"
    );
    assert!(!recorded(&app, &id).await);

    let good = app
        .post_as(
            &handler,
            &page,
            &action,
            &[
                ("reported_by", "Socialsekreterare-probe på kontaktpunkten"),
                ("reported_at", "2026-11-23T10:15"),
                ("reported_to", "socialtjanst:1280"),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER, "{}", good.body);
    assert!(recorded(&app, &id).await);
    assert_eq!(
        audited(&app, "mandatory_report", &id).await,
        ["socialtjanst:1280"]
    );

    let shown = app.get_as(&handler, &page).await;
    assert!(
        !shown.body.contains("Anmälningsplikt: ett barn berörs"),
        "no longer asked for"
    );
    assert!(shown.body.contains("Socialsekreterare-probe på kontaktpunkten"));
    assert!(shown.body.contains("2026-11-23 10:15"), "when it was made");
    assert!(shown.body.contains("Karin Handläggare"), "who recorded it");
    assert!(shown.body.contains("2026-11-23 10:30"), "when it was recorded");
    assert!(shown.body.contains("Socialtjänsten i Malmö"));
}

/// Whether a report is recorded on the case (what `mandatory_report_recorded` answers).
async fn recorded(app: &TestApp, id: &str) -> bool {
    let count: i64 = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select count(*) from mandatory_reports where enquiry_id = $1"
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    count > 0
}

#[tokio::test]
async fn notes_reporters_and_shared_data_are_absent_from_the_raw_database() {
    let app = TestApp::spawn().await;
    let words = format!("words-at-rest-{}", uuid::Uuid::new_v4().simple());
    let note = format!("note-at-rest-{}", uuid::Uuid::new_v4().simple());
    let reporter = format!("reporter-at-rest-{}", uuid::Uuid::new_v4().simple());
    let id = case_with(
        &app,
        &[
            ("age_band", "15_17"),
            ("municipality", "1280"),
            ("message", &words),
        ],
    )
    .await;
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;
    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "socialtjanst:1280"),
            ("kind", "report_of_concern"),
            ("categories", "basic"),
            ("categories", "message"),
            ("consent_how", "none"),
            ("note", &note),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let page = format!("/console/cases/{id}");
    let answer = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/mandatory-report"),
            &[
                ("reported_by", &reporter),
                ("reported_at", "2026-11-23T10:00"),
                ("reported_to", "socialtjanst:1280"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);

    let raw = raw_text(&app).await;
    // The kind is readable; the organisation is only a keyed tag and sealed since #14.
    assert!(
        raw.contains("report_of_concern"),
        "the dump holds the readable columns"
    );
    for needle in [&words, &note, &reporter] {
        assert!(!raw.contains(needle.as_str()), "the raw database holds {needle}");
    }
    // And staff can still read them.
    let shown = app.get_as(&handler, &page).await;
    for needle in [&words, &note, &reporter] {
        assert!(
            shown.body.contains(needle.as_str()),
            "{needle} readable on the page"
        );
    }
}

/// Every byte of the database (SQLite), or of this part's tables with their blobs as
/// raw bytes (PostgreSQL).
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
    for table in ["referrals", "referral_municipalities", "mandatory_reports"] {
        let sql = sqlx::AssertSqlSafe(format!("select row_to_json(t)::text from {table} t"));
        for row in sqlx::query_scalar::<_, String>(sql)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            out.push_str(&row);
        }
    }
    let blobs: Vec<Option<Vec<u8>>> = sqlx::query_scalar(
        "select payload_sealed from referrals union all select note_sealed from referrals \
         union all select reported_by_sealed from mandatory_reports",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for blob in blobs.into_iter().flatten() {
        out.push_str(&String::from_utf8_lossy(&blob));
    }
    out
}

#[tokio::test]
async fn an_auditor_may_not_refer_withdraw_or_record_a_report() {
    let app = TestApp::spawn().await;
    let id = adult_case(&app, "auditor-probe").await;
    let handler = app.staff("handler").await;
    let answer = refer(
        &app,
        &handler,
        &id,
        &[
            ("org", "kriminalvarden"),
            ("kind", "referral"),
            ("categories", "basic"),
            ("consent_how", "phone"),
            ("consent_at", "2026-11-23T10:00"),
        ],
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let rid = referral_ids(&app, &id).await.remove(0);

    let auditor = app.staff("auditor").await;
    // The auditor's own page supplies a valid CSRF token, so the role is what refuses.
    let routes = [
        format!("/console/cases/{id}/referrals"),
        format!("/console/cases/{id}/referrals/{rid}/withdraw"),
        format!("/console/cases/{id}/mandatory-report"),
    ];
    for route in &routes {
        let answer = app
            .post_as(
                &auditor,
                "/console/audit",
                route,
                &[
                    ("org", "kriminalvarden"),
                    ("kind", "referral"),
                    ("categories", "basic"),
                    ("consent_how", "form"),
                    ("reported_by", "x"),
                    ("reported_at", "2026-11-23T10:00"),
                    ("reported_to", "socialtjanst:1280"),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{route}");
    }
    assert_eq!(app.count("referrals").await, 1);
    assert_eq!(app.count("mandatory_reports").await, 0);
    assert!(shared_payload(&app, &rid).await.is_some(), "not withdrawn");
}

#[tokio::test]
async fn the_contact_category_carries_the_callback_wishes_and_nothing_else_does() {
    let app = TestApp::spawn().await;
    app.clock.advance(time::Duration::seconds(1));
    let answer = app
        .post_form(
            "/sv/callback",
            "/sv/callback",
            &[
                ("phone", "070-123 45 67"),
                ("windows", "weekday_morning"),
                ("windows", "weekend_day"),
                ("voicemail_ok", "false"),
                ("may_say_who", "false"),
                ("code_word", "blåklocka"),
                ("language", "sv"),
                ("enquirer", "self"),
                ("consent_for", "social_services"),
                ("consent_for", "police"),
                ("message", "ring mig"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let id = app.newest_enquiry_id().await;
    let handler = app.staff("handler").await;
    app.claim(&handler, &id).await;
    for (org, categories) in [("socialtjanst:1280", "basic"), ("police:region:syd", "contact")] {
        app.clock.advance(time::Duration::minutes(1));
        let answer = refer(
            &app,
            &handler,
            &id,
            &[
                ("org", org),
                ("kind", "referral"),
                ("categories", categories),
                ("consent_how", "form"),
            ],
        )
        .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{org}: {}", answer.body);
    }
    let rids = referral_ids(&app, &id).await;
    let without = shared_payload(&app, &rids[0]).await.unwrap();
    assert!(
        !without.to_string().contains("+4670"),
        "no number without the contact category"
    );
    let with = shared_payload(&app, &rids[1]).await.unwrap();
    assert_eq!(
        keys_of(&with),
        set(&["referral", "protected_identity", "contact"])
    );
    let callback = &with["contact"]["callback"];
    assert_eq!(callback["phone"], "+46701234567");
    assert_eq!(callback["code_word"], "blåklocka");
    assert_eq!(
        callback["windows"],
        serde_json::json!(["weekday_morning", "weekend_day"])
    );
    assert_eq!(callback["voicemail_ok"], false);
    assert_eq!(callback["may_say_who"], false);
    assert_eq!(with["contact"]["channel"], "callback");
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert!(page.body.contains("Säkra tider att ringa"));
}
