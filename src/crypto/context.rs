//! The place a sealed value is bound to: its table, column and row, as the AEAD's
//! associated data. The bytes are part of every sealed value at rest, so they are
//! pinned by a test: existing data opens only while they stay the same.

/// A sealed column: the table and column half of a value's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// `enquiries.facts_sealed`: the parsed enquiry.
    EnquiryFacts,
    /// `enquiries.decision_sealed`: the triage decision.
    EnquiryDecision,
    /// `enquiries.handoff_code_sealed`: the receipt code until the hand-off page is seen.
    EnquiryHandoff,
    /// `chats.code_sealed`: a chat's receipt code until it is noted.
    ChatCode,
    /// `callbacks.phone_sealed`.
    CallbackPhone,
    /// `callbacks.code_word_sealed`.
    CallbackCodeWord,
    /// `callbacks.wishes_sealed`: the safe windows, voicemail, saying who calls, interpreter.
    CallbackWishes,
    /// `callback_attempts.note_sealed`.
    CallbackAttemptNote,
    /// `messages.body_sealed`, whoever wrote it.
    MessageBody,
    /// `users.totp_secret_sealed`.
    UserTotp,
    /// `webhooks.secret_sealed`.
    WebhookSecret,
    /// `accessibility_reports`: a report about the site's accessibility.
    AccessibilityReport,
    /// `mandatory_reports.reported_by_sealed`.
    MandatoryReportBy,
    /// `case_decisions.decision_sealed`.
    CaseDecision,
    /// `case_decisions.reason_sealed`.
    CaseDecisionReason,
    /// `referrals.payload_sealed`: what the recipient may read.
    ReferralPayload,
    /// `referrals.note_sealed`: the note for the recipient.
    ReferralNote,
    /// `referral_events.text_sealed`: the text of a step.
    ReferralEventText,
    /// `break_glass.reason_sealed`: why a user read a case they did not hold.
    BreakGlassReason,
    /// `referrals.org_sealed`: the recipient organisation (the filter column holds its tag).
    ReferralOrg,
    /// `referrals.forwarded_to_sealed`: where the recipient forwarded the referral.
    ReferralForwardedTo,
    /// `referral_events.detail_sealed`: a forward's organisation, a state step's state.
    ReferralEventDetail,
    /// `case_events.detail_sealed`: an outcome, or the user named or removed.
    CaseEventDetail,
    /// `audit_log.detail_sealed`: a record's detail, bound to its number in the chain.
    AuditDetail,
    /// `mandatory_reports.reported_to_sealed`: the social services a report went to.
    MandatoryReportTo,
}

impl Column {
    /// The name in the associated data. These strings are in every sealed value at
    /// rest: changing one makes that column unreadable.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EnquiryFacts => "enquiry.facts",
            Self::EnquiryDecision => "enquiry.decision",
            Self::EnquiryHandoff => "enquiry.handoff",
            Self::ChatCode => "chats.code",
            Self::CallbackPhone => "callbacks.phone",
            Self::CallbackCodeWord => "callbacks.code_word",
            Self::CallbackWishes => "callbacks.wishes",
            Self::CallbackAttemptNote => "callback_attempts.note",
            Self::MessageBody => "message.body",
            Self::UserTotp => "users.totp",
            Self::WebhookSecret => "webhooks.secret",
            Self::AccessibilityReport => "a11y.report",
            Self::MandatoryReportBy => "mandatory_reports.reported_by",
            Self::CaseDecision => "case_decisions.decision",
            Self::CaseDecisionReason => "case_decisions.reason",
            Self::ReferralPayload => "referral.payload",
            Self::ReferralNote => "referral.note",
            Self::ReferralEventText => "referral_events.text",
            Self::BreakGlassReason => "break_glass.reason",
            Self::ReferralOrg => "referrals.org",
            Self::ReferralForwardedTo => "referrals.forwarded_to",
            Self::ReferralEventDetail => "referral_events.detail",
            Self::CaseEventDetail => "case_events.detail",
            Self::AuditDetail => "audit_log.detail",
            Self::MandatoryReportTo => "mandatory_reports.reported_to",
        }
    }
}

/// The place a sealed value is bound to (its associated data): a value sealed for one
/// place does not open for another, so sealed values cannot be swapped between rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context(Vec<u8>);

impl Context {
    /// The value in `column` of the row `id`: `{column}:{id}`.
    pub fn new(column: Column, id: &str) -> Self {
        Self(format!("{}:{id}", column.as_str()).into_bytes())
    }

    /// A kept API answer, bound to the token and the idempotency key's hash:
    /// `api_idempotency.response:{token_id}:{key_hash}` (the hash as raw bytes).
    pub fn idempotent_response(token_id: &str, key_hash: &[u8]) -> Self {
        Self(
            [
                b"api_idempotency.response:".as_slice(),
                token_id.as_bytes(),
                b":",
                key_hash,
            ]
            .concat(),
        )
    }

    /// The associated data's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts_are_the_bytes_sealed_data_was_stored_with() {
        let cases = [
            (Column::EnquiryFacts, "enquiry.facts:e1"),
            (Column::EnquiryDecision, "enquiry.decision:e1"),
            (Column::EnquiryHandoff, "enquiry.handoff:e1"),
            (Column::ChatCode, "chats.code:e1"),
            (Column::CallbackPhone, "callbacks.phone:e1"),
            (Column::CallbackCodeWord, "callbacks.code_word:e1"),
            (Column::CallbackWishes, "callbacks.wishes:e1"),
            (Column::CallbackAttemptNote, "callback_attempts.note:e1"),
            (Column::MessageBody, "message.body:e1"),
            (Column::UserTotp, "users.totp:e1"),
            (Column::WebhookSecret, "webhooks.secret:e1"),
            (Column::AccessibilityReport, "a11y.report:e1"),
            (Column::MandatoryReportBy, "mandatory_reports.reported_by:e1"),
            (Column::CaseDecision, "case_decisions.decision:e1"),
            (Column::CaseDecisionReason, "case_decisions.reason:e1"),
            (Column::ReferralPayload, "referral.payload:e1"),
            (Column::ReferralNote, "referral.note:e1"),
            (Column::ReferralEventText, "referral_events.text:e1"),
            (Column::BreakGlassReason, "break_glass.reason:e1"),
            (Column::ReferralOrg, "referrals.org:e1"),
            (Column::ReferralForwardedTo, "referrals.forwarded_to:e1"),
            (Column::ReferralEventDetail, "referral_events.detail:e1"),
            (Column::CaseEventDetail, "case_events.detail:e1"),
            (Column::AuditDetail, "audit_log.detail:e1"),
            (Column::MandatoryReportTo, "mandatory_reports.reported_to:e1"),
        ];
        for (column, today) in cases {
            assert_eq!(
                Context::new(column, "e1").as_bytes(),
                today.as_bytes(),
                "{column:?}"
            );
        }
        assert_eq!(
            Context::idempotent_response("t1", &[0, 0xff]).as_bytes(),
            b"api_idempotency.response:t1:\x00\xff",
        );
    }
}
