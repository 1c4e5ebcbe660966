//! The programme: every session in date order, grouped by month, with the filters that narrow it.
//! Written at build time with nothing filtered; the app adopts it (`crate::live::programme`) and
//! only shows and hides its cards and rewrites its counts, which keeps a keystroke in search or a
//! filter click within one frame even for thousands of sessions.

use leptos::prelude::*;

use super::context::use_app_data;
use super::illustrative_label::ILLUSTRATIVE;
use super::{AppLink, FilterPanel, SessionCard, SharePage, SubscribeLinks};
use crate::contract::{EMPTY_CLEAR, EMPTY_STATE, HEADING, MONTH, PRINT_FILTERS, RESULT_COUNT, Shared, TOOLKIT_LINE};
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::programme::schedule::{group_by_month, next_session};
use crate::programme::text::{resources, sessions};
use crate::routes::Route;

/// Past this many sessions, months and cards off screen are not laid out until scrolled to
/// (`[data-long]` in the styles): a filter change then stays within a frame. Below it every card
/// is laid out, so the page's height is exact and scrolling to a card or a place is too.
const LONG_LIST: usize = 100;

/// The programme by month, the next session marked, with the filter panel.
#[component]
pub fn ProgrammeView() -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme.clone();
    let total = programme.sessions.len();
    let outcome = apply(&programme, &FilterIndex::new(&programme), &Filters::default(), data.now);
    let next = next_session(&programme.sessions, data.now).map(|s| s.slug.clone());
    let months = group_by_month(&programme.sessions)
        .into_iter()
        .map(|month| {
            let heading_id = format!("month-{}", month.key);
            let labelled_by = heading_id.clone();
            let cards = month
                .indices
                .into_iter()
                .map(|i| {
                    let session = programme.sessions[i].clone();
                    let is_next = next.as_ref() == Some(&session.slug);
                    view! {
                        <li>
                            <SessionCard session is_next />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="month" {..MONTH.mark()} aria-labelledby=labelled_by>
                    <h2 id=heading_id>{month.label}</h2>
                    <ol class="sessions">{cards}</ol>
                </section>
            }
        })
        .collect_view();
    let series = &programme.series;
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "Programme"
        </h1>
        <p class="series-facts">{format!("{} · {} · {}", series.format, series.dates, sessions(total))}</p>
        {programme
            .has_illustrative()
            .then(|| {
                // One line on a phone's first screen, the detail a tap away: the sessions come first.
                view! {
                    <details class="notice illustrative-note">
                        <summary>"Some sessions are illustrative examples"</summary>
                        <p>
                            {format!(
                                "“{ILLUSTRATIVE}” marks an example built from the announced topics: its real details were never published.",
                            )}
                        </p>
                    </details>
                }
            })}
        <div class="programme-layout">
            <FilterPanel outcome />
            <div class="results" data-long=(total > LONG_LIST).then_some("")>
                // On paper, what the printed list is narrowed to (the app writes it).
                <p class="print-only print-filters" {..PRINT_FILTERS.mark()}></p>
                <div class="results-head">
                    <p class="result-count" role="status" aria-live="polite" {..RESULT_COUNT.mark()}>
                        {sessions(total)}
                    </p>
                    <SharePage
                        shared=Shared::Here
                        href="./".to_owned()
                        what="programme"
                        title=series.full_title.clone()
                        text=format!("{} · {}", series.format, series.dates)
                    />
                    <SubscribeLinks filters=Filters::default() />
                </div>
                <ToolkitLinks />
                <div class="empty-state" hidden {..EMPTY_STATE.mark()}>
                    <h2>"No sessions match"</h2>
                    <p>"Try fewer topics or organisations, check the spelling of your search, or choose “All sessions” under When."</p>
                    <button type="button" class="button" {..EMPTY_CLEAR.mark()}>
                        "Clear all filters"
                    </button>
                </div>
                {months}
            </div>
        </div>
    }
}

/// For every topic the toolkit covers, a line leading to its resources, hidden: the app shows the
/// lines of the topics chosen (`crate::live::programme`).
#[component]
fn ToolkitLinks() -> impl IntoView {
    let programme = use_app_data().programme;
    let lines = programme
        .topics
        .iter()
        .map(|topic| (topic, programme.resources_on(&topic.slug).count()))
        .filter(|(_, count)| *count > 0)
        .map(|(topic, count)| {
            let route = Route::Toolkit(Filters { topics: vec![topic.slug.clone()], ..Filters::default() });
            view! {
                <p class="toolkit-link" hidden {..TOOLKIT_LINE.with(topic.slug.as_str().to_owned())}>
                    <AppLink route>{format!("{} on {}", resources(count), topic.label)}</AppLink>
                    " in the toolkit"
                </p>
            }
        })
        .collect_view();
    view! { <div class="toolkit-links">{lines}</div> }
}
