//! The written share controls (`crate::components::ShareControls`): the link that carries the
//! shortlist, for the system share sheet or the clipboard, and shown so it can be copied by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::{effect, memo};
use super::shortlist_state::ShortlistState;
use crate::browser::listen::on;
use crate::browser::page_address;
use crate::browser::share::{ShareOutcome, share_link};
use crate::contract::{SHARE, SHARE_BUTTON, SHARE_LINK, SHARE_STATUS};
use crate::programme::shortlist::share_param;
use crate::routes::{Route, address_in};

/// Shows the controls in the adopted shortlist `view` while something is shortlisted, with the
/// link to it.
pub fn adopt(view: &Found, state: ShortlistState, title: String) {
    let link = memo(move || address_in(&page_address(), &Route::Shared(state.list.with(share_param)).href()));
    let shown = view.get(SHARE);
    effect(move || set_hidden(&shown, state.list.with(|l| l.is_empty())));
    if let Ok(input) = view.get(SHARE_LINK).dyn_into::<HtmlInputElement>() {
        effect(move || input.set_value(&link.get()));
    }
    let (button, status) = (view.get(SHARE_BUTTON), view.get(SHARE_STATUS));
    on(&button, "click", move |_| {
        share_and_say(Sharing { title: title.clone(), text: String::new(), url: link.get_untracked() }, status.clone(), None)
    });
}

/// What is handed to the share sheet.
pub struct Sharing {
    pub title: String,
    /// A line under the title (none when empty).
    pub text: String,
    pub url: String,
}

/// Hands `shared` to the share sheet, or the clipboard, and says in `status` what happened; where
/// it was not shared, shows the address in `copy` (an element to reveal, and its field) to be
/// copied by hand. One writer for every share control (the shortlist's, a page's), and one task
/// type in the WebAssembly.
pub fn share_and_say(shared: Sharing, status: Element, copy: Option<(Element, HtmlInputElement)>) {
    spawn_local(async move {
        let outcome = share_link(&shared.title, &shared.text, &shared.url).await;
        set_text(
            &status,
            match outcome {
                ShareOutcome::Shared => "Shared.",
                ShareOutcome::Copied => "Link copied. Paste it wherever you like.",
                ShareOutcome::Failed => "Could not copy the link: select it below and copy it.",
                ShareOutcome::Cancelled => "",
            },
        );
        if let (Some((reveal, field)), ShareOutcome::Copied | ShareOutcome::Failed) = (copy, outcome) {
            field.set_value(&shared.url);
            set_hidden(&reveal, false);
        }
    });
}
