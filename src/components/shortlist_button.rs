//! The toggle that adds a session to the shortlist or takes it off.

use leptos::prelude::*;

use super::shortlist_state::use_shortlist;
use crate::programme::Slug;

/// A toggle button for one session. Its accessible name says what pressing it does ("Add <title>
/// to my shortlist" / "Remove <title> from my shortlist") and `aria-pressed` says where it stands.
#[component]
pub fn ShortlistButton(
    /// The session's slug.
    slug: Slug,
    /// The session's title, for the button's accessible name.
    title: String,
) -> impl IntoView {
    let Some(state) = use_shortlist() else { return ().into_any() };
    let watched = slug.clone();
    let on = Memo::new(move |_| state.list.with(|list| list.contains(&watched)));
    view! {
        <button
            type="button"
            class="shortlist-button"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| state.toggle(&slug)
        >
            <span class="star" aria-hidden="true">{move || if on.get() { "★ " } else { "☆ " }}</span>
            {move || if on.get() { "Remove" } else { "Add" }}
            <span class="visually-hidden">{format!(" {title}")}</span>
            {move || if on.get() { " from my shortlist" } else { " to my shortlist" }}
        </button>
    }
    .into_any()
}
