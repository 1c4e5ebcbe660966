//! A plain list of session cards, in the order given (the shortlist and shared views).

use leptos::prelude::*;

use super::SessionCard;
use super::context::use_app_data;
use crate::programme::Slug;

/// A heading and cards for the sessions `slugs` that are in the programme.
#[component]
pub fn SessionList(
    /// The list's heading (an h2, so the cards' h3 headings sit under it).
    heading: &'static str,
    /// Session slugs, in display order.
    slugs: Vec<Slug>,
) -> impl IntoView {
    let programme = use_app_data().programme;
    let cards = slugs
        .iter()
        .filter_map(|slug| programme.session(slug.as_str()).cloned())
        .map(|session| view! { <li><SessionCard session /></li> })
        .collect_view();
    (!slugs.is_empty()).then(|| view! { <h2>{heading}</h2> <ol class="sessions">{cards}</ol> })
}
