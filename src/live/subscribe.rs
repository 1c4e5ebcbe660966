//! The written subscribe links (`crate::components::SubscribeLinks`), rewritten for the topics and
//! organisations chosen, with the feeds' full addresses (which calendar apps need).

use leptos::prelude::*;
use web_sys::Element;

use super::dom::find;
use super::effect::{effect, memo};
use crate::components::{AppData, webcal};
use crate::contract::{FEED_ADDRESS, SUBSCRIBE_LINK};
use crate::programme::calendar::{FEED_DIR, subscriptions};
use crate::programme::filter::Filters;

/// Keeps the lines of `list` (the written subscribe links) to the feeds `filters` choose.
pub fn follow(list: &Element, filters: Memo<Filters>, data: &AppData) {
    // The written line (the whole programme) is the pattern of every line.
    let Some(pattern) = list.first_element_child() else { return };
    let (list, programme) = (list.clone(), data.programme.clone());
    let folder = format!("{}{FEED_DIR}/", data.folder);
    // Typing in search changes the filters but not the feeds: the lines are rewritten only when
    // the feeds change.
    let feeds = memo(move || filters.with(|f| subscriptions(&programme, f)));
    effect(move || {
        list.set_text_content(None);
        for (name, file) in feeds.get() {
            let Ok(line) = pattern.clone_node_with_deep(true) else { continue };
            let line: Element = wasm_bindgen::JsCast::unchecked_into(line);
            let https = format!("{folder}{file}");
            if let (Some(subscribe), Some(address)) = (find(&line, SUBSCRIBE_LINK), find(&line, FEED_ADDRESS)) {
                let _ = subscribe.set_attribute("href", &webcal(&https));
                subscribe.set_text_content(Some(&format!("Subscribe to {name}")));
                let _ = address.set_attribute("href", &https);
                address.set_text_content(Some(&format!("feed address for {name}")));
            }
            let _ = list.append_child(&line);
        }
    });
}
