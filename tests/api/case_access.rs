//! Who reads a case (`src/console/access.rs`), the promise "only the handlers working on
//! your case can read it": the queue shows the decision's facts, never content; the
//! person's words, the conversation and contact data are read by the handler who holds
//! the case, or by one who wrote why (break-glass: audited, expiring, listed for
//! supervisors); admins and auditors never read them; a protected case's municipality,
//! words and contact data are hidden from everyone not named on it, also through the
//! queue's filters.

use reqwest::StatusCode;

use crate::helpers::{Answer, TestApp};

/// The callback number's digits as the console shows them (E.164).
const PHONE: &str = "070-987 65 43";
const PHONE_DIGITS: &str = "709876543";

/// A unique word to look for.
fn probe(what: &str) -> String {
    let unique = uuid::Uuid::new_v4().simple().to_string();
    format!("{what}probe{}", &unique[..12])
}

/// A callback request with `message` and `code_word`; returns the case id.
async fn callback_case(app: &TestApp, message: &str, code_word: &str) -> String {
    let fields = [
        ("phone", PHONE),
        ("windows", "weekday_morning"),
        ("voicemail_ok", "false"),
        ("may_say_who", "false"),
        ("code_word", code_word),
        ("language", "sv"),
        ("enquirer", "self"),
        ("threat", "some"),
        ("message", message),
    ];
    let answer = app.post_form("/sv/callback", "/sv/callback", &fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    app.newest_enquiry_id().await
}

fn case(id: &str) -> String {
    format!("/console/cases/{id}")
}

/// Posts `action` of case `id`'s page as `client`.
async fn act(
    app: &TestApp,
    client: &reqwest::Client,
    id: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> Answer {
    app.post_as(client, &case(id), &format!("{}/{action}", case(id)), fields)
        .await
}

/// Audit records of `action` on case `id`: (actor, detail).
async fn audited(app: &TestApp, action: &str, id: &str) -> Vec<(String, String)> {
    // Details are sealed at rest (#14): read as the audit page reads them.
    crate::sealed_referrals::audited_on(app, action, id).await
}

fn shows(page: &Answer, probes: &[&str]) -> bool {
    probes.iter().all(|p| page.body.contains(p))
}

fn hides(page: &Answer, probes: &[&str]) -> bool {
    probes.iter().all(|p| !page.body.contains(p))
}

#[tokio::test]
async fn a_handler_who_does_not_hold_the_case_sees_the_facts_but_no_words_or_contact_data() {
    let app = TestApp::spawn().await;
    let (words, code_word) = (probe("words"), probe("codeword"));
    let id = callback_case(&app, &words, &code_word).await;
    let (anna, _) = app.signed_in("handler", "Anna Läsare").await;
    let (bo, _) = app.signed_in("handler", "Bo Kollega").await;
    let secret = [words.as_str(), code_word.as_str(), PHONE_DIGITS];

    // The queue: the decision's facts and markers, never content.
    let queue = app.get_as(&anna, "/console/").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains(&id), "the case is in the queue");
    assert!(hides(&queue, &secret), "the queue shows no content");

    // Not held: the facts and the decision, and in place of the words why and how.
    let page = app.get_as(&anna, &case(&id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        hides(&page, &secret),
        "no words, code word or number: {}",
        page.body
    );
    assert!(page.body.contains("id=\"access\""), "the notice says why");
    assert!(page.body.contains("/break-glass"), "and offers the reason form");
    assert!(page.body.contains("/claim"), "and the claim");
    assert!(page.body.contains("class=\"facts\""), "the facts stay");
    assert!(
        audited(&app, "view_contact", &id).await.is_empty(),
        "no contact data was shown"
    );

    // Claimed: everything.
    assert_eq!(
        act(&app, &anna, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let held = app.get_as(&anna, &case(&id)).await;
    assert!(shows(&held, &secret), "the holder reads it all");
    assert_eq!(audited(&app, "view_contact", &id).await.len(), 1);

    // A colleague still does not; nor on the chat-less queue.
    let colleague = app.get_as(&bo, &case(&id)).await;
    assert!(hides(&colleague, &secret));
    assert!(hides(&app.get_as(&bo, "/console/?assigned=none").await, &secret));
    assert!(hides(&app.get_as(&bo, "/console/chats").await, &secret));
}

#[tokio::test]
async fn a_written_reason_lets_one_read_is_audited_expires_and_is_listed_for_supervisors() {
    let app = TestApp::spawn().await;
    let (words, code_word) = (probe("words"), probe("codeword"));
    let id = callback_case(&app, &words, &code_word).await;
    let (holder, _) = app.signed_in("handler", "Hanna Håller").await;
    let (reader, reader_id) = app.signed_in("handler", "Rut Läser").await;
    let (supervisor, _) = app.signed_in("supervisor", "Sara Arbetsledare").await;
    assert_eq!(
        act(&app, &holder, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let secret = [words.as_str(), code_word.as_str(), PHONE_DIGITS];

    // An empty reason is refused, with the form kept.
    let empty = act(&app, &reader, &id, "break-glass", &[("reason", "   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains("id=\"i-access-reason\""),
        "the form is there again"
    );
    assert!(empty.body.contains("aria-invalid=\"true\""));
    assert!(hides(&empty, &secret));
    let long = "x".repeat(501);
    let too_long = act(&app, &reader, &id, "break-glass", &[("reason", &long)]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(&long), "what was typed is kept");
    assert_eq!(app.count("break_glass").await, 0);

    let reason = "Personen ringer nu och Hanna är i ett annat samtal";
    let given = act(&app, &reader, &id, "break-glass", &[("reason", reason)]).await;
    assert_eq!(given.status, StatusCode::SEE_OTHER, "{}", given.body);
    let page = app.get_as(&reader, &case(&id)).await;
    assert!(shows(&page, &secret), "a reason given reads the case");
    let records = audited(&app, "break_glass", &id).await;
    assert_eq!(records.len(), 1, "the reason is an audit record");
    assert_eq!(records[0].0, reader_id);
    assert!(!records[0].1.contains("Hanna"), "the audit log holds no text");

    // The reason is sealed at rest.
    let raw: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Vec<u8>>(
        "select reason_sealed from break_glass"
    )
    .fetch_one(pool)
    .await
    .unwrap());
    assert!(!String::from_utf8_lossy(&raw).contains("Hanna"));

    // Supervisors see who, which case, when and why; handlers may not look.
    let list = app.get_as(&supervisor, "/console/break-glass").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Rut Läser") && list.body.contains(&id) && list.body.contains(reason));
    assert!(hides(&list, &secret));
    assert_eq!(
        app.get_as(&reader, "/console/break-glass").await.status,
        StatusCode::FORBIDDEN
    );

    // After the configured hour it reads nothing.
    app.clock.advance(time::Duration::minutes(61));
    let later = app.get_as(&reader, &case(&id)).await;
    assert_eq!(later.status, StatusCode::OK);
    assert!(hides(&later, &secret), "the reason has expired");
    assert!(later.body.contains("/break-glass"), "and may be given again");
}

#[tokio::test]
async fn admins_and_auditors_never_see_case_content_whatever_they_do() {
    let app = TestApp::spawn().await;
    let (words, code_word) = (probe("words"), probe("codeword"));
    let id = callback_case(&app, &words, &code_word).await;
    let (holder, _) = app.signed_in("handler", "Hilda Håller").await;
    assert_eq!(
        act(&app, &holder, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let reply = probe("reply");
    assert_eq!(
        act(&app, &holder, &id, "reply", &[("message", &reply)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let secret = [words.as_str(), code_word.as_str(), PHONE_DIGITS, reply.as_str()];
    let admin = app.staff("admin").await;
    let auditor = app.staff("auditor").await;

    let pages = [
        "/console/".to_owned(),
        "/console/chats".to_owned(),
        "/console/audit".to_owned(),
        "/console/break-glass".to_owned(),
        "/console/overrides".to_owned(),
        case(&id),
    ];
    for path in &pages {
        for (who, client) in [("admin", &admin), ("auditor", &auditor)] {
            let page = app.get_as(client, path).await;
            assert!(hides(&page, &secret), "{who} sees content on {path}");
        }
    }
    assert_eq!(
        app.get_as(&auditor, &case(&id)).await.status,
        StatusCode::FORBIDDEN
    );

    // An admin who takes the case over, or gives a reason, still reads nothing.
    let taken = act(
        &app,
        &admin,
        &id,
        "take-over",
        &[("from", &app.user_id("Hilda Håller").await)],
    )
    .await;
    assert_eq!(taken.status, StatusCode::SEE_OTHER);
    let page = app.get_as(&admin, &case(&id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(hides(&page, &secret), "holding it, an admin reads nothing");
    let glass = act(&app, &admin, &id, "break-glass", &[("reason", "nyfiken")]).await;
    assert_eq!(glass.status, StatusCode::FORBIDDEN);
    assert!(hides(&app.get_as(&admin, &case(&id)).await, &secret));
}

/// A protected case in Arjeplog (police region Nord) marked by `marker`; returns its id.
async fn protected_case(app: &TestApp, marker: &reqwest::Client, words: &str) -> String {
    app.send_enquiry(
        "sv",
        &[("municipality", "2506"), ("threat", "some"), ("message", words)],
    )
    .await;
    let id = app.newest_enquiry_id().await;
    assert_eq!(
        act(app, marker, &id, "protect", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    id
}

#[tokio::test]
async fn a_protected_cases_place_and_words_are_only_for_the_handlers_named_on_it() {
    let app = TestApp::spawn().await;
    let words = probe("words");
    let (named, _) = app.signed_in("handler", "Nora Namngiven").await;
    let (other, _) = app.signed_in("handler", "Olle Annan").await;
    let (supervisor, _) = app.signed_in("supervisor", "Siv Arbetsledare").await;
    let id = protected_case(&app, &named, &words).await;

    // Not named: neither the municipality nor the words, even holding it or with a reason.
    for client in [&other, &supervisor] {
        let page = app.get_as(client, &case(&id)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("Arjeplog"),
            "the place is hidden: {}",
            page.body
        );
        assert!(!page.body.contains(&words));
    }
    assert_eq!(
        act(&app, &other, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let held = app.get_as(&other, &case(&id)).await;
    assert!(
        !held.body.contains("Arjeplog") && !held.body.contains(&words),
        "a claim does not lift it"
    );
    let glass = act(&app, &supervisor, &id, "break-glass", &[("reason", "måste läsa")]).await;
    assert_eq!(glass.status, StatusCode::FORBIDDEN, "nor does a reason");
    assert!(!glass.body.contains("Arjeplog") && !glass.body.contains(&words));

    // Named: the place; and the words once they hold it (the supervisor takes it over).
    let page = app.get_as(&named, &case(&id)).await;
    assert!(page.body.contains("Arjeplog"), "the named handler sees the place");
    assert!(!page.body.contains(&words), "but reads only what they hold");
    let other_id = app.user_id("Olle Annan").await;
    let moved = act(&app, &supervisor, &id, "take-over", &[("from", &other_id)]).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    // Hand it to the named handler: the supervisor releases, Nora claims.
    assert_eq!(
        act(&app, &supervisor, &id, "release", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        act(&app, &named, &id, "claim", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let holding = app.get_as(&named, &case(&id)).await;
    assert!(holding.body.contains("Arjeplog") && holding.body.contains(&words));
}

#[tokio::test]
async fn the_queue_filtered_by_place_does_not_reveal_a_protected_case_to_anyone_not_named() {
    let app = TestApp::spawn().await;
    let words = probe("words");
    let (named, _) = app.signed_in("handler", "Nils Namngiven").await;
    let (other, _) = app.signed_in("handler", "Olga Annan").await;
    let id = protected_case(&app, &named, &words).await;

    let by_region = "/console/?region=nord";
    let seen = app.get_as(&named, by_region).await;
    assert!(seen.body.contains(&id), "the named handler finds it by region");
    let unseen = app.get_as(&other, by_region).await;
    assert_eq!(unseen.status, StatusCode::OK);
    assert!(!unseen.body.contains(&id), "nobody else learns its region");
    // Unfiltered, the case is in everyone's queue with its marker, and no place.
    let queue = app.get_as(&other, "/console/").await;
    assert!(queue.body.contains(&id));
    assert!(!queue.body.contains("Arjeplog") && !queue.body.contains(&words));
    // The other regions do not list it either.
    assert!(
        !app.get_as(&named, "/console/?region=syd")
            .await
            .body
            .contains(&id)
    );
}

#[tokio::test]
async fn a_chats_transcript_is_read_only_by_the_handler_who_accepted_it() {
    let app = TestApp::spawn().await;
    let started = app.post_form("/sv/chat", "/sv/chat", &[]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let path = started.location().to_owned();
    let words = probe("chat");
    let sent = app
        .post_form(&path, &format!("{path}/message"), &[("message", &words)])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let id = app.newest_enquiry_id().await;
    let (anna, _) = app.signed_in("handler", "Anna Chattar").await;
    let (bo, _) = app.signed_in("handler", "Bo Tittar").await;
    let chat = format!("/console/chats/{id}");

    // Waiting: the chat list and the chat page show no words to anyone.
    assert!(!app.get_as(&bo, "/console/chats").await.body.contains(&words));
    let waiting = app.get_as(&bo, &chat).await;
    assert_eq!(waiting.status, StatusCode::OK);
    assert!(!waiting.body.contains(&words) && !waiting.body.contains("data-ws="));

    let accepted = app
        .post_as(&anna, "/console/chats", &format!("{chat}/accept"), &[])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert!(
        app.get_as(&anna, &chat).await.body.contains(&words),
        "the one who accepted reads it"
    );
    assert!(
        !app.get_as(&bo, &chat).await.body.contains(&words),
        "a colleague does not"
    );
    assert!(!app.get_as(&bo, &case(&id)).await.body.contains(&words));
}

#[tokio::test]
async fn someone_not_named_on_a_protected_case_cannot_act_on_it_by_posting_directly() {
    let app = TestApp::spawn().await;
    let words = probe("words");
    let (named, _) = app.signed_in("handler", "Nora Namngiven").await;
    let (other, _) = app.signed_in("handler", "Olle Annan").await;
    let id = protected_case(&app, &named, &words).await;
    // What was done to the case (reading the page to post is audited as a view).
    let acts = || async {
        kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, i64>(
            "select count(*) from audit_log where case_id = $1 and action not like 'view%'"
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap())
    };
    let before = acts().await;
    for (action, fields) in [
        ("facts", vec![("threat", "none")]),
        ("close", vec![("outcome", "no_further_action")]),
        (
            "referrals",
            vec![
                ("org", "socialtjanst:2506"),
                ("kind", "referral"),
                ("categories", "basic"),
                ("consent_how", "phone"),
                ("consent_at", "2026-11-23T10:00"),
            ],
        ),
        ("callback/attempt", vec![("outcome", "no_answer")]),
        ("template", vec![("template", "first-contact")]),
    ] {
        let answer = act(&app, &other, &id, action, &fields).await;
        assert_eq!(
            answer.status,
            StatusCode::FORBIDDEN,
            "{action}: {}",
            answer.status
        );
        assert!(
            !answer.body.contains("Arjeplog") && !answer.body.contains(&words),
            "{action}"
        );
    }
    assert_eq!(app.count("referrals").await, 0);
    assert_eq!(acts().await, before, "nothing was done");
    // The named handler may (closing, for one).
    act(&app, &named, &id, "claim", &[]).await;
    let closed = act(&app, &named, &id, "close", &[("outcome", "no_further_action")]).await;
    assert_ne!(closed.status, StatusCode::FORBIDDEN, "{}", closed.body);
}
