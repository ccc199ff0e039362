//! What can go wrong in an inbox operation, and how it reaches the HTTP edge.

use crate::error::AppError;
use crate::referral::ReferralState;
use crate::web::FieldError;

/// What went wrong in an inbox operation.
#[derive(Debug, thiserror::Error)]
pub enum RecipientError {
    /// No such referral in the caller's scope (also: withdrawn, or another organisation's).
    #[error("not found")]
    NotFound,
    /// The user is not an enabled municipality user.
    #[error("not a municipality user")]
    Forbidden,
    /// The step is not allowed from the referral's state.
    #[error("cannot {action} a referral that is {}", from.as_str())]
    InvalidTransition {
        /// The state the referral is in.
        from: ReferralState,
        /// The step's name ([`crate::referral::ReferralAction::name`]).
        action: &'static str,
    },
    /// A value of the step is not acceptable.
    #[error("invalid {field}: {message_id}")]
    Invalid {
        /// The field (`reason`, `to_org`, `text`, `at`).
        field: std::borrow::Cow<'static, str>,
        /// The Fluent id of the explanation.
        message_id: &'static str,
    },
    /// The database is down or busy: try again.
    #[error("unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// The database failed.
    #[error("database")]
    Db(#[from] sqlx::Error),
    /// Anything else (a sealed value that does not open).
    #[error("internal")]
    Internal(#[from] anyhow::Error),
}

impl From<FieldError> for RecipientError {
    fn from(p: FieldError) -> Self {
        Self::Invalid {
            field: p.field,
            message_id: p.message_id,
        }
    }
}

impl From<AppError> for RecipientError {
    /// A failure below the inbox (opening or reading the referral's data).
    fn from(err: AppError) -> Self {
        match err {
            AppError::Unavailable(cause) => Self::Unavailable(cause),
            other => Self::Internal(other.into()),
        }
    }
}

impl From<RecipientError> for AppError {
    fn from(err: RecipientError) -> Self {
        match err {
            RecipientError::NotFound => Self::NotFound,
            RecipientError::Forbidden => Self::Forbidden("not a municipality user"),
            RecipientError::InvalidTransition { from, action } => Self::Unprocessable {
                field: None,
                message: format!("cannot {action} a referral that is {}", from.as_str()),
            },
            RecipientError::Invalid { field, message_id } => Self::Unprocessable {
                field: Some(field.into_owned()),
                message: message_id.to_owned(),
            },
            RecipientError::Unavailable(e) => Self::Unavailable(e),
            RecipientError::Db(e) => e.into(),
            RecipientError::Internal(e) => Self::Internal(e),
        }
    }
}
