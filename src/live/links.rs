//! Links between the app's views. The pages written at build time link to each other's files,
//! which work without JavaScript; the app points those links at its own addresses and follows a
//! plain click on any of them in place, with one listener for the whole document.

use leptos::prelude::*;
use web_sys::{Element, MouseEvent};

use super::dom::{find_all, set_attr};
use super::listen::{on, target_element};
use super::navigator::Navigator;
use crate::components::AppData;
use crate::routes::Route;

/// What the app's links are marked with (`AppLink`); "back" marks "Back to the programme".
const LINKS: &str = "a[data-link]";
const BACK: &str = "back";

/// Where the link `a` leads in the app.
fn route_of(a: &Element, navigator: Navigator, data: &AppData) -> Route {
    if a.get_attribute("data-link").as_deref() == Some(BACK) {
        return navigator.programme_to_return_to();
    }
    Route::from_href(&a.get_attribute("href").unwrap_or_default(), &data.programme)
}

/// Points every app link under `root` at the app's own address for it, so that opening one in a
/// new tab or copying it gives the view the app shows.
pub fn adopt(root: &Element, navigator: Navigator, data: &AppData) {
    for a in find_all(root, LINKS) {
        set_attr(&a, "href", &navigator.href(&route_of(&a, navigator, data)));
    }
}

/// Follows plain clicks on app links without reloading the page.
pub fn follow(navigator: Navigator, data: AppData) {
    on(&window(), "click", move |event| {
        let Some(click) = event.dyn_ref::<MouseEvent>() else { return };
        // Leave modified and middle clicks to the browser (new tab, new window, download).
        if click.default_prevented() || click.button() != 0 || click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key() {
            return;
        }
        let Some(a) = target_element(&event).and_then(|t| t.closest(LINKS).ok().flatten()) else { return };
        event.prevent_default();
        navigator.go(route_of(&a, navigator, &data));
    });
}

use wasm_bindgen::JsCast as _;
