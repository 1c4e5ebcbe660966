//! One resource of the toolkit: what it is, who publishes it and when, and the way to it.

use leptos::prelude::*;

use super::context::use_app_data;
use crate::contract::read::write_slugs;
use crate::contract::{RESOURCE, SEARCH_TEXT, TOPICS};
use crate::programme::Resource;
use crate::programme::toolkit::search_text;

/// A resource, its link opening in a new tab (the guide stays where the person left it), with the
/// date its source shows (or that it shows none) and any note to read first. It carries its
/// folded search text, which the app's search reads (`crate::live::toolkit`).
#[component]
pub fn ResourceItem(resource: Resource) -> impl IntoView {
    let source = match &resource.date {
        Some(date) => format!("{} · {date}", resource.publisher),
        // Said, so that a resource without a date is not taken for a current one.
        None => format!("{} · no date on its page", resource.publisher),
    };
    let topics = write_slugs(&resource.topics);
    let search = search_text(&use_app_data().programme, &resource);
    view! {
        <article class="resource" {..RESOURCE.with(resource.slug.as_str().to_owned())} {..TOPICS.with(topics)} {..SEARCH_TEXT.with(search)}>
            <h3>
                <a href=resource.link.as_str().to_owned() target="_blank" rel="noopener noreferrer">
                    {resource.title.clone()}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </h3>
            <p class="publisher">{source}</p>
            <p class="description">{resource.description.clone()}</p>
            {resource
                .note
                .clone()
                .map(|note| {
                    view! {
                        <p class="resource-note">
                            <strong>"Note: "</strong>
                            {note}
                        </p>
                    }
                })}
            // On paper, the address written out: a printed link cannot be followed.
            <p class="print-only">{resource.link.as_str().to_owned()}</p>
        </article>
    }
}
