//! The toolkit's written page (`crate::components::ToolkitView`), shown in place: its filters
//! follow the address, and show and hide its resources and topics. The resources' text is the
//! page's own, with the search text the build wrote on each; the app reads them from there,
//! never carrying them in the WebAssembly.

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::{adopt as adopt_part, adopt_all};
use super::dom::set_hidden;
use super::effect::{effect, memo};
use super::filter_panel::{self, TOOLKIT};
use super::navigator::Navigator;
use super::results;
use crate::components::use_app_data;
use crate::contract::parts::{A_RESOURCE, TOOLKIT_TOPIC, TOOLKIT_VIEW};
use crate::contract::read::slugs;
use crate::contract::{FILTER_PANEL, RESOURCE, SEARCH_TEXT, TOOLKIT_SECTION, TOPICS};
use crate::programme::filter::Filters;
use crate::programme::toolkit::ToolkitIndex;
use crate::routes::Route;

/// One resource as listed under one topic: its list item, and its place among the resources.
struct Item {
    element: Element,
    resource: usize,
}

/// Fills the toolkit's view `view` and follows its filters.
pub fn adopt(view: &Element, navigator: Navigator) {
    let Some(view) = adopt_part(view, &TOOLKIT_VIEW) else { return };
    let programme = use_app_data().programme;
    let (mut found, mut read) = (Vec::<String>::new(), Vec::<(Vec<String>, String)>::new());
    let mut sections: Vec<(Element, String, Vec<Item>)> = Vec::new();
    for section in adopt_all(view.root(), &TOOLKIT_TOPIC) {
        let topic = section.value(TOOLKIT_SECTION);
        let mut items = Vec::new();
        for resource in adopt_all(section.root(), &A_RESOURCE) {
            let slug = resource.value(RESOURCE);
            let place = found.iter().position(|s| *s == slug).unwrap_or_else(|| {
                let topics = slugs(&resource.value(TOPICS)).into_iter().map(|s| s.0).collect();
                read.push((topics, resource.value(SEARCH_TEXT)));
                found.push(slug);
                found.len() - 1
            });
            if let Some(element) = resource.root().parent_element() {
                items.push(Item { element, resource: place });
            }
        }
        sections.push((section.root().clone(), topic, items));
    }
    let total = read.len();
    let topics = programme.topics.iter().map(|t| t.slug.clone()).collect();
    let index = ToolkitIndex::new(read.iter().map(|(topics, text)| (topics.iter().map(String::as_str).collect(), text.clone())), topics);

    let filters = memo(move || match navigator.route.get() {
        Route::Toolkit(filters) => filters,
        _ => Filters::default(),
    });
    let outcome = memo(move || filters.with(|f| index.apply(f)));
    if let Some(panel) = adopt_part(&view.get(FILTER_PANEL), TOOLKIT.part) {
        filter_panel::adopt(&panel, navigator, TOOLKIT, filters, outcome);
    }
    effect(move || {
        let chosen = filters.with(|f| f.topics.clone());
        outcome.with(|o| {
            for (section, topic, items) in &sections {
                let wanted = chosen.is_empty() || chosen.iter().any(|t| t.as_str() == topic);
                let mut any = false;
                for item in items {
                    let shown = wanted && o.visible.get(item.resource).copied().unwrap_or(false);
                    any |= shown;
                    set_hidden(&item.element, !shown);
                }
                set_hidden(section, !any);
            }
        })
    });
    results::follow(&view, navigator, TOOLKIT, total, filters, outcome);
}
