//! The written site header (`SiteHeader`): the shortlist's count in the navigation, and which
//! entry is the current page. Inside a member's frame the app shows its own bar instead.

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::dom::{find, find_all, set_text};
use super::navigator::Navigator;
use super::shortlist_state::ShortlistState;
use crate::components::{AppData, EmbedBar};
use crate::routes::Route;
use super::effect::effect;

/// Keeps the header's count and current entry true.
pub fn adopt(header: &Element, navigator: Navigator, state: ShortlistState, data: &AppData) {
    if let Some(count) = find(header, ".shortlist-count") {
        effect(move || set_text(&count, &match state.list.with(|l| l.len()) { 0 => String::new(), n => format!(" ({n})") }));
    }
    let links: Vec<(Element, Route)> = find_all(header, "nav a[data-link]")
        .into_iter()
        .map(|a| {
            let route = Route::from_href(&a.get_attribute("href").unwrap_or_default(), &data.programme);
            (a, route)
        })
        .collect();
    effect(move || {
        let current = navigator.route.with(Route::nav_entry);
        for (a, route) in &links {
            let _ = if current.as_ref() == Some(route) { a.set_attribute("aria-current", "page") } else { a.remove_attribute("aria-current") };
        }
    });
}

/// Replaces the skip link and the header with the embedded app's bar.
pub fn replace_with_embed_bar(header: &Element, title: String) {
    let document = document();
    if let Ok(Some(skip)) = document.query_selector(".skip-link") {
        skip.remove();
    }
    let Ok(host) = document.create_element("div") else { return };
    let _ = header.replace_with_with_node_1(&host);
    if let Ok(host) = host.dyn_into::<HtmlElement>() {
        mount_to(host, move || view! { <EmbedBar title /> }).forget();
    }
}
