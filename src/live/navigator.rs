//! Moving between views and filters: the only writer of the current route. The URL is the source
//! of truth, so every change goes through here to keep the two in step.

use leptos::prelude::*;

use crate::browser::history::{self, EntryState};
use crate::components::Hrefs;
use crate::routes::Route;

/// How a change of filters is recorded in the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A step that back and forward should visit (a filter toggled, filters cleared).
    Push,
    /// A refinement of the current step (more letters typed in search).
    Replace,
}

/// Where the page should be once the view being opened is in place.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Arrival {
    /// Where it is (the app starting, a filter changing).
    #[default]
    Stay,
    /// At the top, with the view's heading focused for screen readers (a link followed).
    Top,
    /// Where the person left this history entry (back and forward).
    Return(EntryState),
}

/// The current route and how the app got there.
#[derive(Clone, Copy)]
pub struct Navigator {
    pub route: RwSignal<Route>,
    /// What the last URL read contained that the app did not understand.
    pub ignored: RwSignal<Vec<String>>,
    /// Where the page should be once the current route's view is shown (taken by `crate::live::views`).
    pub arrival: StoredValue<Arrival>,
    /// The route of the history entry just before this one, when the app itself pushed it.
    previous: StoredValue<Option<Route>>,
    /// A filter change not yet written to the history (see `filter`).
    pending: StoredValue<Option<PendingWrite>>,
    /// Whether the app is embedded in another site's page: its links then stay embedded.
    pub embedded: bool,
}

/// A history write that waits until the updated list has been painted.
#[derive(Clone)]
struct PendingWrite {
    mode: HistoryMode,
    leaving: EntryState,
    href: String,
}

impl Navigator {
    /// A navigator starting at `route`, in the embedded app or the full one.
    pub fn new(route: Route, ignored: Vec<String>, embedded: bool) -> Navigator {
        Navigator {
            route: RwSignal::new(route),
            ignored: RwSignal::new(ignored),
            arrival: StoredValue::new(Arrival::Stay),
            previous: StoredValue::new(None),
            pending: StoredValue::new(None),
            embedded,
        }
    }

    /// How this app writes its links.
    pub fn hrefs(self) -> Hrefs {
        Hrefs::App { embedded: self.embedded }
    }

    /// The address of `route` in this app (embedded or full).
    pub fn href(self, route: &Route) -> String {
        self.hrefs().href(route)
    }

    /// Where a "back to the programme" link should lead: the programme as the person left it.
    pub fn programme_to_return_to(self) -> Route {
        self.previous.get_value().filter(|route| matches!(route, Route::Programme(_))).unwrap_or_default()
    }

    /// Called when the browser moves through history: the entry before is no longer known.
    pub fn arrived(self, route: Route, ignored: Vec<String>, state: EntryState) {
        // The browser has moved on: a filter change not yet written would now land in the wrong place.
        self.pending.set_value(None);
        self.previous.set_value(None);
        self.arrival.set_value(Arrival::Return(state));
        self.ignored.set(ignored);
        self.route.set(route);
    }

    /// Opens `route` as a new history entry, remembering where the person was so "back" returns there.
    /// Going to the entry just before this one is a step back, so its filters and scroll position return.
    pub fn go(self, route: Route) {
        self.write_pending();
        if self.previous.get_value().as_ref() == Some(&route) {
            history::go_back();
            return;
        }
        let focus_slug = match &route {
            Route::Session(slug) => Some(slug.clone()),
            _ => None,
        };
        history::push_entry(&EntryState::here(focus_slug), &self.href(&route));
        self.previous.set_value(Some(self.route.get_untracked()));
        self.arrival.set_value(Arrival::Top);
        self.ignored.set(Vec::new());
        self.route.set(route);
    }

    /// Shows `route` (the programme or the toolkit with new filters), staying where the person is on the page.
    pub fn filter(self, route: Route, mode: HistoryMode) {
        let href = self.href(&route);
        let leaving = EntryState::here(None);
        if mode == HistoryMode::Push {
            self.previous.set_value(Some(self.route.get_untracked()));
        }
        self.ignored.set(Vec::new());
        self.route.set(route);
        // The address bar can wait until the updated list has been painted (a task queued from the
        // next animation frame runs after it): a history write makes the browser re-resolve every
        // link on the page, which is slow with thousands of sessions. Anything that moves through
        // history first writes what is still waiting, so the steps stay in order.
        self.write_pending();
        self.pending.set_value(Some(PendingWrite { mode, leaving, href }));
        request_animation_frame(move || set_timeout(move || self.write_pending(), std::time::Duration::ZERO));
    }

    /// Writes the waiting filter change to the history, if there is one.
    fn write_pending(self) {
        let Some(write) = self.pending.try_update_value(Option::take).flatten() else { return };
        match write.mode {
            HistoryMode::Push => history::push_entry(&write.leaving, &write.href),
            HistoryMode::Replace => history::replace_url(&write.href),
        }
    }
}
