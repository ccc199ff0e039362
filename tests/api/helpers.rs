//! `TestApp`: the real server on a random port with a fresh database (a temporary SQLite
//! file, or a new PostgreSQL database when `TEST_DATABASE_URL=postgres://…`), a test clock
//! and an HTTP client that keeps cookies and does not follow redirects.

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use kontaktpunkt::clock::TestClock;
use kontaktpunkt::config::{self, Config, DatabaseUrl};
use kontaktpunkt::crypto::{Column, Context};
use kontaktpunkt::startup::App;
use kontaktpunkt::state::AppState;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use time::macros::datetime;

/// A running instance and a client to talk to it.
pub struct TestApp {
    pub addr: SocketAddr,
    /// The operators' listener (`/metrics`, health).
    pub ops_addr: SocketAddr,
    pub state: AppState,
    pub clock: Arc<TestClock>,
    pub client: reqwest::Client,
    pub database_url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// A response read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    /// The `Location` header.
    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// Log lines written by every test app in this process (the privacy tests read them).
pub fn captured_logs() -> String {
    let buffer = log_buffer().lock().unwrap();
    String::from_utf8_lossy(&buffer).into_owned()
}

fn log_buffer() -> &'static Arc<Mutex<Vec<u8>>> {
    static BUFFER: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    BUFFER.get_or_init(|| Arc::new(Mutex::new(Vec::new())))
}

struct BufferWriter;

impl std::io::Write for BufferWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        log_buffer().lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        // Everything from debug up, in the production (JSON) format, into one buffer.
        let _ = tracing_subscriber::fmt()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(true)
            .with_env_filter("debug,hyper=info,h2=info,reqwest=info")
            .with_writer(|| BufferWriter)
            .try_init();
    });
}

/// The project's root (templates, locales, config).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The test configuration: the shipped defaults with a test key, port 0 and plain cookies.
pub fn test_config(database_url: &str) -> Config {
    let figment = config::figment(&root().join("config/default.toml"), None)
        .merge(("listen", "127.0.0.1:0"))
        .merge(("ops_listen", "127.0.0.1:0"))
        .merge(("database_url", database_url))
        .merge(("data_key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="))
        .merge(("assets_dir", root().to_string_lossy().into_owned()))
        .merge(("http.cookie_secure", false))
        .merge(("http.shutdown_grace_secs", 5))
        // The test clock stands still, so no allowance ever refills: tests that are not
        // about floods get room (tests/api/floods.rs puts the shipped limits back).
        .merge(("limits.intake_per_client", 100_000))
        .merge(("limits.intake_global_per_minute", 100_000))
        .merge(("limits.open_chats_per_client", 100_000))
        .merge(("limits.sign_in_per_client_per_minute", 100_000))
        .merge(("limits.sign_in_global_per_minute", 100_000))
        // Tests move the clock by hours; a session idles out only where that is the
        // point (tests/api/sessions.rs puts the shipped 30 minutes back).
        .merge(("auth.session_idle_minutes", 480));
    let mut config = config::from_figment(&figment, false).expect("the test configuration is valid");
    config.database_url = DatabaseUrl::new(database_url);
    config
}

/// A fresh database URL for one test.
async fn fresh_database(dir: &tempfile::TempDir) -> String {
    #[expect(
        clippy::disallowed_methods,
        reason = "the test harness reads its own environment"
    )]
    let base = std::env::var("TEST_DATABASE_URL").unwrap_or_default();
    if base.starts_with("postgres") {
        let name = format!("kp_test_{}", uuid::Uuid::new_v4().simple());
        let admin = sqlx::PgPool::connect(&base)
            .await
            .expect("TEST_DATABASE_URL answers");
        sqlx::query(sqlx::AssertSqlSafe(format!("create database {name}")))
            .execute(&admin)
            .await
            .expect("can create a test database");
        admin.close().await;
        let (prefix, _) = base.rsplit_once('/').expect("TEST_DATABASE_URL names a database");
        format!("{prefix}/{name}")
    } else {
        format!("sqlite://{}", dir.path().join("test.db").display())
    }
}

impl TestApp {
    /// Starts an instance with the default test configuration.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Starts an instance after `adjust` has changed the configuration.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        init_logs();
        let dir = tempfile::tempdir().expect("a temporary folder");
        let database_url = fresh_database(&dir).await;
        let mut config = test_config(&database_url);
        config.data_dir = dir.path().join("data");
        adjust(&mut config);
        let clock = Arc::new(TestClock::new(datetime!(2026-11-23 09:30 UTC)));
        let app = App::build_with_clock(config, clock.clone())
            .await
            .expect("the app builds");
        let addr = app.local_addr();
        let ops_addr = app.ops_addr();
        let state = app.state().clone();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async move {
            let _ = rx.await;
        }));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        Self {
            addr,
            ops_addr,
            state,
            clock,
            client,
            database_url,
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
        }
    }

    /// `GET path` on the operators' listener.
    pub async fn ops_get(&self, path: &str) -> Answer {
        self.send(self.client.get(format!("http://{}{path}", self.ops_addr)))
            .await
    }

    /// The absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.client.get(self.url(path))).await
    }

    /// `GET path` with request headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = self.client.get(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }

    /// Sends a request and reads the whole answer.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.expect("the server answers");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// Fetches the form page at `form_path` for its CSRF token (and cookie), then posts
    /// `fields` to `action` with that token.
    pub async fn post_form(&self, form_path: &str, action: &str, fields: &[(&str, &str)]) -> Answer {
        let page = self.get(form_path).await;
        let token = csrf_token(&page.body);
        let mut body: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        body.extend_from_slice(fields);
        self.post_raw(action, &body).await
    }

    /// Posts a form exactly as given (no token added).
    pub async fn post_raw(&self, action: &str, fields: &[(&str, &str)]) -> Answer {
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send(
            self.client
                .post(self.url(action))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(encoded),
        )
        .await
    }

    /// Sends an enquiry through the form; returns the hand-off page's address.
    pub async fn send_enquiry(&self, lang: &str, fields: &[(&str, &str)]) -> String {
        let answer = self
            .post_form(&format!("/{lang}/enquiry"), &format!("/{lang}/enquiry"), fields)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "enquiry accepted: {}",
            answer.body
        );
        answer.location().to_owned()
    }

    /// Sends an enquiry and reads its receipt code from the hand-off page.
    pub async fn enquiry_with_code(&self, lang: &str, message: &str) -> String {
        let handoff = self.send_enquiry(lang, &[("message", message)]).await;
        let page = self.get(&handoff).await;
        assert_eq!(page.status, StatusCode::OK);
        receipt_code(&page.body)
    }

    /// Looks a code up as a browser does: the post (`303` to the case page when found),
    /// then the case page it leads to. An unknown code's answer as it comes.
    pub async fn look_up(&self, lang: &str, code: &str) -> Answer {
        let path = format!("/{lang}/receipt");
        let posted = self.post_form(&path, &path, &[("code", code)]).await;
        self.follow(posted).await
    }

    /// The page a `303` leads to (with this app's client), or the answer itself.
    pub async fn follow(&self, answer: Answer) -> Answer {
        if answer.status == StatusCode::SEE_OTHER {
            self.get(answer.location()).await
        } else {
            answer
        }
    }

    /// This app client's browser as a `Cookie` header (its CSRF cookie, to which a chat
    /// is bound), for WebSocket clients, which do not share the client's jar.
    pub async fn browser_cookie(&self) -> String {
        let page = self.get("/sv/receipt").await;
        format!("kp_csrf={}", csrf_token(&page.body))
    }

    /// How many rows a table has.
    pub async fn count(&self, table: &str) -> i64 {
        let sql = sqlx::AssertSqlSafe(format!("select count(*) from {table}"));
        kontaktpunkt::with_db!(self.state.db(), |pool| sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(pool)
            .await
            .unwrap())
    }

    /// Stops the server gracefully and waits for it.
    pub async fn stop(&mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.server.take() {
            Some(handle) => handle.await?,
            None => Ok(()),
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// The CSRF token in a page's form.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let start = html.find(marker).expect("the page has a CSRF field") + marker.len();
    html[start..].split('"').next().unwrap_or_default().to_owned()
}

/// The receipt code shown on a hand-off page.
pub fn receipt_code(html: &str) -> String {
    let marker = "class=\"receipt-code\"";
    let start = html.find(marker).expect("the page shows a receipt code");
    let rest = &html[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest[open..].find('<').unwrap() + open;
    rest[open..close].trim().to_owned()
}

/// Prints to the test output (shown on failure).
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// The password every test user gets.
pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// Creates a user directly in the store, bound to `orgs` (directory ids; a bare
    /// kommunkod stands for its social services, as `user add --municipality` does);
    /// returns their TOTP secret.
    pub async fn create_user(&self, role: &str, name: &str, orgs: &[&str]) -> Vec<u8> {
        use kontaktpunkt::auth::{password, store, totp};
        let id = uuid::Uuid::new_v4().to_string();
        let secret = totp::new_secret();
        let sealed = self
            .state
            .keys()
            .seal(&Context::new(Column::UserTotp, &id), &secret);
        let codes: Vec<String> = orgs
            .iter()
            .map(|o| {
                if o.bytes().all(|b| b.is_ascii_digit()) {
                    format!("socialtjanst:{o}")
                } else {
                    (*o).to_owned()
                }
            })
            .collect();
        let user = store::NewUser {
            id: &id,
            name,
            role,
            password_hash: &password::hash(PASSWORD).unwrap(),
            totp_secret_sealed: &sealed,
            created_at: self.state.clock().now_ms(),
        };
        kontaktpunkt::transact!(self.state.db(), |tx| store::insert_user(tx, &user, &codes).await).unwrap();
        secret
    }

    /// The current second-factor code for a secret, by the app's clock.
    pub fn code(&self, secret: &[u8]) -> String {
        use kontaktpunkt::clock::Clock as _;
        let seconds = u64::try_from(self.clock.now().unix_timestamp()).unwrap();
        kontaktpunkt::auth::totp::code_at(secret, seconds).unwrap()
    }

    /// A fresh client (own cookies) that has tried to sign in; returns it and the answer.
    pub async fn sign_in(&self, name: &str, password: &str, code: &str) -> (reqwest::Client, Answer) {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let answer = self.sign_in_with(&client, name, password, code).await;
        (client, answer)
    }

    /// Tries to sign in with a given client.
    pub async fn sign_in_with(
        &self,
        client: &reqwest::Client,
        name: &str,
        password: &str,
        code: &str,
    ) -> Answer {
        let page = self.send(client.get(self.url("/console/sign-in"))).await;
        let token = csrf_token(&page.body);
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("_csrf", token.as_str()),
                ("name", name),
                ("password", password),
                ("code", code),
            ])
            .finish();
        self.send(
            client
                .post(self.url("/console/sign-in"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }

    /// A client signed in as a new user with `role`.
    pub async fn staff(&self, role: &str) -> reqwest::Client {
        let name = format!("{role}-{}", uuid::Uuid::new_v4().simple());
        let municipalities: &[&str] = if role == "municipality" { &["1280"] } else { &[] };
        let secret = self.create_user(role, &name, municipalities).await;
        let (client, answer) = self.sign_in(&name, PASSWORD, &self.code(&secret)).await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "{role} signs in: {}",
            answer.body
        );
        client
    }

    /// `GET path` with a given client.
    pub async fn get_as(&self, client: &reqwest::Client, path: &str) -> Answer {
        self.send(client.get(self.url(path))).await
    }

    /// The id of the user called `name`.
    pub async fn user_id(&self, name: &str) -> String {
        kontaktpunkt::with_db!(self.state.db(), |pool| sqlx::query_scalar::<_, String>(
            "select id from users where name = $1"
        )
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap())
    }

    /// A signed-in client of `role` with a known name, and that user's id.
    pub async fn signed_in(&self, role: &str, name: &str) -> (reqwest::Client, String) {
        let secret = self.create_user(role, name, &[]).await;
        let (client, answer) = self.sign_in(name, PASSWORD, &self.code(&secret)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{name} signs in");
        (client, self.user_id(name).await)
    }

    /// The id of the newest enquiry (by creation time).
    pub async fn newest_enquiry_id(&self) -> String {
        kontaktpunkt::with_db!(self.state.db(), |pool| sqlx::query_scalar::<_, String>(
            "select id from enquiries order by created_at desc, id limit 1"
        )
        .fetch_one(pool)
        .await
        .unwrap())
    }

    /// Claims case `id` as `client`: only the handler who holds a case (or who gave a
    /// reason) reads its words and contact data.
    pub async fn claim(&self, client: &reqwest::Client, id: &str) {
        let page = format!("/console/cases/{id}");
        let answer = self.post_as(client, &page, &format!("{page}/claim"), &[]).await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "claims {id}: {}",
            answer.body
        );
    }

    /// Posts a form as `client`, with the CSRF token from `form_path`.
    pub async fn post_as(
        &self,
        client: &reqwest::Client,
        form_path: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let page = self.send(client.get(self.url(form_path))).await;
        let token = if page.body.contains("name=\"_csrf\"") {
            csrf_token(&page.body)
        } else {
            String::new()
        };
        let mut pairs = vec![("_csrf", token.as_str())];
        pairs.extend_from_slice(fields);
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.send(
            client
                .post(self.url(action))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }
}

/// The text of a page without Fluent's direction-isolation marks.
pub fn plain(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}
