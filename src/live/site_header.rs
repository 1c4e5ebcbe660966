//! The written site header (`SiteHeader`): the shortlist's count in the navigation, and which
//! entry is the current page. (Inside a member's frame the app shows the frame's bar instead:
//! `super::frame_bar`.)

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::{Found, adopt as adopt_part};
use super::dom::set_text;
use super::effect::effect;
use super::navigator::Navigator;
use super::shortlist_state::ShortlistState;
use crate::components::AppData;
use crate::contract::parts::NAVIGATION;
use crate::contract::{APP_LINK, NAV, SHORTLIST_COUNT};
use crate::routes::Route;

/// Keeps the count and the current entry of `header` (adopted) true.
pub fn adopt(header: &Found, navigator: Navigator, state: ShortlistState, data: &AppData) {
    let count = header.get(SHORTLIST_COUNT);
    effect(move || {
        set_text(
            &count,
            &match state.list.with(|l| l.len()) {
                0 => String::new(),
                n => format!(" ({n})"),
            },
        )
    });
    let nav = adopt_part(&header.get(NAV), &NAVIGATION);
    let links: Vec<(Element, Route)> = nav
        .map(|nav| nav.all(APP_LINK))
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
