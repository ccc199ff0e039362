//! The small sections of the configuration: logging, the public site, HTTP, rate
//! limits, where the triage rules live, the queue's service levels, who reads a case, the
//! audit chain's anchors, and how long a staff session may sit idle.

use std::path::PathBuf;

use serde::Deserialize;

/// Logging settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// Output format.
    pub format: LogFormat,
    /// A tracing filter directive.
    pub level: String,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One JSON object per line (production).
    Json,
    /// Human-readable lines (development).
    Pretty,
}

/// Settings of the public site.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Target of the quick-exit link.
    pub quick_exit_url: String,
    /// Working days within which a written enquiry is answered.
    pub reply_working_days: u32,
    /// When handlers read and answer what comes in, in the directory's window syntax
    /// (`"mon-fri 08:00-17:00"`, or `"always"`), Swedish time, closed on public holidays.
    /// The page after sending says, from the decision's priority and these hours, when the
    /// person will be answered.
    pub read_hours: Vec<String>,
    /// Whether the host is a public authority (duty to report concern about a child).
    pub host_is_authority: bool,
    /// Whether the host is the police (Polismyndigheten), as by default: the public pages
    /// then say that the police run the service and name the two cases in which police
    /// staff must act. The police are an authority, so this needs `host_is_authority`.
    pub host_is_police: bool,
    /// The host's name as the public pages show it when the host is not the police
    /// (e.g. "Länsstyrelsen Östergötland").
    pub host_name: String,
    /// What the person's phone shows when the contact point calls back: `withheld` (a
    /// hidden number), or the number or name it shows. The callback page says it; the
    /// console reminds the caller.
    pub callback_shown_as: String,
    /// The site's address as a Tor onion service (`http://<56 letters>.onion`), when it
    /// runs as one: the public pages then carry `Onion-Location`, so Tor Browser offers
    /// the onion address. Unset (the default): no header.
    #[serde(default)]
    pub onion_location: Option<String>,
}

/// HTTP settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Largest accepted request body in bytes.
    pub max_body_bytes: usize,
    /// Whether cookies carry `Secure`.
    pub cookie_secure: bool,
    /// Whether `X-Forwarded-For` names the client (for rate limits only).
    pub trust_forwarded_for: bool,
    /// The reverse proxies (CIDRs such as `10.0.0.0/8`) whose `X-Forwarded-For` entries are
    /// believed: the client is the right-most address in the chain that is not one of them.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    /// Request time-out in seconds.
    pub request_timeout_secs: u64,
    /// How long a form waits for its write to commit, in seconds (below
    /// `request_timeout_secs`). Past it the person is told the outcome is not known yet and
    /// given what they need to check it (`web::not_saved`), never a blank time-out.
    pub write_wait_secs: u64,
    /// Grace period for in-flight requests at shutdown, in seconds.
    pub shutdown_grace_secs: u64,
    /// How long a connection may take to send a request's headers, and may sit idle
    /// between requests, in seconds (slow-header and idle connections are closed).
    pub header_read_timeout_secs: u64,
    /// Most open connections at once; more are closed as they arrive.
    pub max_connections: usize,
    /// Most requests handled at once; more wait (within the request time-out).
    pub max_requests_in_flight: usize,
}

/// Rate limits. A client is a keyed hash of its address (an IPv6 address by its /64),
/// held in memory only.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Receipt-code look-ups per client and minute.
    pub receipt_lookups_per_minute: u32,
    /// Triage previews per client and minute.
    pub triage_previews_per_minute: u32,
    /// Anonymous submissions of one kind (enquiry, chat start, callback, follow-up,
    /// accessibility report) one client may make per `intake_window_minutes`.
    pub intake_per_client: u32,
    /// The window of `intake_per_client`, in minutes (one comes back every window/n).
    pub intake_window_minutes: u32,
    /// Submissions of one kind from everyone together per minute (a ceiling against a
    /// flood from many addresses).
    pub intake_global_per_minute: u32,
    /// Chats one client may have waiting at once.
    pub open_chats_per_client: u32,
    /// Sign-in attempts per client and minute.
    pub sign_in_per_client_per_minute: u32,
    /// Sign-in attempts from everyone together per minute.
    pub sign_in_global_per_minute: u32,
    /// Failed sign-ins for one name from one client before it is slowed to one try per
    /// `sign_in_failure_decay_minutes` (never a lock: other clients are not affected).
    pub sign_in_failures_per_name: u32,
    /// Minutes after which one counted failure is forgotten.
    pub sign_in_failure_decay_minutes: u32,
    /// Password hashes computed at once (argon2, 19 MiB each); 0 = the number of cores.
    pub password_hashing_concurrency: u32,
    /// Minutes a client's submissions are remembered for the console's view of suspected
    /// floods (in memory only).
    pub flood_memory_minutes: u32,
}

/// Where the triage rules and the directory live.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageConfig {
    /// Folder of rule files, relative to `assets_dir`.
    pub rules_dir: PathBuf,
    /// Folder of the directory, relative to `assets_dir`.
    pub directory_dir: PathBuf,
}

/// The queue's service levels, per priority, counted on the Swedish calendar.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SlaConfig {
    /// P1: minutes from arrival (0 = at once).
    pub p1_minutes: u32,
    /// P2: 0 = by the end of the working day it arrived, n = of the n-th working day after.
    pub p2_working_days: u32,
    /// P3: by the end of this many working days after the day it arrived.
    pub p3_working_days: u32,
}

impl Default for SlaConfig {
    /// P1 now, P2 the same working day, P3 within two working days.
    fn default() -> Self {
        Self {
            p1_minutes: 0,
            p2_working_days: 0,
            p3_working_days: 2,
        }
    }
}

/// Who reads a case: how long a written reason to read a case one does not hold lasts.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AccessConfig {
    /// Minutes a break-glass reason lets its writer read that case (1..=1440).
    pub break_glass_minutes: u32,
}

impl Default for AccessConfig {
    /// An hour: long enough for a call, short enough to ask again tomorrow.
    fn default() -> Self {
        Self {
            break_glass_minutes: 60,
        }
    }
}

/// The audit chain's anchors outside the database.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct AuditConfig {
    /// The file the chain's head is appended to (one line per anchor); unset:
    /// `data_dir/audit-anchor`. Keep it where the database's administrators cannot write.
    pub anchor_file: Option<PathBuf>,
    /// Seconds between anchors (also one at shutdown), 10..=86400.
    pub anchor_every_secs: u64,
}

impl Default for AuditConfig {
    /// Next to the data, every five minutes.
    fn default() -> Self {
        Self {
            anchor_file: None,
            anchor_every_secs: 300,
        }
    }
}

/// Signed-in sessions (staff and inbox users).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    /// Minutes without a request after which a session ends (5..=480); the absolute
    /// limit of a working day holds as well.
    pub session_idle_minutes: u32,
}

impl Default for AuthConfig {
    /// Half an hour: a coffee break keeps the session, an abandoned desk does not.
    fn default() -> Self {
        Self {
            session_idle_minutes: 30,
        }
    }
}

impl AuthConfig {
    /// The idle time in milliseconds.
    pub fn session_idle_ms(&self) -> i64 {
        i64::from(self.session_idle_minutes) * 60 * 1000
    }
}
