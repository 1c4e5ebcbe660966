//! Links between the app's views. The pages written at build time link to each other's files,
//! which work without JavaScript; the app follows a plain click on any of them in place, with one
//! listener for the whole document. A link about to be opened some other way (a new tab, a copy,
//! a drag) is pointed at the app's own address for its view just before the browser reads it, so
//! the page written at start needs no rewriting.

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use web_sys::MouseEvent;

use super::adopt::{Found, around};
use super::dom::set_attr;
use super::navigator::Navigator;
use crate::browser::listen::{on, target_element};
use crate::components::AppData;
use crate::contract::parts::LINK;
use crate::contract::{APP_LINK, BACK_LINK};
use crate::routes::Route;

/// What comes before a link is opened other than by a plain click: a press (mouse, touch, pen:
/// before a middle click, a long press or a drag), the keyboard's focus (before Enter with a
/// modifier), and the context menu (before "open in new tab" or "copy link").
const ABOUT_TO_OPEN: [&str; 3] = ["pointerdown", "focusin", "contextmenu"];

/// Where the link `a` leads in the app.
fn route_of(a: &Found, navigator: Navigator, data: &AppData) -> Route {
    if a.value(APP_LINK) == BACK_LINK {
        return navigator.programme_to_return_to();
    }
    Route::from_href(&a.root().get_attribute("href").unwrap_or_default(), &data.programme)
}

/// The app link an event happened on, if any.
fn link_of(event: &web_sys::Event) -> Option<Found> {
    around(&target_element(event)?, &LINK)
}

/// Follows plain clicks on app links without reloading the page, and points a link at the app's
/// address for its view whenever it may be opened another way.
pub fn follow(navigator: Navigator, data: AppData) {
    let window = window();
    for name in ABOUT_TO_OPEN {
        let data = data.clone();
        on(&window, name, move |event| {
            if let Some(a) = link_of(&event) {
                set_attr(a.root(), "href", &navigator.href(&route_of(&a, navigator, &data)));
            }
        });
    }
    on(&window, "click", move |event| {
        let Some(click) = event.dyn_ref::<MouseEvent>() else { return };
        // Leave modified and middle clicks to the browser (new tab, new window, download).
        if click.default_prevented() || click.button() != 0 || click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key()
        {
            return;
        }
        let Some(a) = link_of(&event) else { return };
        event.prevent_default();
        navigator.go(route_of(&a, navigator, &data));
    });
}
