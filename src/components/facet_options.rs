//! The checkboxes of one facet (topics or organisations), each with how many sessions it would
//! give: the filter panel's and the Embed page's choices are the same control, and the app keeps
//! both up to date the same way (`crate::live::facets`).

use leptos::prelude::*;

use super::FilterOption;
use super::context::use_app_data;
use crate::contract::FACET;
use crate::programme::filter::Facet;

/// The facet's legend.
fn legend(facet: Facet) -> &'static str {
    match facet {
        Facet::Topics => "Topics",
        Facet::Organisations => "Organisations",
    }
}

/// A fieldset with one checkbox per option of `facet`, ids `<id_prefix>-<slug>`, none ticked.
#[component]
pub fn FacetOptions(
    facet: Facet,
    /// Starts every checkbox's element id, so several lists can share a page.
    id_prefix: &'static str,
    /// Sessions each option would give, in programme order.
    counts: Vec<usize>,
) -> AnyView {
    let programme = use_app_data().programme;
    let options = facet
        .options(&programme)
        .into_iter()
        .zip(counts)
        .map(|((slug, label), count)| view! { <FilterOption id=format!("{id_prefix}-{}", slug.as_str()) value=slug label count /> })
        .collect_view();
    // Type-erased: the filter panel's view type is otherwise deep enough to overflow the
    // compiler's query depth when the build renders the page natively.
    view! {
        <fieldset {..FACET.with(facet.name())}>
            <legend>{legend(facet)}</legend>
            <ul class="options">{options}</ul>
        </fieldset>
    }
    .into_any()
}
