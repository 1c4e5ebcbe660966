//! "My shortlist": the shortlisted sessions in date order, the ones no longer in the programme,
//! and a way to share the list. It is the person's own data, so the build writes only its
//! skeleton, as a template; the app fills it (`crate::live::shortlist_view`).

use leptos::prelude::*;

use super::{AppLink, SessionList, ShareControls};
use crate::routes::Route;

/// The shortlist view, before the app puts the person's shortlist in it.
#[component]
pub fn ShortlistView() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"My shortlist"</h1>
        <p class="result-count"></p>
        <p class="shortlist-empty" hidden>
            "Use “Add to my shortlist” on any session to keep it here. "
            <AppLink route=Route::default()>"Browse the programme"</AppLink>
        </p>
        <p class="shortlist-calendar" hidden>
            <button type="button" class="button calendar-button">
                "Add my shortlist to calendar"
            </button>
            " "
            <span class="calendar-status" role="status"></span>
        </p>
        <SessionList heading="Shortlisted sessions" />
        <div class="missing-sessions" hidden>
            <h2>"No longer in the programme"</h2>
            <p>"These sessions are on your shortlist but are no longer in the programme. They stay here until you remove them."</p>
            <ul class="missing"></ul>
            <template>
                <li>
                    <span class="missing-slug"></span>
                    " — no longer in the programme "
                    <button type="button" class="button">
                        "Remove"
                        <span class="visually-hidden"></span>
                    </button>
                </li>
            </template>
        </div>
        <ShareControls />
    }
}
