//! "Add to calendar" for one session: a link to the session's calendar file, which the build
//! writes beside its page (`crate::publish`), so it works before the app has started, without it,
//! and offline.

use leptos::prelude::*;

use crate::programme::Slug;
use crate::routes::session_calendar_file;

/// The link for session `slug`.
#[component]
pub fn CalendarButton(
    /// The session's slug.
    slug: Slug,
    /// What the file is for, added to the accessible name ("Add to calendar: <title>") so many
    /// such links on one page can be told apart.
    detail: Option<String>,
) -> impl IntoView {
    let name = detail.map(|d| format!("Add to calendar: {d}"));
    let file = session_calendar_file(slug.as_str());
    view! {
        <a class="button calendar-button" href=file download=format!("{}.ics", slug.0) aria-label=name>
            "Add to calendar"
        </a>
    }
}
