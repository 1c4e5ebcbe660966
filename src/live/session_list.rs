//! A view's list of sessions (`crate::components::SessionList`): copies of the programme's
//! written cards, never cards built again.

use leptos::prelude::*;

use super::adopt::Found;
use super::dom::set_hidden;
use super::effect::effect;
use super::session_card::WrittenCards;
use crate::contract::{LIST_HEADING, SESSION_LIST};
use crate::programme::Slug;

/// Fills the list of the adopted `view` with copies of the programme's written `cards` of
/// `slugs`, whenever they change; the list and its heading are hidden while there are none.
pub fn fill(view: &Found, slugs: Memo<Vec<Slug>>, cards: WrittenCards) {
    let (heading, list) = (view.get(LIST_HEADING), view.get(SESSION_LIST));
    effect(move || {
        slugs.with(|slugs| {
            set_hidden(&heading, slugs.is_empty());
            set_hidden(&list, slugs.is_empty());
            list.set_text_content(None);
            cards.fill(&list, slugs);
        })
    });
}
