//! The sessions' descriptions for search, fetched from the file the build wrote when the person
//! first goes to search (or arrives with a search) rather than carried in the WebAssembly of every
//! visit. Until they arrive, search finds words in the titles, speakers, topics and organisations;
//! if they cannot be had (offline before the guide was kept for offline use), the note under the
//! field says so, and the next time the person goes to search they are asked for again.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use super::adopt::Found;
use super::dom::set_text;
use super::effect::effect;
use crate::browser::fetch::when_fetched;
use crate::browser::listen::on;
use crate::contract::{SEARCH, SEARCH_NOTE};
use crate::programme::Programme;
use crate::programme::filter::{FilterIndex, Filters};
use crate::programme::search::read_descriptions;
use crate::routes::DESCRIPTIONS_FILE;

/// Said under the search field when the descriptions could not be fetched.
pub const UNAVAILABLE: &str = "The sessions' descriptions could not be loaded, so search looks only at titles, speakers, topics and organisations. Try again when you are back online.";

/// Where the fetch is: asked for (on its way, or come) is one state, as nothing tells them apart.
#[derive(Clone, Copy, PartialEq)]
enum State {
    NotAsked,
    Asked,
    Failed,
}

/// Fetches the descriptions into `index`, telling `described`, once the search field of `panel`
/// (the programme's, adopted) is focused (or already is) or `filters` hold a search; after a
/// failure, the next focus tries again.
pub fn follow(panel: &Found, filters: Memo<Filters>, index: Arc<FilterIndex>, described: Trigger, programme: Arc<Programme>) {
    let (field, note) = (panel.get(SEARCH), panel.get(SEARCH_NOTE));
    let state = Rc::new(Cell::new(State::NotAsked));
    let asked = state.clone();
    let fetch = Rc::new(move || {
        asked.set(State::Asked);
        let (state, note, programme, index) = (asked.clone(), note.clone(), programme.clone(), index.clone());
        when_fetched(DESCRIPTIONS_FILE, move |file| match file {
            Some(file) => {
                index.add_descriptions(read_descriptions(&programme, &file));
                described.notify();
                set_text(&note, "");
            }
            None => {
                state.set(State::Failed);
                set_text(&note, UNAVAILABLE);
            }
        });
    });
    let (on_focus, state_now) = (fetch.clone(), state.clone());
    on(&field, "focus", move |_| {
        if matches!(state_now.get(), State::NotAsked | State::Failed) {
            on_focus();
        }
    });
    // The person may have gone to search already, while the app was starting.
    let focused = document().active_element().is_some_and(|active| active == field);
    effect(move || {
        if state.get() == State::NotAsked && (focused || filters.with(|f| !f.search.trim().is_empty())) {
            fetch();
        }
    });
}
