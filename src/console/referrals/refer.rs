//! `POST /console/cases/{id}/referrals` (make a referral) and
//! `POST /console/cases/{id}/referrals/{rid}/withdraw` (the person withdrew consent).

use axum::extract::{Path, State};
use serde::Serialize;

use crate::audit::{self, Action};
use crate::auth::{Permission, StaffUser};
use crate::console::model::{self, Case};
use crate::console::outcome::Outcome;
use crate::crypto::{Column, Context};
use crate::directory::{MunicipalityCode, OrgKind, Organisation};
use crate::enquiry::seal::open_wishes;
use crate::enquiry::store as enquiry_store;
use crate::error::AppError;
use crate::events::Change;
use crate::referral::draft::{self, CaseFacts, Draft, ReferralForm};
use crate::referral::payload::{self, CallbackShare, Snapshot};
use crate::referral::sealed;
use crate::referral::store::{self, NewReferral};
use crate::referral::{Category, Kind};
use crate::state::AppState;
use crate::web::staff::require;
use crate::web::{CsrfForm, RawForm};

/// The referral form's fields as typed.
fn submitted(form: &RawForm) -> ReferralForm {
    ReferralForm {
        org: form.get("org").unwrap_or_default().trim().to_owned(),
        kind: form.get("kind").unwrap_or_default().to_owned(),
        categories: form.all("categories").into_iter().map(str::to_owned).collect(),
        consent_how: form.get("consent_how").unwrap_or_default().to_owned(),
        consent_at: form.get("consent_at").unwrap_or_default().trim().to_owned(),
        note: form.get("note").unwrap_or_default().to_owned(),
    }
}

/// What a refused referral or withdrawal shows.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(super) enum Shown {
    /// The referral form as typed, and its problems.
    Invalid {
        referrals_form: ReferralForm,
        referrals_errors: Vec<crate::web::FieldError>,
    },
    /// Why nothing was done.
    Notice { referrals_notice: &'static str },
}

/// `POST /console/cases/{id}/referrals`.
pub(super) async fn refer(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Outcome<Shown>, AppError> {
    require(&user, Permission::WorkCase)?;
    let case = model::load(&state, &id).await?.ok_or(AppError::NotFound)?;
    let form = submitted(&form);
    let facts = CaseFacts {
        form_consent: case.input.enquiry.consent_from(),
        form_ticks: case.input.consent_for.clone(),
        received_at: case.row.created_at,
        // Address and contact data of a protected case are never exported, whoever refers.
        contact_allowed: !case.row.protected,
    };
    let directory = state.directory();
    let org = directory.org(&form.org);
    let draft = match draft::check(&form, org, &facts, state.clock().now()) {
        Ok(draft) => draft,
        Err(errors) => {
            return Ok(Outcome::Invalid {
                shown: Shown::Invalid {
                    referrals_form: form,
                    referrals_errors: errors,
                },
            });
        }
    };
    let municipalities = org.map(|o| municipalities_of(&state, o)).unwrap_or_default();
    store_referral(&state, &user, &case, &draft, &municipalities).await?;
    Ok(Outcome::to_case(&id, "#referrals"))
}

/// Seals and stores the snapshot, records the referral and the export, and tells the queue.
async fn store_referral(
    state: &AppState,
    user: &StaffUser,
    case: &Case,
    draft: &Draft,
    municipalities: &[String],
) -> Result<(), AppError> {
    let referral_id = uuid::Uuid::new_v4().to_string();
    let now = state.clock().now_ms();
    let words = person_words(state, case).await?;
    // The number and code word are opened only when contact data is to be shared.
    let callback = if draft.categories.contains(&Category::Contact) {
        callback_share(state, &case.id).await?
    } else {
        None
    };
    let directory = state.directory();
    let municipality_name = case
        .input
        .enquiry
        .municipality
        .as_ref()
        .and_then(|c| directory.municipality(c))
        .map(|m| m.name.clone());
    let snapshot = payload::build(&Snapshot {
        referral_id: &referral_id,
        draft,
        input: &case.input,
        words: &words,
        municipality_name: municipality_name.as_deref(),
        callback: callback.as_ref(),
        protected: case.row.protected,
        created_at: now,
    });
    let payload_sealed = payload::seal(state.keys(), &referral_id, &snapshot)?;
    let note_sealed = draft
        .note
        .as_deref()
        .map(|note| payload::seal_note(state.keys(), &referral_id, note));
    let org_tag = sealed::org_tag(state.keys(), &draft.org);
    let municipalities: Vec<String> = municipalities
        .iter()
        .map(|code| sealed::municipality_tag(state.keys(), code))
        .collect();
    let org_sealed = sealed::seal_org(state.keys(), &referral_id, &draft.org);
    let referral = NewReferral {
        id: &referral_id,
        enquiry_id: &case.id,
        org_tag: &org_tag,
        org_sealed: &org_sealed,
        kind: draft.kind,
        categories: &draft.categories,
        consent_how: draft.consent_how,
        consent_at: draft.consent_at,
        created_by: &user.user_id,
        created_at: now,
        protected: case.row.protected,
        note_sealed: note_sealed.as_deref(),
        payload_sealed: &payload_sealed,
        municipalities: &municipalities,
    };
    crate::transact!(state.db(), |tx| {
        store::insert_referral(tx, &referral).await?;
        // A referral is a decision about the case and data leaving the service: both are recorded.
        for action in [Action::Refer, Action::Export] {
            audit::append_tx(tx, now, &user.user_id, action, Some(&case.id), &draft.org).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    crate::notify::referral_waiting(state, &referral_id).await;
    // No organisation beside the case id: the recipient says where the person is (issue #14).
    tracing::info!(enquiry.id = %case.id, referral.id = %referral_id, "referred");
    state.events().publish(Change::Updated, &case.id);
    Ok(())
}

/// The person's own words: the first message and their follow-ups (not staff replies).
async fn person_words(state: &AppState, case: &Case) -> Result<Vec<(i64, String)>, AppError> {
    let mut words = Vec::new();
    if let Some(first) = &case.input.enquiry.message {
        words.push((case.row.created_at, first.clone()));
    }
    for m in enquiry_store::messages(state.db(), &case.id).await? {
        if m.author == "person" {
            let text = state
                .keys()
                .open_string(&Context::new(Column::MessageBody, &m.id), &m.body_sealed)?;
            words.push((m.created_at, text));
        }
    }
    Ok(words)
}

/// The callback request's safe-contact wishes, opened, when the case is one.
async fn callback_share(state: &AppState, case_id: &str) -> Result<Option<CallbackShare>, AppError> {
    let Some(row) = enquiry_store::callback(state.db(), case_id).await? else {
        return Ok(None);
    };
    let keys = state.keys();
    let phone = keys.open_string(&Context::new(Column::CallbackPhone, case_id), &row.phone_sealed)?;
    let code_word = row
        .code_word_sealed
        .as_ref()
        .map(|sealed| keys.open_string(&Context::new(Column::CallbackCodeWord, case_id), sealed))
        .transpose()?;
    let wishes = open_wishes(keys, case_id, &row)?;
    Ok(Some(CallbackShare {
        phone,
        code_word,
        windows: wishes.windows,
        voicemail_ok: wishes.voicemail_ok,
        may_say_who: wishes.may_say_who,
        interpreter: wishes.interpreter,
        interpreter_language: wishes.interpreter_language,
        calls_stopped: row.stopped_at.is_some(),
    }))
}

/// The municipalities an organisation belongs to, for the inbox's scope: social services
/// its own, a defector programme those it is the programme for.
fn municipalities_of(state: &AppState, org: &Organisation) -> Vec<String> {
    let directory = state.directory();
    match org.kind {
        OrgKind::SocialServices => org
            .id
            .strip_prefix("socialtjanst:")
            .and_then(|code| MunicipalityCode::parse(code).ok())
            .map(|code| vec![code.as_str().to_owned()])
            .unwrap_or_default(),
        OrgKind::Programme => directory
            .municipalities()
            .iter()
            .filter(|m| directory.programme_for(&m.code).is_some_and(|p| p.id == org.id))
            .map(|m| m.code.as_str().to_owned())
            .collect(),
        _ => Vec::new(),
    }
}

/// `POST /console/cases/{id}/referrals/{rid}/withdraw`: the person withdrew the consent a
/// referral rests on; from now on the recipient can read none of its data.
pub(super) async fn withdraw(
    State(state): State<AppState>,
    user: StaffUser,
    Path((id, referral_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm,
) -> Result<Outcome<Shown>, AppError> {
    require(&user, Permission::WorkCase)?;
    let found = store::referral_of_case(state.db(), &id, &referral_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if found.kind == Kind::ReportOfConcern {
        // A report of concern rests on the law, not on consent: social services keep it.
        return Ok(Outcome::Invalid {
            shown: Shown::Notice {
                referrals_notice: "referrals-error-nothing-to-withdraw",
            },
        });
    }
    let org = sealed::open_org(
        state.keys(),
        &referral_id,
        found.org_sealed.as_deref(),
        &found.org,
    )?;
    let now = state.clock().now_ms();
    let withdrawn = crate::transact!(state.db(), |tx| {
        let withdrawn = store::withdraw(tx, &referral_id, &user.user_id, now).await?;
        if withdrawn {
            audit::append_tx(tx, now, &user.user_id, Action::ConsentWithdrawn, Some(&id), &org).await?;
        }
        Ok::<_, sqlx::Error>(withdrawn)
    })?;
    if withdrawn {
        tracing::info!(enquiry.id = %id, referral.id = %referral_id, "consent withdrawn");
        state.events().publish(Change::Updated, &id);
    }
    Ok(Outcome::to_case(&id, "#referrals"))
}
