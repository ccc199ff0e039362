//! `GET /console/` (the queue). What every staff page shares is [`crate::web::staff`];
//! the console's sections reach it through here.

use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;

use super::{sla, store};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::clock::from_unix_ms;
use crate::directory::PoliceRegion;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::triage::{Channel, Flag};

/// Rows the queue page shows at most; the page says how many more match, and the filters
/// narrow the list down.
const QUEUE_LIMIT: i64 = 500;

/// The staff page helpers, for the console's sections.
use crate::web::staff::{local, require, staff_page};

/// One row of the queue as the page shows it: no content, only what sorts and routes.
#[derive(Serialize)]
struct QueueItem {
    id: String,
    priority: String,
    channel: String,
    channel_label: String,
    lang: String,
    lang_name: &'static str,
    status: String,
    status_label: String,
    received: String,
    due: String,
    overdue: bool,
    holder: Option<String>,
    child: bool,
    protected: bool,
}

/// One choice in a filter's list.
#[derive(Serialize)]
struct Choice {
    value: &'static str,
    label: String,
    /// The language of the label, when it is not the page's (language names).
    lang: Option<&'static str>,
}

/// What the filter form offers.
#[derive(Serialize)]
struct Choices {
    channels: Vec<Choice>,
    languages: Vec<Choice>,
    regions: Vec<Choice>,
    flags: Vec<Choice>,
}

/// The values chosen in the filter form, echoed back into it.
#[derive(Default, Serialize)]
struct Chosen {
    channel: &'static str,
    language: &'static str,
    region: &'static str,
    child: &'static str,
    flag: &'static str,
    assigned: &'static str,
}

/// Reads the filter form's query string. Values that are not on a filter's list are
/// ignored (the form only offers listed ones), so a mistyped address shows everything.
fn parse_filter(query: Option<&str>, user: &StaffUser) -> (store::QueueFilter, Chosen) {
    let mut filter = store::QueueFilter::default();
    let mut chosen = Chosen::default();
    let pairs = form_urlencoded::parse(query.unwrap_or_default().as_bytes());
    for (key, value) in pairs {
        let value = value.as_ref();
        match key.as_ref() {
            "channel" => {
                if let Some(c) = Channel::ALL.iter().map(Channel::as_str).find(|c| *c == value) {
                    filter.channel = Some(c);
                    chosen.channel = c;
                }
            }
            "language" => {
                if let Some(l) = Lang::ALL.iter().map(|l| l.tag()).find(|l| *l == value) {
                    filter.lang = Some(l);
                    chosen.language = l;
                }
            }
            "region" => {
                if let Some(r) = PoliceRegion::ALL.iter().map(|r| r.slug()).find(|r| *r == value) {
                    filter.region = Some(r);
                    chosen.region = r;
                }
            }
            "child" => match value {
                "yes" => (filter.child, chosen.child) = (Some(true), "yes"),
                "no" => (filter.child, chosen.child) = (Some(false), "no"),
                _ => {}
            },
            "flag" => {
                if let Some(f) = Flag::ALL.iter().map(Flag::as_str).find(|f| *f == value) {
                    filter.flag = Some(f);
                    chosen.flag = f;
                }
            }
            "assigned" => match value {
                "me" => {
                    filter.holder = store::Holder::User(user.user_id.clone());
                    chosen.assigned = "me";
                }
                "none" => (filter.holder, chosen.assigned) = (store::Holder::Nobody, "none"),
                _ => {}
            },
            _ => {}
        }
    }
    (filter, chosen)
}

/// The filter form's lists, labelled in the page's language.
fn choices(state: &AppState, lang: Lang) -> Choices {
    let text = |id: String| state.locales().text(lang, &id, None);
    let choice = |value: &'static str, label: String| Choice {
        value,
        label,
        lang: None,
    };
    Choices {
        channels: Channel::ALL
            .iter()
            .map(|c| choice(c.as_str(), text(format!("queue-channel-{}", c.as_str()))))
            .collect(),
        languages: Lang::ALL
            .iter()
            .map(|l| Choice {
                value: l.tag(),
                label: l.endonym().to_owned(),
                lang: Some(l.tag()),
            })
            .collect(),
        regions: PoliceRegion::ALL
            .iter()
            .map(|r| choice(r.slug(), r.name().to_owned()))
            .collect(),
        flags: Flag::ALL
            .iter()
            .map(|f| choice(f.as_str(), text(format!("queue-flag-{}", f.as_str()))))
            .collect(),
    }
}

/// `GET /console/`: everything open, most urgent first, with its service-level clock;
/// narrowed by the filter form (a GET form, so a filtered queue is an address).
pub(super) async fn queue(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewQueue)?;
    let now = state.clock().now();
    let lang = crate::web::staff::staff_lang(&headers);
    let (filter, chosen) = parse_filter(query.as_deref(), &user);
    let (rows, total) =
        store::open_enquiries(state.db(), state.keys(), &filter, &user.user_id, QUEUE_LIMIT).await?;
    let choices = choices(&state, lang);
    let items: Vec<QueueItem> = rows
        .into_iter()
        .map(|r| queue_item(&state, lang, &choices, r, now))
        .collect();
    audit::append(
        state.db(),
        crate::clock::unix_ms(now),
        &user.user_id,
        Action::ViewQueue,
        None,
        "",
    )
    .await?;
    let filtered = filter != store::QueueFilter::default();
    Ok(
        staff_page(&state, &user, &headers, "console/queue.html", "/console/")
            .with("items", &items)
            .with("shown", &items.len())
            .with("total", &total)
            .with("filtered", &filtered)
            .with("chosen", &chosen)
            .with("choices", &choices)
            .render(&state),
    )
}

/// A queue row with its labels and its service-level clock.
fn queue_item(
    state: &AppState,
    lang: Lang,
    choices: &Choices,
    r: store::QueueRow,
    now: time::OffsetDateTime,
) -> QueueItem {
    let due = sla::due(&state.config().sla, &r.priority, from_unix_ms(r.created_at));
    let channel_label = choices
        .channels
        .iter()
        .find(|c| c.value == r.channel)
        .map_or_else(|| r.channel.clone(), |c| c.label.clone());
    let lang_name = Lang::ALL
        .iter()
        .find(|l| l.tag() == r.lang)
        .map_or("", |l| l.endonym());
    QueueItem {
        received: local(r.created_at),
        due: local(crate::clock::unix_ms(due)),
        overdue: due < now,
        status_label: state.locales().text(lang, &format!("status-{}", r.status), None),
        channel_label,
        lang_name,
        id: r.id,
        priority: r.priority,
        channel: r.channel,
        lang: r.lang,
        status: r.status,
        holder: r.holder,
        child: r.child,
        protected: r.protected,
    }
}
