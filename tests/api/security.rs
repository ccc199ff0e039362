use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn every_page_has_a_strict_csp_no_referrer_and_no_store() {
    let app = TestApp::spawn().await;
    for path in [
        "/sv/",
        "/sv/enquiry",
        "/sv/receipt",
        "/en/support",
        "/xx/nothing",
        "/api/v1/nothing",
    ] {
        let answer = app.get(path).await;
        let h = &answer.headers;
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(h["cache-control"], "no-store", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
    }
}

#[tokio::test]
async fn pages_have_no_inline_script_or_style_and_nothing_from_elsewhere() {
    let app = TestApp::spawn().await;
    let quick_exit = app.state.config().site.quick_exit_url.clone();
    for path in ["/sv/", "/ar/enquiry", "/en/young", "/en/safety", "/sv/receipt"] {
        let html = app.get(path).await.body;
        assert!(
            !html.contains("<script>") && !html.contains("<script type"),
            "{path}: inline script"
        );
        assert!(
            !html.contains(" style=") && !html.contains("<style"),
            "{path}: inline style"
        );
        assert!(!html.contains(" onclick="), "{path}: inline handler");
        for attr in ["src=\"http", "href=\"//", "src=\"//"] {
            assert!(!html.contains(attr), "{path}: third-party resource {attr}");
        }
        let external_links = html.matches("href=\"http").count();
        let quick_exit_links = html.matches(&format!("href=\"{quick_exit}\"")).count();
        assert_eq!(
            external_links, quick_exit_links,
            "{path}: the only outside link is quick exit"
        );
    }
}

#[tokio::test]
async fn an_anonymous_reader_gets_no_cookie_except_the_csrf_one_on_forms() {
    let app = TestApp::spawn().await;
    for path in ["/sv/", "/sv/support", "/sv/young"] {
        let answer = app.get(path).await;
        assert!(!answer.headers.contains_key("set-cookie"), "{path} sets a cookie");
    }
    let fresh = reqwest::Client::new();
    let form = fresh.get(app.url("/sv/enquiry")).send().await.unwrap();
    let cookies: Vec<_> = form
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    assert!(cookies[0].starts_with("kp_csrf="), "{cookies:?}");
    assert!(
        cookies[0].contains("HttpOnly") && cookies[0].contains("SameSite=Strict"),
        "{cookies:?}"
    );
    assert!(
        !cookies[0].contains("Max-Age") && !cookies[0].contains("Expires"),
        "a session cookie"
    );
}

#[tokio::test]
async fn secure_deployments_use_a_host_prefixed_secure_cookie_and_hsts() {
    let app = TestApp::spawn_with(|c| c.http.cookie_secure = true).await;
    let answer = app.get("/sv/enquiry").await;
    let cookie = answer.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-kp_csrf=") && cookie.contains("; Secure"),
        "{cookie}"
    );
    assert!(answer.headers.contains_key("strict-transport-security"));
}

#[tokio::test]
async fn cross_site_form_posts_are_refused() {
    let app = TestApp::spawn().await;
    let page = app.get("/sv/enquiry").await;
    let token = crate::helpers::csrf_token(&page.body);
    let answer = app
        .send(
            app.client
                .post(app.url("/sv/enquiry"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .body(format!("_csrf={token}&message=x")),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("enquiries").await, 0);
}

#[tokio::test]
async fn a_form_post_needs_the_browsers_own_token_from_our_own_site() {
    let app = TestApp::spawn().await;
    let token = crate::helpers::csrf_token(&app.get("/sv/enquiry").await.body);
    let fields = [("wants_contact", "true")];
    let cases = [
        ("no token", None, None, StatusCode::FORBIDDEN),
        ("a forged token", Some("forged"), None, StatusCode::FORBIDDEN),
        (
            "cross-site",
            Some(token.as_str()),
            Some("cross-site"),
            StatusCode::FORBIDDEN,
        ),
        (
            "same-site",
            Some(token.as_str()),
            Some("same-site"),
            StatusCode::FORBIDDEN,
        ),
        (
            "the right token",
            Some(token.as_str()),
            Some("same-origin"),
            StatusCode::SEE_OTHER,
        ),
    ];
    for (what, token, site, expected) in cases {
        let mut body: Vec<(&str, &str)> = token.map(|t| ("_csrf", t)).into_iter().collect();
        body.extend_from_slice(&fields);
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(body)
            .finish();
        let mut request = app
            .client
            .post(app.url("/sv/enquiry"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encoded);
        if let Some(site) = site {
            request = request.header("sec-fetch-site", site);
        }
        assert_eq!(app.send(request).await.status, expected, "{what}");
    }
    // The right token from a browser without the cookie it belongs to.
    let stranger = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = app
        .send(
            stranger
                .post(app.url("/sv/enquiry"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("_csrf={token}&wants_contact=true")),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "a token without its cookie");
    assert_eq!(app.count("enquiries").await, 1, "only the right post was stored");
}

#[tokio::test]
async fn a_staff_post_with_a_forged_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let client = app.staff("handler").await;
    let forged = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("_csrf", "forged")])
        .finish();
    let answer = app
        .send(
            client
                .post(app.url("/console/sign-out"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(forged),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get_as(&client, "/console/").await.status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn static_files_are_served_uncached_and_unknown_ones_404() {
    let app = TestApp::spawn().await;
    let css = app.get("/static/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
    // A cached style sheet would show the site was visited (issue #14).
    assert_eq!(css.headers["cache-control"], "no-store");
    assert!(
        css.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    let js = app.get("/static/quick-exit.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert_eq!(app.get("/static/nope.css").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn start_page_and_form_stay_within_the_page_weight_budget() {
    // Budget from the issue: HTML + CSS + fonts ≤ 30 KB uncompressed, ≤ 10 KB compressed.
    let app = TestApp::spawn().await;
    let raw = reqwest::Client::builder().build().unwrap();
    let css = raw
        .get(app.url("/static/site.css"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .len();
    let css_gz = compressed(&raw, &app.url("/static/site.css")).await;
    // Every language: the longest scripts (Persian, Dari, Pashto, Tigrinya) weigh most.
    let mut paths = vec!["/sv/".to_owned()];
    for lang in kontaktpunkt::i18n::Lang::ALL {
        paths.push(format!("/{}/enquiry", lang.tag()));
        paths.push(format!("/{}/callback", lang.tag()));
    }
    for path in paths.iter().map(String::as_str) {
        let html = app.get(path).await.body.len();
        let html_gz = compressed(&raw, &app.url(path)).await;
        crate::helpers::note(&format!(
            "{path}: html {html} B + css {css} B; gzip {html_gz} + {css_gz} B"
        ));
        assert!(html + css <= 30 * 1024, "{path}: {html} + {css} bytes");
        assert!(
            html_gz + css_gz <= 10 * 1024,
            "{path}: {html_gz} + {css_gz} compressed bytes"
        );
    }
}

async fn compressed(client: &reqwest::Client, url: &str) -> usize {
    let response = client
        .get(url)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-encoding"],
        "gzip",
        "{url} is compressed"
    );
    response.bytes().await.unwrap().len()
}
