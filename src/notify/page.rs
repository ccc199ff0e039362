//! What this area's staff pages share with every staff area ([`crate::web::staff`]).

pub(super) use crate::web::staff::{local, require, staff_lang as lang, staff_page as signed_in_page};
