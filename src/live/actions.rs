//! The buttons on every session, wherever it shows (the programme, a detail, a copied card):
//! one listener for the whole document, and one effect that keeps each shortlist button's
//! `aria-pressed` (its whole state, see `ShortlistButton`) true to the shortlist.

use leptos::prelude::*;
use web_sys::Element;

use super::cards::WrittenCards;
use super::dom::{find_all, set_attr};
use super::effect::effect;
use super::listen::{on, target_element};
use super::shortlist_state::ShortlistState;
use crate::browser;
use crate::components::AppData;
use crate::programme::Slug;
use crate::programme::calendar::{CalendarInfo, calendar};
use crate::programme::shortlist::Shortlist;

const SHORTLIST: &str = "data-shortlist";
const CALENDAR: &str = "data-calendar";

/// Handles every session's buttons and keeps the shortlist buttons pressed or not.
pub fn follow(state: ShortlistState, data: AppData, cards: WrittenCards) {
    on(&window(), "click", move |event| {
        let Some(target) = target_element(&event) else { return };
        let button = |attr: &str| target.closest(&format!("[{attr}]")).ok().flatten().and_then(|b| b.get_attribute(attr));
        if let Some(slug) = button(SHORTLIST) {
            state.toggle(&Slug(slug));
        } else if let Some(slug) = button(CALENDAR) {
            let programme = &data.programme;
            let Some(session) = programme.session(&slug) else { return };
            let text = calendar(programme, &[session], &CalendarInfo { name: None, stamp: browser::now() });
            browser::download(&format!("{slug}.ics"), "text/calendar", &text);
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
    for button in find_all(root, &format!("[{SHORTLIST}]")) {
        let on = button.get_attribute(SHORTLIST).is_some_and(|slug| list.contains(&Slug(slug)));
        set_attr(&button, "aria-pressed", if on { "true" } else { "false" });
    }
}
