//! Sealing what is stored of an enquiry: the decision's flags and the police region as
//! the queue's keyed tags, a callback request's wishes, and a staff reply found by
//! receipt code. Every sealed value is bound to its column and row
//! (`callbacks.phone:{id}`, `message.body:{id}`), so one cannot be moved to another.
//!
//! A keyed tag (`t` + 24 hex digits, [`Keyring::tag`]) lets the queue find the cases with
//! a flag or in a region without the database saying which flag or region a case has:
//! whoever reads a dump sees which cases share a tag, not what it stands for.

use serde::{Deserialize, Serialize};

use super::store::{self, CallbackRecord, CallbackRow};
use super::vocab::Author;
use crate::crypto::{Column, Context, Keyring, ReceiptCode};
use crate::state::AppState;
use crate::triage::Flag;

/// The kind of keyed tag a decision's flag is stored as (`enquiries.flags`).
pub const FLAG_TAG: &str = "flag";

/// The kind of keyed tag the municipality's police region is stored as
/// (`enquiries.police_region`).
pub const REGION_TAG: &str = "police_region";

/// The decision's flags as the queue's filter stores them: each flag's keyed tag,
/// `,t…,t…,`, or empty. The flags themselves are in the sealed decision.
pub fn flags_column(keys: &Keyring, flags: &[Flag]) -> String {
    tag_list(flags.iter().map(|f| keys.tag(FLAG_TAG, f.as_str())))
}

/// Tags as one column: `,a,b,`, or empty when there are none.
pub(crate) fn tag_list(tags: impl IntoIterator<Item = String>) -> String {
    let mut column = String::new();
    for tag in tags {
        if column.is_empty() {
            column.push(',');
        }
        column.push_str(&tag);
        column.push(',');
    }
    column
}

/// The police region's keyed tag (from its slug), as the queue's filter stores it.
pub fn region_tag(keys: &Keyring, slug: &str) -> String {
    keys.tag(REGION_TAG, slug)
}

/// Whether a stored value is a keyed tag (`t` + 24 lowercase hex digits), not a name as
/// stored before tags (no flag or region name has that shape).
pub fn is_tag(value: &str) -> bool {
    value.len() == 25
        && value.starts_with('t')
        && value[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
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

/// How to call a person back, as sealed in `callbacks.wishes_sealed`: nothing of it is
/// readable in the database (when someone may be called says much about their day).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wishes {
    /// The safe windows (`weekday_morning`, …), at least one.
    pub windows: Vec<String>,
    /// A voicemail may be left.
    pub voicemail_ok: bool,
    /// The caller may say who is calling.
    pub may_say_who: bool,
    /// An interpreter is needed.
    pub interpreter: bool,
    /// The interpreter's language (a language tag).
    pub interpreter_language: Option<String>,
}

impl Wishes {
    /// The wishes as the clear columns of a row stored before they were sealed held them
    /// (`windows` as `,a,b,`).
    pub fn from_clear(
        windows: &str,
        voicemail_ok: bool,
        may_say_who: bool,
        interpreter: bool,
        interpreter_language: Option<&str>,
    ) -> Self {
        Self {
            windows: windows
                .split(',')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
            voicemail_ok,
            may_say_who,
            interpreter,
            interpreter_language: interpreter_language.map(str::to_owned),
        }
    }

    /// Sealed under `callbacks.wishes:{id}`.
    pub fn seal(&self, keys: &Keyring, id: &str) -> anyhow::Result<Vec<u8>> {
        Ok(keys.seal(
            &Context::new(Column::CallbackWishes, id),
            &serde_json::to_vec(self)?,
        ))
    }
}

/// The callback wishes of enquiry `id`, sealed as they are stored.
pub fn seal_callback(keys: &Keyring, id: &str, c: &CallbackWishes<'_>) -> anyhow::Result<CallbackRecord> {
    let wishes = Wishes {
        windows: c.windows.iter().map(|w| (*w).to_owned()).collect(),
        voicemail_ok: c.voicemail_ok,
        may_say_who: c.may_say_who,
        interpreter: c.interpreter_language.is_some(),
        interpreter_language: c.interpreter_language.map(str::to_owned),
    };
    Ok(CallbackRecord {
        phone_sealed: keys.seal_str(&Context::new(Column::CallbackPhone, id), c.phone),
        code_word_sealed: c
            .code_word
            .map(|w| keys.seal_str(&Context::new(Column::CallbackCodeWord, id), w)),
        wishes_sealed: wishes.seal(keys, id)?,
    })
}

/// The wishes of callback request `id`, opened (read from the old clear columns for a
/// row not yet sealed by [`super::reseal`]).
pub fn open_wishes(keys: &Keyring, id: &str, row: &CallbackRow) -> anyhow::Result<Wishes> {
    let Some(sealed) = &row.wishes_sealed else {
        return Ok(Wishes::from_clear(
            &row.windows,
            row.voicemail_ok,
            row.may_say_who,
            row.interpreter,
            row.interpreter_language.as_deref(),
        ));
    };
    let bytes = keys.open(&Context::new(Column::CallbackWishes, id), sealed)?;
    Ok(serde_json::from_slice(&bytes)?)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_stored_as_their_tags_and_tags_are_told_from_names() {
        let keys = Keyring::new(&[7; 32], &[]);
        assert_eq!(flags_column(&keys, &[]), "");
        let column = flags_column(&keys, &[Flag::Child, Flag::PsychiatricNeeds]);
        let child = keys.tag(FLAG_TAG, "child");
        assert_eq!(
            column,
            format!(",{child},{},", keys.tag(FLAG_TAG, "psychiatric_needs"))
        );
        assert!(!column.contains("child") && !column.contains("psychiatric"));
        assert_ne!(keys.tag(FLAG_TAG, "x"), keys.tag(REGION_TAG, "x"), "kinds differ");
        assert!(is_tag(&child) && is_tag(&region_tag(&keys, "syd")));
        for name in Flag::ALL
            .iter()
            .map(|f| f.as_str())
            .chain(["syd", "stockholm", ""])
        {
            assert!(!is_tag(name), "{name}");
        }
        assert!(!is_tag("tXXXXXXXXXXXXXXXXXXXXXXXX") && !is_tag(&child.to_uppercase()));
    }

    #[test]
    fn wishes_seal_bound_to_their_row_and_read_from_clear_columns_as_before() {
        let keys = Keyring::new(&[7; 32], &[]);
        let wishes = Wishes::from_clear(",weekday_evening,weekend_day,", true, false, true, Some("ti"));
        assert_eq!(wishes.windows, ["weekday_evening", "weekend_day"]);
        let sealed = wishes.seal(&keys, "e1").unwrap();
        assert!(!String::from_utf8_lossy(&sealed).contains("weekday"));
        let opened = keys
            .open(&Context::new(Column::CallbackWishes, "e1"), &sealed)
            .unwrap();
        assert_eq!(serde_json::from_slice::<Wishes>(&opened).unwrap(), wishes);
        assert!(
            keys.open(&Context::new(Column::CallbackWishes, "e2"), &sealed)
                .is_err(),
            "not another row's"
        );
    }
}
