//! The shortlist as the views see it: a signal kept in step with storage and with other tabs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::listen::on;
use crate::components::provided;
use crate::programme::Slug;
use crate::programme::shortlist::Shortlist;
use crate::storage::{self, Health};

/// The person's shortlist and the state of its storage, shared by every view.
#[derive(Clone, Copy)]
pub struct ShortlistState {
    pub list: RwSignal<Shortlist>,
    pub health: RwSignal<Health>,
    /// Whether the browser has been asked to keep storage (once per visit is enough).
    asked_to_persist: StoredValue<bool>,
}

impl ShortlistState {
    /// The shortlist as stored, following changes made in other tabs for as long as the app runs.
    pub fn load_and_follow() -> ShortlistState {
        let loaded = storage::load();
        let state = ShortlistState {
            list: RwSignal::new(loaded.list),
            health: RwSignal::new(loaded.health),
            asked_to_persist: StoredValue::new(false),
        };
        // Other tabs' writes arrive as `storage` events: show them at once, without a reload.
        on(&window(), "storage", move |event| {
            if let Some(loaded) = event.dyn_ref().and_then(storage::from_other_tab) {
                state.adopt(loaded);
            }
        });
        state
    }

    fn adopt(self, loaded: storage::Loaded) {
        if loaded.health != Health::Saved {
            self.health.set(loaded.health);
        }
        self.list.set(loaded.list);
    }

    /// Adds the session if absent, removes it if present.
    pub fn toggle(self, slug: &Slug) {
        self.change(|list| list.toggle(slug));
    }

    /// Removes the session.
    pub fn remove(self, slug: &Slug) {
        self.change(|list| list.remove(slug));
    }

    /// Adds every session of `other`; returns how many were new.
    pub fn merge(self, other: &Shortlist) -> usize {
        self.change(|list| list.merge(other))
    }

    /// Applies `edit` to the stored shortlist and writes it back. Starting from what is stored
    /// now, not from memory, means a change made in another tab a moment ago is never overwritten.
    /// After a failed write, memory holds changes storage lacks, so memory is the starting point.
    fn change<R>(self, edit: impl FnOnce(&mut Shortlist) -> R) -> R {
        let mut list = self.list.get_untracked();
        if matches!(self.health.get_untracked(), Health::Saved | Health::KeptAside { .. }) {
            let stored = storage::load();
            match stored.health {
                Health::Saved => list = stored.list,
                // Unreadable data (copied aside by now) or no storage: keep to what is in memory.
                other => self.health.set(other),
            }
        }
        let result = edit(&mut list);
        if self.health.get_untracked().writable() {
            match storage::save(&list) {
                Ok(()) if self.health.get_untracked() == Health::WriteFailed => self.health.set(Health::Saved),
                Ok(()) => {}
                Err(why) => {
                    // What the browser threw, for whoever is developing; the person is told the
                    // change is kept for this visit only.
                    #[cfg(debug_assertions)]
                    web_sys::console::warn_2(&"The shortlist could not be saved:".into(), &format!("{why:?}").into());
                    let _ = why;
                    self.health.set(Health::WriteFailed);
                }
            }
        }
        if !list.is_empty() && !self.asked_to_persist.get_value() {
            self.asked_to_persist.set_value(true);
            storage::ask_to_persist();
        }
        self.list.set(list);
        result
    }
}

/// Makes the shortlist available to every view below.
pub fn provide_shortlist(state: ShortlistState) {
    provide_context(state);
}

/// The shortlist, which the app (or a test) provides wherever its views render.
pub fn use_shortlist() -> ShortlistState {
    provided::<ShortlistState>()
}
