//! The checkboxes of one facet (topics or organisations), each with how many sessions it would
//! give: the filter panel's and the Embed page's choices are the same control.

use leptos::prelude::*;

use super::FilterOption;
use super::context::use_app_data;
use crate::programme::filter::{Filters, Outcome};
use crate::programme::{Programme, Slug};

/// Which facet of the filters a list of checkboxes chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Topics,
    Organisations,
}

impl Facet {
    fn legend(self) -> &'static str {
        match self {
            Facet::Topics => "Topics",
            Facet::Organisations => "Organisations",
        }
    }

    fn options(self, programme: &Programme) -> Vec<(Slug, String)> {
        match self {
            Facet::Topics => programme.topics.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
            Facet::Organisations => programme.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect(),
        }
    }

    fn chosen(self, filters: &Filters) -> &[Slug] {
        match self {
            Facet::Topics => &filters.topics,
            Facet::Organisations => &filters.organisations,
        }
    }

    fn counts(self, outcome: &Outcome) -> &[usize] {
        match self {
            Facet::Topics => &outcome.topic_counts,
            Facet::Organisations => &outcome.organisation_counts,
        }
    }

    fn toggle(self, filters: &Filters, programme: &Programme, slug: &Slug) -> Filters {
        match self {
            Facet::Topics => filters.toggle_topic(programme, slug),
            Facet::Organisations => filters.toggle_organisation(programme, slug),
        }
    }
}

/// A fieldset with one checkbox per option of `facet`, ids `<id_prefix>-<slug>`; ticking one
/// hands the changed filters to `on_change`.
#[component]
pub fn FacetOptions(
    facet: Facet,
    /// Starts every checkbox's element id, so several lists can share a page.
    id_prefix: &'static str,
    /// The filters the checkboxes show.
    filters: Signal<Filters>,
    /// What they give, with a count for every option.
    outcome: Memo<Outcome>,
    /// Called with the filters after a tick or untick.
    on_change: Callback<Filters>,
) -> AnyView {
    let programme = use_app_data().programme;
    let options = facet
        .options(&programme)
        .into_iter()
        .enumerate()
        .map(|(i, (slug, label))| {
            let (programme, checked_slug) = (programme.clone(), slug.clone());
            view! {
                <FilterOption
                    id=format!("{id_prefix}-{}", slug.as_str())
                    label
                    checked=Signal::derive(move || filters.with(|f| facet.chosen(f).contains(&checked_slug)))
                    count=Signal::derive(move || outcome.with(|o| facet.counts(o).get(i).copied().unwrap_or(0)))
                    on_toggle=Callback::new(move |_| on_change.run(facet.toggle(&filters.get_untracked(), &programme, &slug)))
                />
            }
        })
        .collect_view();
    // Type-erased: the filter panel's view type is otherwise deep enough to overflow the
    // compiler's query depth when the build renders the page natively.
    view! {
        <fieldset>
            <legend>{facet.legend()}</legend>
            <ul class="options">{options}</ul>
        </fieldset>
    }
    .into_any()
}
