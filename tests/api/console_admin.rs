//! Reply templates (supervisors keep them, handlers insert them), user administration
//! (disable, enable, unlock, a new second factor) and reloading the triage rules.

use kontaktpunkt::audit::{self, Record};
use kontaktpunkt::auth::store;
use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, root};

const LANGS: [&str; 10] = ["sv", "en", "ar", "fa", "prs", "ps", "so", "ti", "tr", "fi"];

async fn audited(app: &TestApp, action: &str) -> Vec<Record> {
    audit::recent(app.state.db(), 200, Some(action)).await.unwrap()
}

async fn user_id(app: &TestApp, name: &str) -> String {
    store::user_by_name(app.state.db(), name)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// `(template id, name)` of every stored template.
async fn templates(app: &TestApp) -> Vec<(String, String)> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, (String, String)>(
        "select id, name from reply_templates order by name"
    )
    .fetch_all(pool)
    .await
    .unwrap())
}

async fn template_id(app: &TestApp, name: &str) -> String {
    templates(app)
        .await
        .into_iter()
        .find(|(_, n)| n == name)
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("a template named {name}"))
}

/// `(lang, body)` of one template.
async fn bodies(app: &TestApp, id: &str) -> Vec<(String, String)> {
    kontaktpunkt::with_db!(app.state.db(), |pool| sqlx::query_as::<_, (String, String)>(
        "select lang, body from reply_template_bodies where template_id = $1 order by lang"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .unwrap())
}

/// The shipped body of a template in one language, read from the file itself.
fn shipped_body(name: &str, lang: &str) -> String {
    let text = std::fs::read_to_string(root().join("config/reply-templates.toml")).unwrap();
    let file: toml::Value = toml::from_str(&text).unwrap();
    file["template"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"].as_str() == Some(name))
        .and_then(|t| t["body"][lang].as_str())
        .unwrap()
        .trim()
        .to_owned()
}

/// What the reply textarea of a case page holds.
fn reply_draft(html: &str) -> String {
    let start = html.find("id=\"i-message\"").expect("the reply textarea");
    let open = html[start..].find('>').unwrap() + start + 1;
    let close = html[open..].find("</textarea>").unwrap() + open;
    html[open..close]
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn the_shipped_templates_are_loaded_once_in_all_ten_languages() {
    let app = TestApp::spawn().await;
    let supervisor = app.staff("supervisor").await;
    let page = app.get_as(&supervisor, "/console/templates").await;
    assert_eq!(page.status, StatusCode::OK);
    let stored = templates(&app).await;
    assert!(stored.len() >= 4, "at least four common replies: {stored:?}");
    for name in [
        "Vi har läst ditt meddelande",
        "Ring 112 vid fara",
        "Socialtjänsten kan hjälpa dig",
        "Vi kan ordna tolk",
    ] {
        assert!(page.body.contains(name), "{name} is listed");
        let langs: Vec<String> = bodies(&app, &template_id(&app, name).await)
            .await
            .into_iter()
            .filter(|(_, body)| !body.trim().is_empty())
            .map(|(lang, _)| lang)
            .collect();
        let mut expected: Vec<&str> = LANGS.to_vec();
        expected.sort_unstable();
        assert_eq!(langs, expected, "{name} has a text in every site language");
    }
    assert!(
        page.body.contains("\u{2068}10\u{2069} av \u{2068}10\u{2069}"),
        "the list counts the languages"
    );
    let seeded = audited(&app, "template_edit").await;
    assert_eq!(seeded.len(), 1);
    assert_eq!(
        (seeded[0].actor.as_str(), seeded[0].detail.as_str()),
        ("system", "seeded")
    );

    // A supervisor deletes one; it does not come back on the next look.
    let id = template_id(&app, "Vi kan ordna tolk").await;
    let path = format!("/console/templates/{id}");
    let gone = app
        .post_as(&supervisor, &path, &format!("{path}/delete"), &[])
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
    let again = app.get_as(&supervisor, "/console/templates").await;
    assert!(!again.body.contains("Vi kan ordna tolk"));
    assert_eq!(templates(&app).await.len(), stored.len() - 1);
}

#[tokio::test]
async fn a_supervisor_creates_and_edits_a_template_and_a_mistake_keeps_everything_typed() {
    let app = TestApp::spawn().await;
    let supervisor = app.staff("supervisor").await;
    let new = "/console/templates/new";
    let list = app.get_as(&supervisor, "/console/templates").await;
    assert!(list.body.contains("href=\"/console/templates/new\""));

    // Arrange: no name and no Swedish text, but English and Arabic typed.
    let wrong = app
        .post_as(
            &supervisor,
            new,
            new,
            &[
                ("name", ""),
                ("body_sv", "  "),
                ("body_en", "We can meet you <somewhere> safe."),
                ("body_ar", "يمكننا أن نلتقي بك"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    for kept in ["We can meet you &lt;somewhere&gt; safe.", "يمكننا أن نلتقي بك"] {
        assert!(wrong.body.contains(kept), "{kept} is kept: {}", wrong.body);
    }
    assert!(wrong.body.contains("role=\"alert\""));
    assert!(wrong.body.contains("href=\"#i-name\"") && wrong.body.contains("href=\"#i-body-sv\""));
    assert!(wrong.body.contains("Skriv ett namn på mallen."));
    assert!(wrong.body.contains("Skriv den svenska texten."));
    assert_eq!(wrong.body.matches("aria-invalid=\"true\"").count(), 2);
    assert!(
        wrong.body.contains("lang=\"ar\" dir=\"rtl\""),
        "the Arabic box is right to left"
    );

    // Act: now right.
    let saved = app
        .post_as(
            &supervisor,
            new,
            new,
            &[
                ("name", "Vi kan ses"),
                ("body_sv", "Vi kan träffa dig på en trygg plats."),
                ("body_ar", "يمكننا أن نلتقي بك"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), "/console/templates?done=saved");
    let id = template_id(&app, "Vi kan ses").await;
    assert_eq!(
        bodies(&app, &id).await,
        [
            ("ar".to_owned(), "يمكننا أن نلتقي بك".to_owned()),
            ("sv".to_owned(), "Vi kan träffa dig på en trygg plats.".to_owned()),
        ]
    );

    // A taken name: the form comes back with what was typed.
    let path = format!("/console/templates/{id}");
    let taken = app
        .post_as(
            &supervisor,
            &path,
            &path,
            &[
                ("name", "Ring 112 vid fara"),
                ("body_sv", "Ändrad text som inte får försvinna"),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("Det finns redan en mall med det namnet."));
    assert!(taken.body.contains("Ändrad text som inte får försvinna"));

    let edited = app
        .post_as(
            &supervisor,
            &path,
            &path,
            &[
                ("name", "Vi kan ses på en trygg plats"),
                ("body_sv", "Vi kan träffa dig där du känner dig trygg."),
                ("body_en", "We can meet you where you feel safe."),
            ],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let form = app.get_as(&supervisor, &path).await;
    assert!(form.body.contains("value=\"Vi kan ses på en trygg plats\""));
    assert!(form.body.contains("We can meet you where you feel safe."));
    assert_eq!(bodies(&app, &id).await.len(), 2, "the Arabic text was removed");

    let details: Vec<String> = audited(&app, "template_edit")
        .await
        .into_iter()
        .map(|r| r.detail)
        .collect();
    assert!(details.contains(&format!("created:{id}")), "{details:?}");
    assert!(details.contains(&format!("changed:{id}")), "{details:?}");
}

#[tokio::test]
async fn a_handler_may_not_edit_templates_but_inserts_one_in_the_language_of_the_case() {
    let app = TestApp::spawn().await;
    let handler = app.staff("handler").await;
    assert_eq!(
        app.get_as(&handler, "/console/templates").await.status,
        StatusCode::FORBIDDEN
    );
    let refused = app
        .post_as(
            &handler,
            "/console/",
            "/console/templates/new",
            &[("name", "Egen"), ("body_sv", "Text")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(templates(&app).await.iter().all(|(_, n)| n != "Egen"));

    // An enquiry from someone who wants an answer in Arabic.
    app.send_enquiry("ar", &[("language", "ar"), ("message", "أحتاج إلى مساعدة")])
        .await;
    let case = app.newest_enquiry_id().await;
    let case_path = format!("/console/cases/{case}");
    // Templates are offered where one replies: to the handler who holds the case.
    app.claim(&handler, &case).await;
    let page = app.get_as(&handler, &case_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Ring 112 vid fara"),
        "the templates are offered"
    );
    assert!(
        page.body
            .contains(&format!("formaction=\"/console/cases/{case}/template\""))
    );

    let danger = template_id(&app, "Ring 112 vid fara").await;
    let insert = format!("/console/cases/{case}/template");
    let answer = app
        .post_as(
            &handler,
            &case_path,
            &insert,
            &[("template", danger.as_str()), ("message", "Hej ")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        reply_draft(&answer.body),
        format!("Hej\n\n{}", shipped_body("Ring 112 vid fara", "ar")),
        "what was typed stays, and the Arabic text follows it"
    );

    // A template without the case's language: the Swedish text, and the handler is told.
    let supervisor = app.staff("supervisor").await;
    let new = "/console/templates/new";
    let only_swedish = [("name", "Bara svenska"), ("body_sv", "Vi hör av oss.")];
    let saved = app.post_as(&supervisor, new, new, &only_swedish).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let id = template_id(&app, "Bara svenska").await;
    let answer = app
        .post_as(
            &handler,
            &case_path,
            &insert,
            &[("template", id.as_str()), ("message", "")],
        )
        .await;
    assert_eq!(reply_draft(&answer.body), "Vi hör av oss.");
    assert!(answer.body.contains("så den svenska texten lades in"));
}

#[tokio::test]
async fn disabling_a_user_ends_their_session_at_once_and_they_cannot_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.staff("admin").await;
    let secret = app.create_user("handler", "hanna", &[]).await;
    let (hanna, _) = app.sign_in("hanna", PASSWORD, &app.code(&secret)).await;
    assert_eq!(app.get_as(&hanna, "/console/").await.status, StatusCode::OK);
    let id = user_id(&app, "hanna").await;

    let list = app.get_as(&admin, "/console/users").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("hanna") && list.body.contains("handläggare"));

    let off = app
        .post_as(
            &admin,
            "/console/users",
            &format!("/console/users/{id}/disable"),
            &[],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    let next = app.get_as(&hanna, "/console/").await;
    assert_eq!(next.status, StatusCode::SEE_OTHER, "her next request");
    assert_eq!(next.location(), "/console/sign-in");
    // A fresh code each time: a code signs in once.
    app.clock.advance(time::Duration::seconds(30));
    let (_, again) = app.sign_in("hanna", PASSWORD, &app.code(&secret)).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED, "she cannot sign in");
    assert!(
        app.get_as(&admin, "/console/users")
            .await
            .body
            .contains("Avstängd")
    );

    let on = app
        .post_as(
            &admin,
            "/console/users",
            &format!("/console/users/{id}/enable"),
            &[],
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    app.clock.advance(time::Duration::seconds(30));
    let (_, back) = app.sign_in("hanna", PASSWORD, &app.code(&secret)).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "enabled again");

    assert_eq!(audited(&app, "user_disabled").await[0].detail, id);
    assert_eq!(audited(&app, "user_enabled").await[0].detail, id);
}

#[tokio::test]
async fn an_admin_cannot_disable_themselves() {
    let app = TestApp::spawn().await;
    app.create_user("admin", "astrid", &[]).await;
    let secret = app.create_user("admin", "alva", &[]).await;
    let (alva, _) = app.sign_in("alva", PASSWORD, &app.code(&secret)).await;
    let id = user_id(&app, "alva").await;
    let answer = app
        .post_as(
            &alva,
            "/console/users",
            &format!("/console/users/{id}/disable"),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("Du kan inte stänga av dig själv."));
    assert_eq!(app.get_as(&alva, "/console/users").await.status, StatusCode::OK);
    assert!(audited(&app, "user_disabled").await.is_empty());
}

/// The base32 secret shown on the second-factor page.
fn shown_secret(html: &str) -> String {
    let marker = "<code class=\"long-code\">";
    let last = html.rfind(marker).expect("the secret is shown") + marker.len();
    html[last..].split('<').next().unwrap().trim().to_owned()
}

#[tokio::test]
async fn a_new_second_factor_replaces_the_old_one_and_is_shown_once() {
    let app = TestApp::spawn().await;
    let admin = app.staff("admin").await;
    let old = app.create_user("handler", "olle", &[]).await;
    let id = user_id(&app, "olle").await;
    let path = format!("/console/users/{id}/second-factor");

    let question = app.get_as(&admin, &path).await;
    assert_eq!(question.status, StatusCode::OK);
    assert!(!question.body.contains("otpauth:"), "nothing is made by looking");

    let shown = app.post_as(&admin, &path, &path, &[]).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("otpauth:"));
    assert_eq!(shown.headers["cache-control"], "no-store");
    let new = totp_rs::Secret::Encoded(shown_secret(&shown.body))
        .to_bytes()
        .unwrap();
    assert_ne!(new, old);

    let (_, with_old) = app.sign_in("olle", PASSWORD, &app.code(&old)).await;
    assert_eq!(with_old.status, StatusCode::UNAUTHORIZED, "the old code fails");
    let (_, with_new) = app.sign_in("olle", PASSWORD, &app.code(&new)).await;
    assert_eq!(
        with_new.status,
        StatusCode::SEE_OTHER,
        "a code from the new secret works"
    );

    assert!(
        !app.get_as(&admin, &path).await.body.contains("otpauth:"),
        "the secret is not shown again"
    );
    let logs = crate::helpers::captured_logs();
    assert!(
        !logs.contains(&shown_secret(&shown.body)),
        "the secret is never logged"
    );
    assert_eq!(audited(&app, "second_factor_reset").await[0].detail, id);
}

#[tokio::test]
async fn an_admin_lifts_a_lockout() {
    // No account locks any more (tests/api/floods.rs); "unlock" forgets the throttled
    // failures of the name from every client.
    let app = TestApp::spawn().await;
    let admin = app.staff("admin").await;
    let secret = app.create_user("handler", "lina", &[]).await;
    for _ in 0..5 {
        app.sign_in("lina", "not the password", "123456").await;
    }
    let (_, locked) = app.sign_in("lina", PASSWORD, &app.code(&secret)).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    let id = user_id(&app, "lina").await;

    let unlock = app
        .post_as(
            &admin,
            "/console/users",
            &format!("/console/users/{id}/unlock"),
            &[],
        )
        .await;
    assert_eq!(unlock.status, StatusCode::SEE_OTHER);
    let (_, open) = app.sign_in("lina", PASSWORD, &app.code(&secret)).await;
    assert_eq!(
        open.status,
        StatusCode::SEE_OTHER,
        "open before the lock-out ran out"
    );
    assert_eq!(audited(&app, "unlock").await[0].detail, id);
}

#[tokio::test]
async fn only_admins_reach_users_and_rules() {
    let app = TestApp::spawn().await;
    let target = {
        app.create_user("handler", "tove", &[]).await;
        user_id(&app, "tove").await
    };
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    assert_eq!(
        app.get_as(&anonymous, "/console/users").await.location(),
        "/console/sign-in"
    );
    let mut wrong = Vec::new();
    for role in ["handler", "supervisor", "auditor", "municipality"] {
        let client = app.staff(role).await;
        for path in [
            "/console/users".to_owned(),
            "/console/rules".to_owned(),
            format!("/console/users/{target}/second-factor"),
        ] {
            let got = app.get_as(&client, &path).await.status;
            if got != StatusCode::FORBIDDEN {
                wrong.push(format!("{role} GET {path}: {got}"));
            }
        }
        for action in [
            format!("/console/users/{target}/disable"),
            format!("/console/users/{target}/second-factor"),
            "/console/rules/reload".to_owned(),
        ] {
            let got = app
                .post_as(&client, "/console/sign-in", &action, &[])
                .await
                .status;
            if got != StatusCode::FORBIDDEN {
                wrong.push(format!("{role} POST {action}: {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(audited(&app, "user_disabled").await.is_empty());
    assert!(audited(&app, "rules_reload").await.is_empty());
}

/// A copy of the shipped rules in a temporary folder, to change.
fn rules_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("config/triage")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[tokio::test]
async fn reloading_the_rules_takes_a_valid_tree_and_refuses_a_broken_file() {
    let rules = rules_copy();
    let path = rules.path().to_path_buf();
    let app = TestApp::spawn_with(move |c| c.triage.rules_dir = path).await;
    let admin = app.staff("admin").await;
    let before = app.state.engine().rules_version().to_owned();
    let page = app.get_as(&admin, "/console/rules").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&before), "the version in service is shown");

    // A valid change.
    std::fs::remove_file(rules.path().join("13-language.toml")).unwrap();
    let reloaded = app
        .post_as(&admin, "/console/rules", "/console/rules/reload", &[])
        .await;
    assert_eq!(reloaded.status, StatusCode::SEE_OTHER);
    assert_eq!(reloaded.location(), "/console/rules?done=reloaded");
    let after = app.state.engine().rules_version().to_owned();
    assert_ne!(after, before);
    let page = app.get_as(&admin, reloaded.location()).await;
    assert!(page.body.contains(&after) && page.body.contains("Reglerna lästes in på nytt."));

    // A broken file: the error with file and line, and the running rules stay.
    std::fs::write(
        rules.path().join("99-broken.toml"),
        "[[rule]]\nid = \"broken\"\nwhen = { nonsense = true }\n",
    )
    .unwrap();
    let refused = app
        .post_as(&admin, "/console/rules", "/console/rules/reload", &[])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("99-broken.toml:"), "{}", refused.body);
    assert!(refused.body.contains("role=\"alert\""));
    assert!(
        refused.body.contains(&after),
        "the page shows the version still in service"
    );
    assert_eq!(
        app.state.engine().rules_version(),
        after,
        "the running rules stay"
    );

    let details: Vec<String> = audited(&app, "rules_reload")
        .await
        .into_iter()
        .map(|r| r.detail)
        .collect();
    assert_eq!(details, ["failed".to_owned(), after]);
}
