//! The checkboxes of one facet (topics or organisations), each with how many sessions it would
//! give: the filter panel's and the Embed page's choices are the same control, and the app keeps
//! both up to date the same way (`crate::live::facets`).

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
    /// Its name in the page (`data-facet`).
    pub fn name(self) -> &'static str {
        match self {
            Facet::Topics => "topics",
            Facet::Organisations => "organisations",
        }
    }

    /// The facet named `name` in the page.
    pub fn from_name(name: &str) -> Option<Facet> {
        [Facet::Topics, Facet::Organisations].into_iter().find(|f| f.name() == name)
    }

    fn legend(self) -> &'static str {
        match self {
            Facet::Topics => "Topics",
            Facet::Organisations => "Organisations",
        }
    }

    /// Every option's slug and name, in programme order.
    pub fn options(self, programme: &Programme) -> Vec<(Slug, String)> {
        match self {
            Facet::Topics => programme.topics.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
            Facet::Organisations => programme.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect(),
        }
    }

    /// The options chosen in `filters`.
    pub fn chosen(self, filters: &Filters) -> &[Slug] {
        match self {
            Facet::Topics => &filters.topics,
            Facet::Organisations => &filters.organisations,
        }
    }

    /// How many sessions each option gives, in programme order.
    pub fn counts(self, outcome: &Outcome) -> &[usize] {
        match self {
            Facet::Topics => &outcome.topic_counts,
            Facet::Organisations => &outcome.organisation_counts,
        }
    }

    /// `filters` with `slug` ticked or unticked.
    pub fn toggle(self, filters: &Filters, programme: &Programme, slug: &Slug) -> Filters {
        match self {
            Facet::Topics => filters.toggle_topic(programme, slug),
            Facet::Organisations => filters.toggle_organisation(programme, slug),
        }
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
        <fieldset data-facet=facet.name()>
            <legend>{facet.legend()}</legend>
            <ul class="options">{options}</ul>
        </fieldset>
    }
    .into_any()
}
