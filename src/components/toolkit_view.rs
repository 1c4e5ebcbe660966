//! The toolkit: real, published resources for every topic of the series, grouped by topic in the
//! data's order, narrowed by the same topic filter and search as the programme. Written at build
//! time as `toolkit.html` (readable without JavaScript); the app shows it in place and follows its
//! filters (`crate::live::toolkit`).

use leptos::prelude::*;

use super::context::use_app_data;
use super::{FilterPanel, ResourceItem};
use crate::contract::{EMPTY_CLEAR, EMPTY_STATE, HEADING, RESULT_COUNT, TOOLKIT_SECTION};
use crate::programme::filter::Filters;
use crate::programme::text::resources;
use crate::programme::toolkit::ToolkitIndex;
use crate::programme::uk_time::long_date;
use crate::routes::TOOLKIT_TOPIC_PREFIX;

/// The Toolkit view.
#[component]
pub fn ToolkitView() -> impl IntoView {
    let programme = use_app_data().programme;
    let total = programme.resources.len();
    let seen = format!(
        "Where to turn on each of the series' topics: guidance, services and campaigns, published by the organisations named. Each shows the date its page shows, if any; they were read from those pages for this guide's data of {}, so check a page before you rely on it.",
        long_date(programme.series.updated)
    );
    let outcome = ToolkitIndex::of(&programme).apply(&Filters::default());
    let topics = programme
        .topics
        .iter()
        .filter(|topic| programme.resources_on(&topic.slug).next().is_some())
        .map(|topic| {
            let id = format!("{TOOLKIT_TOPIC_PREFIX}{}", topic.slug.as_str());
            let heading = format!("{id}-heading");
            let labelled_by = heading.clone();
            let items = programme
                .resources_on(&topic.slug)
                .map(|resource| {
                    view! {
                        <li>
                            <ResourceItem resource=resource.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="toolkit-topic" {..TOOLKIT_SECTION.with(topic.slug.as_str().to_owned())} id=id aria-labelledby=labelled_by>
                    <h2 id=heading>{topic.label.clone()}</h2>
                    <ul class="resources">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "Toolkit"
        </h1>
        <p class="series-facts">{seen}</p>
        <div class="programme-layout">
            <FilterPanel outcome toolkit=true />
            <div class="results">
                <div class="results-head">
                    <p class="result-count" role="status" aria-live="polite" {..RESULT_COUNT.mark()}>
                        {resources(total)}
                    </p>
                </div>
                <div class="empty-state" hidden {..EMPTY_STATE.mark()}>
                    <h2>"No resources match"</h2>
                    <p>"Try fewer topics, or check the spelling of your search."</p>
                    <button type="button" class="button" {..EMPTY_CLEAR.mark()}>
                        "Clear all filters"
                    </button>
                </div>
                {topics}
            </div>
        </div>
    }
}
