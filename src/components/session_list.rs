//! A plain list of session cards, in the order given (the shortlist and shared views).

use leptos::prelude::*;

use super::SessionCard;
use super::context::use_app_data;
use crate::programme::Slug;

/// Cards for the sessions `slugs` that are in the programme.
#[component]
pub fn SessionList(
    /// Session slugs, in display order.
    slugs: Vec<Slug>,
) -> impl IntoView {
    let programme = use_app_data().programme;
    let cards = slugs
        .iter()
        .filter_map(|slug| programme.session(slug.as_str()).cloned())
        .map(|session| view! { <li><SessionCard session /></li> })
        .collect_view();
    view! { <ol class="sessions">{cards}</ol> }
}
