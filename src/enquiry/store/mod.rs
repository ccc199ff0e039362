//! SQL of the enquiry, split by noun: the enquiry rows ([`insert_batch`], [`case_row`]),
//! their hand-offs, messages, callback wishes and call attempts, the decision record, the
//! case's events, who holds it, and the start-up conversion of rows stored before
//! quasi-identifiers were sealed ([`reseal`]). Every statement that writes the
//! `enquiries` table is here (the inbox's referral hand-back excepted). Every sensitive
//! value arrives already sealed; this module never sees plaintext (but for the clear
//! values [`reseal`] reads to convert them).

mod assignment;
mod callbacks;
mod decisions;
mod enquiries;
mod events;
mod handoffs;
mod messages;
pub mod reseal;

pub use assignment::{claim, release, take_over};
pub use callbacks::{
    AttemptRow, CallbackRecord, CallbackRow, NewAttempt, Switch, add_callback_attempt, callback,
    callback_attempts, switch_to_callback,
};
pub use decisions::{
    DecisionRow, InForce, NewDecision, OverriddenRow, Retriage, history as decision_history, overridden,
    store_override, store_retriage,
};
pub use enquiries::{
    CaseRow, ChatRecord, EnquiryRecord, EnquiryRow, FactsRow, NewRows, case_row, enquiry_facts_page,
    find_by_receipt, insert_batch, insert_enquiries,
};
pub use events::{
    back_to_queue, change_access, close_or_reopen, open_detail as open_case_event_detail,
    seal_detail as seal_case_event_detail, set_marker,
};
pub use handoffs::{Handoff, clear_handoff, find_handoff, purge_expired_handoffs};
pub use messages::{MessageRow, add_message, insert_message, messages};
