//! The case's events (`case_events`) and the changes they record: closing and reopening,
//! the protected-identity marker and who is named on it. Each change and its event are
//! one commit. An event's detail (an outcome, the user named or removed) is sealed at
//! rest as `case_events.detail:{event id}` (issue #14), with the data keys the
//! transaction carries; `detail` stays empty.

use crate::crypto::{Column, Context, Keyring};
use crate::db::Tx;
use crate::enquiry::vocab::Outcome;
use crate::with_tx;

/// Appends a case event with the case's next sequence number (binds: id, enquiry id, at,
/// actor, kind, sealed detail). The unique `(enquiry_id, seq)` turns a concurrent writer's
/// collision into an error instead of a duplicate.
const INSERT_EVENT: &str = "insert into case_events (id, enquiry_id, seq, at, actor, kind, detail, detail_sealed) \
    select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, '', $6 from case_events where enquiry_id = $2";

/// Where event `event_id`'s detail is sealed.
fn detail_context(event_id: &str) -> Context {
    Context::new(Column::CaseEventDetail, event_id)
}

/// Seals case event `event_id`'s detail as it is stored.
pub fn seal_detail(keys: &Keyring, event_id: &str, detail: &str) -> Vec<u8> {
    keys.seal_padded(&detail_context(event_id), detail)
}

/// Case event `event_id`'s detail, opened; a row not yet converted has no sealed detail
/// and reads as its clear one.
pub fn open_detail(
    keys: &Keyring,
    event_id: &str,
    sealed: Option<&[u8]>,
    clear: &str,
) -> anyhow::Result<String> {
    sealed.map_or_else(
        || Ok(clear.to_owned()),
        |sealed| keys.open_padded(&detail_context(event_id), sealed),
    )
}

/// Records one case event in `tx`, with the case's next sequence number.
async fn record_event(
    tx: &mut Tx,
    case_id: &str,
    at: i64,
    actor: &str,
    kind: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    let id = uuid::Uuid::new_v4().to_string();
    let keys = tx.keys().ok_or_else(|| {
        sqlx::Error::Configuration("case events are sealed: this database handle has no data keys".into())
    })?;
    let sealed = seal_detail(&keys, &id, detail);
    with_tx!(tx, |conn| sqlx::query(INSERT_EVENT)
        .bind(id.as_str())
        .bind(case_id)
        .bind(at)
        .bind(actor)
        .bind(kind)
        .bind(sealed)
        .execute(&mut *conn)
        .await
        .map(drop))
}

/// Closes (`Some(outcome)`) or reopens (`None`) a case and records it; false when the case
/// was not in the state to allow it (already closed, or not closed).
pub async fn close_or_reopen(
    tx: &mut Tx,
    enquiry_id: &str,
    outcome: Option<Outcome>,
    actor: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const CLOSE: &str = "update enquiries set status = 'closed', outcome = $2, closed_at = $3, updated_at = $3 \
        where id = $1 and status <> 'closed'";
    const REOPEN: &str = "update enquiries set status = 'in_progress', outcome = null, closed_at = null, \
        updated_at = $2 where id = $1 and status = 'closed'";
    let (kind, detail) = outcome.map_or(("reopen", ""), |o| ("close", o.as_str()));
    let changed = with_tx!(&mut *tx, |conn| {
        let changed = match outcome {
            Some(outcome) => sqlx::query(CLOSE)
                .bind(enquiry_id)
                .bind(outcome.as_str())
                .bind(now),
            None => sqlx::query(REOPEN).bind(enquiry_id).bind(now),
        }
        .execute(&mut *conn)
        .await?
        .rows_affected()
            > 0;
        Ok::<_, sqlx::Error>(changed)
    })?;
    if changed {
        record_event(tx, enquiry_id, now, actor, kind, detail).await?;
    }
    Ok(changed)
}

/// Sets (`on`) or removes the marker; false when it already was so. Setting names `actor`;
/// removing forgets every name, so a later marker starts from nobody.
pub async fn set_marker(
    tx: &mut Tx,
    case_id: &str,
    on: bool,
    actor: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const MARK: &str =
        "update enquiries set protected = $2, updated_at = $3 where id = $1 and protected = $4";
    const NAME: &str = "insert into protected_access (enquiry_id, user_id, granted_by, granted_at) \
        values ($1, $2, $2, $3) on conflict (enquiry_id, user_id) do nothing";
    const FORGET: &str = "delete from protected_access where enquiry_id = $1";
    let events: &[(&str, &str)] = if on {
        &[("protect", ""), ("grant", actor)]
    } else {
        &[("unprotect", "")]
    };
    let changed = with_tx!(&mut *tx, |conn| {
        let changed = sqlx::query(MARK)
            .bind(case_id)
            .bind(on)
            .bind(now)
            .bind(!on)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            > 0;
        if !changed {
            return Ok(false);
        }
        if on {
            sqlx::query(NAME)
                .bind(case_id)
                .bind(actor)
                .bind(now)
                .execute(&mut *conn)
                .await?;
        } else {
            sqlx::query(FORGET).bind(case_id).execute(&mut *conn).await?;
        }
        Ok::<_, sqlx::Error>(true)
    })?;
    if changed {
        for (kind, detail) in events {
            record_event(tx, case_id, now, actor, kind, detail).await?;
        }
    }
    Ok(changed)
}

/// Names (`grant`) or removes `user_id` on a protected case; false when nothing changed
/// (already named, not named, or the case is not protected).
pub async fn change_access(
    tx: &mut Tx,
    case_id: &str,
    user_id: &str,
    grant: bool,
    actor: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // Only while the marker is set: a name on an unmarked case would wait for a later one.
    const GRANT: &str = "insert into protected_access (enquiry_id, user_id, granted_by, granted_at) \
        select id, $2, $3, $4 from enquiries where id = $1 and protected = $5 \
        on conflict (enquiry_id, user_id) do nothing";
    const REVOKE: &str = "delete from protected_access where enquiry_id = $1 and user_id = $2";
    let kind = if grant { "grant" } else { "revoke" };
    let changed = with_tx!(&mut *tx, |conn| {
        let query = if grant {
            sqlx::query(GRANT)
                .bind(case_id)
                .bind(user_id)
                .bind(actor)
                .bind(now)
                .bind(true)
        } else {
            sqlx::query(REVOKE).bind(case_id).bind(user_id)
        };
        Ok::<_, sqlx::Error>(query.execute(&mut *conn).await?.rows_affected() > 0)
    })?;
    if changed {
        record_event(tx, case_id, now, actor, kind, user_id).await?;
    }
    Ok(changed)
}

/// Brings a closed (or answered) case back into the contact point's open queue, when a
/// recipient declined or forwarded its referral; true when the case came back.
pub async fn back_to_queue(tx: &mut Tx, enquiry_id: &str, now: i64) -> Result<bool, sqlx::Error> {
    const BACK: &str = "update enquiries set status = 'in_progress', outcome = null, closed_at = null, \
        updated_at = $2 where id = $1 and status in ('closed', 'answered')";
    with_tx!(tx, |conn| sqlx::query(BACK)
        .bind(enquiry_id)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected() > 0))
}
