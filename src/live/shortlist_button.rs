//! The shortlist buttons on every session, wherever it shows (the programme, a detail, a copied
//! card): one listener for the whole document, and one effect that keeps each button's
//! `aria-pressed` (its whole state, see `ShortlistButton`) true to the shortlist. "Add to
//! calendar" is a plain link to the file the build wrote, which needs no app.

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::{adopt_all, around, document_root};
use super::dom::set_attr;
use super::effect::effect;
use super::session_card::WrittenCards;
use super::shortlist_state::ShortlistState;
use crate::browser::listen::{on, target_element};
use crate::contract::SHORTLIST_BUTTON;
use crate::contract::parts::SHORTLIST_TOGGLE;
use crate::programme::Slug;
use crate::programme::shortlist::Shortlist;

/// Handles every session's shortlist button and keeps it pressed or not.
pub fn follow(state: ShortlistState, cards: WrittenCards) {
    on(&window(), "click", move |event| {
        let Some(target) = target_element(&event) else { return };
        let button = around(&target, &SHORTLIST_TOGGLE).map(|b| b.value(SHORTLIST_BUTTON));
        if let Some(slug) = button {
            state.toggle(&Slug(slug));
        }
    });
    effect(move || {
        state.list.with(|list| {
            if let Some(html) = document_root() {
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
    for button in adopt_all(root, &SHORTLIST_TOGGLE) {
        let on = list.contains(&Slug(button.value(SHORTLIST_BUTTON)));
        set_attr(button.root(), "aria-pressed", if on { "true" } else { "false" });
    }
}
