//! The written share controls of pages (`crate::components::SharePage`), wherever they show (the
//! programme, a session's view): one listener for the whole document hands the page's address to
//! the system's share sheet, or copies it and shows it to be copied by hand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::adopt::around;
use super::navigator::Navigator;
use super::share_controls::{Sharing, share_and_say};
use crate::browser::app_folder;
use crate::browser::listen::{on, target_element};
use crate::contract::parts::{PAGE_SHARE, PAGE_SHARE_LINK};
use crate::contract::{SHARE_PAGE, SHARE_PAGE_ADDRESS, SHARE_PAGE_COPY, SHARE_PAGE_STATUS, SHARE_TEXT, SHARE_TITLE, Shared};
use crate::routes::{Route, address_in};

/// Handles a press on any page's share link.
pub fn follow(navigator: Navigator) {
    on(&window(), "click", move |event| {
        let Some(link) = target_element(&event).and_then(|target| around(&target, &PAGE_SHARE_LINK)) else { return };
        let Some(control) = around(link.root(), &PAGE_SHARE) else { return };
        event.prevent_default();
        // The programme is shared as it is now, with its filters, at the full app's address (not
        // a member's frame's); a session by its own page, whose preview names it.
        let here = control.value(SHARE_PAGE) == Shared::Here.name();
        let href = if here { navigator.route.with_untracked(Route::href) } else { link.root().get_attribute("href").unwrap_or_default() };
        let url = address_in(&app_folder(), &href);
        let (title, text) = (link.value(SHARE_TITLE), link.value(SHARE_TEXT));
        let address = control.get(SHARE_PAGE_ADDRESS).dyn_into::<HtmlInputElement>().ok();
        share_and_say(Sharing { title, text, url }, control.get(SHARE_PAGE_STATUS), address.map(|a| (control.get(SHARE_PAGE_COPY), a)));
    });
}
