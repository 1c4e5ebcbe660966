//! "Add to calendar": an .ics file made in the browser (so it works offline) for one session or
//! several.

use leptos::prelude::*;

use super::context::use_app_data;
use crate::browser;
use crate::programme::Slug;
use crate::programme::calendar::{CalendarInfo, calendar};

/// A button that downloads an .ics file holding the sessions `slugs` still in the programme.
#[component]
pub fn CalendarButton(
    /// The sessions to put in the file.
    slugs: Signal<Vec<Slug>>,
    /// The downloaded file's name, e.g. `my-shortlist.ics`.
    file_name: String,
    /// The button's visible words, e.g. "Add to calendar".
    label: &'static str,
    /// What the file is for, added to the accessible name ("Add to calendar: <title>") so many
    /// such buttons on one page can be told apart.
    #[prop(optional_no_strip)]
    detail: Option<String>,
) -> impl IntoView {
    let data = use_app_data();
    let save = move |_| {
        let programme = &data.programme;
        let sessions: Vec<_> = slugs.with(|slugs| slugs.iter().filter_map(|s| programme.session(s.as_str())).collect());
        let text = calendar(programme, &sessions, &CalendarInfo { name: None, stamp: browser::now() });
        browser::download(&file_name, "text/calendar", &text);
    };
    let name = detail.map(|d| format!("{label}: {d}"));
    view! {
        <button type="button" class="button calendar-button" aria-label=name on:click=save>
            {label}
        </button>
    }
}
