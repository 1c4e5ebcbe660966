//! The written share controls of pages (`crate::components::SharePage`), wherever they show (the
//! programme, a session's view): one listener for the whole document hands the page's address to
//! the system's share sheet, or copies it and shows it to be copied by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlInputElement};

use super::dom::{closest, find, set_hidden, set_text, value};
use super::navigator::Navigator;
use crate::browser::app_folder;
use crate::browser::listen::{on, target_element};
use crate::browser::share::{ShareOutcome, share_link};
use crate::contract::{
    SHARE_PAGE, SHARE_PAGE_ADDRESS, SHARE_PAGE_COPY, SHARE_PAGE_LINK, SHARE_PAGE_STATUS, SHARE_TEXT, SHARE_TITLE, Shared,
};
use crate::routes::Route;

/// Handles a press on any page's share link.
pub fn follow(navigator: Navigator) {
    on(&window(), "click", move |event| {
        let Some(link) = target_element(&event).and_then(|target| closest(&target, SHARE_PAGE_LINK)) else { return };
        let Some(control) = closest(&link, SHARE_PAGE) else { return };
        event.prevent_default();
        // The programme is shared as it is now, with its filters, at the full app's address (not
        // a member's frame's); a session by its own page, whose preview names it.
        let url = if value(&control, SHARE_PAGE).as_deref() == Some(Shared::Here.name()) {
            let href = navigator.route.with_untracked(Route::href);
            format!("{}{}", app_folder(), href.strip_prefix("./").unwrap_or(&href))
        } else {
            link.dyn_ref::<HtmlAnchorElement>().map(HtmlAnchorElement::href).unwrap_or_default()
        };
        let (title, text) = (value(&link, SHARE_TITLE).unwrap_or_default(), value(&link, SHARE_TEXT).unwrap_or_default());
        let (status, copy) = (find(&control, SHARE_PAGE_STATUS), find(&control, SHARE_PAGE_COPY));
        let address = find(&control, SHARE_PAGE_ADDRESS).and_then(|a| a.dyn_into::<HtmlInputElement>().ok());
        spawn_local(async move {
            let outcome = share_link(&title, &text, &url).await;
            let said = match outcome {
                ShareOutcome::Shared => "Shared.",
                ShareOutcome::Copied => "Link copied: paste it wherever you like. It is below too.",
                ShareOutcome::Failed => "Copy the link below to share it.",
                ShareOutcome::Cancelled => "",
            };
            if let Some(status) = &status {
                set_text(status, said);
            }
            if let (Some(copy), Some(address), ShareOutcome::Copied | ShareOutcome::Failed) = (&copy, &address, outcome) {
                address.set_value(&url);
                set_hidden(copy, false);
            }
        });
    });
}
