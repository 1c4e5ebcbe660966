//! The app in the browser. It adopts the page the build wrote instead of replacing it: the written
//! programme stays where it is, its controls are followed as they are (with whatever the person
//! typed or ticked before the WebAssembly arrived), one listener handles every session's buttons
//! and every link between views, and only what depends on this visit or this person is written
//! here (statuses, the viewer's times, counts, the views of their own data).

mod actions;
mod cards;
mod descriptions;
mod dom;
mod effect;
mod embed_view;
mod facets;
mod filter_panel;
mod header;
mod links;
mod listen;
mod navigator;
mod notices;
mod programme;
mod results;
mod share;
mod shared_view;
mod shortlist_state;
mod shortlist_view;
mod subscribe;
mod template;
mod times;
mod toolkit;
mod views;

use std::collections::VecDeque;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use cards::WrittenCards;
pub use navigator::{Arrival, HistoryMode, Navigator};
pub use shortlist_state::{ShortlistState, provide_shortlist, use_shortlist};

use self::effect::memo;
use crate::browser::{self, EntryState, ViewerZone};
use crate::components::{AppData, provide_app_data, provide_hrefs};
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::routes::Route;
use crate::{bundled, embedding};

/// The selector of a session's card or detail. Slugs may come from history state, which a page
/// script could have written, so anything but slug characters is dropped rather than trusted.
pub fn card_selector(slug: &str) -> String {
    let safe: String = slug.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("article[data-slug=\"{safe}\"]")
}

/// Starts the app on the written page; returns false, leaving the page as written, when the page
/// is not one the build wrote (no `<main>` holding a view).
///
/// The start is done in turns, each in a task of its own, so that none keeps a phone's main thread
/// busy for long (each turn's code is also compiled as it first runs, which is most of its time;
/// traced with the CPU slowed 4×, the start was one task of 100–170 ms; in seven turns, a turn
/// with the effects it started took up to 40–124 ms; in these twelve, the start's longest task
/// has a median of 47 ms): what the address asks for; then the controls the person may already
/// be using (search, the options), with what they typed or ticked, and in a task after that what
/// keeps those controls true; then the list they narrow; then what this visit changes on the page;
/// then the shortlist; then everything else, after which the controls only the app can work are
/// offered; and once the page is idle, the service worker.
pub fn start() -> bool {
    let document = document();
    let Some(main) = document.get_element_by_id("main") else { return false };
    let Some(written) = dom::find(&main, ".view") else { return false };

    // 1. What the address asks for, and what follows from it.
    let programme = Arc::new(bundled::programme());
    let data = AppData { programme: programme.clone(), now: browser::now(), zone: ViewerZone::Browser, folder: browser::app_folder() };
    provide_app_data(data.clone());
    let parsed = Route::from_query(&browser::query(), &programme);
    let navigator = Navigator::new(parsed.route.clone(), parsed.ignored.clone(), parsed.embedded);
    provide_hrefs(navigator.hrefs());
    let cards = WrittenCards::new(written.clone());
    let filters = memo(move || match navigator.route.get() {
        Route::Programme(filters) => filters,
        _ => Filters::default(),
    });
    // Searched without the sessions' descriptions until they are fetched (`descriptions`), and
    // again when they come.
    let (index, described) = (Arc::new(FilterIndex::new(&programme)), Trigger::new());
    let (now, all, searched) = (data.now, programme.clone(), index.clone());
    let outcome = memo(move || {
        described.track();
        filters.with(|f| apply(&all, &searched, f, now))
    });

    let turns: [Box<dyn FnOnce()>; 12] = [
        // 2. The controls the person may already be using. What they typed or ticked before the
        // app started is theirs: it joins the address, in the same turn as the controls are
        // followed, so nothing typed in between is lost.
        Box::new({
            let written = written.clone();
            move || {
                let panel = dom::find(&written, ".filter-panel");
                let route = match (&parsed.route, &panel) {
                    (Route::Programme(asked), Some(panel)) => Route::Programme(filter_panel::carried_over(panel, asked, &programme)),
                    (other, _) => other.clone(),
                };
                if route != parsed.route {
                    navigator.route.set(route.clone());
                }
                if route != parsed.route || !parsed.ignored.is_empty() {
                    // Keep what was understood and chosen in the address bar, so a bookmark made now is right.
                    browser::replace_url(&navigator.href(&route));
                }
                if let Some(panel) = panel {
                    filter_panel::adopt(&panel, navigator, filter_panel::PROGRAMME, filters, outcome);
                    descriptions::follow(&panel, filters, index, described, programme);
                }
            }
        }),
        // 3. The list the controls narrow, and the calendar links that follow the filters.
        Box::new({
            let written = written.clone();
            move || self::programme::adopt(&written, navigator, filters, outcome)
        }),
        Box::new({
            let (written, data) = (written.clone(), data.clone());
            move || {
                if let Some(list) = dom::find(&written, "ul.subscribe") {
                    subscribe::follow(&list, filters, &data);
                }
            }
        }),
        // 4. What this visit changes on the page: the times as the viewer's clock reads them, and
        // which session is next.
        Box::new({
            let (written, data) = (written.clone(), data.clone());
            move || {
                if navigator.embedded {
                    embedding::enter();
                }
                times::correct(&written, &data);
            }
        }),
        Box::new({
            let (written, data) = (written.clone(), data.clone());
            move || times::mark_next(&written, &data)
        }),
        // 5. The person's shortlist, and the header that counts it.
        Box::new(|| provide_shortlist(ShortlistState::load_and_follow())),
        Box::new({
            let data = data.clone();
            move || {
                let state = use_shortlist();
                if let Some(header) = document.query_selector(".site-header").ok().flatten() {
                    if navigator.embedded {
                        header::replace_with_embed_bar(&header, navigator, state);
                    } else {
                        header::adopt(&header, navigator, state, &data);
                    }
                }
            }
        }),
        // 6. The links between views, the sessions' shortlist buttons and the notices.
        Box::new({
            let data = data.clone();
            move || {
                browser::restore_scroll_manually();
                links::follow(navigator, data);
            }
        }),
        Box::new({
            let cards = cards.clone();
            move || actions::follow(use_shortlist(), cards)
        }),
        Box::new({
            let main = main.clone();
            move || {
                if let Some(notices) = dom::find(&main, ".notices") {
                    notices::adopt(&notices, navigator, use_shortlist());
                }
            }
        }),
        // 7. Moving between views, and then what only the app can work is offered.
        Box::new({
            let data = data.clone();
            move || views::follow(navigator, data, use_shortlist(), cards)
        }),
        Box::new(move || {
            // Back and forward: show the entry's view, then put the person back where they were in it.
            listen::on(&window(), "popstate", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::PopStateEvent>() else { return };
                let parsed = Route::from_query(&browser::query(), &data.programme);
                navigator.arrived(parsed.route, parsed.ignored, EntryState::from_js(&event.state()));
            });
            if let Some(html) = dom::root() {
                let _ = html.set_attribute("data-app", "ready");
            }
            // Only then is the service worker registered. Installing it saves every file of the
            // build for offline use, and begun during the start it competed with it for the
            // phone's CPU: traced with the CPU slowed 4× (tests/bench), the start's longest task
            // was 67–76 ms with the install running beside it, 40–45 ms without.
            browser::when_idle(below_owner(move || {
                if let Some(notices) = dom::find(&main, ".notices") {
                    notices::offer_updates(&notices);
                }
            }));
        }),
    ];
    in_turns(turns.into_iter().collect());
    true
}

/// `f`, to run later below the current owner: what it adds (listeners, effects) lives as long as
/// the app, where without an owner it would be dropped at once.
fn below_owner(f: impl FnOnce() + 'static) -> impl FnOnce() + 'static {
    let owner = Owner::current().unwrap_or_default();
    move || owner.with(f)
}

/// Runs `f` in a task of its own, after those already queued, below the current owner.
fn in_next_task(f: impl FnOnce() + 'static) {
    set_timeout(below_owner(f), std::time::Duration::ZERO);
}

/// Runs each of `turns` in a task of its own, in order.
fn in_turns(mut turns: VecDeque<Box<dyn FnOnce()>>) {
    if let Some(turn) = turns.pop_front() {
        in_next_task(move || {
            turn();
            in_turns(turns);
        });
    }
}
