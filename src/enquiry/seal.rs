//! Sealing what is stored of an enquiry: the decision's flags as the queue's column, a
//! callback request's wishes, and a staff reply found by receipt code. Every sealed value
//! is bound to its column and row (`callbacks.phone:{id}`, `message.body:{id}`), so one
//! cannot be moved to another.

use super::store::{self, CallbackRecord};
use super::vocab::Author;
use crate::crypto::{Column, Context, Keyring, ReceiptCode};
use crate::state::AppState;
use crate::triage::Flag;

/// The decision's flags as stored for the queue's filter: `,a,b,`, or empty.
pub fn flags_column(flags: &[Flag]) -> String {
    if flags.is_empty() {
        return String::new();
    }
    let mut column = String::from(",");
    for flag in flags {
        column.push_str(flag.as_str());
        column.push(',');
    }
    column
}

/// The callback wishes of a callback request, in plain text until [`seal_callback`] seals
/// them.
pub struct CallbackWishes<'a> {
    /// The number in E.164 form (`+46701234567`).
    pub phone: &'a str,
    /// The code word, when chosen.
    pub code_word: Option<&'a str>,
    /// The safe windows (values of [`super::callback::CALLBACK_WINDOWS`]), at least one.
    pub windows: &'a [&'static str],
    /// A voicemail may be left.
    pub voicemail_ok: bool,
    /// The caller may say who is calling.
    pub may_say_who: bool,
    /// The interpreter's language, when an interpreter is needed.
    pub interpreter_language: Option<&'a str>,
}

/// The callback wishes of enquiry `id`, sealed as they are stored.
pub fn seal_callback(keys: &Keyring, id: &str, c: &CallbackWishes<'_>) -> CallbackRecord {
    CallbackRecord {
        phone_sealed: keys.seal_str(&Context::new(Column::CallbackPhone, id), c.phone),
        code_word_sealed: c
            .code_word
            .map(|w| keys.seal_str(&Context::new(Column::CallbackCodeWord, id), w)),
        windows: format!(",{},", c.windows.join(",")),
        voicemail_ok: c.voicemail_ok,
        may_say_who: c.may_say_who,
        interpreter: c.interpreter_language.is_some(),
        interpreter_language: c.interpreter_language.map(str::to_owned),
    }
}

/// Adds a reply from the contact point to the enquiry with this receipt code (used by
/// the console; tests use it to show replies on the receipt page). Returns whether the
/// code was known.
pub async fn add_staff_reply(state: &AppState, code: &str, text: &str) -> anyhow::Result<bool> {
    let Some(code) = ReceiptCode::parse(code) else {
        return Ok(false);
    };
    let Some(row) = store::find_by_receipt(state.db(), &state.keys().receipt_hashes(&code)).await? else {
        return Ok(false);
    };
    let id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys()
        .seal_str(&Context::new(Column::MessageBody, &id), text);
    store::add_message(
        state.db(),
        &id,
        &row.id,
        Author::Staff,
        &sealed,
        state.clock().now_ms(),
    )
    .await?;
    Ok(true)
}
