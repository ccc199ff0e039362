//! What is known of a case, updated by the handler as they learn more: the engine
//! proposes again, the history keeps both proposals, and only the holder may do it.

use kontaktpunkt::crypto::{Column, Context};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::TestApp;

/// A sealed JSON column of an enquiry, opened.
async fn opened(app: &TestApp, id: &str, column: &str, sealed_as: Column) -> Value {
    let sql = format!("select {column} from enquiries where id = $1");
    let sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        sqlx::AssertSqlSafe(sql)
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap());
    let bytes = app
        .state
        .keys()
        .open(&Context::new(sealed_as, id), &sealed)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// (seq, kind, actor) of the case's decision history.
async fn history(app: &TestApp, id: &str) -> Vec<(i64, String, String)> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as(
        "select seq, kind, actor from case_decisions where enquiry_id = $1 order by seq"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .unwrap())
}

#[tokio::test]
async fn what_a_chat_taught_the_handler_updates_the_facts_and_the_engine_proposes_again() {
    let app = TestApp::spawn().await;
    let started = app
        .post_form("/sv/chat", "/sv/chat", &[("enquirer", "self")])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "anna").await;
    let accepted = app
        .post_as(
            &anna,
            "/console/chats",
            &format!("/console/chats/{id}/accept"),
            &[],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let chat_page = format!("/console/chats/{id}");
    let page = app.get_as(&anna, &chat_page).await;
    assert!(
        page.body
            .contains(&format!("action=\"/console/cases/{id}/facts\""))
    );
    assert_eq!(
        opened(&app, &id, "decision_sealed", Column::EnquiryDecision).await["priority"],
        "P3"
    );

    let updated = app
        .post_as(
            &anna,
            &chat_page,
            &format!("/console/cases/{id}/facts"),
            &[
                ("back", "chat"),
                ("enquirer", "self"),
                ("age_band", "15_17"),
                ("threat", "serious"),
                ("municipality", "1280"),
            ],
        )
        .await;
    assert_eq!(updated.status, StatusCode::SEE_OTHER, "{}", updated.body);
    assert_eq!(updated.location(), chat_page, "back to the chat");

    let facts = opened(&app, &id, "facts_sealed", Column::EnquiryFacts).await;
    assert_eq!(facts["enquiry"]["threat"], "serious");
    assert_eq!(facts["enquiry"]["municipality"], "1280");
    assert_eq!(facts["enquiry"]["channel"], "chat", "the channel stays");
    assert_eq!(facts["wants_contact"], true, "the person's wish stays");
    let decision = opened(&app, &id, "decision_sealed", Column::EnquiryDecision).await;
    assert_eq!(decision["priority"], "P2", "a serious threat: the same day");
    let (priority, region, child): (String, Option<String>, bool) = kontaktpunkt::with_db!(
        app.state.db(),
        |pool| sqlx::query_as("select priority, police_region, child from enquiries where id = $1")
            .bind(&id)
            .fetch_one(pool)
            .await
            .unwrap()
    );
    let syd = app.state.keys().tag("police_region", "syd");
    assert_eq!(
        (priority.as_str(), region.as_deref(), child),
        ("P2", Some(syd.as_str()), true),
        "the queue's columns follow (the region as its keyed tag)"
    );
    assert_eq!(
        history(&app, &id).await,
        vec![
            (1, "engine".to_owned(), "engine".to_owned()),
            (2, "retriage".to_owned(), anna_id.clone()),
        ]
    );
    let audited = crate::sealed_referrals::audited_on(&app, "update_facts", &id).await;
    assert_eq!(audited, vec![(anna_id, "P2".to_owned())]);
    let case = app.get_as(&anna, &format!("/console/cases/{id}")).await;
    let shown = case.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(shown.contains("Nytt förslag från reglerna när anna uppdaterade uppgifterna"));
}

#[tokio::test]
async fn only_the_holder_updates_facts_a_bad_choice_keeps_the_form_and_closed_cases_stay() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[("municipality", "1280"), ("message", "facts-probe-message")],
    )
    .await;
    let id = app.newest_enquiry_id().await;
    let (anna, _) = app.signed_in("handler", "anna").await;
    let (bo, _) = app.signed_in("handler", "bo").await;
    let page = format!("/console/cases/{id}");
    let facts = format!("{page}/facts");
    let claimed = app.post_as(&anna, &page, &format!("{page}/claim"), &[]).await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);

    let refused = app.post_as(&bo, &page, &facts, &[("threat", "serious")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("En kollega håller ärendet"));
    let bo_page = app.get_as(&bo, &page).await;
    assert!(
        !bo_page.body.contains(&format!("action=\"{facts}\"")),
        "no form for someone who may not send it"
    );

    // A municipality that does not exist: 422, the form open with the choices as typed.
    let bad = app
        .post_as(
            &anna,
            &page,
            &facts,
            &[("threat", "serious"), ("municipality", "9999")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#i-facts-municipality\""));
    assert!(bad.body.contains("name=\"threat\" value=\"serious\" checked"));
    assert_eq!(history(&app, &id).await, vec![], "nothing stored");

    let ok = app.post_as(&anna, &page, &facts, &[("threat", "serious")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), format!("{page}#facts"));
    let stored = opened(&app, &id, "facts_sealed", Column::EnquiryFacts).await;
    assert_eq!(
        stored["enquiry"]["message"], "facts-probe-message",
        "the person's own words stay"
    );
    assert_eq!(
        stored["enquiry"]["municipality"],
        Value::Null,
        "cleared as chosen"
    );

    let closed = app
        .post_as(
            &anna,
            &page,
            &format!("{page}/close"),
            &[("outcome", "advice_given")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let after = app.post_as(&anna, &page, &facts, &[("threat", "acute")]).await;
    assert_eq!(after.status, StatusCode::CONFLICT);
    assert!(after.body.contains("Ärendet är avslutat"));
}
