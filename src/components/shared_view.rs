//! A shortlist someone shared by link: shown as it is, and merged into the reader's own shortlist
//! only when they ask. It is the sender's data, so the build writes only its skeleton, as a
//! template; the app fills it (`crate::live::shared_view`).

use leptos::prelude::*;

use super::{AppLink, SessionList};
use crate::routes::Route;

/// The shared-shortlist view, before the app reads the link.
#[component]
pub fn SharedView() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"A shared shortlist"</h1>
        <div class="shared-unreadable" hidden>
            <p class="notice"></p>
            <p>
                <AppLink route=Route::default()>"Browse the programme"</AppLink>
            </p>
        </div>
        <div class="shared-readable" hidden>
            <p class="shared-intro"></p>
            <p class="merge" hidden>
                <button type="button" class="button">
                    "Add these to my shortlist"
                </button>
            </p>
            <p class="merge-status" role="status"></p>
            <p class="see-shortlist" hidden>
                <AppLink route=Route::Shortlist>"See my shortlist"</AppLink>
            </p>
            <SessionList heading="Shared sessions" />
            <div class="missing-sessions" hidden>
                <h2>"No longer in the programme"</h2>
                <ul class="missing"></ul>
                <template>
                    <li class="missing-slug"></li>
                </template>
            </div>
        </div>
    }
}
