//! `GET /console/` (the queue), and what every console page shares.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;
use time::macros::format_description;

use super::{sla, store};
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::clock::{from_unix_ms, stockholm};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::Page;
use crate::web::csrf::CsrfToken;

/// Rows the queue page shows at most (the rest wait below the fold of the next page).
const QUEUE_LIMIT: i64 = 500;

pub(super) fn local(ms: i64) -> String {
    stockholm(from_unix_ms(ms))
        .format(format_description!("[year]-[month]-[day] [hour]:[minute]"))
        .unwrap_or_default()
}

pub(super) fn require(user: &StaffUser, permission: Permission) -> Result<(), AppError> {
    if can(user.role, permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden("role may not"))
    }
}

#[derive(Serialize)]
struct QueueItem {
    id: String,
    priority: String,
    channel: String,
    lang: String,
    status: String,
    received: String,
    due: String,
    overdue: bool,
}

/// `GET /console/`: everything open, most urgent first, with its service-level clock.
pub(super) async fn queue(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewQueue)?;
    let now = state.clock().now();
    let rows = store::open_enquiries(state.db(), QUEUE_LIMIT).await?;
    let items: Vec<QueueItem> = rows
        .into_iter()
        .map(|r| {
            let due = sla::due(&r.priority, from_unix_ms(r.created_at));
            QueueItem {
                received: local(r.created_at),
                due: local(crate::clock::unix_ms(due)),
                overdue: due < now,
                id: r.id,
                priority: r.priority,
                channel: r.channel,
                lang: r.lang,
                status: r.status,
            }
        })
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
    Ok(
        staff_page(&state, &user, &headers, "console/queue.html", "/console/")
            .with("items", &items)
            .render(&state),
    )
}

/// A console page with the signed-in user and the sign-out form's token.
pub(super) fn staff_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    template: &'static str,
    path: &str,
) -> Page {
    Page::new(super::staff_lang(headers), template, path)
        .with("user_name", &user.name)
        .with("user_role", user.role.as_str())
        .with("may_audit", &can(user.role, Permission::ViewAudit))
        .with("may_queue", &can(user.role, Permission::ViewQueue))
        .with("may_work", &can(user.role, Permission::WorkCase))
        .with("may_supervise", &can(user.role, Permission::Supervise))
        .with("may_administer", &can(user.role, Permission::Administer))
        .csrf(CsrfToken::for_request(headers, state.config().http.cookie_secure))
}
