//! Where a session stands: past, today, happening now or upcoming.

use leptos::prelude::*;

use super::context::use_app_data;
use crate::contract::STATUS;
use crate::programme::Session;
use crate::programme::schedule::Status;

/// The status of `session` at the data's clock. Written with the build's clock; the app puts the
/// visit's in (`crate::live::times`).
#[component]
pub fn StatusBadge(session: Session) -> impl IntoView {
    let data = use_app_data();
    let status = Status::of(&session, data.now, &data.zone);
    view! {
        <span class="status" {..STATUS.with(status.class())}>
            {status.label()}
        </span>
    }
}
