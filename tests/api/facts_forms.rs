//! The facts added for #12 (`writer_age_band`, `enquiry_type`, `risks`, the new
//! `situation` values) on every form that asks them: a wrong value or an unknown
//! municipality is a 422 naming the field with everything typed kept, a right one is
//! stored, and the case page shows it in words, never as a code.

use kontaktpunkt::crypto::{Column, Context};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Answer, PASSWORD, TestApp, csrf_token};

/// The facts stored for enquiry `id`, opened.
async fn stored_facts(app: &TestApp, id: &str) -> Value {
    let row = kontaktpunkt::enquiry::store::case_row(app.state.db(), id)
        .await
        .unwrap()
        .unwrap();
    let facts = app
        .state
        .keys()
        .open(&Context::new(Column::EnquiryFacts, id), &row.facts_sealed)
        .unwrap();
    let facts: Value = serde_json::from_slice(&facts).unwrap();
    facts["enquiry"].clone()
}

/// The case page's list of what is known (`<dl class="facts">…</dl>`), without the facts
/// form (whose inputs carry the codes as values).
fn facts_list(page: &str) -> &str {
    let start = page
        .find("<dl class=\"facts\">")
        .expect("the page lists the facts");
    let end = page[start..].find("</dl>").unwrap() + start;
    &page[start..end]
}

/// Asserts `body` has `value` of the question `name` chosen (a radio, a checkbox, or an
/// option of its select).
#[track_caller]
fn ticked(body: &str, name: &str, value: &str) {
    let needle = format!("name=\"{name}\" value=\"{value}\" checked");
    if body.contains(&needle) {
        return;
    }
    let select = format!("name=\"{name}\"");
    let start = body.find(&select).unwrap_or_else(|| panic!("{name} is asked"));
    let end = body[start..].find("</select>").map_or(start, |e| e + start);
    let option = format!("<option value=\"{value}\" selected>");
    assert!(body[start..end].contains(&option), "{name}={value} kept");
}

/// `typed` with `field` given the `wrong` value: added to a repeating answer, in place of
/// a single one.
fn with_wrong<'a>(typed: &[(&'a str, &'a str)], field: &'a str, wrong: &'a str) -> Vec<(&'a str, &'a str)> {
    let single = !matches!(field, "risks" | "situation" | "needs" | "environment");
    let mut fields: Vec<(&str, &str)> = typed
        .iter()
        .filter(|(name, _)| !(single && *name == field))
        .copied()
        .collect();
    fields.push((field, wrong));
    fields
}

/// Asserts the form's error summary links to the field `name`.
#[track_caller]
fn names_field(answer: &Answer, name: &str) {
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    let link = format!("href=\"#i-{name}\"");
    assert!(answer.body.contains(&link), "the summary names {name}");
}

/// The Swedish words the case page shows for the facts every test chooses.
const WORDS: [&str; 4] = [
    "Tankar på att skada sig själv",
    "Sitter i häkte och väntar på rättegång",
    "Om du är närstående: hur gammal är du?",
    "Stämmer något av det här?",
];

/// Asserts the case page shows the chosen facts in words and none of their codes.
#[track_caller]
fn shown_in_words(page: &Answer, also: &[&str]) {
    assert_eq!(page.status, StatusCode::OK);
    let list = facts_list(&page.body);
    for words in WORDS.iter().chain(also) {
        assert!(list.contains(words), "the case page shows {words:?}: {list}");
    }
    for code in [
        "self_harm",
        "on_remand",
        "writer_age_band",
        "partner_violence",
        "opt-",
    ] {
        assert!(!list.contains(code), "no raw {code} on the case page");
    }
}

/// A municipality user signed in to the inbox.
async fn inbox_user(app: &TestApp, name: &str) -> reqwest::Client {
    let secret = app.create_user("municipality", name, &["1280"]).await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = app.get_as(&client, "/inbox/sign-in").await;
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
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{name} signs in");
    client
}

#[tokio::test]
async fn the_public_enquiry_asks_the_new_facts_keeps_them_on_an_error_and_stores_them() {
    let app = TestApp::spawn().await;
    let form = app.get("/sv/enquiry").await;
    for needle in [
        "<option value=\"26_plus\">",
        "name=\"enquiry_type\"",
        "<option value=\"method_support\">",
        "name=\"risks\" value=\"self_harm\"",
        "name=\"situation\" value=\"open_social_services_case\"",
        "Om du är närstående: hur gammal är du?",
        "Har redan kontakt med en socialsekreterare",
        "Sitter i fängelse (avtjänar ett straff)",
    ] {
        assert!(form.body.contains(needle), "the form asks {needle}");
    }

    let mut typed = vec![
        ("enquirer", "relative"),
        ("writer_age_band", "15_17"),
        ("age_band", "15_17"),
        ("enquiry_type", "consultation"),
        ("situation", "on_remand"),
        ("risks", "self_harm"),
        ("risks", "partner_violence"),
        ("message", "facts-probe: min bror sitter i häkte"),
    ];
    for (field, wrong) in [
        ("risks", "crime"),
        ("writer_age_band", "old"),
        ("enquiry_type", "gossip"),
        ("situation", "jail"),
        ("municipality", "9999"),
    ] {
        let fields = with_wrong(&typed, field, wrong);
        let answer = app.post_form("/sv/enquiry", "/sv/enquiry", &fields).await;
        names_field(&answer, field);
        assert!(answer.body.contains("facts-probe: min bror sitter i häkte"));
        if field != "writer_age_band" {
            ticked(&answer.body, "writer_age_band", "15_17");
        }
        if field != "enquiry_type" {
            ticked(&answer.body, "enquiry_type", "consultation");
        }
        ticked(&answer.body, "situation", "on_remand");
        ticked(&answer.body, "risks", "self_harm");
        ticked(&answer.body, "risks", "partner_violence");
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");

    typed.push(("municipality", "1280"));
    app.send_enquiry("sv", &typed).await;
    let id = app.newest_enquiry_id().await;
    let facts = stored_facts(&app, &id).await;
    assert_eq!(facts["writer_age_band"], "15_17");
    assert_eq!(facts["enquiry_type"], "consultation");
    assert_eq!(facts["situation"], json!(["on_remand"]));
    assert_eq!(facts["risks"], json!(["self_harm", "partner_violence"]));

    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    shown_in_words(
        &page,
        &[
            "En pojkvän, flickvän eller partner gör dig (eller personen) illa",
            "Råd om en person (utan att ange namn)",
        ],
    );
}

#[tokio::test]
async fn a_callback_request_asks_the_new_facts_and_keeps_everything_on_an_error() {
    let app = TestApp::spawn().await;
    let form = app.get("/sv/callback").await;
    assert!(form.body.contains("name=\"risks\" value=\"threat_to_writer\""));
    assert!(form.body.contains("name=\"writer_age_band\""));
    assert!(
        !form.body.contains("name=\"enquiry_type\""),
        "a callback is no professional's consultation"
    );
    let mut typed = vec![
        ("phone", "070-123 45 67"),
        ("windows", "weekday_evening"),
        ("enquirer", "relative"),
        ("writer_age_band", "15_17"),
        ("situation", "on_remand"),
        ("risks", "self_harm"),
        ("risks", "threat_to_writer"),
        ("message", "callback-probe: ring mig på kvällen"),
    ];
    for (field, wrong) in [
        ("writer_age_band", "ancient"),
        ("risks", "crime"),
        ("situation", "jail"),
        ("municipality", "0000"),
    ] {
        let fields = with_wrong(&typed, field, wrong);
        let answer = app.post_form("/sv/callback", "/sv/callback", &fields).await;
        names_field(&answer, field);
        assert!(answer.body.contains("callback-probe: ring mig på kvällen"));
        assert!(answer.body.contains("070-123 45 67"), "the number is kept");
        if field != "writer_age_band" {
            ticked(&answer.body, "writer_age_band", "15_17");
        }
        ticked(&answer.body, "situation", "on_remand");
        ticked(&answer.body, "risks", "self_harm");
        ticked(&answer.body, "risks", "threat_to_writer");
        assert!(answer.body.contains("value=\"weekday_evening\" checked"));
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");

    typed.push(("municipality", "1280"));
    let sent = app.post_form("/sv/callback", "/sv/callback", &typed).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id = app.newest_enquiry_id().await;
    let facts = stored_facts(&app, &id).await;
    assert_eq!(facts["channel"], "callback");
    assert_eq!(facts["writer_age_band"], "15_17");
    assert_eq!(facts["risks"], json!(["self_harm", "threat_to_writer"]));
    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    shown_in_words(&page, &["Jag som skriver är också hotad"]);
}

#[tokio::test]
async fn the_chat_asks_a_relatives_age_and_the_risks_first_and_keeps_them_on_an_error() {
    let app = TestApp::spawn().await;
    let form = app.get("/sv/chat").await;
    assert!(form.body.contains("name=\"risks\" value=\"self_harm\""));
    assert!(form.body.contains("name=\"writer_age_band\""));
    assert!(form.body.contains("<option value=\"under_15\">"));

    let typed = vec![
        ("language", "en"),
        ("enquirer", "relative"),
        ("writer_age_band", "under_15"),
        ("age_band", "15_17"),
        ("risks", "self_harm"),
        ("risks", "taken_abroad"),
    ];
    for (field, wrong) in [
        ("risks", "crime"),
        ("writer_age_band", "old"),
        ("enquirer", "nobody"),
    ] {
        let fields = with_wrong(&typed, field, wrong);
        let answer = app.post_form("/sv/chat", "/sv/chat", &fields).await;
        names_field(&answer, field);
        if field != "enquirer" {
            ticked(&answer.body, "enquirer", "relative");
        }
        if field != "writer_age_band" {
            ticked(&answer.body, "writer_age_band", "under_15");
        }
        ticked(&answer.body, "age_band", "15_17");
        ticked(&answer.body, "risks", "self_harm");
        ticked(&answer.body, "risks", "taken_abroad");
        assert!(
            answer.body.contains("<option value=\"en\" lang=\"en\" selected>"),
            "the chat language is kept"
        );
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");

    let started = app.post_form("/sv/chat", "/sv/chat", &typed).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let id = app.newest_enquiry_id().await;
    let facts = stored_facts(&app, &id).await;
    assert_eq!(facts["channel"], "chat");
    assert_eq!(facts["writer_age_band"], "under_15");
    assert_eq!(facts["risks"], json!(["self_harm", "taken_abroad"]));

    let handler = app.staff("handler").await;
    let chat = app.get_as(&handler, &format!("/console/chats/{id}")).await;
    assert_eq!(chat.status, StatusCode::OK);
    let list = facts_list(&chat.body);
    for words in [
        "Tankar på att skada sig själv",
        "Någon planerar att ta dig (eller personen) utomlands",
        "Under 15 år",
    ] {
        assert!(list.contains(words), "the chat page shows {words:?}: {list}");
    }
    // No code as visible text (the flags carry theirs only in a data- attribute).
    assert!(!list.contains(">self_harm") && !list.contains("opt-"), "{list}");
}

#[tokio::test]
async fn a_call_taken_by_phone_records_the_new_facts_and_keeps_the_notes_on_an_error() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    let form = app.get_as(&handler, "/console/phone").await;
    for needle in [
        "name=\"enquiry_type\"",
        "<option value=\"case\">",
        "name=\"writer_age_band\"",
        "name=\"risks\" value=\"threat_to_others\"",
    ] {
        assert!(form.body.contains(needle), "the phone form asks {needle}");
    }
    let mut typed = vec![
        ("enquirer", "relative"),
        ("writer_age_band", "15_17"),
        ("enquiry_type", "case"),
        ("situation", "on_remand"),
        ("situation", "placed_by_social_services"),
        ("risks", "self_harm"),
        ("message", "phone-probe: mamman ringde"),
        ("language", "sv"),
    ];
    for (field, wrong) in [
        ("enquiry_type", "chat"),
        ("risks", "crime"),
        ("writer_age_band", "old"),
        ("situation", "jail"),
        ("municipality", "12800"),
    ] {
        let fields = with_wrong(&typed, field, wrong);
        let answer = app
            .post_as(&handler, "/console/phone", "/console/phone", &fields)
            .await;
        names_field(&answer, field);
        assert!(
            answer.body.contains("phone-probe: mamman ringde"),
            "the notes are kept"
        );
        if field != "writer_age_band" {
            ticked(&answer.body, "writer_age_band", "15_17");
        }
        if field != "enquiry_type" {
            ticked(&answer.body, "enquiry_type", "case");
        }
        ticked(&answer.body, "situation", "on_remand");
        ticked(&answer.body, "situation", "placed_by_social_services");
        ticked(&answer.body, "risks", "self_harm");
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");

    typed.push(("municipality", "1280"));
    let saved = app
        .post_as(&handler, "/console/phone", "/console/phone", &typed)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id = app.newest_enquiry_id().await;
    let facts = stored_facts(&app, &id).await;
    assert_eq!(facts["channel"], "phone");
    assert_eq!(facts["enquiry_type"], "case");
    assert_eq!(
        facts["situation"],
        json!(["on_remand", "placed_by_social_services"])
    );
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    shown_in_words(
        &page,
        &[
            "Hjälp till en person",
            "Bor i ett familjehem eller på ett boende som socialtjänsten har ordnat",
        ],
    );
}

#[tokio::test]
async fn what_a_handler_learns_of_the_new_facts_is_stored_and_a_wrong_value_keeps_every_tick() {
    let app = TestApp::spawn().await;
    app.send_enquiry("sv", &[("message", "facts-form-probe")]).await;
    let id = app.newest_enquiry_id().await;
    let handler = app.staff("handler").await;
    let case = format!("/console/cases/{id}");
    let action = format!("/console/cases/{id}/facts");
    let page = app.get_as(&handler, &case).await;
    for needle in [
        "name=\"enquiry_type\"",
        "<option value=\"method_support\">",
        "name=\"writer_age_band\"",
        "name=\"risks\" value=\"self_harm\"",
        "name=\"situation\" value=\"abroad\"",
    ] {
        assert!(page.body.contains(needle), "the facts form asks {needle}");
    }
    let mut chosen = vec![
        ("enquirer", "relative"),
        ("writer_age_band", "15_17"),
        ("enquiry_type", "method_support"),
        ("situation", "on_remand"),
        ("situation", "abroad"),
        ("risks", "self_harm"),
    ];
    for (field, wrong) in [
        ("risks", "crime"),
        ("enquiry_type", "gossip"),
        ("writer_age_band", "old"),
        ("situation", "jail"),
        ("municipality", "9999"),
    ] {
        let fields = with_wrong(&chosen, field, wrong);
        let answer = app.post_as(&handler, &case, &action, &fields).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
        assert!(
            answer.body.contains(&format!("href=\"#i-facts-{field}\"")),
            "the summary names {field}"
        );
        if field != "writer_age_band" {
            ticked(&answer.body, "writer_age_band", "15_17");
        }
        if field != "enquiry_type" {
            ticked(&answer.body, "enquiry_type", "method_support");
        }
        ticked(&answer.body, "situation", "on_remand");
        ticked(&answer.body, "situation", "abroad");
        ticked(&answer.body, "risks", "self_harm");
    }
    assert!(
        stored_facts(&app, &id).await["risks"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "nothing changed"
    );

    chosen.push(("municipality", "1280"));
    let updated = app.post_as(&handler, &case, &action, &chosen).await;
    assert_eq!(updated.status, StatusCode::SEE_OTHER, "{}", updated.body);
    let facts = stored_facts(&app, &id).await;
    assert_eq!(facts["writer_age_band"], "15_17");
    assert_eq!(facts["enquiry_type"], "method_support");
    assert_eq!(facts["situation"], json!(["on_remand", "abroad"]));
    assert_eq!(facts["risks"], json!(["self_harm"]));
    assert_eq!(facts["message"], "facts-form-probe", "the person's words stay");
    let page = app.get_as(&handler, &case).await;
    shown_in_words(
        &page,
        &["Råd om hur man kan arbeta (metodstöd)", "Är utomlands just nu"],
    );
}

#[tokio::test]
async fn a_municipalitys_consultation_asks_for_advice_or_method_support_and_the_risks() {
    let app = TestApp::spawn().await;
    let inbox = inbox_user(&app, "malmo-facts").await;
    let form = app.get_as(&inbox, "/inbox/consultation").await;
    assert_eq!(form.status, StatusCode::OK);
    let start = form.body.find("name=\"enquiry_type\"").expect("asked");
    let select = &form.body[start..start + form.body[start..].find("</select>").unwrap()];
    assert!(select.contains("<option value=\"consultation\">"));
    assert!(select.contains("<option value=\"method_support\">"));
    assert!(
        !select.contains("<option value=\"case\">"),
        "a consultation offers advice only"
    );
    assert!(form.body.contains("Råd om en person (utan att ange namn)"));
    assert!(form.body.contains("name=\"risks\" value=\"threat_to_others\""));
    assert!(
        !form.body.contains("name=\"writer_age_band\""),
        "a consultation is about someone else"
    );

    let typed = vec![
        ("kind", "consultation"),
        ("enquiry_type", "method_support"),
        ("age_band", "15_17"),
        ("situation", "in_programme"),
        ("risks", "threat_to_others"),
        ("message", "consultation-facts-probe: hur arbetar vi?"),
    ];
    for (field, wrong) in [
        ("risks", "crime"),
        ("situation", "jail"),
        ("municipality", "9999"),
    ] {
        let fields = with_wrong(&typed, field, wrong);
        let answer = app
            .post_as(&inbox, "/inbox/consultation", "/inbox/consultation", &fields)
            .await;
        names_field(&answer, field);
        assert!(answer.body.contains("consultation-facts-probe: hur arbetar vi?"));
        ticked(&answer.body, "kind", "consultation");
        if field != "enquiry_type" {
            ticked(&answer.body, "enquiry_type", "method_support");
        }
        ticked(&answer.body, "age_band", "15_17");
        ticked(&answer.body, "situation", "in_programme");
        ticked(&answer.body, "risks", "threat_to_others");
    }
    // An unknown kind of enquiry, one a consultation does not offer, or advice asked
    // for with a case sent: each names the field, the rest kept.
    for (kind, wrong) in [
        ("consultation", "gossip"),
        ("consultation", "case"),
        ("case", "method_support"),
    ] {
        let mut fields: Vec<(&str, &str)> = typed
            .iter()
            .filter(|(name, _)| *name != "kind" && *name != "enquiry_type")
            .copied()
            .collect();
        fields.extend([("kind", kind), ("enquiry_type", wrong)]);
        let answer = app
            .post_as(&inbox, "/inbox/consultation", "/inbox/consultation", &fields)
            .await;
        names_field(&answer, "enquiry_type");
        assert!(answer.body.contains("consultation-facts-probe: hur arbetar vi?"));
        ticked(&answer.body, "kind", kind);
        ticked(&answer.body, "risks", "threat_to_others");
    }
    assert_eq!(app.count("enquiries").await, 0, "nothing stored");

    let sent = app
        .post_as(&inbox, "/inbox/consultation", "/inbox/consultation", &typed)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let method = app.newest_enquiry_id().await;
    let facts = stored_facts(&app, &method).await;
    assert_eq!(facts["enquiry_type"], "method_support");
    assert_eq!(facts["risks"], json!(["threat_to_others"]));
    assert_eq!(facts["situation"], json!(["in_programme"]));

    // Advice not said: a consultation is advice about a person; a case sent is a case.
    for (kind, expected) in [("consultation", "consultation"), ("case", "case")] {
        app.clock.advance(time::Duration::seconds(1));
        let sent = app
            .post_as(
                &inbox,
                "/inbox/consultation",
                "/inbox/consultation",
                &[("kind", kind), ("message", "consultation-kind-probe")],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        let id = app.newest_enquiry_id().await;
        assert_eq!(stored_facts(&app, &id).await["enquiry_type"], expected, "{kind}");
    }

    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{method}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let list = facts_list(&page.body);
    for words in [
        "Råd om hur man kan arbeta (metodstöd)",
        "Det finns en risk att du (eller personen) skadar någon annan",
        "Är redan med i ett program för att lämna (avhopparverksamhet)",
    ] {
        assert!(list.contains(words), "the case page shows {words:?}: {list}");
    }
    assert!(!list.contains("method_support") && !list.contains("opt-"));
}

#[tokio::test]
async fn the_preview_api_names_each_new_field_with_an_unknown_value() {
    let app = TestApp::spawn().await;
    let cases = [
        (json!({ "writer_age_band": "ancient" }), "writer_age_band"),
        (json!({ "risks": ["self_harm", "crime"] }), "risks"),
        (json!({ "risks": "self_harm" }), "risks"),
        (json!({ "enquiry_type": "gossip" }), "enquiry_type"),
        (json!({ "situation": ["on_remand", "jail"] }), "situation"),
    ];
    for (body, field) in cases {
        let response = app
            .client
            .post(app.url("/api/v1/triage/preview"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["error"]["code"], "invalid_value", "{error}");
        let named = error["error"]["field"].as_str() == Some(field)
            || error["error"]["message"]
                .as_str()
                .unwrap_or_default()
                .contains(field);
        assert!(named, "{body}: {error}");
    }
    let known = app
        .client
        .post(app.url("/api/v1/triage/preview"))
        .json(&json!({
            "enquirer": "relative", "writer_age_band": "15_17", "enquiry_type": "case",
            "risks": ["self_harm"], "situation": ["on_remand", "open_social_services_case"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(known.status(), StatusCode::OK, "every new value is known");
}

#[tokio::test]
async fn the_public_forms_take_the_municipality_by_name_and_keep_an_unknown_one_as_typed() {
    let app = TestApp::spawn().await;
    let form = app.get("/sv/enquiry").await;
    assert!(
        form.body.contains("name=\"municipality\" type=\"text\""),
        "a text field, not a list of 290"
    );
    assert!(
        !form.body.contains("<option value=1280>"),
        "no list on the public form"
    );
    for (typed, code) in [
        ("malmo", "1280"),
        ("  Malmö kommun ", "1280"),
        ("upplands-vasby", "0114"),
        ("Stockholms stad", "0180"),
        ("1280", "1280"),
    ] {
        app.clock.advance(time::Duration::seconds(1));
        app.send_enquiry("sv", &[("municipality", typed), ("message", "by name")])
            .await;
        let id = app.newest_enquiry_id().await;
        assert_eq!(stored_facts(&app, &id).await["municipality"], code, "{typed:?}");
    }
    let before = app.count("enquiries").await;
    let answer = app
        .post_form(
            "/sv/enquiry",
            "/sv/enquiry",
            &[("municipality", "Atlantis"), ("message", "name-probe words")],
        )
        .await;
    names_field(&answer, "municipality");
    assert!(answer.body.contains("Vi hittar ingen kommun med det namnet"));
    assert!(
        answer.body.contains("value=\"Atlantis\""),
        "the name is kept as typed"
    );
    assert!(answer.body.contains("name-probe words"));
    assert_eq!(app.count("enquiries").await, before, "nothing stored");
    // The staff forms keep the list.
    let handler = app.staff("handler").await;
    let phone = app.get_as(&handler, "/console/phone").await;
    assert!(
        phone.body.contains("<option value=1280>"),
        "the phone form lists them"
    );
}
