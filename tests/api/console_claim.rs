//! Claiming a case: explicit, visible to colleagues, atomic, audited; a supervisor's
//! take-over; and a reply that claims an unclaimed case but never answers a person a
//! colleague is already answering.

use reqwest::StatusCode;

use crate::helpers::TestApp;

/// Who holds case `id` (user id) and its status.
async fn holder_and_status(app: &TestApp, id: &str) -> (Option<String>, String) {
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query_as::<_, (Option<String>, String)>(
            "select assigned_to, status from enquiries where id = $1",
        )
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
    })
}

/// The audit records of `action` on case `id`: (actor, detail), oldest first.
async fn audited(app: &TestApp, action: &str, id: &str) -> Vec<(String, String)> {
    // Details are sealed at rest (#14): read as the audit page reads them.
    crate::sealed_referrals::audited_on(app, action, id).await
}

/// Posts an action of the case page as `client`.
async fn act(
    app: &TestApp,
    client: &reqwest::Client,
    id: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> crate::helpers::Answer {
    let page = format!("/console/cases/{id}");
    app.post_as(client, &page, &format!("{page}/{action}"), fields)
        .await
}

#[tokio::test]
async fn a_claimed_case_shows_its_holder_to_colleagues_and_the_claim_is_audited() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna Handläggare").await;
    let (bo, _) = app.signed_in("handler", "Bo Handläggare").await;

    let claimed = act(&app, &anna, &id, "claim", &[]).await;

    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    assert_eq!(claimed.location(), format!("/console/cases/{id}"));
    assert_eq!(
        holder_and_status(&app, &id).await,
        (Some(anna_id.clone()), "in_progress".to_owned()),
        "claiming a received case puts it in progress"
    );
    assert_eq!(audited(&app, "claim", &id).await, vec![(anna_id, String::new())]);
    let own = app.get_as(&anna, &format!("/console/cases/{id}")).await;
    assert!(own.body.contains("Du har ärendet sedan"), "{}", own.body);
    assert!(
        own.body
            .contains(&format!("action=\"/console/cases/{id}/release\""))
    );
    let other = app.get_as(&bo, &format!("/console/cases/{id}")).await;
    assert!(
        other
            .body
            .contains("\u{2068}Anna Handläggare\u{2069} har ärendet sedan")
    );
    assert!(
        !other.body.contains(&format!("/console/cases/{id}/claim\""))
            && !other.body.contains(&format!("/console/cases/{id}/release\""))
            && !other.body.contains(&format!("/console/cases/{id}/take-over\"")),
        "a handler gets no buttons on a colleague's case"
    );
    let queue = app.get_as(&bo, "/console/").await;
    assert!(
        queue.body.contains("Anna Handläggare"),
        "the queue names the holder"
    );
}

#[tokio::test]
async fn claiming_a_case_a_colleague_holds_is_refused_and_names_the_holder() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna").await;
    let (bo, _) = app.signed_in("handler", "Bo").await;
    act(&app, &anna, &id, "claim", &[]).await;

    let refused = act(&app, &bo, &id, "claim", &[]).await;

    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("Du fick inte ärendet: \u{2068}Anna\u{2069} har redan tagit det."),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("role=\"alert\""));
    assert_eq!(holder_and_status(&app, &id).await.0, Some(anna_id));
    assert_eq!(audited(&app, "claim", &id).await.len(), 1);
    // A second click by the holder changes nothing and is no error.
    assert_eq!(
        act(&app, &anna, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(audited(&app, "claim", &id).await.len(), 1);
}

#[tokio::test]
async fn only_the_holder_releases_a_case_and_the_release_is_audited() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna").await;
    let (bo, _) = app.signed_in("handler", "Bo").await;
    act(&app, &anna, &id, "claim", &[]).await;

    let refused = act(&app, &bo, &id, "release", &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("det är \u{2068}Anna\u{2069} som har det"));
    assert_eq!(holder_and_status(&app, &id).await.0, Some(anna_id.clone()));

    let released = act(&app, &anna, &id, "release", &[]).await;
    assert_eq!(released.status, StatusCode::SEE_OTHER);
    assert_eq!(
        holder_and_status(&app, &id).await,
        (None, "in_progress".to_owned())
    );
    assert_eq!(
        audited(&app, "release", &id).await,
        vec![(anna_id, String::new())]
    );
    let page = app.get_as(&bo, &format!("/console/cases/{id}")).await;
    assert!(page.body.contains("Ingen har tagit ärendet."));
    // Now Bo may take it.
    assert_eq!(
        act(&app, &bo, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_supervisor_takes_a_case_over_in_the_open_and_a_handler_may_not() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna").await;
    let (bo, _) = app.signed_in("handler", "Bo").await;
    let (sara, sara_id) = app.signed_in("supervisor", "Sara Arbetsledare").await;
    act(&app, &anna, &id, "claim", &[]).await;

    let page = app.get_as(&sara, &format!("/console/cases/{id}")).await;
    assert!(
        page.body.contains("Ta över från \u{2068}Anna\u{2069}"),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!("name=\"from\" value=\"{anna_id}\"")));
    let by_handler = act(&app, &bo, &id, "take-over", &[("from", &anna_id)]).await;
    assert_eq!(by_handler.status, StatusCode::FORBIDDEN);

    let taken = act(&app, &sara, &id, "take-over", &[("from", &anna_id)]).await;

    assert_eq!(taken.status, StatusCode::SEE_OTHER);
    assert_eq!(holder_and_status(&app, &id).await.0, Some(sara_id.clone()));
    assert_eq!(
        audited(&app, "release", &id).await,
        vec![(sara_id.clone(), "take_over".to_owned())]
    );
    assert_eq!(
        audited(&app, "claim", &id).await,
        vec![
            (anna_id.clone(), String::new()),
            (sara_id.clone(), "take_over".to_owned())
        ]
    );
    let seen_by_anna = app.get_as(&anna, &format!("/console/cases/{id}")).await;
    assert!(
        seen_by_anna
            .body
            .contains("\u{2068}Sara Arbetsledare\u{2069} har ärendet sedan")
    );
    // A take-over from someone who no longer holds the case moves nothing.
    let (other, _) = app.signed_in("supervisor", "Per").await;
    let stale = act(&app, &other, &id, "take-over", &[("from", &anna_id)]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale
            .body
            .contains("\u{2068}Sara Arbetsledare\u{2069} har det nu")
    );
    assert_eq!(holder_and_status(&app, &id).await.0, Some(sara_id));
}

#[tokio::test]
async fn of_two_handlers_racing_for_a_case_exactly_one_wins() {
    let app = TestApp::spawn().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna").await;
    let (bo, bo_id) = app.signed_in("handler", "Bo").await;
    for round in 0..5 {
        app.send_enquiry("sv", &[("message", "hej")]).await;
        let id = app.newest_enquiry_id().await;
        let path = format!("/console/cases/{id}");
        // Both have the page (and its token) before either posts.
        let token_a = crate::helpers::csrf_token(&app.get_as(&anna, &path).await.body);
        let token_b = crate::helpers::csrf_token(&app.get_as(&bo, &path).await.body);
        let post = |client: &reqwest::Client, token: String| {
            client
                .post(app.url(&format!("{path}/claim")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("_csrf={token}"))
                .send()
        };

        let (a, b) = tokio::join!(post(&anna, token_a), post(&bo, token_b));

        let statuses = [a.unwrap().status(), b.unwrap().status()];
        let winners = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
        let losers = statuses.iter().filter(|s| **s == StatusCode::CONFLICT).count();
        assert_eq!((winners, losers), (1, 1), "round {round}: {statuses:?}");
        let holder = holder_and_status(&app, &id).await.0.unwrap();
        let expected = if statuses[0] == StatusCode::SEE_OTHER {
            &anna_id
        } else {
            &bo_id
        };
        assert_eq!(&holder, expected, "round {round}: the winner holds the case");
        assert_eq!(audited(&app, "claim", &id).await.len(), 1, "round {round}");
    }
}

#[tokio::test]
async fn a_reply_claims_an_unclaimed_case_for_the_replier() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, anna_id) = app.signed_in("handler", "Anna").await;

    let sent = act(&app, &anna, &id, "reply", &[("message", "Vi har läst.")]).await;

    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(holder_and_status(&app, &id).await.0, Some(anna_id.clone()));
    assert_eq!(
        audited(&app, "claim", &id).await,
        vec![(anna_id, "reply".to_owned())]
    );
    assert_eq!(app.count("enquiry_messages").await, 1);
}

#[tokio::test]
async fn a_reply_to_a_case_a_colleague_holds_is_refused_and_the_text_is_kept() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let (anna, _) = app.signed_in("handler", "Anna").await;
    let (bo, _) = app.signed_in("handler", "Bo").await;
    act(&app, &anna, &id, "claim", &[]).await;

    let refused = act(
        &app,
        &bo,
        &id,
        "reply",
        &[("message", "Mitt svar <som> jag skrev")],
    )
    .await;

    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("Svaret skickades inte: \u{2068}Anna\u{2069} har ärendet"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains(">Mitt svar &lt;som&gt; jag skrev</textarea>"),
        "the typed reply is kept, escaped (the page base context must not overwrite `draft`)"
    );
    assert!(refused.body.contains("href=\"#i-message\""));
    assert_eq!(app.count("enquiry_messages").await, 0, "nothing was sent");
    assert!(audited(&app, "reply", &id).await.is_empty());
    // The holder replies as usual.
    let sent = act(&app, &anna, &id, "reply", &[("message", "Vi har läst.")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("enquiry_messages").await, 1);
}

#[tokio::test]
async fn claim_routes_answer_every_role_as_the_policy_says() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "hej")]).await;
    let id = app.newest_enquiry_id().await;
    let mut wrong = Vec::new();
    for (role, expected) in [("auditor", 403), ("municipality", 403)] {
        let client = app.staff(role).await;
        for action in ["claim", "release", "take-over"] {
            let got = app
                .post_as(
                    &client,
                    "/console/sign-in",
                    &format!("/console/cases/{id}/{action}"),
                    &[],
                )
                .await
                .status
                .as_u16();
            if got != expected {
                wrong.push(format!("{role} {action}: {got}, expected {expected}"));
            }
        }
    }
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let got = app
        .post_as(
            &anonymous,
            "/console/sign-in",
            &format!("/console/cases/{id}/claim"),
            &[],
        )
        .await;
    if got.status != StatusCode::SEE_OTHER || got.location() != "/console/sign-in" {
        wrong.push(format!("none claim: {}", got.status));
    }
    let handler = app.staff("handler").await;
    // A valid token (from the queue page's sign-out form) for a case that does not exist.
    let missing = app
        .post_as(&handler, "/console/", "/console/cases/no-such-case/claim", &[])
        .await;
    if missing.status != StatusCode::NOT_FOUND {
        wrong.push(format!("claim of an unknown case: {}", missing.status));
    }
    let forged = app
        .send(
            handler
                .post(app.url(&format!("/console/cases/{id}/claim")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("_csrf=forged"),
        )
        .await;
    if forged.status != StatusCode::FORBIDDEN {
        wrong.push(format!("claim with a forged token: {}", forged.status));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(holder_and_status(&app, &id).await.0, None, "nobody got the case");
}
