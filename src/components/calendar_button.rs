//! "Add to calendar" for one session: the app makes the .ics file in the browser, so it works
//! offline (`crate::live::actions`).

use leptos::prelude::*;

use crate::programme::Slug;

/// The button for session `slug`.
#[component]
pub fn CalendarButton(
    /// The session's slug.
    slug: Slug,
    /// What the file is for, added to the accessible name ("Add to calendar: <title>") so many
    /// such buttons on one page can be told apart.
    detail: Option<String>,
) -> impl IntoView {
    let name = detail.map(|d| format!("Add to calendar: {d}"));
    view! {
        <button type="button" class="button calendar-button" aria-label=name data-calendar=slug.0>
            "Add to calendar"
        </button>
    }
}
