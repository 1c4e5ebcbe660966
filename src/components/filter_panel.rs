//! The controls that narrow the programme: search, when, topics and organisations. On a phone the
//! options fold into a sheet that opens from a "Filters" button and covers only the lower part of
//! the screen, so the results stay in view; on a wide screen they sit beside the results.
//! Written with nothing chosen; the app adopts the controls as they are, with whatever the person
//! typed or ticked before it started (`crate::live::filter_panel`).

use leptos::prelude::*;

use super::FacetOptions;
use crate::contract::{CLEAR_FILTERS, FILTER_PANEL, FILTER_SHEET, FILTER_TOGGLE, SEARCH, SEARCH_NOTE, SHOW_RESULTS, WHEN_OPTION};
use crate::programme::filter::{Facet, Outcome, When};
use crate::programme::text::{resources, sessions};

/// What the sheet's button says: "Show 3 sessions". Written here and by the app as the filters change.
pub fn show_results(shown: &str) -> String {
    format!("Show {shown}")
}

/// What the "Filters" button says with `active` filters chosen: "Filters", "Filters (2)".
pub fn filters_label(active: usize) -> String {
    match active {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n})"),
    }
}

/// Search box, "Filters" button and the option sheet, with the counts of `outcome`.
#[component]
pub fn FilterPanel(
    /// What the unfiltered programme (or toolkit) gives, with a count for every option.
    outcome: Outcome,
    /// For the toolkit, which is narrowed by topic and search only.
    #[prop(optional)]
    toolkit: bool,
) -> AnyView {
    let shown = if toolkit { resources(outcome.count) } else { sessions(outcome.count) };
    let when_options = When::ALL
        .into_iter()
        .map(|when| {
            let id = format!("when-{}", when.slug());
            view! {
                <li class="option">
                    <input type="radio" name="when" {..WHEN_OPTION.mark()} id=id.clone() value=when.slug() checked=when == When::All />
                    <label for=id>{when.label()}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="filter-panel" {..FILTER_PANEL.mark()}>
            <div class="search-row">
                <label for="search">"Search"</label>
                <input id="search" type="search" autocomplete="off" spellcheck="false" {..SEARCH.mark()} />
                <button
                    type="button"
                    class="button filter-toggle"
                    aria-expanded="false"
                    aria-controls="filter-options"
                    {..FILTER_TOGGLE.mark()}
                >
                    {filters_label(0)}
                </button>
            </div>
            // Where the app says that search could not have the sessions' descriptions
            // (`crate::live::descriptions`); the toolkit's page holds its own search texts.
            {(!toolkit).then(|| view! { <p class="search-note" role="status" {..SEARCH_NOTE.mark()}></p> })}
            <div id="filter-options" class="filter-options" {..FILTER_SHEET.mark()}>
                <div class="sheet-head">
                    <h2>"Filters"</h2>
                    <button type="button" class="button sheet-close" {..SHOW_RESULTS.mark()}>
                        {show_results(&shown)}
                    </button>
                </div>
                {(!toolkit)
                    .then(|| {
                        view! {
                            <fieldset>
                                <legend>"When"</legend>
                                <ul class="options">{when_options}</ul>
                            </fieldset>
                        }
                    })}
                <FacetOptions facet=Facet::Topics id_prefix="topic" counts=outcome.topic_counts />
                {(!toolkit)
                    .then(|| view! { <FacetOptions facet=Facet::Organisations id_prefix="org" counts=outcome.organisation_counts /> })}
                <button type="button" class="button clear-filters" disabled {..CLEAR_FILTERS.mark()}>
                    "Clear all filters"
                </button>
            </div>
        </div>
    }
    // Type-erased: the programme's view type is otherwise deep enough to overflow the
    // compiler's query depth when the build renders the page natively.
    .into_any()
}
