//! The toolkit's written page (`crate::components::ToolkitView`), shown in place: its filters
//! follow the address, and show and hide its resources and topics. The resources' text is the
//! page's own, with the search text the build wrote on each; the app reads them from there,
//! never carrying them in the WebAssembly.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{find, find_all, set_hidden};
use super::effect::{effect, memo};
use super::filter_panel::{self, Narrows};
use super::navigator::Navigator;
use super::results;
use crate::components::use_app_data;
use crate::programme::filter::Filters;
use crate::programme::text::resources;
use crate::programme::toolkit::ToolkitIndex;
use crate::routes::Route;

/// The toolkit's panel.
const TOOLKIT: Narrows = Narrows { route: Route::Toolkit, count: resources };

/// One resource as listed under one topic: its list item, and its place among the resources.
struct Item {
    element: Element,
    resource: usize,
}

/// Fills the toolkit's view `view` and follows its filters.
pub fn adopt(view: &Element, navigator: Navigator) {
    let programme = use_app_data().programme;
    let (mut slugs, mut found) = (Vec::<String>::new(), Vec::<(Vec<String>, String)>::new());
    let mut sections: Vec<(Element, String, Vec<Item>)> = Vec::new();
    for section in find_all(view, "section.toolkit-topic") {
        let topic = section.get_attribute("data-topic").unwrap_or_default();
        let mut items = Vec::new();
        for article in find_all(&section, "article.resource") {
            let slug = article.get_attribute("data-slug").unwrap_or_default();
            let resource = slugs.iter().position(|s| *s == slug).unwrap_or_else(|| {
                let attribute = |name: &str| article.get_attribute(name).unwrap_or_default();
                let topics = attribute("data-topics").split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect();
                found.push((topics, attribute("data-search")));
                slugs.push(slug);
                slugs.len() - 1
            });
            if let Some(element) = article.parent_element() {
                items.push(Item { element, resource });
            }
        }
        sections.push((section, topic, items));
    }
    let total = found.len();
    let topics = programme.topics.iter().map(|t| t.slug.clone()).collect();
    let index = ToolkitIndex::new(found.iter().map(|(topics, text)| (topics.iter().map(String::as_str).collect(), text.clone())), topics);

    let filters = memo(move || match navigator.route.get() {
        Route::Toolkit(filters) => filters,
        _ => Filters::default(),
    });
    let outcome = memo(move || filters.with(|f| index.apply(f)));
    if let Some(panel) = find(view, ".filter-panel") {
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
    results::follow(view, navigator, TOOLKIT, total, filters, outcome);
}
