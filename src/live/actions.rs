//! The shortlist buttons on every session, wherever it shows (the programme, a detail, a copied
//! card): one listener for the whole document, and one effect that keeps each button's
//! `aria-pressed` (its whole state, see `ShortlistButton`) true to the shortlist. "Add to
//! calendar" is a plain link to the file the build wrote, which needs no app.

use leptos::prelude::*;
use web_sys::Element;

use super::cards::WrittenCards;
use super::dom::{closest, find_all, set_attr, value};
use super::effect::effect;
use super::shortlist_state::ShortlistState;
use crate::browser::listen::{on, target_element};
use crate::contract::SHORTLIST_BUTTON;
use crate::programme::Slug;
use crate::programme::shortlist::Shortlist;

/// Handles every session's shortlist button and keeps it pressed or not.
pub fn follow(state: ShortlistState, cards: WrittenCards) {
    on(&window(), "click", move |event| {
        let Some(target) = target_element(&event) else { return };
        let button = closest(&target, SHORTLIST_BUTTON).and_then(|b| value(&b, SHORTLIST_BUTTON));
        if let Some(slug) = button {
            state.toggle(&Slug(slug));
        }
    });
    effect(move || {
        state.list.with(|list| {
            if let Some(html) = super::dom::root() {
                mark(&html, list);
            }
            // The programme keeps its marks while another view shows: the copies made of its
            // cards, and the programme itself on the way back, are then right at once.
            if !cards.root().is_connected() {
                mark(cards.root(), list);
            }
        });
    });
}

/// Presses the shortlist buttons under `root` whose session is on `list`, and releases the others.
pub fn mark(root: &Element, list: &Shortlist) {
    for button in find_all(root, SHORTLIST_BUTTON) {
        let on = value(&button, SHORTLIST_BUTTON).is_some_and(|slug| list.contains(&Slug(slug)));
        set_attr(&button, "aria-pressed", if on { "true" } else { "false" });
    }
}
