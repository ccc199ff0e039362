//! Callback requests (public form and the console's handling) and calls taken by phone.

use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::i18n::Lang;
use reqwest::StatusCode;
use time::macros::datetime;

use crate::helpers::{TestApp, receipt_code};

/// A valid callback request, as a person would fill it in.
fn request<'a>(code_word: &'a str, message: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("phone", "070-123 45 67"),
        ("windows", "weekday_morning"),
        ("windows", "weekend_day"),
        ("voicemail_ok", "false"),
        ("may_say_who", "false"),
        ("code_word", code_word),
        ("language", "sv"),
        ("enquirer", "relative"),
        ("threat", "some"),
        ("message", message),
    ]
}

/// Sends a callback request; returns the case id.
async fn send_callback(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let answer = app.post_form("/sv/callback", "/sv/callback", fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    app.newest_enquiry_id().await
}

async fn text_column(app: &TestApp, sql: &'static str, id: &str) -> Option<String> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar::<_, Option<String>>(
        sql
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// Every byte the database holds: the SQLite files, or the rows of the tables that hold
/// enquiries and callbacks, as text and as escaped bytes.
async fn raw_database_text(app: &TestApp) -> String {
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
    for table in ["enquiries", "callbacks", "callback_attempts", "audit_log"] {
        let sql = sqlx::AssertSqlSafe(format!(
            "select coalesce(string_agg(row_to_json(t)::text || encode(convert_to(row_to_json(t)::text, 'UTF8'), 'escape'), ''), '') from {table} t"
        ));
        out.push_str(
            &sqlx::query_scalar::<_, String>(sql)
                .fetch_one(&pool)
                .await
                .unwrap_or_default(),
        );
    }
    for sql in [
        "select phone_sealed from callbacks",
        "select code_word_sealed from callbacks where code_word_sealed is not null",
        "select facts_sealed from enquiries",
    ] {
        for blob in sqlx::query_scalar::<_, Vec<u8>>(sql)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            out.push_str(&String::from_utf8_lossy(&blob));
        }
    }
    out
}

#[tokio::test]
async fn a_callback_request_is_stored_sealed_with_channel_callback_and_gives_a_receipt_code() {
    let app = TestApp::spawn().await;
    let code_word = format!("blabarssoppa{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let message = format!("callback-probe-{}", uuid::Uuid::new_v4().simple());
    let answer = app
        .post_form("/sv/callback", "/sv/callback", &request(&code_word, &message))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert!(answer.location().starts_with("/sv/enquiry/sent/"));
    let handoff = app.get(answer.location()).await;
    assert_eq!(handoff.status, StatusCode::OK);
    let code = receipt_code(&handoff.body);
    assert_eq!(code.len(), 19, "a grouped receipt code: {code}");

    let id = app.newest_enquiry_id().await;
    let channel = text_column(&app, "select channel from enquiries where id = $1", &id).await;
    assert_eq!(channel.as_deref(), Some("callback"));
    let windows = text_column(&app, "select windows from callbacks where enquiry_id = $1", &id).await;
    assert_eq!(
        windows.as_deref(),
        Some(""),
        "the windows are sealed with the other wishes"
    );
    let sealed: Vec<u8> = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_scalar(
        "select wishes_sealed from callbacks where enquiry_id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    let wishes: serde_json::Value = serde_json::from_slice(
        &app.state
            .keys()
            .open(&Context::new(Column::CallbackWishes, &id), &sealed)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        wishes["windows"],
        serde_json::json!(["weekday_morning", "weekend_day"])
    );

    let raw = raw_database_text(&app).await;
    assert!(raw.len() > 1000, "the raw dump has content");
    for needle in [
        "0701234567",
        "46701234567",
        "070-123 45 67",
        code_word.as_str(),
        message.as_str(),
        code.as_str(),
    ] {
        assert!(!raw.contains(needle), "the raw database holds {needle:?}");
    }
    // The person can come back with the code and see their words.
    let status = app.look_up("sv", &code).await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(status.body.contains(&message));
}

/// A validation case: why, the fields changed, the field's anchor and the message shown.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str);

#[tokio::test]
async fn each_callback_validation_error_keeps_everything_typed() {
    let app = TestApp::spawn().await;
    let long_word = "x".repeat(41);
    let cases: [Case<'_>; 6] = [
        (
            "no number",
            vec![("phone", "")],
            "i-phone",
            "Skriv numret som vi ska ringa.",
        ),
        (
            "a number that cannot be called",
            vec![("phone", "12345")],
            "i-phone",
            "Vi kan inte ringa det numret.",
        ),
        (
            "letters in the number",
            vec![("phone", "ring mig 070")],
            "i-phone",
            "Vi kan inte ringa det numret.",
        ),
        (
            "no safe window",
            vec![("windows", "")],
            "i-windows",
            "Välj minst en tid",
        ),
        (
            "a code word too long",
            vec![("code_word", long_word.as_str())],
            "i-code_word",
            "Kodordet är för långt",
        ),
        (
            "an interpreter without a language",
            vec![("interpreter", "true")],
            "i-interpreter_language",
            "Välj vilket språk tolken ska tala.",
        ),
    ];
    for (why, changes, anchor, text) in cases {
        let mut fields: Vec<(&str, &str)> = vec![
            ("phone", "070-123 45 67"),
            ("voicemail_ok", "true"),
            ("may_say_who", "false"),
            ("code_word", "lingon"),
            ("language", "ar"),
            ("enquirer", "relative"),
            ("municipality", "1280"),
            ("needs", "housing"),
            ("message", "kept text of the person"),
        ];
        let windows_cleared = changes.iter().any(|(k, v)| *k == "windows" && v.is_empty());
        if !windows_cleared {
            fields.push(("windows", "weekday_evening"));
        }
        for (key, value) in &changes {
            fields.retain(|(k, _)| k != key);
            if !value.is_empty() || *key == "phone" {
                fields.push((key, value));
            }
        }
        let answer = app.post_form("/sv/callback", "/sv/callback", &fields).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let body = &answer.body;
        assert!(body.contains(text), "{why}: the message is shown");
        assert!(
            body.contains(&format!("href=\"#{anchor}\"")),
            "{why}: the summary links the field"
        );
        assert!(
            body.contains("aria-invalid=\"true\"") || anchor == "i-windows",
            "{why}"
        );
        assert!(
            body.contains("kept text of the person"),
            "{why}: the message is kept"
        );
        assert!(
            body.contains("aria-describedby=\"h-municipality\" value=\"1280\""),
            "{why}: municipality kept as typed"
        );
        assert!(body.contains("value=\"housing\" checked"), "{why}: needs kept");
        assert!(
            body.contains("value=\"ar\" lang=\"ar\" selected"),
            "{why}: the call language is kept"
        );
        assert!(
            body.contains("name=\"voicemail_ok\" value=\"true\" checked"),
            "{why}: voicemail choice kept"
        );
        if !windows_cleared {
            assert!(
                body.contains("value=\"weekday_evening\" checked"),
                "{why}: the window is kept"
            );
        }
        for (key, value) in &changes {
            if *key == "phone" || *key == "code_word" {
                assert!(
                    body.contains(&format!("value=\"{value}\"")),
                    "{why}: the typed {key} is kept"
                );
            }
        }
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing was stored");
}

#[tokio::test]
async fn the_console_shows_the_callback_and_warns_only_outside_the_safe_windows() {
    let app = TestApp::spawn().await;
    // Monday 23 November 2026, 10:30 in Stockholm: outside an evening-only window.
    let id = send_callback(
        &app,
        &[
            ("phone", "+46 (0)70-123 45 67"),
            ("windows", "weekday_evening"),
            ("voicemail_ok", "false"),
            ("may_say_who", "true"),
            ("code_word", "hallonsylt"),
            ("language", "ar"),
            ("interpreter", "true"),
            ("interpreter_language", "ti"),
        ],
    )
    .await;
    let (handler, handler_id) = app.signed_in("handler", "hanna").await;
    app.claim(&handler, &id).await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("tel:+46701234567"), "the number, normalised");
    assert!(body.contains("hallonsylt"), "the code word");
    assert!(body.contains("vardagar 17–21"), "the window");
    assert!(body.contains("Lämna inget röstmeddelande"));
    assert!(body.contains("Får säga att det är Kontaktpunkten"));
    assert!(
        body.contains("Behövs: \u{2068}ti\u{2069}"),
        "the interpreter's language"
    );
    assert!(body.contains("Ring inte nu"), "the out-of-window warning");
    assert!(
        body.contains("Nästa säkra tid börjar \u{2068}2026-11-23 17:00\u{2069}"),
        "the next safe window"
    );
    assert!(
        body.contains("data-flag=\"needs_interpreter\"><strong>Behöver tolk</strong>"),
        "the interpreter wish is flagged"
    );
    let views = kontaktpunkt::audit::recent(app.state.db(), 50, Some("view_contact"))
        .await
        .unwrap();
    assert!(
        views
            .iter()
            .any(|r| r.actor == handler_id && r.case_id.as_deref() == Some(id.as_str())),
        "showing the number is audited"
    );

    // 18:30 in Stockholm: inside the window, no warning.
    app.clock.set(datetime!(2026-11-23 17:30 UTC));
    // Sessions are short-lived: sign in again at the new time.
    let (handler, _) = app.signed_in("handler", "hanna-evening").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("Ring inte nu"),
        "no warning inside the window"
    );
    assert!(
        page.body
            .contains("Nu är en säker tid, till \u{2068}2026-11-23 21:00\u{2069}")
    );

    // Christmas Eve is a day off: the weekday evening does not hold.
    app.clock.set(datetime!(2026-12-24 17:30 UTC));
    let (handler, _) = app.signed_in("handler", "hanna-christmas").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Ring inte nu"),
        "holidays count as weekend days"
    );
}

#[tokio::test]
async fn a_protected_case_hides_the_number_from_a_handler_not_named_on_it() {
    let app = TestApp::spawn().await;
    let id = send_callback(&app, &request("kodordet", "hej")).await;
    let (unnamed, _) = app.signed_in("handler", "ulla").await;
    let (named, named_id) = app.signed_in("handler", "nils").await;
    kontaktpunkt::with_db!(app.state.db(), |pool| {
        sqlx::query("update enquiries set protected = $2 where id = $1")
            .bind(&id)
            .bind(true)
            .execute(pool)
            .await
            .unwrap();
        sqlx::query(
            "insert into protected_access (enquiry_id, user_id, granted_by, granted_at) values ($1, $2, $2, $3)",
        )
        .bind(&id)
        .bind(&named_id)
        .bind(0_i64)
        .execute(pool)
        .await
        .unwrap();
    });
    let hidden = app.get_as(&unnamed, &format!("/console/cases/{id}")).await;
    assert_eq!(hidden.status, StatusCode::OK);
    assert!(!hidden.body.contains("46701234567") && !hidden.body.contains("kodordet"));
    assert!(hidden.body.contains("Dolt: ärendet har skyddade personuppgifter"));
    assert!(
        !hidden.body.contains("/callback/attempt"),
        "no attempt form for the unnamed"
    );
    let refused = app
        .post_as(
            &unnamed,
            &format!("/console/cases/{id}"),
            &format!("/console/cases/{id}/callback/attempt"),
            &[("outcome", "reached")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // The named handler who takes the case reads it.
    app.claim(&named, &id).await;
    let shown = app.get_as(&named, &format!("/console/cases/{id}")).await;
    assert!(shown.body.contains("tel:+46701234567") && shown.body.contains("kodordet"));
    assert!(shown.body.contains("/callback/attempt"));
}

#[tokio::test]
async fn attempts_follow_the_retry_plan_and_a_wrong_person_stops_every_call() {
    let app = TestApp::spawn().await;
    let id = send_callback(
        &app,
        &[
            ("phone", "0701234567"),
            ("windows", "weekday_morning"),
            ("windows", "weekday_afternoon"),
        ],
    )
    .await;
    let (handler, _) = app.signed_in("handler", "harald").await;
    app.claim(&handler, &id).await;
    let case = format!("/console/cases/{id}");
    let action = format!("/console/cases/{id}/callback/attempt");
    // 10:30 inside the morning: the proposed retry is the afternoon's start.
    let page = app.get_as(&handler, &case).await;
    assert!(page.body.contains("value=\"2026-11-23T12:00\""), "{}", page.body);

    let first = app
        .post_as(
            &handler,
            &case,
            &action,
            &[
                ("outcome", "no_answer"),
                ("note", "signal gick fram"),
                ("next_try", "2026-11-23T12:00"),
            ],
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(first.location(), format!("{case}#callback"));

    // An unanswered call is retried only inside the person's windows; the note is kept.
    let outside = app
        .post_as(
            &handler,
            &case,
            &action,
            &[
                ("outcome", "no_answer"),
                ("note", "andra försöket"),
                ("next_try", "2026-11-23T22:00"),
            ],
        )
        .await;
    assert_eq!(outside.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(outside.body.contains("inom en av personens säkra tider"));
    assert!(outside.body.contains("andra försöket") && outside.body.contains("value=\"2026-11-23T22:00\""));
    let missing = app
        .post_as(&handler, &case, &action, &[("note", "utan utfall")])
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Välj hur samtalet gick.") && missing.body.contains("utan utfall"));

    // The person asked for a later time themselves: any future time is fine.
    let later = app
        .post_as(
            &handler,
            &case,
            &action,
            &[("outcome", "try_later"), ("next_try", "2026-11-23 22:00")],
        )
        .await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
    for _ in 0..2 {
        let again = app
            .post_as(&handler, &case, &action, &[("outcome", "no_answer")])
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
    }
    let page = app.get_as(&handler, &case).await;
    assert!(
        page.body
            .contains("Tre försök utan svar. Ett sista försök föreslås"),
        "{}",
        page.body
    );
    assert!(page.body.contains("signal gick fram"), "notes are listed");
    app.post_as(&handler, &case, &action, &[("outcome", "no_answer")])
        .await;
    let page = app.get_as(&handler, &case).await;
    assert!(page.body.contains("Sluta ringa"));
    assert!(
        page.body
            .contains("name=\"next_try\" type=\"datetime-local\" value=\"\""),
        "no retry is proposed after the final try"
    );

    let wrong = app
        .post_as(&handler, &case, &action, &[("outcome", "wrong_person")])
        .await;
    assert_eq!(wrong.status, StatusCode::SEE_OTHER);
    let page = app.get_as(&handler, &case).await;
    assert!(page.body.contains("Ring inte igen."));
    assert!(
        !page.body.contains(&format!("action=\"{action}\"")),
        "the attempt form is gone"
    );
    let after = app
        .post_as(&handler, &case, &action, &[("outcome", "reached")])
        .await;
    assert_eq!(
        after.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no call after a wrong person"
    );
    let attempts = kontaktpunkt::audit::recent(app.state.db(), 50, Some("callback_attempt"))
        .await
        .unwrap();
    assert_eq!(attempts.len(), 6);
    assert!(attempts.iter().any(|r| r.detail == "wrong_person"));
    assert_eq!(app.count("callback_attempts").await, 6);
    let raw = raw_database_text(&app).await;
    assert!(!raw.contains("signal gick fram"), "notes are sealed");
}

#[tokio::test]
async fn a_phone_enquiry_is_triaged_stored_claimed_by_its_handler_and_audited() {
    let app = TestApp::spawn().await;
    let (handler, handler_id) = app.signed_in("handler", "petra").await;
    let form = app.get_as(&handler, "/console/phone").await;
    assert_eq!(form.status, StatusCode::OK);
    let auditor = app.staff("auditor").await;
    assert_eq!(
        app.get_as(&auditor, "/console/phone").await.status,
        StatusCode::FORBIDDEN
    );

    let missing = app
        .post_as(
            &handler,
            "/console/phone",
            "/console/phone",
            &[("enquirer", "relative"), ("municipality", "1280")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Skriv några rader om samtalet."));
    assert!(
        missing.body.contains("value=\"relative\" checked"),
        "the choices are kept"
    );

    let notes = format!("phone-notes-{}", uuid::Uuid::new_v4().simple());
    let saved = app
        .post_as(
            &handler,
            "/console/phone",
            "/console/phone",
            &[
                ("enquirer", "relative"),
                ("age_band", "15_17"),
                ("threat", "serious"),
                ("municipality", "1280"),
                ("language", "ar"),
                ("message", &notes),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let done = app.get_as(&handler, saved.location()).await;
    assert_eq!(done.status, StatusCode::OK);
    let code = receipt_code(&done.body);
    let id = app.newest_enquiry_id().await;
    assert!(
        done.body.contains(&format!("/console/cases/{id}")),
        "links the new case"
    );
    assert_eq!(
        app.get_as(&handler, saved.location()).await.status,
        StatusCode::NOT_FOUND,
        "the code is shown once"
    );

    let row = kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<
        _,
        (String, String, Option<String>, Option<i64>, String, bool),
    >(
        "select channel, status, assigned_to, assigned_at, priority, child from enquiries where id = $1"
    )
    .bind(&id)
    .fetch_one(pool)
    .await
    .unwrap());
    assert_eq!(row.0, "phone");
    assert_eq!(row.1, "in_progress");
    assert_eq!(row.2.as_deref(), Some(handler_id.as_str()));
    assert!(row.3.is_some());
    assert_eq!(row.4, "P2", "a serious threat is triaged as P2");
    assert!(row.5, "the engine flagged a child");
    let audited = kontaktpunkt::audit::recent(app.state.db(), 50, Some("phone_enquiry"))
        .await
        .unwrap();
    assert!(
        audited
            .iter()
            .any(|r| r.actor == handler_id && r.case_id.as_deref() == Some(id.as_str()))
    );

    let case = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert!(case.body.contains(&notes), "the notes are the case's message");
    // The caller can follow up on the web with the code read to them.
    let status = app.look_up("ar", &code).await;
    assert_eq!(status.status, StatusCode::OK);
}

#[tokio::test]
async fn the_callback_page_renders_in_every_language_and_the_relatives_page_links_it() {
    let app = TestApp::spawn().await;
    for lang in Lang::ALL {
        let tag = lang.tag();
        let page = app.get(&format!("/{tag}/callback")).await;
        assert_eq!(page.status, StatusCode::OK, "{tag}");
        assert!(
            page.body
                .contains(&format!("<html lang=\"{tag}\" dir=\"{}\"", lang.dir())),
            "{tag}"
        );
        assert!(
            page.body.contains(&format!("action=\"/{tag}/callback\"")),
            "{tag}"
        );
        assert!(
            page.body.contains("href=\"tel:112\""),
            "{tag}: the emergency number"
        );
        assert!(
            page.body.contains(&format!("href=\"/{tag}/when-closed\"")),
            "{tag}: other numbers"
        );
        assert!(!page.body.contains("callback-"), "{tag}: no missing message ids");
        let relatives = app.get(&format!("/{tag}/relatives")).await;
        assert!(
            relatives.body.contains(&format!("href=\"/{tag}/callback\"")),
            "{tag}"
        );
    }
}

#[tokio::test]
async fn with_the_database_down_the_callback_form_answers_503_and_keeps_everything() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/callback").await;
    let token = crate::helpers::csrf_token(&page.body);
    app.state.db().close().await;
    let mut fields = vec![("_csrf", token.as_str())];
    let typed = request("smultron", "text that must survive");
    fields.extend(typed.iter().copied());
    let answer = app.post_raw("/sv/callback", &fields).await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(answer.body.contains("Ditt meddelande är inte skickat än"));
    assert!(answer.body.contains("text that must survive"));
    assert!(answer.body.contains("value=\"070-123 45 67\"") && answer.body.contains("value=\"smultron\""));
    assert!(answer.body.contains("value=\"weekend_day\" checked"));
}
