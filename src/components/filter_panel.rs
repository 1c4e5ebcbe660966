//! The controls that narrow the programme: search, when, topics and organisations. On a phone the
//! options fold into a sheet that opens from a "Filters" button and covers only the lower part of
//! the screen, so the results stay in view; on a wide screen they sit beside the results.

use leptos::html::Button;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::FilterOption;
use super::context::{HistoryMode, use_app_data, use_navigator};
use crate::programme::filter::{Filters, Outcome, When};
use crate::programme::text::sessions;
use crate::programme::{Programme, Slug};

/// Search box, "Filters" button and the option sheet for `filters`, with counts from `outcome`.
#[component]
pub fn FilterPanel(
    /// The filters from the URL.
    filters: Memo<Filters>,
    /// What they give, with a count for every option.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let programme = use_app_data().programme;
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

    // One checkbox per topic and per organisation: the same control for both facets.
    let facet = |prefix: &'static str,
                 options: Vec<(Slug, String)>,
                 chosen: fn(&Filters) -> &[Slug],
                 counts: fn(&Outcome) -> &[usize],
                 toggle: fn(&Filters, &Programme, &Slug) -> Filters| {
        let programme = programme.clone();
        options
            .into_iter()
            .enumerate()
            .map(move |(i, (slug, label))| {
                let checked_slug = slug.clone();
                let programme = programme.clone();
                view! {
                    <FilterOption
                        id=format!("{prefix}-{}", slug.as_str())
                        label
                        checked=Signal::derive(move || filters.with(|f| chosen(f).contains(&checked_slug)))
                        count=Signal::derive(move || outcome.with(|o| counts(o).get(i).copied().unwrap_or(0)))
                        on_toggle=Callback::new(move |_| change(toggle(&filters.get_untracked(), &programme, &slug), HistoryMode::Push))
                    />
                }
            })
            .collect_view()
    };
    let topic_options = facet(
        "topic",
        programme.topics.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
        |f| &f.topics,
        |o| &o.topic_counts,
        Filters::toggle_topic,
    );
    let organisation_options = facet(
        "org",
        programme.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect(),
        |f| &f.organisations,
        |o| &o.organisation_counts,
        Filters::toggle_organisation,
    );

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
                <fieldset>
                    <legend>"Topics"</legend>
                    <ul class="options">{topic_options}</ul>
                </fieldset>
                <fieldset>
                    <legend>"Organisations"</legend>
                    <ul class="options">{organisation_options}</ul>
                </fieldset>
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
