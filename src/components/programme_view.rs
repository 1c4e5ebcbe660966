//! The programme: every session in date order, grouped by month, narrowed by the filters.
//! Every card is built once; filters only show and hide them, which keeps a keystroke in search
//! or a filter click within one frame even for thousands of sessions.

use leptos::html::{Li, Section};
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
    // The cards and months are built once, with the visibility the page opens with; after that one
    // effect writes the `hidden` flag of just the cards and months whose visibility changed. A
    // signal and a render effect per card cost most of a filter click's script time at 2,000
    // sessions, and thousands of views reading `outcome` itself cost time quadratic in their number
    // (the reactive graph unsubscribes and resubscribes every reader on every change).
    let opening = outcome.with_untracked(|o| o.visible.clone());
    let card_refs: Vec<NodeRef<Li>> = (0..total).map(|_| NodeRef::new()).collect();
    let month_groups = group_by_month(&programme.sessions);
    let month_refs: Vec<NodeRef<Section>> = month_groups.iter().map(|_| NodeRef::new()).collect();
    {
        let (card_refs, month_refs) = (card_refs.clone(), month_refs.clone());
        let months: Vec<Vec<usize>> = month_groups.iter().map(|m| m.indices.clone()).collect();
        let opening = opening.clone();
        Effect::new(move |shown_before: Option<Vec<bool>>| {
            let before = shown_before.unwrap_or_else(|| opening.clone());
            let now = outcome.with(|o| o.visible.clone());
            for ((card, was), is) in card_refs.iter().zip(&before).zip(&now) {
                if was != is {
                    card.with_untracked(|li| li.as_ref().map(|li| li.set_hidden(!is)));
                }
            }
            for (month, indices) in month_refs.iter().zip(&months) {
                let (was, is) = (any_shown(indices, &before), any_shown(indices, &now));
                if was != is {
                    month.with_untracked(|section| section.as_ref().map(|section| section.set_hidden(!is)));
                }
            }
            now
        });
    }

    let next = next_session(&programme.sessions, data.now).map(|s| s.slug.clone());
    let months = month_groups
        .into_iter()
        .zip(month_refs)
        .map(|(month, month_ref)| {
            let heading_id = format!("month-{}", month.key);
            let labelled_by = heading_id.clone();
            let month_hidden = !any_shown(&month.indices, &opening);
            let cards = month
                .indices
                .into_iter()
                .map(|i| {
                    let session = programme.sessions[i].clone();
                    let is_next = next.as_ref() == Some(&session.slug);
                    view! { <li hidden=!opening[i] node_ref=card_refs[i]><SessionCard session is_next /></li> }
                })
                .collect_view();
            view! {
                <section class="month" aria-labelledby=labelled_by hidden=month_hidden node_ref=month_ref>
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

/// Whether any of the sessions at `indices` is shown, given one flag per session.
fn any_shown(indices: &[usize], shown: &[bool]) -> bool {
    indices.iter().any(|&i| shown[i])
}
