//! The programme: every session in date order, grouped by month, narrowed by the filters.
//! Every card is built once; filters only show and hide them, which keeps a keystroke in search
//! within one frame even for thousands of sessions.

use leptos::prelude::*;

use super::context::{HistoryMode, use_app_data, use_navigator};
use super::illustrative_label::ILLUSTRATIVE;
use super::{FilterPanel, SessionCard, SubscribeLinks};
use crate::programme::filter::{Filters, FilterIndex, apply};
use crate::programme::schedule::{group_by_month, next_session};
use crate::programme::text::sessions;

/// The programme by month, the next session marked, with the filters that narrow it.
#[component]
pub fn ProgrammeView(
    /// The filters from the URL.
    filters: Memo<Filters>,
) -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme.clone();
    let total = programme.sessions.len();
    let outcome = {
        let programme = programme.clone();
        let index = FilterIndex::new(&programme);
        Memo::new(move |_| filters.with(|f| apply(&programme, &index, f, data.now)))
    };
    // One signal per card, written only when that card's visibility changes. Thousands of views
    // reading the one `outcome` memo would each unsubscribe and resubscribe on every change, which
    // the reactive graph does in time proportional to the number of readers: a quadratic cost that
    // alone took 40 ms a keystroke at 2,000 sessions.
    let visible: Vec<RwSignal<bool>> = outcome.with_untracked(|o| o.visible.iter().map(|v| RwSignal::new(*v)).collect());
    let cards_visible = visible.clone();
    Effect::new(move |_| {
        outcome.with(|o| {
            for (signal, now) in cards_visible.iter().zip(&o.visible) {
                if signal.get_untracked() != *now {
                    signal.set(*now);
                }
            }
        })
    });
    let shown = move |i: usize| visible.get(i).is_some_and(|v| v.get());

    let next = next_session(&programme.sessions, data.now).map(|s| s.slug.clone());
    let months = group_by_month(&programme.sessions)
        .into_iter()
        .map(|month| {
            let heading_id = format!("month-{}", month.key);
            let labelled_by = heading_id.clone();
            let indices = month.indices.clone();
            let shown_here = shown.clone();
            let cards = month
                .indices
                .into_iter()
                .map(|i| {
                    let session = programme.sessions[i].clone();
                    let is_next = next.as_ref() == Some(&session.slug);
                    let shown = shown.clone();
                    view! { <li hidden=move || !shown(i)><SessionCard session is_next /></li> }
                })
                .collect_view();
            view! {
                <section class="month" aria-labelledby=labelled_by hidden=move || !indices.iter().any(|&i| shown_here(i))>
                    <h2 id=heading_id>{month.label}</h2>
                    <ol class="sessions">{cards}</ol>
                </section>
            }
        })
        .collect_view();

    let count = Memo::new(move |_| outcome.with(|o| o.count));
    let navigator = use_navigator();
    let clear = move |_| {
        if let Some(navigator) = navigator {
            navigator.filter(Filters::default(), HistoryMode::Push);
        }
    };
    let series = &programme.series;
    view! {
        <h1 tabindex="-1">"Programme"</h1>
        <p class="series-facts">{format!("{} · {} · {}", series.format, series.dates, sessions(total))}</p>
        {programme.has_illustrative().then(|| view! {
            <p class="notice">
                {format!("“{ILLUSTRATIVE}” marks an example built from the announced topics: its real details were never published.")}
            </p>
        })}
        <div class="programme-layout">
            <FilterPanel filters outcome />
            <div class="results">
                <p class="result-count" role="status" aria-live="polite">
                    {move || {
                        let shown = count.get();
                        if filters.with(Filters::is_empty) {
                            sessions(total)
                        } else {
                            format!("{shown} of {}", sessions(total))
                        }
                    }}
                </p>
                <SubscribeLinks filters />
                <div class="empty-state" hidden=move || { count.get() > 0 }>
                    <h2>"No sessions match"</h2>
                    <p>"Try fewer topics or organisations, check the spelling of your search, or choose “All sessions” under When."</p>
                    <button type="button" class="button" on:click=clear>"Clear all filters"</button>
                </div>
                {months}
            </div>
        </div>
    }
}
