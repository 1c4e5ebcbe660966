//! One resource of the toolkit: what it is, who publishes it and when, and the way to it.

use leptos::prelude::*;

use crate::programme::Resource;

/// A resource, its link opening in a new tab (the guide stays where the person left it), with the
/// date its source shows (or that it shows none) and any note to read first.
#[component]
pub fn ResourceItem(resource: Resource) -> impl IntoView {
    let source = match &resource.date {
        Some(date) => format!("{} · {date}", resource.publisher),
        // Said, so that a resource without a date is not taken for a current one.
        None => format!("{} · no date on its page", resource.publisher),
    };
    let topics = resource.topics.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" ");
    view! {
        <article class="resource" data-slug=resource.slug.as_str().to_owned() data-topics=topics>
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
