//! A plain list of session cards (the shortlist and shared views). The app fills it with copies
//! of the programme's written cards (`crate::live::WrittenCards`), so the browser builds no card.

use leptos::prelude::*;

use crate::contract::{LIST_HEADING, SESSION_LIST};

/// A heading and an empty list, both hidden until the app has sessions to put in it.
#[component]
pub fn SessionList(
    /// The list's heading (an h2, so the cards' h3 headings sit under it).
    heading: &'static str,
) -> impl IntoView {
    view! {
        <h2 class="list-heading" hidden {..LIST_HEADING.mark()}>
            {heading}
        </h2>
        <ol class="sessions" hidden {..SESSION_LIST.mark()}></ol>
    }
}
