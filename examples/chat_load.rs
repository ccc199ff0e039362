//! Load client of the anonymous chat, driven by `scripts/bench-chat.sh` (127.0.0.1 only).
//!
//! `idle`: starts N chats through the pre-chat form, reads the server's resident memory,
//! opens one WebSocket per chat (each answered with its status frame), holds them idle
//! (answering the server's pings), reads the memory again and reports the cost per
//! connection. Then it starts one more chat, which moves the queue, and reports how long
//! until every held connection was told where it stands now.
//!
//! `active`: starts N chats, signs handlers in (password + TOTP), lets them accept the
//! chats through the console, opens both sides' WebSockets and sends messages at a fixed
//! total rate, half from people, half from handlers. Each text carries its send time, so
//! the other side measures delivery latency from send to receipt. The person side may be
//! one instance and the staff side another (`--person-base`, `--staff-base`).
//!
//! ```text
//! chat_load idle   --base URL --chats N --server-pid PID [--hold SECS] [--concurrency C]
//! chat_load active --person-base URL --staff-base URL --chats N --rate MSGS_PER_S
//!                  --handlers FILE --password-file FILE [--warmup SECS] [--duration SECS]
//! ```
//! The handlers file has one `name secret-base32` pair a line.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use futures_util::{SinkExt, StreamExt};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;
use tokio::net::TcpStream;
use tokio::sync::{Semaphore, watch};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

const USAGE: &str = "usage: chat_load idle --base URL --chats N --server-pid PID [--hold SECS] \
     [--concurrency C]\n       chat_load active --person-base URL --staff-base URL --chats N \
     --rate MSGS_PER_S --handlers FILE --password-file FILE [--warmup SECS] [--duration SECS]";

/// Longest wait for one HTTP answer, handshake or first frame.
const STEP_TIMEOUT: Duration = Duration::from_secs(60);

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, rest) = args.split_first().ok_or_else(|| anyhow!(USAGE))?;
    let opts = Opts::parse(rest)?;
    match mode.as_str() {
        "idle" => idle(&opts).await,
        "active" => active(&opts).await,
        _ => bail!(USAGE),
    }
}

/// `--key value` pairs.
struct Opts(HashMap<String, String>);

impl Opts {
    fn parse(args: &[String]) -> Result<Self> {
        let mut map = HashMap::new();
        let mut it = args.iter();
        while let Some(key) = it.next() {
            let key = key
                .strip_prefix("--")
                .ok_or_else(|| anyhow!("unexpected {key:?}\n{USAGE}"))?;
            let value = it.next().ok_or_else(|| anyhow!("--{key} needs a value"))?;
            map.insert(key.to_owned(), value.clone());
        }
        Ok(Self(map))
    }

    fn text(&self, key: &str) -> Result<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .ok_or_else(|| anyhow!("--{key} is required\n{USAGE}"))
    }

    fn number(&self, key: &str, default: Option<u64>) -> Result<u64> {
        match (self.0.get(key), default) {
            (Some(v), _) => v.parse().with_context(|| format!("--{key} must be a number")),
            (None, Some(d)) => Ok(d),
            (None, None) => bail!("--{key} is required\n{USAGE}"),
        }
    }

    /// A base URL on the loopback address only.
    fn base(&self, key: &str) -> Result<String> {
        let base = self.text(key)?.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://127.") || base.starts_with("http://localhost:")) {
            bail!("--{key} must be http://127.x.x.x:PORT (this client talks to loopback only)");
        }
        Ok(base)
    }
}

fn http_client(jar: Option<Arc<Jar>>) -> Result<reqwest::Client> {
    let builder = reqwest::Client::builder()
        .redirect(Policy::none())
        .timeout(STEP_TIMEOUT)
        .pool_max_idle_per_host(64);
    let builder = match jar {
        Some(jar) => builder.cookie_provider(jar),
        None => builder.cookie_store(true),
    };
    Ok(builder.build()?)
}

/// The CSRF token of the first form of a page.
fn csrf_token(html: &str) -> Result<String> {
    let marker = "name=\"_csrf\" value=\"";
    let start = html
        .find(marker)
        .ok_or_else(|| anyhow!("no CSRF field on the page"))?
        + marker.len();
    let end = html[start..]
        .find('"')
        .ok_or_else(|| anyhow!("unterminated CSRF field"))?;
    Ok(html[start..start + end].to_owned())
}

/// Starts `n` chats through the pre-chat form (`concurrency` at a time), all from one
/// browser; returns each chat's WebSocket URL and that browser's cookie (a chat's address
/// opens only with the cookie of the browser that started it).
async fn start_chats(base: &str, n: usize, concurrency: usize) -> Result<(Vec<String>, String)> {
    let client = http_client(None)?;
    let page = client.get(format!("{base}/sv/chat")).send().await?.text().await?;
    if !page.contains("action=\"/sv/chat\"") {
        bail!("the chat is closed at {base} (the script opens it with KONTAKTPUNKT_CHAT__* overrides)");
    }
    let token = csrf_token(&page)?;
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (client, token, next, base) = (client.clone(), token.clone(), Arc::clone(&next), base.to_owned());
        workers.spawn(async move {
            let mut urls = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < n {
                let answer = client
                    .post(format!("{base}/sv/chat"))
                    .form(&[("_csrf", token.as_str()), ("enquirer", "self")])
                    .send()
                    .await?;
                if answer.status() != reqwest::StatusCode::SEE_OTHER {
                    bail!("starting a chat answered {}", answer.status());
                }
                let path = answer
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .ok_or_else(|| anyhow!("no location after starting a chat"))?;
                urls.push(format!(
                    "{}{path}/ws?after=0",
                    base.replacen("http://", "ws://", 1)
                ));
            }
            Ok::<_, anyhow::Error>(urls)
        });
    }
    let mut urls = Vec::with_capacity(n);
    while let Some(done) = workers.join_next().await {
        urls.extend(done??);
    }
    Ok((urls, format!("kp_csrf={token}")))
}

/// Resident memory of a process in KiB (`VmRSS` of `/proc/PID/status`).
fn rss_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("reading /proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| anyhow!("no VmRSS for {pid}"))
}

async fn open_socket(url: &str, cookie: Option<&str>) -> Result<Socket> {
    let mut request = url.into_client_request()?;
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse()?);
    }
    let (socket, _) = tokio::time::timeout(STEP_TIMEOUT, tokio_tungstenite::connect_async(request))
        .await
        .context("WebSocket handshake timed out")??;
    Ok(socket)
}

/// Reads frames until the first `status` frame (the server has set the connection up).
async fn first_status(socket: &mut Socket) -> Result<serde_json::Value> {
    loop {
        let message = tokio::time::timeout(STEP_TIMEOUT, socket.next())
            .await
            .context("no status frame in time")?
            .ok_or_else(|| anyhow!("closed before the status frame"))??;
        if let Message::Text(text) = message {
            let frame: serde_json::Value = serde_json::from_str(text.as_str())?;
            if frame["type"] == "status" {
                return Ok(frame);
            }
        }
    }
}

/// `idle`: memory per held WebSocket.
async fn idle(opts: &Opts) -> Result<()> {
    let base = opts.base("base")?;
    let n = usize::try_from(opts.number("chats", None)?)?;
    let pid = u32::try_from(opts.number("server-pid", None)?)?;
    let hold = Duration::from_secs(opts.number("hold", Some(30))?);
    let concurrency = usize::try_from(opts.number("concurrency", Some(64))?)?;

    let began = Instant::now();
    let (urls, browser) = start_chats(&base, n, 16).await?;
    let took = began.elapsed().as_secs_f64();
    println!(
        "idle: {n} chats started through the pre-chat form in {took:.1} s ({:.0}/s)",
        n as f64 / took
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    let before = rss_kib(pid)?;

    let (stop_tx, stop_rx) = watch::channel(false);
    let ready = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicUsize::new(0));
    let told = Arc::new(AtomicUsize::new(0));
    let gate = Arc::new(Semaphore::new(concurrency));
    let began = Instant::now();
    let mut held = tokio::task::JoinSet::new();
    for url in urls {
        let browser = browser.clone();
        let (gate, ready, dropped, told, mut stop) = (
            Arc::clone(&gate),
            Arc::clone(&ready),
            Arc::clone(&dropped),
            Arc::clone(&told),
            stop_rx.clone(),
        );
        held.spawn(async move {
            let permit = gate.acquire_owned().await?;
            let mut socket = open_socket(&url, Some(&browser)).await?;
            let status = first_status(&mut socket).await?;
            if status["status"] != "waiting" {
                bail!("a new chat is {}, not waiting", status["status"]);
            }
            drop(permit);
            ready.fetch_add(1, Ordering::Relaxed);
            // Held idle: reading answers the server's pings; status frames may come when
            // the queue moves.
            loop {
                tokio::select! {
                    _ = stop.changed() => break,
                    frame = socket.next() => match frame {
                        Some(Ok(Message::Close(_)) | Err(_)) | None => {
                            dropped.fetch_add(1, Ordering::Relaxed);
                            return Ok(());
                        }
                        Some(Ok(Message::Text(_))) => {
                            told.fetch_add(1, Ordering::Relaxed);
                        }
                        Some(Ok(_)) => {}
                    },
                }
            }
            let _ = socket.close(None).await;
            Ok::<_, anyhow::Error>(())
        });
        // Keep the spawn loop from racing ahead of the handshakes it gates.
        tokio::task::yield_now().await;
    }
    let mut last_report = Instant::now();
    while ready.load(Ordering::Relaxed) < n {
        match tokio::time::timeout(Duration::from_millis(100), held.join_next()).await {
            Ok(Some(Ok(Err(err)))) => {
                bail!(
                    "opening a WebSocket failed after {} open: {err:#}",
                    ready.load(Ordering::Relaxed)
                );
            }
            Ok(Some(Err(err))) => bail!("a connection task failed: {err}"),
            _ => {}
        }
        if last_report.elapsed() > Duration::from_secs(10) {
            eprintln!("  … {} of {n} WebSockets open", ready.load(Ordering::Relaxed));
            last_report = Instant::now();
        }
    }
    let took = began.elapsed().as_secs_f64();
    println!(
        "idle: {n} WebSockets open (each answered with its status frame) in {took:.1} s ({:.0}/s)",
        n as f64 / took
    );
    tokio::time::sleep(hold).await;
    let after = rss_kib(pid)?;
    let gone = dropped.load(Ordering::Relaxed);
    println!(
        "idle: held {} s idle (server pings every 20 s); dropped by the server meanwhile: {gone}",
        hold.as_secs()
    );
    let per = (after.saturating_sub(before)) as f64 / n as f64;
    println!("idle: server RSS {before} KiB before the WebSockets, {after} KiB with {n} open");
    println!(
        "idle: memory per idle connection: {per:.1} KiB (aim: under 20 KB) -> {}",
        if per < 20.0 { "met" } else { "NOT met" }
    );

    // One more chat moves the queue: every waiting person is told where they stand.
    let before_move = told.load(Ordering::Relaxed);
    let began = Instant::now();
    start_chats(&base, 1, 1).await?;
    let target = before_move + n - gone;
    while told.load(Ordering::Relaxed) < target {
        if began.elapsed() > Duration::from_secs(60) {
            bail!(
                "after a queue move only {} of {} waiting connections were told within 60 s",
                told.load(Ordering::Relaxed) - before_move,
                n - gone
            );
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    println!(
        "idle: a queue move reached all {} waiting connections in {:.0} ms (one status frame each)",
        n - gone,
        began.elapsed().as_secs_f64() * 1000.0
    );
    let _ = stop_tx.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(20), async {
        while held.join_next().await.is_some() {}
    })
    .await;
    if gone > 0 {
        bail!("{gone} idle connections were dropped while held");
    }
    Ok(())
}

/// A signed-in handler: a client with its cookie jar and the CSRF token of its session.
struct Handler {
    client: reqwest::Client,
    jar: Arc<Jar>,
    csrf: String,
}

/// Signs a handler in with password and the current TOTP code.
async fn sign_in(base: &str, name: &str, password: &str, secret: &str) -> Result<Handler> {
    let jar = Arc::new(Jar::default());
    let client = http_client(Some(Arc::clone(&jar)))?;
    let page = client
        .get(format!("{base}/console/sign-in"))
        .send()
        .await?
        .text()
        .await?;
    let token = csrf_token(&page)?;
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| anyhow!("bad TOTP secret for {name}: {e:?}"))?;
    let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes, None, String::new())
        .map_err(|e| anyhow!("TOTP: {e}"))?;
    let code = totp.generate_current()?;
    let answer = client
        .post(format!("{base}/console/sign-in"))
        .form(&[
            ("_csrf", token.as_str()),
            ("name", name),
            ("password", password),
            ("code", code.as_str()),
        ])
        .send()
        .await?;
    if answer.status() != reqwest::StatusCode::SEE_OTHER {
        bail!("{name} could not sign in: {}", answer.status());
    }
    let page = client.get(format!("{base}/console/chats")).send().await?;
    if page.status() != reqwest::StatusCode::OK {
        bail!("/console/chats answered {} to {name}", page.status());
    }
    let csrf = csrf_token(&page.text().await?).unwrap_or(token);
    Ok(Handler { client, jar, csrf })
}

/// The ids of the chats waiting on the console's chat list.
async fn waiting_ids(base: &str, handler: &Handler) -> Result<Vec<String>> {
    let page = handler
        .client
        .get(format!("{base}/console/chats"))
        .send()
        .await?
        .text()
        .await?;
    let mut ids = Vec::new();
    for part in page.split("action=\"/console/chats/").skip(1) {
        if let Some((id, rest)) = part.split_once('/')
            && rest.starts_with("accept\"")
            && !ids.iter().any(|known| known == id)
        {
            ids.push(id.to_owned());
        }
    }
    Ok(ids)
}

/// What one socket saw while the load ran.
#[derive(Default)]
struct Seen {
    sent: u64,
    /// Delivery latencies (µs) of the other side's messages sent in the measured window.
    latencies: Vec<u64>,
    /// The other side's messages received in the measured window.
    received: u64,
    errors: Vec<String>,
}

/// The timing of a run, shared by every socket.
#[derive(Clone, Copy)]
struct Plan {
    epoch: Instant,
    /// Send times (µs since `epoch`) measured are those in `[from, to)`.
    from: u64,
    to: u64,
}

/// One side of one chat: sends a message every `period` (first after `offset`) while
/// `sending`, and times the other side's messages.
async fn drive(
    mut socket: Socket,
    mine: &'static str,
    period: Duration,
    offset: Duration,
    plan: Plan,
    mut stop: watch::Receiver<bool>,
) -> Seen {
    let mut seen = Seen::default();
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + offset, period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let in_window = |t: u64| t >= plan.from && t < plan.to;
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            _ = tick.tick() => {
                let t = u64::try_from(plan.epoch.elapsed().as_micros()).unwrap_or(u64::MAX);
                if t >= plan.to {
                    continue;
                }
                let frame = serde_json::json!({ "type": "send", "text": format!("bench {t}") }).to_string();
                if let Err(err) = socket.send(Message::Text(frame.into())).await {
                    seen.errors.push(format!("{mine}: send failed: {err}"));
                    break;
                }
                if in_window(t) {
                    seen.sent += 1;
                }
            }
            frame = socket.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    let now = u64::try_from(plan.epoch.elapsed().as_micros()).unwrap_or(u64::MAX);
                    let Ok(frame) = serde_json::from_str::<serde_json::Value>(text.as_str()) else { continue };
                    match frame["type"].as_str() {
                        Some("message") if frame["author"] != mine => {
                            let sent_at = frame["text"]
                                .as_str()
                                .and_then(|t| t.strip_prefix("bench "))
                                .and_then(|t| t.parse::<u64>().ok());
                            if let Some(t) = sent_at.filter(|t| in_window(*t)) {
                                seen.received += 1;
                                seen.latencies.push(now.saturating_sub(t));
                            }
                        }
                        Some("error") => seen.errors.push(format!("{mine}: error frame {}", frame["code"])),
                        Some("status") if frame["status"] == "ended" => {
                            seen.errors.push(format!("{mine}: the chat ended"));
                            break;
                        }
                        _ => {}
                    }
                }
                Some(Ok(Message::Close(_)) | Err(_)) | None => {
                    seen.errors.push(format!("{mine}: the connection closed"));
                    break;
                }
                Some(Ok(_)) => {}
            },
        }
    }
    seen
}

fn percentile(sorted: &[u64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1] as f64 / 1000.0
}

/// `active`: message delivery latency between people and handlers.
async fn active(opts: &Opts) -> Result<()> {
    let person_base = opts.base("person-base")?;
    let staff_base = opts.base("staff-base")?;
    let n = usize::try_from(opts.number("chats", None)?)?;
    let rate = opts.number("rate", None)?;
    let warmup = opts.number("warmup", Some(5))?;
    let duration = opts.number("duration", Some(30))?;
    let password = std::fs::read_to_string(opts.text("password-file")?)?
        .trim()
        .to_owned();
    let handlers_file = std::fs::read_to_string(opts.text("handlers")?)?;
    let accounts: Vec<(&str, &str)> = handlers_file.lines().filter_map(|l| l.split_once(' ')).collect();
    if accounts.is_empty() || n == 0 || rate == 0 {
        bail!("need handlers, chats and a rate");
    }

    let (urls, browser) = start_chats(&person_base, n, 16).await?;
    let mut handlers = Vec::new();
    for (name, secret) in &accounts {
        handlers.push(sign_in(&staff_base, name, &password, secret).await?);
    }
    let ids = waiting_ids(&staff_base, &handlers[0]).await?;
    if ids.len() != n {
        bail!("the console lists {} waiting chats, expected {n}", ids.len());
    }
    for (i, id) in ids.iter().enumerate() {
        let handler = &handlers[i % handlers.len()];
        let answer = handler
            .client
            .post(format!("{staff_base}/console/chats/{id}/accept"))
            .form(&[("_csrf", handler.csrf.as_str())])
            .send()
            .await?;
        if answer.status() != reqwest::StatusCode::SEE_OTHER {
            bail!("accepting a chat answered {}", answer.status());
        }
    }
    println!(
        "active: {n} chats started on {person_base}, accepted by {} handlers signed in on {staff_base}",
        handlers.len()
    );

    // Both sides' sockets, each told the chat is active.
    let mut sockets: Vec<(Socket, &'static str)> = Vec::with_capacity(2 * n);
    for url in &urls {
        let mut socket = open_socket(url, Some(&browser)).await?;
        let status = first_status(&mut socket).await?;
        if status["status"] != "active" {
            bail!("a person's chat is {} after accepting", status["status"]);
        }
        sockets.push((socket, "person"));
    }
    let staff_ws = staff_base.replacen("http://", "ws://", 1);
    for (i, id) in ids.iter().enumerate() {
        let handler = &handlers[i % handlers.len()];
        let url: reqwest::Url = format!("{staff_base}/console/chats/{id}").parse()?;
        let cookie = handler
            .jar
            .cookies(&url)
            .and_then(|v| v.to_str().ok().map(str::to_owned))
            .ok_or_else(|| anyhow!("no session cookie"))?;
        let mut socket = open_socket(
            &format!("{staff_ws}/console/chats/{id}/ws?after=0"),
            Some(&cookie),
        )
        .await?;
        first_status(&mut socket).await?;
        sockets.push((socket, "staff"));
    }

    // Every socket sends once a period; spread evenly so the total rate is steady.
    let count = u32::try_from(sockets.len())?;
    let period = Duration::from_secs_f64(f64::from(count) / rate as f64);
    let epoch = Instant::now();
    let plan = Plan {
        epoch,
        from: warmup * 1_000_000,
        to: (warmup + duration) * 1_000_000,
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (socket, mine)) in sockets.into_iter().enumerate() {
        let offset = period * u32::try_from(i)? / count;
        tasks.spawn(drive(socket, mine, period, offset, plan, stop_rx.clone()));
    }
    println!(
        "active: {} sockets, {rate} messages/s in total ({:.2} per chat and side per second); \
         {warmup} s warm-up, {duration} s measured",
        2 * n,
        1.0 / period.as_secs_f64()
    );
    tokio::time::sleep(Duration::from_secs(warmup + duration + 3)).await;
    let _ = stop_tx.send(true);
    let mut all = Seen::default();
    while let Some(done) = tasks.join_next().await {
        let seen = done?;
        all.sent += seen.sent;
        all.received += seen.received;
        all.latencies.extend(seen.latencies);
        all.errors.extend(seen.errors);
    }
    all.latencies.sort_unstable();
    println!(
        "active: sent {} in the measured {duration} s ({:.0}/s); delivered to the other side {} (lost {})",
        all.sent,
        all.sent as f64 / duration as f64,
        all.received,
        all.sent.saturating_sub(all.received)
    );
    println!(
        "active: delivery latency p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&all.latencies, 0.50),
        percentile(&all.latencies, 0.90),
        percentile(&all.latencies, 0.99),
        percentile(&all.latencies, 1.0)
    );
    for err in all.errors.iter().take(10) {
        println!("active: problem: {err}");
    }
    if !all.errors.is_empty() {
        bail!("{} problems during the run", all.errors.len());
    }
    Ok(())
}
