//! "Subscribe": calendar feeds for the topics and organisations chosen in the filters (or the whole
//! programme), as a `webcal:` link that calendar apps open, and the plain address to copy.

use leptos::prelude::*;

use super::context::use_app_data;
use crate::programme::calendar::{FEED_DIR, feed_file};
use crate::programme::filter::Filters;

/// One line per feed that matches `filters`. Written with nothing filtered (relative addresses,
/// which work without JavaScript); the app mounts it again with the live filters and the full
/// addresses, which calendar apps need.
#[component]
pub fn SubscribeLinks(
    /// The filters the feeds follow.
    #[prop(into)]
    filters: Signal<Filters>,
) -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme;
    let folder = format!("{}{FEED_DIR}/", data.folder);
    let feeds = move || {
        filters.with(|f| {
            let topics = f.topics.iter().filter_map(|s| programme.topic(s)).map(|t| (t.label.clone(), feed_file("topic", &t.slug)));
            let organisations =
                f.organisations.iter().filter_map(|s| programme.organisation(s)).map(|o| (o.name.clone(), feed_file("org", &o.slug)));
            let chosen: Vec<(String, String)> = topics.chain(organisations).collect();
            if chosen.is_empty() { vec![("the whole programme".to_owned(), "all.ics".to_owned())] } else { chosen }
        })
    };
    view! {
        <ul class="subscribe">
            {move || feeds().into_iter().map(|(name, file)| {
                let https = format!("{folder}{file}");
                let webcal = https.replacen("https://", "webcal://", 1).replacen("http://", "webcal://", 1);
                view! {
                    <li>
                        <a href=webcal>{format!("Subscribe to {name}")}</a>
                        " in a calendar app, or copy the "
                        <a href=https>{format!("feed address for {name}")}</a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
