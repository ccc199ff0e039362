//! What this area's staff and municipality pages share with the console's.

pub(super) use crate::console::{local, require, staff_lang as lang, staff_page as signed_in_page};
