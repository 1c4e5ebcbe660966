//! The toggle that adds a session to the shortlist or takes it off.

use leptos::prelude::*;

use crate::contract::SHORTLIST_BUTTON;
use crate::programme::Slug;

/// A toggle button for one session, whose state is its `aria-pressed` alone: the styles show the
/// words for that state and hide the others, so the accessible name says what pressing it does
/// ("Add <title> to my shortlist" / "Remove <title> from my shortlist").
#[component]
pub fn ShortlistButton(
    /// The session's slug.
    slug: Slug,
    /// The session's title, for the button's accessible name.
    title: String,
) -> impl IntoView {
    view! {
        <button type="button" class="shortlist-button" aria-pressed="false" {..SHORTLIST_BUTTON.with(slug.0)}>
            <span class="star" aria-hidden="true"></span>
            <span class="if-off">"Add"</span>
            <span class="if-on">"Remove"</span>
            <span class="visually-hidden">{format!(" {title}")}</span>
            <span class="if-off">" to my shortlist"</span>
            <span class="if-on">" from my shortlist"</span>
        </button>
    }
}
