//! The staff side of the anonymous chat: `GET /console/chats` (waiting and active chats),
//! `POST /console/chats/{id}/accept`, `GET /console/chats/{id}` (the chat with the triage
//! proposal from the pre-chat answers and a link to the case), and its actions `message`,
//! `transfer`, `end`, `block`; `GET /console/chats/{id}/ws` is the live connection.
//!
//! Accepting is claiming the enquiry (one conditional update, so of two handlers only one
//! wins); only the holder writes, transfers, ends or blocks (a supervisor may end or block
//! any chat). Audit: a look is `ViewQueue` (detail `chats`) or `ViewCase` (`chat`), an
//! accept `Claim` (`chat`), a message `Reply` (`chat`), a transfer `Release` + `Claim`
//! (`chat_transfer`), an end `Close` (`chat_ended`) and a block `Close` (`chat_blocked`) —
//! the enquiry itself stays open for follow-up on the case page.

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::{Map, Value};

use super::store as console_store;
use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser, can};
use crate::chat::hub::ChatEvent;
use crate::chat::room::{self, Refused, Side};
use crate::chat::socket::{self, Peer};
use crate::chat::store::{self as chat_store, ChatRow};
use crate::error::AppError;
use crate::events::Change;
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::ratelimit::ClientKey;
use crate::web::staff::{local, require, staff_page};

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/chats", get(list))
        .route("/console/chats/{id}", get(show))
        .route("/console/chats/{id}/accept", post(accept))
        .route("/console/chats/{id}/message", post(message))
        .route("/console/chats/{id}/transfer", post(transfer))
        .route("/console/chats/{id}/end", post(end))
        .route("/console/chats/{id}/block", post(block))
        .route("/console/chats/{id}/ws", get(live))
}

/// A waiting chat as the queue shows it (no content).
#[derive(Debug, Serialize)]
pub(super) struct WaitingChat {
    /// The enquiry id (the chat's id).
    pub(super) id: String,
    /// P1 | P2 | P3.
    pub(super) priority: String,
    /// Site language tag.
    pub(super) lang: String,
    /// Local time it started.
    pub(super) since: String,
    /// The decision flagged a child.
    pub(super) child: bool,
}

/// The chats waiting for a handler, most urgent first, then longest waiting — for the
/// queue page to show above the queue (idle ones are ended first).
pub(super) async fn waiting_chats(state: &AppState) -> Result<Vec<WaitingChat>, AppError> {
    room::expire_idle(state).await?;
    Ok(chat_store::open_chats(state.db())
        .await?
        .into_iter()
        .filter(|c| c.status == "waiting")
        .map(|c| WaitingChat {
            since: local(c.created_at),
            id: c.enquiry_id,
            priority: c.priority,
            lang: c.lang,
            child: c.child,
        })
        .collect())
}

#[derive(Serialize)]
struct ActiveChat {
    id: String,
    priority: String,
    lang: String,
    since: String,
    holder: Option<String>,
    mine: bool,
}

/// `GET /console/chats`.
async fn list(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewQueue)?;
    list_page(&state, &user, &headers, None, StatusCode::OK).await
}

async fn list_page(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    notice: Option<(&'static str, String)>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let waiting = waiting_chats(state).await?;
    let active: Vec<ActiveChat> = chat_store::open_chats(state.db())
        .await?
        .into_iter()
        .filter(|c| c.status == "active")
        .map(|c| ActiveChat {
            mine: c.holder_id.as_deref() == Some(user.user_id.as_str()),
            since: local(c.created_at),
            id: c.enquiry_id,
            priority: c.priority,
            lang: c.lang,
            holder: c.holder,
        })
        .collect();
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewQueue,
        None,
        "chats",
    )
    .await?;
    let (notice_id, notice_name) = notice.map_or((None, String::new()), |(id, name)| (Some(id), name));
    Ok(
        staff_page(state, user, headers, "console/chats.html", "/console/chats")
            .with("waiting", &waiting)
            .with("active", &active)
            .with("notice", &notice_id)
            .with("notice_name", &notice_name)
            .status(status)
            .render(state),
    )
}

/// The chat, or 404.
async fn chat(state: &AppState, id: &str) -> Result<ChatRow, AppError> {
    room::expire_idle(state).await?;
    chat_store::by_id(state.db(), id).await?.ok_or(AppError::NotFound)
}

/// `POST /console/chats/{id}/accept`: of two handlers accepting at once, one wins; the
/// other sees the list again with who took it (409).
async fn accept(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let current = chat(&state, &id).await?;
    if current.status == "ended" {
        let notice = Some(("console-chat-notice-ended", String::new()));
        return list_page(&state, &user, &headers, notice, StatusCode::CONFLICT).await;
    }
    let now = state.clock().now_ms();
    // The claim, its audit record and the chat marked active commit together.
    let (claimed, accepted) = crate::transact!(state.db(), |tx| {
        let claimed = crate::enquiry::store::claim(tx, &id, &user.user_id, now).await?;
        if claimed {
            audit::append_tx(tx, now, &user.user_id, Action::Claim, Some(&id), "chat").await?;
            return Ok((true, chat_store::mark_accepted(tx, &id, now).await?));
        }
        Ok::<_, sqlx::Error>((false, false))
    })?;
    let accepted = if claimed {
        accepted
    } else {
        match console_store::holder(state.db(), &id).await? {
            Some(h) if h.user_id == user.user_id => {}
            holder => {
                let name = holder.map(|h| h.name).unwrap_or_default();
                let notice = Some(("console-chat-notice-taken", name));
                return list_page(&state, &user, &headers, notice, StatusCode::CONFLICT).await;
            }
        }
        crate::transact!(state.db(), |tx| chat_store::mark_accepted(tx, &id, now).await)?
    };
    if accepted {
        let hub = crate::chat::hub(&state);
        hub.publish(&id, ChatEvent::Accepted);
        hub.queue_moved();
    }
    state.events().publish(Change::Assigned, &id);
    Ok(Redirect::to(&format!("/console/chats/{id}")).into_response())
}

/// `GET /console/chats/{id}`.
async fn show(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&user, Permission::ViewCase)?;
    render(&state, &user, &headers, &id, Vec::new(), StatusCode::OK).await
}

#[derive(Serialize)]
struct Colleague {
    id: String,
    name: String,
}

/// The chat page with `extra` context (a notice, the draft kept).
async fn render(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    extra: Vec<(&'static str, Value)>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let shown: Map<String, Value> = extra.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    render_shown(state, user, headers, id, &shown, status).await
}

/// The chat page, with `shown` (a notice, the draft kept, or the facts form's errors and
/// what was typed) replacing the page's defaults.
pub(super) async fn render_shown(
    state: &AppState,
    user: &StaffUser,
    headers: &HeaderMap,
    id: &str,
    shown: &Map<String, Value>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let current = chat(state, id).await?;
    let case = super::model::load_for(state, id, user).await?;
    let lang = super::staff_lang(headers);
    audit::append(
        state.db(),
        state.clock().now_ms(),
        &user.user_id,
        Action::ViewCase,
        Some(id),
        "chat",
    )
    .await?;
    let messages = super::access::transcript(state, &case).await?;
    let holder = console_store::holder(state.db(), id).await?;
    let mine = holder.as_ref().is_some_and(|h| h.user_id == user.user_id);
    let open = current.status != "ended";
    let colleagues: Vec<Colleague> = crate::auth::store::list_users(state.db())
        .await?
        .into_iter()
        .filter(|u| !u.disabled && u.id != user.user_id)
        .filter(|u| u.role.parse().is_ok_and(|r| can(r, Permission::WorkCase)))
        .map(|u| Colleague {
            id: u.id,
            name: u.name,
        })
        .collect();
    let primary = case.decision.primary().map(|r| {
        serde_json::json!({
            "org": r.org,
            "name": state.directory().org(&r.org).map_or_else(|| r.org.clone(), |o| o.name.clone()),
            "reason": if lang == crate::i18n::Lang::Sv { &r.reason.sv } else { &r.reason.en },
        })
    });
    let flags: Vec<&str> = case.decision.flags.iter().map(|f| f.as_str()).collect();
    let facts = serde_json::to_value(&case.input.enquiry).unwrap_or(Value::Null);
    let standing = socket::staff_standing(state, &current, lang);
    let page = staff_page(state, user, headers, "console/chat.html", "/console/chats");
    let page = page
        .with_fields(&super::facts::view(state, user, &case))
        .map_err(|e| AppError::Internal(e.into()))?
        .with_fields(&super::access::view(state, &case))
        .map_err(|e| AppError::Internal(e.into()))?
        .with("chat_id", id)
        .with("chat_status", &current.status)
        .with("standing", &standing)
        .with("priority", &case.row.priority)
        .with("flags", &flags)
        .with("primary", &primary)
        .with("facts", &facts)
        .with("messages", &messages)
        .with("last_seq", &messages.last().map_or(0, |m| m.seq))
        .with("holder", &holder.as_ref().map(|h| h.name.as_str()))
        .with("mine", &mine)
        .with("may_write", &(mine && open && can(user.role, Permission::Reply)))
        .with(
            "may_end",
            &(open && (mine || can(user.role, Permission::Supervise))),
        )
        .with("may_block", &(mine || can(user.role, Permission::Supervise)))
        .with(
            "may_accept",
            &(open && holder.is_none() && can(user.role, Permission::WorkCase)),
        )
        .with("colleagues", &colleagues)
        .with("message_max", &state.config().chat.message_max_chars)
        .with("typed", "")
        .with("notice", &Value::Null)
        .with("notice_name", "")
        .with_fields(shown)
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(page.status(status).render(state))
}

/// `POST /console/chats/{id}/message` (field `message`): the holder writes.
async fn message(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::Reply)?;
    let current = chat(&state, &id).await?;
    let text = form.get("message").unwrap_or_default();
    let refused = if current.assigned_to.as_deref() == Some(user.user_id.as_str()) {
        match room::post(&state, &current, Side::Staff, Some(&user.user_id), text).await {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/console/chats/{id}#chat-form")).into_response());
            }
            Err(Refused::Failed(err)) => return Err(err),
            Err(refused) => refused,
        }
    } else {
        Refused::NotOpen
    };
    let status = refused.status();
    let notice = format!("console-chat-error-{}", refused.code().replace('_', "-"));
    let extra = vec![("typed", Value::from(text)), ("notice", Value::from(notice))];
    render(&state, &user, &headers, &id, extra, status).await
}

/// `POST /console/chats/{id}/transfer` (field `to`, a colleague's user id): the holder
/// hands the chat over; the person's chat goes on.
async fn transfer(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    let current = chat(&state, &id).await?;
    let to = form.text("to").unwrap_or_default();
    let target = crate::auth::store::user_summary(state.db(), to)
        .await?
        .filter(|u| !u.disabled && u.id != user.user_id)
        .filter(|u| u.role.parse().is_ok_and(|r| can(r, Permission::WorkCase)));
    let Some(target) = target.filter(|_| current.status != "ended") else {
        let extra = vec![("notice", Value::from("console-chat-error-transfer"))];
        return render(
            &state,
            &user,
            &headers,
            &id,
            extra,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let now = state.clock().now_ms();
    let moved = crate::transact!(state.db(), |tx| {
        if !crate::enquiry::store::take_over(tx, &id, &user.user_id, &target.id, now).await? {
            return Ok(false);
        }
        for action in [Action::Release, Action::Claim] {
            audit::append_tx(tx, now, &user.user_id, action, Some(&id), "chat_transfer").await?;
        }
        chat_store::mark_accepted(tx, &id, now).await?;
        Ok::<_, sqlx::Error>(true)
    })?;
    if !moved {
        let extra = vec![("notice", Value::from("console-chat-error-not-open"))];
        return render(&state, &user, &headers, &id, extra, StatusCode::CONFLICT).await;
    }
    crate::chat::hub(&state).publish(&id, ChatEvent::Accepted);
    state.events().publish(Change::Assigned, &id);
    Ok(Redirect::to(&format!("/console/chats/{id}")).into_response())
}

/// Who may end or block: the holder, or a supervisor.
async fn may_close(state: &AppState, user: &StaffUser, id: &str) -> Result<bool, AppError> {
    let current = chat(state, id).await?;
    Ok(
        current.assigned_to.as_deref() == Some(user.user_id.as_str())
            || can(user.role, Permission::Supervise),
    )
}

/// `POST /console/chats/{id}/end`.
async fn end(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    if !may_close(&state, &user, &id).await? {
        let extra = vec![("notice", Value::from("console-chat-error-not-open"))];
        return render(&state, &user, &headers, &id, extra, StatusCode::CONFLICT).await;
    }
    let now = state.clock().now_ms();
    let ended = crate::transact!(state.db(), |tx| {
        let ended = chat_store::end(tx, &id, "staff", now).await?;
        if ended {
            audit::append_tx(tx, now, &user.user_id, Action::Close, Some(&id), "chat_ended").await?;
        }
        Ok::<_, sqlx::Error>(ended)
    })?;
    if ended {
        room::announce_end(&state, &id, "staff");
    }
    Ok(Redirect::to(&format!("/console/chats/{id}")).into_response())
}

/// `POST /console/chats/{id}/block`: ends an abusive chat and its address stops working
/// (also after it ended).
async fn block(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, AppError> {
    require(&user, Permission::WorkCase)?;
    if !may_close(&state, &user, &id).await? {
        let extra = vec![("notice", Value::from("console-chat-error-not-open"))];
        return render(&state, &user, &headers, &id, extra, StatusCode::CONFLICT).await;
    }
    let now = state.clock().now_ms();
    let ended = crate::transact!(state.db(), |tx| {
        let ended = chat_store::end(tx, &id, "blocked", now).await?;
        if !ended {
            chat_store::forget_token(tx, &id).await?;
        }
        audit::append_tx(tx, now, &user.user_id, Action::Close, Some(&id), "chat_blocked").await?;
        Ok::<_, sqlx::Error>(ended)
    })?;
    if ended {
        room::announce_end(&state, &id, "blocked");
    }
    Ok(Redirect::to(&format!("/console/chats/{id}")).into_response())
}

/// `?after=N`.
#[derive(Debug, serde::Deserialize)]
struct After {
    #[serde(default)]
    after: i64,
}

/// `GET /console/chats/{id}/ws?after=N`: the live chat for staff (looking is audited).
async fn live(
    State(state): State<AppState>,
    user: StaffUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(after): Query<After>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Result<Response, AppError> {
    // The role first: a refused caller learns nothing about the connection it asked for.
    require(&user, Permission::ViewCase)?;
    let ws = ws.map_err(|rejection| AppError::BadRequest(rejection.body_text()))?;
    if !socket::same_origin(&headers) {
        return Err(AppError::Forbidden("cross-site WebSocket"));
    }
    let current = chat(&state, &id).await?;
    super::access::must_read(&state, &user, &id).await?;
    // Staff sockets are limited per user: a whole office may share one address.
    let client = ClientKey::for_user(&state, &user.user_id);
    let limit = state.config().chat.connections_per_source;
    let guard = crate::chat::hub(&state)
        .connect(&(crate::chat::instance_key(&state), client), limit)
        .ok_or(AppError::RateLimited)?;
    let now = state.clock().now_ms();
    audit::append(
        state.db(),
        now,
        &user.user_id,
        Action::ViewCase,
        Some(&id),
        "chat_live",
    )
    .await?;
    let peer = Peer {
        chat_id: current.enquiry_id,
        side: Side::Staff,
        lang: super::staff_lang(&headers),
        after: after.after,
        user_id: Some(user.user_id),
        session_id: Some(user.session_id),
    };
    Ok(socket::upgrade(ws, state, peer, guard))
}
