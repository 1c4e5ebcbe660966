//! The written subscribe links (`crate::components::SubscribeLinks`), rewritten for the topics and
//! organisations chosen, with the feeds' full addresses (which calendar apps need).

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::adopt;
use super::dom::{set_attr, set_text};
use super::effect::{effect, memo};
use crate::components::{AppData, feed_words, subscribe_words, webcal};
use crate::contract::parts::SUBSCRIBE_LINE;
use crate::contract::{FEED_ADDRESS, SUBSCRIBE_LINK};
use crate::programme::calendar::{FEED_DIR, subscriptions};
use crate::programme::filter::Filters;

/// Keeps the lines of `list` (the written subscribe links) to the feeds `filters` choose.
pub fn follow(list: &Element, filters: Memo<Filters>, data: &AppData) {
    // The written line (the whole programme) is the pattern of every line: its links are set for
    // each feed in turn, and the line copied.
    let Some(links) = adopt(list, &SUBSCRIBE_LINE) else { return };
    let Some(pattern) = list.first_element_child() else { return };
    let (subscribe, address) = (links.get(SUBSCRIBE_LINK), links.get(FEED_ADDRESS));
    let (list, programme) = (list.clone(), data.programme.clone());
    let folder = format!("{}{FEED_DIR}/", data.folder);
    // Typing in search changes the filters but not the feeds: the lines are rewritten only when
    // the feeds change.
    let feeds = memo(move || filters.with(|f| subscriptions(&programme, f)));
    effect(move || {
        list.set_text_content(None);
        for (name, file) in feeds.get() {
            let https = format!("{folder}{file}");
            set_attr(&subscribe, "href", &webcal(&https));
            set_text(&subscribe, &subscribe_words(&name));
            set_attr(&address, "href", &https);
            set_text(&address, &feed_words(&name));
            if let Ok(line) = pattern.clone_node_with_deep(true) {
                let _ = list.append_child(&line);
            }
        }
    });
}
