//! The chat's closed value sets as stored, declared like the enquiry's
//! ([`crate::enquiry::vocab`]): a value outside the set is refused where it is read.

use crate::enquiry::vocab::stored_values;

stored_values! {
    /// Where a chat stands (`chats.status`).
    ChatStatus, "chat status" {
        /// In the queue; nobody has answered yet.
        Waiting => "waiting",
        /// A handler answered; the conversation is on.
        Active => "active",
        /// Over, for a reason in `chats.ended_reason`.
        Ended => "ended",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_as_itself_and_a_stranger_is_refused() {
        for status in ChatStatus::ALL {
            assert_eq!(status.as_str().parse::<ChatStatus>(), Ok(*status));
        }
        assert!("paused".parse::<ChatStatus>().is_err());
        assert!(ChatStatus::Waiting == "waiting");
    }
}
