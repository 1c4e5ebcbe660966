//! The controls that narrow the programme: search, when, topics and organisations. On a phone the
//! options fold into a sheet that opens from a "Filters" button and covers only the lower part of
//! the screen, so the results stay in view; on a wide screen they sit beside the results.

use leptos::html::Button;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::context::{HistoryMode, use_navigator};
use super::{Facet, FacetOptions};
use crate::programme::filter::{Filters, Outcome, When};
use crate::programme::text::sessions;

/// Search box, "Filters" button and the option sheet for `filters`, with counts from `outcome`.
#[component]
pub fn FilterPanel(
    /// The filters from the URL.
    filters: Memo<Filters>,
    /// What they give, with a count for every option.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let navigator = use_navigator();
    let change = move |filters: Filters, mode: HistoryMode| {
        if let Some(navigator) = navigator {
            navigator.filter(filters, mode);
        }
    };
    let open = RwSignal::new(false);
    let toggle_ref = NodeRef::<Button>::new();
    let close = move || {
        open.set(false);
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            close();
        }
    };

    let on_search = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let current = filters.get_untracked();
        // The first letter typed is a step back can return to; the rest refine that step.
        let mode = if current.search.trim().is_empty() { HistoryMode::Push } else { HistoryMode::Replace };
        change(Filters { search: text, ..current }, mode);
    };

    let when_options = When::ALL
        .into_iter()
        .map(|when| {
            let id = format!("when-{}", when.slug());
            view! {
                <li class="option">
                    <input
                        type="radio"
                        name="when"
                        id=id.clone()
                        prop:checked=move || filters.with(|f| f.when == when)
                        on:change=move |_| change(Filters { when, ..filters.get_untracked() }, HistoryMode::Push)
                    />
                    <label for=id>{when.label()}</label>
                </li>
            }
        })
        .collect_view();

    // Ticking a topic or an organisation is a step back can return to.
    let on_change = Callback::new(move |filters| change(filters, HistoryMode::Push));

    let active = move || filters.with(Filters::active_count);
    view! {
        <div class="filter-panel">
            <div class="search-row">
                <label for="search">"Search"</label>
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || filters.with(|f| f.search.clone())
                    on:input=on_search
                />
                <button
                    type="button"
                    class="button filter-toggle"
                    node_ref=toggle_ref
                    aria-expanded=move || open.get().to_string()
                    aria-controls="filter-options"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || match active() {
                        0 => "Filters".to_owned(),
                        n => format!("Filters ({n})"),
                    }}
                </button>
            </div>
            <div id="filter-options" class="filter-options" class:open=open on:keydown=on_keydown>
                <div class="sheet-head">
                    <h2>"Filters"</h2>
                    <button type="button" class="button sheet-close" on:click=move |_| close()>
                        {move || format!("Show {}", sessions(outcome.with(|o| o.count)))}
                    </button>
                </div>
                <fieldset>
                    <legend>"When"</legend>
                    <ul class="options">{when_options}</ul>
                </fieldset>
                <FacetOptions facet=Facet::Topics id_prefix="topic" filters=filters.into() outcome on_change />
                <FacetOptions facet=Facet::Organisations id_prefix="org" filters=filters.into() outcome on_change />
                <button
                    type="button"
                    class="button clear-filters"
                    disabled=move || filters.with(Filters::is_empty)
                    on:click=move |_| change(Filters::default(), HistoryMode::Push)
                >
                    "Clear all filters"
                </button>
            </div>
        </div>
    }
}
