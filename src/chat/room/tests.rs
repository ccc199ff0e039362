//! The wait estimate.

use super::estimate_from;
use crate::chat::store::Capacity;

fn capacity(handled: i64, mean_minutes: i64, holding: i64, signed_in: i64) -> Capacity {
    Capacity {
        handled,
        handling_ms: handled * mean_minutes * 60_000,
        holding,
        signed_in,
    }
}

#[test]
fn the_wait_is_estimated_only_from_enough_recent_chats_and_staff_on_duty() {
    let cases = [
        (capacity(2, 10, 1, 1), 1, None, "too few recent chats"),
        (capacity(5, 10, 0, 0), 1, None, "nobody on duty"),
        (capacity(5, 10, 1, 3), 1, Some(10), "one round of ten minutes"),
        (
            capacity(5, 10, 2, 2),
            3,
            Some(20),
            "two handlers, third in line: two rounds",
        ),
        (
            capacity(5, 12, 0, 2),
            1,
            Some(15),
            "signed-in staff when nobody holds a chat; rounded up",
        ),
        (capacity(5, 1, 1, 1), 1, Some(5), "never less than five minutes"),
    ];
    for (capacity, position, expected, why) in cases {
        assert_eq!(estimate_from(capacity, position), expected, "{why}");
    }
}
