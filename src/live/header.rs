//! The written site header (`SiteHeader`): the shortlist's count in the navigation, and which
//! entry is the current page. Inside a member's frame the app shows the embed bar instead.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{find, find_all, root, set_attr, set_hidden, set_text};
use super::effect::effect;
use super::navigator::Navigator;
use super::shortlist_state::ShortlistState;
use super::template;
use crate::components::AppData;
use crate::contract::{APP_LINK, EMBED_OFFER, NAV, OPEN_FULL, OPEN_WITH_SHORTLIST, SHORTLIST_COUNT, SKIP_LINK, Template};
use crate::programme::shortlist::share_param;
use crate::routes::Route;

/// Keeps the header's count and current entry true.
pub fn adopt(header: &Element, navigator: Navigator, state: ShortlistState, data: &AppData) {
    if let Some(count) = find(header, SHORTLIST_COUNT) {
        effect(move || {
            set_text(
                &count,
                &match state.list.with(|l| l.len()) {
                    0 => String::new(),
                    n => format!(" ({n})"),
                },
            )
        });
    }
    let links: Vec<(Element, Route)> = find(header, NAV)
        .map(|nav| find_all(&nav, APP_LINK))
        .unwrap_or_default()
        .into_iter()
        .map(|a| {
            let route = Route::from_href(&a.get_attribute("href").unwrap_or_default(), &data.programme);
            (a, route)
        })
        .collect();
    effect(move || {
        let current = navigator.route.with(Route::nav_entry);
        for (a, route) in &links {
            let _ =
                if current.as_ref() == Some(route) { a.set_attribute("aria-current", "page") } else { a.remove_attribute("aria-current") };
        }
    });
}

/// Puts the embed bar in place of the skip link and the header (and takes out the footer's offer
/// to embed the app, inside an embed), and keeps the bar's ways out to the full app true: the
/// view showing now, and the person's shortlist.
pub fn replace_with_embed_bar(header: &Element, navigator: Navigator, state: ShortlistState) {
    let Some(document) = root() else { return };
    let Some(bar) = template::first(Template::EmbedBar) else { return };
    for gone in [SKIP_LINK, EMBED_OFFER] {
        if let Some(element) = find(&document, gone) {
            element.remove();
        }
    }
    let _ = header.replace_with_with_node_1(&bar);
    if let Some(full) = find(&bar, OPEN_FULL) {
        effect(move || set_attr(&full, "href", &navigator.route.with(Route::href)));
    }
    if let Some(carry) = find(&bar, OPEN_WITH_SHORTLIST) {
        effect(move || {
            state.list.with(|list| {
                set_hidden(&carry, list.is_empty());
                set_attr(&carry, "href", &Route::Shared(share_param(list)).href());
                set_text(&carry, &format!("Open in the full app with my shortlist ({})", list.len()));
            })
        });
    }
}
