//! The directory tells the truth where it is used: the published hours of CVE's and the
//! honour centre's support lines decide `open` and the out-of-hours line a decision names,
//! Säkerhetspolisen and UD are reached with their own hours, the honour centre has its
//! name since 2022, and the shipped examples are marked as examples on every page that
//! shows them.

use reqwest::StatusCode;
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::datetime;

use crate::helpers::TestApp;

/// `POST /api/v1/triage/preview` at the test clock's time.
async fn preview(app: &TestApp, body: &Value) -> Value {
    let response = app
        .client
        .post(app.url("/api/v1/triage/preview"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let decision: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}: {decision}");
    decision
}

/// The decision's recipient `org`, or `Null`.
fn recipient<'a>(decision: &'a Value, org: &str) -> &'a Value {
    decision["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["org"] == org)
        .unwrap_or(&Value::Null)
}

fn has_notice(decision: &Value, notice: &str) -> bool {
    decision["notices"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == notice)
}

// Winter time: Swedish local time is UTC + 1.
/// Tuesday 24 November 2026, 10:00 in Sweden.
const TUESDAY_10: OffsetDateTime = datetime!(2026-11-24 09:00 UTC);
/// Tuesday 24 November 2026, 15:30 in Sweden.
const TUESDAY_15_30: OffsetDateTime = datetime!(2026-11-24 14:30 UTC);
/// Wednesday 25 November 2026, 10:00 in Sweden.
const WEDNESDAY_10: OffsetDateTime = datetime!(2026-11-25 09:00 UTC);
/// Wednesday 25 November 2026, 12:30 in Sweden.
const WEDNESDAY_12_30: OffsetDateTime = datetime!(2026-11-25 11:30 UTC);
/// Wednesday 6 January 2027, 10:00 in Sweden: Epiphany, a public holiday.
const EPIPHANY_10: OffsetDateTime = datetime!(2027-01-06 09:00 UTC);
/// Tuesday 24 November 2026, 23:00 in Sweden.
const TUESDAY_NIGHT: OffsetDateTime = datetime!(2026-11-24 22:00 UTC);

#[tokio::test]
async fn the_honour_centres_support_line_hours_decide_whether_it_is_open() {
    let app = TestApp::spawn().await;
    let honour = json!({"enquirer": "self", "age_band": "21_25", "gender": "female",
                        "environment": ["honour_related"], "municipality": "0484",
                        "consent_to_share": true});
    app.clock.set(WEDNESDAY_10);
    let d = preview(&app, &honour).await;
    let centre = recipient(&d, "nck-heder");
    assert_eq!(centre["open"], true, "Wednesday 10:00: {d}");
    assert!(centre["out_of_hours"].is_null(), "{d}");

    for (at, when) in [
        (TUESDAY_10, "Tuesday 10:00"),
        (WEDNESDAY_12_30, "Wednesday 12:30"),
    ] {
        app.clock.set(at);
        let d = preview(&app, &honour).await;
        let centre = recipient(&d, "nck-heder");
        assert_eq!(centre["open"], false, "{when}: {d}");
        // The contact point holds the case while the centre is closed; the person is not
        // sent to socialjour while their own social services are open (10:00).
        assert_eq!(centre["out_of_hours"], "contact_point", "{when}: {d}");
        if at == TUESDAY_10 {
            assert!(!has_notice(&d, "call_socialjour"), "{when}: {d}");
        }
    }
}

#[tokio::test]
async fn cves_support_line_hours_decide_whether_it_is_open() {
    let app = TestApp::spawn().await;
    let consultation = json!({"enquirer": "professional", "professional_org": "school",
                              "enquiry_type": "consultation",
                              "environment": ["violent_extremism"], "municipality": "1980"});
    app.clock.set(TUESDAY_10);
    let d = preview(&app, &consultation).await;
    assert_eq!(recipient(&d, "cve")["open"], true, "Tuesday 10:00: {d}");

    for (at, when) in [(TUESDAY_15_30, "Tuesday 15:30"), (EPIPHANY_10, "Epiphany 10:00")] {
        app.clock.set(at);
        let d = preview(&app, &consultation).await;
        let cve = recipient(&d, "cve");
        assert_eq!(cve["open"], false, "{when}: {d}");
        assert_eq!(cve["out_of_hours"], "contact_point", "{when}: {d}");
    }
}

#[tokio::test]
async fn ud_answers_around_the_clock_and_sapo_out_of_hours_names_114_14_not_112() {
    let app = TestApp::spawn().await;
    app.clock.set(TUESDAY_NIGHT);
    let abroad = json!({"enquirer": "self", "age_band": "26_plus", "situation": ["abroad"],
                        "environment": ["violent_extremism"], "consent_to_share": true});
    let d = preview(&app, &abroad).await;
    let ud = recipient(&d, "ud");
    assert!(!ud.is_null(), "abroad reaches UD: {d}");
    assert_eq!(ud["open"], true, "UD's consular duty phone at 23:00: {d}");
    let sapo = recipient(&d, "sapo");
    assert!(
        !sapo.is_null(),
        "a returnee from violent extremism reaches Säpo: {d}"
    );
    assert_eq!(sapo["open"], false, "{d}");
    assert_eq!(sapo["out_of_hours"], "114_14", "{d}");
    assert!(!has_notice(&d, "call_112"), "not acute, so no 112: {d}");

    // Acute danger: 112, whatever the directory names.
    let acute = json!({"threat": "acute", "situation": ["abroad"], "environment": ["violent_extremism"]});
    let d = preview(&app, &acute).await;
    assert!(has_notice(&d, "call_112"), "{d}");
}

#[tokio::test]
async fn shelters_are_reached_with_their_ids_marked_as_examples() {
    let app = TestApp::spawn().await;
    app.clock.set(TUESDAY_10);
    let d = preview(
        &app,
        &json!({"enquirer": "self", "age_band": "26_plus", "gender": "female",
                "risks": ["partner_violence"], "municipality": "0180", "consent_to_share": true}),
    )
    .await;
    for id in ["civil:exempel-kvinnojour", "civil:exempel-tjejjour"] {
        let shelter = recipient(&d, id);
        assert!(!shelter.is_null(), "{id}: {d}");
        assert_eq!(shelter["no_offence_data"], true, "{id}: {d}");
    }
    // Mentoring organisations are not shelters.
    assert!(recipient(&d, "civil:exempel-mentorer").is_null(), "{d}");
}

/// The element (`<tr>…</tr>`, `<option…>…</option>`, …) around, or starting at, the first
/// `needle` in `html`.
fn element_around<'a>(html: &'a str, needle: &str, open: &str, close: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} on the page"));
    let start = html[..at + needle.len()]
        .rfind(open)
        .unwrap_or_else(|| panic!("{open} before {needle}"));
    let end = at
        + html[at..]
            .find(close)
            .unwrap_or_else(|| panic!("{close} after {needle}"));
    &html[start..end + close.len()]
}

#[tokio::test]
async fn the_case_page_marks_an_example_programme_as_an_example() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("environment", "criminal_network"),
            ("threat", "some"),
            ("consent_to_share", "true"),
            ("message", "Jag vill lämna."),
        ],
    )
    .await;
    let id = app.newest_enquiry_id().await;
    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let name = "Exempel: Avhopparverksamheten i Malmö";

    // The proposal's recipients: the name with its mark, beside the id.
    let row = element_around(body, "<code>programme:exempel-malmo</code>", "<tr>", "</tr>");
    assert!(row.contains(name), "the proposal marks the example: {row}");
    // The handler's decision form.
    let label = element_around(
        body,
        "<code>programme:exempel-malmo</code></label>",
        "<label",
        "</label>",
    );
    assert!(
        label.contains(name),
        "the decision form marks the example: {label}"
    );
    // The referral picker.
    let option = element_around(body, "value=\"programme:exempel-malmo\"", "<option", "</option>");
    assert!(
        option.contains(name),
        "the referral picker marks the example: {option}"
    );
}

#[tokio::test]
async fn the_case_page_marks_an_example_shelter_as_an_example() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("gender", "female"),
            ("municipality", "0180"),
            ("environment", "honour_related"),
            ("consent_to_share", "true"),
            ("message", "Jag behöver stöd."),
        ],
    )
    .await;
    let id = app.newest_enquiry_id().await;
    let handler = app.staff("handler").await;
    let page = app.get_as(&handler, &format!("/console/cases/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for (code, name) in [
        ("civil:exempel-kvinnojour", "Exempel: Kvinnojouren"),
        ("civil:exempel-tjejjour", "Exempel: Tjejjouren"),
    ] {
        let row = element_around(&page.body, &format!("<code>{code}</code>"), "<tr>", "</tr>");
        assert!(row.contains(name), "{code}: {row}");
    }
}

#[tokio::test]
async fn the_professionals_page_names_the_honour_centre_by_its_name_since_2022() {
    let app = TestApp::spawn().await;
    let sv = app.get("/sv/professionals").await;
    assert_eq!(sv.status, StatusCode::OK);
    assert!(
        sv.body
            .contains("Nationellt centrum mot hedersrelaterat våld och förtryck")
    );
    let en = app.get("/en/professionals").await;
    assert!(
        en.body
            .contains("National Centre against Honour-related Violence and Oppression")
    );
    for lang in ["sv", "en", "ar", "fa", "prs", "ps", "so", "ti", "tr", "fi"] {
        let page = app.get(&format!("/{lang}/professionals")).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert!(!page.body.contains("kompetensteam"), "{lang}");
        assert!(!page.body.contains("competence team"), "{lang}");
        assert!(
            page.body
                .contains("Nationellt centrum mot hedersrelaterat våld och förtryck"),
            "{lang}: the Swedish name is there to ask for it by name"
        );
    }
}

#[test]
fn the_directory_check_accepts_the_directory_and_names_every_example() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kontaktpunkt"))
        .args(["directory", "check"])
        .current_dir(crate::helpers::root())
        .env("KONTAKTPUNKT_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{out}");
    assert!(out.contains(" 0 problems"), "{out}");
    for id in [
        "programme:exempel-stockholm",
        "programme:exempel-goteborg",
        "programme:exempel-malmo",
        "civil:exempel-mentorer",
        "civil:exempel-forening-syd",
        "civil:exempel-utgangen",
        "civil:exempel-kvinnojour",
        "civil:exempel-tjejjour",
    ] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("warning: {id}: an example (\"Exempel:"))),
            "{id}: {out}"
        );
    }
    for id in ["sapo", "ud", "cve", "nck-heder"] {
        assert!(
            !out.contains(&format!("{id}:")),
            "{id} is neither a problem nor a warning: {out}"
        );
    }
}

#[tokio::test]
async fn the_inbox_marks_a_referral_to_an_example_programme_as_an_example() {
    let app = TestApp::spawn().await;
    app.send_enquiry(
        "sv",
        &[
            ("enquirer", "self"),
            ("age_band", "21_25"),
            ("municipality", "1280"),
            ("environment", "criminal_network"),
            ("threat", "some"),
            ("consent_for", "programme"),
            ("message", "Jag vill lämna."),
        ],
    )
    .await;
    let id = app.newest_enquiry_id().await;
    let handler = app.staff("handler").await;
    let page = format!("/console/cases/{id}");
    let referred = app
        .post_as(
            &handler,
            &page,
            &format!("{page}/referrals"),
            &[
                ("org", "programme:exempel-malmo"),
                ("kind", "referral"),
                ("consent_how", "form"),
                ("note", ""),
                ("categories", "basic"),
            ],
        )
        .await;
    assert_eq!(referred.status, StatusCode::SEE_OTHER, "{}", referred.body);

    let name = "Exempel: Avhopparverksamheten i Malmö";
    // The programme's own inbox user: the referral is the programme's, not Malmö's
    // social services'.
    let secret = app
        .create_user("municipality", "malmo-programme", &["programme:exempel-malmo"])
        .await;
    let (malmo, signed_in) = app
        .sign_in("malmo-programme", crate::helpers::PASSWORD, &app.code(&secret))
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let list = app.get_as(&malmo, "/inbox/").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains(name),
        "the inbox list marks the example: {}",
        list.body
    );
    let link = list.body.find("/inbox/referrals/").expect("a referral is listed");
    let rid: String = list.body[link + "/inbox/referrals/".len()..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let referral = app.get_as(&malmo, &format!("/inbox/referrals/{rid}")).await;
    assert_eq!(referral.status, StatusCode::OK);
    let heading = element_around(&referral.body, "<h1>", "<h1>", "</h1>");
    assert!(
        heading.contains(name),
        "the referral's heading marks the example: {heading}"
    );
}
