//! The written share controls (`crate::components::ShareControls`): the link that carries the
//! shortlist, for the system share sheet or the clipboard, and shown so it can be copied by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::dom::{find, set_hidden, set_text};
use super::effect::{effect, memo};
use super::shortlist_state::ShortlistState;
use crate::browser::listen::on;
use crate::browser::page_address;
use crate::browser::share::{ShareOutcome, share_link};
use crate::contract::{SHARE_BUTTON, SHARE_LINK, SHARE_STATUS};
use crate::programme::shortlist::share_param;
use crate::routes::Route;

/// Shows the controls in `section` while something is shortlisted, with the link to it.
pub fn adopt(section: &Element, state: ShortlistState, title: String) {
    let link = memo(move || {
        let href = Route::Shared(state.list.with(share_param)).href();
        format!("{}{}", page_address(), href.strip_prefix("./").unwrap_or(&href))
    });
    let shown = section.clone();
    effect(move || set_hidden(&shown, state.list.with(|l| l.is_empty())));
    if let Some(input) = find(section, SHARE_LINK).and_then(|i| i.dyn_into::<HtmlInputElement>().ok()) {
        effect(move || input.set_value(&link.get()));
    }
    let (Some(button), Some(status)) = (find(section, SHARE_BUTTON), find(section, SHARE_STATUS)) else { return };
    on(&button, "click", move |_| {
        let (title, url, status) = (title.clone(), link.get_untracked(), status.clone());
        spawn_local(async move {
            let said = match share_link(&title, "", &url).await {
                ShareOutcome::Shared => "Shared.",
                ShareOutcome::Copied => "Link copied. Paste it wherever you like.",
                ShareOutcome::Failed => "Could not copy the link: select it below and copy it.",
                ShareOutcome::Cancelled => "",
            };
            set_text(&status, said);
        });
    });
}
