//! The enquiry's closed value sets as stored: where it stands, who wrote a message, and
//! how a case ended. Each is an enum with the stored value as `as_str`, so a value that
//! is not in the set is refused where it is read, not deep in a handler.

/// A stored value that is not one of the set's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a known {set}")]
pub struct UnknownValue {
    /// The set (`status`, `author`, `outcome`).
    pub set: &'static str,
    /// The value read.
    pub value: String,
}

/// Declares a closed set of stored values: the enum, `ALL`, `as_str`, parsing, display,
/// and comparison with the stored text (`status == "closed"`).
macro_rules! stored_values {
    ($(#[$doc:meta])* $name:ident, $set:literal { $($(#[$vdoc:meta])* $variant:ident => $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
        pub enum $name {
            $(
                $(#[$vdoc])*
                #[serde(rename = $value)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in the order forms offer them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::enquiry::vocab::UnknownValue;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    $($value => Ok(Self::$variant),)+
                    _ => Err($crate::enquiry::vocab::UnknownValue {
                        set: $set,
                        value: value.to_owned(),
                    }),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::enquiry::vocab::UnknownValue;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

/// Other rooms declare their stored value sets with the same macro.
pub(crate) use stored_values;

stored_values! {
    /// Where an enquiry stands (`enquiries.status`).
    Status, "status" {
        /// Stored, nobody has taken it yet.
        Received => "received",
        /// A handler holds it.
        InProgress => "in_progress",
        /// Staff replied.
        Answered => "answered",
        /// Closed with an outcome.
        Closed => "closed",
    }
}

stored_values! {
    /// Who wrote a message (`enquiry_messages.author`).
    Author, "author" {
        /// The person who enquired.
        Person => "person",
        /// The contact point's staff.
        Staff => "staff",
    }
}

stored_values! {
    /// How a case ended (`enquiries.outcome`; follow-up counts them).
    Outcome, "outcome" {
        /// Advice was given.
        AdviceGiven => "advice_given",
        /// Referred to an actor.
        Referred => "referred",
        /// Referred with a report of concern.
        ReferredWithReport => "referred_with_report",
        /// Nothing more to do.
        NoFurtherAction => "no_further_action",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_back_as_itself_and_strangers_are_refused() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>(), Ok(*status));
        }
        for outcome in Outcome::ALL {
            assert_eq!(outcome.to_string().parse::<Outcome>(), Ok(*outcome));
        }
        assert!("pending".parse::<Status>().is_err());
        assert_eq!(Author::Staff, "staff");
        assert_eq!(
            serde_json::to_value(Status::InProgress).ok(),
            Some(serde_json::json!("in_progress"))
        );
    }
}
