//! Issue #14: an onion-service deployment. With `site.onion_location` set, the public
//! pages carry `Onion-Location` (the same path at the onion address) and the staff's
//! pages do not; unset, no page does. The whole public flow without JavaScript, as Tor
//! Browser's "Safest" level runs it, is walked in `tests/browser/no-js.mjs`.

use crate::helpers::TestApp;

fn onion() -> String {
    format!("http://{}.onion", "kontaktpunkt2345".repeat(3) + "abcdefgh")
}

#[tokio::test]
async fn public_pages_point_tor_browser_to_the_onion_address_and_staff_pages_do_not() {
    let app = TestApp::spawn_with(|c| c.site.onion_location = Some(onion())).await;
    for path in ["/sv/", "/en/enquiry", "/ar/receipt", "/so/chat", "/sv/safety"] {
        let page = app.get(path).await;
        assert_eq!(
            page.headers.get("onion-location").and_then(|v| v.to_str().ok()),
            Some(format!("{}{path}", onion()).as_str()),
            "{path}"
        );
    }
    for path in [
        "/console/sign-in",
        "/inbox/sign-in",
        "/api/v1/openapi.json",
        "/static/site.css",
    ] {
        let page = app.get(path).await;
        assert!(page.headers.get("onion-location").is_none(), "{path}");
    }
}

#[tokio::test]
async fn without_an_onion_address_no_page_names_one() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/").await;
    assert!(page.headers.get("onion-location").is_none());
}
