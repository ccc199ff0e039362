//! (being written)

use axum::Router;

use super::case::Case;
use crate::auth::StaffUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::Page;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
}

/// What this part adds to the case page.
pub(super) async fn section(
    _state: &AppState,
    _user: &StaffUser,
    _case: &Case,
    page: Page,
) -> Result<Page, AppError> {
    Ok(page)
}
