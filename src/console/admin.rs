//! (being written)

use axum::Router;

use crate::state::AppState;

/// This part's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
}
