//! What reaches the police, fitted to the host (issue #13): the footer, the about, privacy,
//! professionals and young pages say who runs the service from `site.host_is_police`,
//! `site.host_is_authority` and `site.host_name`, name the exceptions that hold for that
//! host, and never the ones that do not. A police host that is no authority does not start.

use kontaktpunkt::config::Config;
use reqwest::StatusCode;

use crate::helpers::{TestApp, test_config};

/// Fluent's isolation marks around a placeable.
fn iso(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Another authority hosts the service.
fn authority(c: &mut Config) {
    c.site.host_is_police = false;
    c.site.host_name = "Länsstyrelsen Östergötland".to_owned();
}

/// A host that is no authority (say, a foundation).
fn other(c: &mut Config) {
    c.site.host_is_police = false;
    c.site.host_is_authority = false;
    c.site.host_name = "Stiftelsen Utvägen".to_owned();
}

async fn page(app: &TestApp, path: &str) -> String {
    let answer = app.get(path).await;
    assert_eq!(answer.status, StatusCode::OK, "{path}");
    answer.body
}

fn has(body: &str, path: &str, text: &str) {
    assert!(body.contains(text), "{path} says: {text}");
}

fn lacks(body: &str, path: &str, text: &str) {
    assert!(!body.contains(text), "{path} does not say: {text}");
}

#[tokio::test]
async fn each_host_is_named_in_the_footer_and_on_the_about_page() {
    let police = TestApp::spawn().await;
    for path in ["/sv/", "/sv/about", "/sv/accessibility"] {
        let body = page(&police, path).await;
        has(&body, path, "Kontaktpunkten drivs av polisen (Polismyndigheten)");
    }
    let en = page(&police, "/en/about").await;
    has(&en, "/en/about", "The contact point is run by the police");

    let authority = TestApp::spawn_with(authority).await;
    let body = page(&authority, "/sv/").await;
    has(
        &body,
        "/sv/",
        &format!(
            "Kontaktpunkten drivs av {}, som är en myndighet.",
            iso("Länsstyrelsen Östergötland")
        ),
    );
    lacks(&body, "/sv/", "drivs av polisen");

    let other = TestApp::spawn_with(other).await;
    let body = page(&other, "/sv/about").await;
    has(
        &body,
        "/sv/about",
        &format!(
            "Kontaktpunkten drivs av {}, som inte är en myndighet.",
            iso("Stiftelsen Utvägen")
        ),
    );
    lacks(&body, "/sv/about", "drivs av polisen");
}

/// `about-police-intro-police` and its list: the police host names acute danger and a
/// serious crime about to happen or committed, that police staff must act, that an
/// anonymous contact starts no case, and never promises a talk without the police.
#[tokio::test]
async fn the_police_host_names_both_exceptions_and_no_first_talk_without_police() {
    let app = TestApp::spawn().await;
    let body = page(&app, "/sv/about").await;
    has(&body, "/sv/about", "Kontaktpunkten är en del av polisen.");
    has(&body, "/sv/about", "akut fara");
    has(
        &body,
        "/sv/about",
        "ett allvarligt brott som är på väg att hända eller som har hänt. Då måste polisens personal agera",
    );
    has(
        &body,
        "/sv/about",
        "Skriv därför inte om brott som du själv har begått.",
    );
    has(&body, "/sv/about", "startar i sig inget polisärende");
    has(
        &body,
        "/sv/about",
        "Oro för ett barn anmäler vi till socialtjänsten",
    );
    for path in ["/sv/about", "/sv/privacy", "/sv/young", "/sv/"] {
        let body = page(&app, path).await;
        lacks(&body, path, "utan att polisen kopplas in");
    }
    let en = page(&app, "/en/about").await;
    lacks(&en, "/en/about", "without the police");
    has(&en, "/en/about", "Then police staff must act");
}

/// `about-police-intro` for another authority: consent, or acute danger, a serious crime
/// about to happen (everyone must tell) or committed (secrecy may be lifted by law); a
/// first conversation without the police is possible.
#[tokio::test]
async fn another_authority_names_both_exceptions_and_a_first_talk_without_police() {
    let app = TestApp::spawn_with(authority).await;
    let body = page(&app, "/sv/about").await;
    has(&body, "/sv/about", "Polisen får veta det bara om du samtycker");
    has(&body, "/sv/about", "akut fara");
    has(
        &body,
        "/sv/about",
        "som är på väg att hända. Då måste alla som vet om det säga till.",
    );
    has(
        &body,
        "/sv/about",
        "som redan har hänt. Då kan en lag häva sekretessen",
    );
    has(&body, "/sv/about", "utan att polisen kopplas in");
    has(
        &body,
        "/sv/about",
        "Oro för ett barn anmäler vi till socialtjänsten",
    );
    lacks(&body, "/sv/about", "en del av polisen");
    lacks(&body, "/sv/about", "polisens personal agera");
}

/// `operator-not-authority`, `professionals-report-we`: a host that is no authority says
/// so, claims no duty to report concern about a child, and names only acute danger and a
/// serious crime about to happen as reasons to tell the police without consent.
#[tokio::test]
async fn a_host_that_is_no_authority_claims_no_duty_to_report() {
    let app = TestApp::spawn_with(other).await;
    let about = page(&app, "/sv/about").await;
    has(&about, "/sv/about", "Kontaktpunkten är inte en myndighet.");
    has(
        &about,
        "/sv/about",
        "som är på väg att hända. Då måste alla som vet om det säga till.",
    );
    has(&about, "/sv/about", "utan att polisen kopplas in");
    lacks(&about, "/sv/about", "som redan har hänt");
    lacks(&about, "/sv/about", "Oro för ett barn anmäler vi");
    lacks(&about, "/sv/about", "är en del av en myndighet");
    let pro = page(&app, "/sv/professionals").await;
    has(&pro, "/sv/professionals", "har ingen anmälningsplikt");
    lacks(
        &pro,
        "/sv/professionals",
        "Kontaktpunkten har också anmälningsplikt",
    );
    let young = page(&app, "/sv/young").await;
    has(
        &young,
        "/sv/young",
        "Vi måste inte berätta om dig för socialtjänsten.",
    );
    lacks(
        &young,
        "/sv/young",
        "Vuxna på en myndighet måste säga till socialtjänsten",
    );
    lacks(
        &young,
        "/sv/young",
        "vi måste säga till socialtjänsten om vi är oroliga för dig",
    );
    let privacy = page(&app, "/sv/privacy").await;
    has(
        &privacy,
        "/sv/privacy",
        "offentlighets- och sekretesslagen gäller inte hos oss",
    );
}

/// `privacy-share-exceptions`: each host's exceptions, and only those.
#[tokio::test]
async fn the_privacy_page_names_the_exceptions_of_each_host() {
    let police = page(&TestApp::spawn().await, "/sv/privacy").await;
    has(
        &police,
        "/sv/privacy",
        "om du berättar om ett allvarligt brott som är på väg att hända eller som har hänt (då måste polisens personal agera)",
    );
    has(&police, "/sv/privacy", "(då till socialtjänsten)");
    lacks(&police, "/sv/privacy", "när en lag kräver det");

    let authority = page(&TestApp::spawn_with(authority).await, "/sv/privacy").await;
    has(&authority, "/sv/privacy", "(då måste alla säga till)");
    has(&authority, "/sv/privacy", "(då kan en lag häva sekretessen)");
    has(&authority, "/sv/privacy", "(då till socialtjänsten)");

    let other = page(&TestApp::spawn_with(other).await, "/sv/privacy").await;
    has(
        &other,
        "/sv/privacy",
        "om någons liv eller hälsa är i akut fara, eller om du berättar om ett allvarligt brott som är på väg att hända.",
    );
    lacks(&other, "/sv/privacy", "som har hänt");
    lacks(&other, "/sv/privacy", "(då till socialtjänsten)");
}

/// `young-who`, `young-who-read`: the young page names the host in easy words and says
/// who reads and when the police learn of it.
#[tokio::test]
async fn the_young_page_names_the_host_and_who_reads() {
    let police = page(&TestApp::spawn().await, "/sv/young").await;
    has(&police, "/sv/young", "Kontaktpunkten drivs av polisen.");
    has(
        &police,
        "/sv/young",
        "Andra poliser får bara veta det om någon är i fara",
    );
    has(
        &police,
        "/sv/young",
        "som ska hända eller som har hänt, måste polisen göra något.",
    );
    let other = page(&TestApp::spawn_with(other).await, "/sv/young").await;
    has(
        &other,
        "/sv/young",
        &format!(
            "Kontaktpunkten drivs av {}. Det är inte en myndighet och inte polisen.",
            iso("Stiftelsen Utvägen")
        ),
    );
    has(&other, "/sv/young", "Polisen får bara veta det om du säger ja");
    lacks(&other, "/sv/young", "drivs av polisen");
}

#[test]
fn a_police_host_that_is_no_authority_does_not_start() {
    let figment = kontaktpunkt::config::figment(&crate::helpers::root().join("config/default.toml"), None)
        .merge(("data_key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="))
        .merge(("site.host_is_authority", false));
    let err = kontaktpunkt::config::from_figment(&figment, false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("site.host_is_police"), "{err}");
    assert!(err.contains("host_is_authority = true"), "{err}");
    // The shipped test configuration, with a host that is neither, starts.
    let mut config = test_config("sqlite://unused.db");
    other(&mut config);
    assert!(config.validate().is_ok());
}
