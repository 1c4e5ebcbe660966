//! The app in the browser. It adopts the page the build wrote instead of replacing it: the written
//! programme stays where it is, its controls are followed as they are (with whatever the person
//! typed or ticked before the WebAssembly arrived), one listener handles every session's buttons
//! and every link between views, and only what depends on this visit or this person is written
//! here (statuses, the viewer's times, counts, the views of their own data). Everything it finds
//! on the page goes through the page contract (`crate::contract`), and the programme itself is
//! read from the page, so one build of the app serves every programme.

mod adopt;
mod app_link;
mod descriptions;
mod dom;
mod effect;
mod embed_view;
mod facet_options;
mod filter_panel;
mod focus;
mod frame_bar;
mod missing_sessions;
mod navigator;
mod notices;
mod programme_view;
mod results;
mod session_card;
mod session_list;
mod session_times;
mod share_controls;
mod share_page;
mod shared_view;
mod shortlist_button;
mod shortlist_state;
mod shortlist_view;
mod site_header;
mod subscribe_links;
mod templates;
mod toolkit_view;
mod views;

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use self::adopt::{Found, adopt, document_root, missing_read};
use self::dom::{set_state, set_state_value};
use self::effect::memo;
use crate::browser::history::{EntryState, replace_url, restore_scroll_manually};
use crate::browser::listen::on;
use crate::browser::{self, app_folder, local_offset, when_idle};
use crate::components::{AppData, provide_app_data, provide_hrefs};
use crate::contract::parts::{HEADER, NOTICE_LIST, PAGE, PROGRAMME_VIEW};
use crate::contract::read::{Missing, programme_head};
use crate::contract::{APP, EMBEDDED, FILTER_PANEL, MAIN, READY, SUBSCRIBE, VIEW};
use crate::framed;
use crate::programme::Programme;
use crate::programme::filter::{FilterIndex, Filters, Outcome, apply};
use crate::programme::uk_time::ViewerZone;
use crate::routes::{Parsed, Route};
pub use navigator::{Arrival, HistoryMode, Navigator};
use session_card::{Card, Month, WrittenCards};
pub use shortlist_state::{ShortlistState, provide_shortlist, use_shortlist};

/// Starts the app on the written page; returns false, leaving the page as written, when the page
/// is not one the build wrote (no `<main>` holding a view: said in the console, naming what is
/// missing; a page without a programme to read stops in a later turn, said the same way).
///
/// The start is done in turns, each in a task of its own, so that none keeps a phone's main
/// thread busy for long: most of a turn's time is compiling the code it runs for the first time
/// (the browser compiles each WebAssembly function on its first call, on the page's main thread).
/// First the page's frame; the programme's series, topics and organisations; the address; one
/// walk over the programme's cards, which reads the sessions and finds everything the later turns
/// change on the cards; then the controls the person may already be using, with what they typed
/// or ticked; the list they narrow; what this visit changes on the page; the shortlist; everything
/// else, after which the controls only the app can work are offered; and once the page is idle,
/// the service worker.
pub fn start() -> bool {
    let Some(frame) = Frame::adopt() else { return false };
    in_next_task(move || {
        let head = programme_head(frame.page.root(), frame.panel.root());
        let Some(head) = reported(frame.page.root(), head) else { return };
        in_next_task(move || {
            let (parsed, navigator) = read_the_address(&head);
            in_next_task(move || {
                if let Some(start) = Start::read_the_cards(frame, head, parsed, navigator) {
                    in_turns(Rc::new(start), &TURNS);
                }
            });
        });
    });
    true
}

/// The turns of the start after the reading, in order, each in a task of its own.
const TURNS: [fn(&Start); 14] = [
    Start::follow_the_controls,
    Start::fetch_descriptions_for_search,
    Start::follow_the_list,
    Start::follow_the_calendar_links,
    Start::correct_the_times,
    Start::mark_the_next_session,
    Start::load_the_shortlist,
    Start::follow_the_header,
    Start::follow_the_links,
    Start::follow_the_share_links,
    Start::follow_the_shortlist_buttons,
    Start::follow_the_notices,
    Start::follow_the_views,
    Start::be_ready,
];

/// The page's frame (`parts::PAGE`), the programme's view written in it and the view's filter panel.
struct Frame {
    page: Found,
    view: Found,
    panel: Found,
}

impl Frame {
    fn adopt() -> Option<Frame> {
        let page = adopt(&document_root()?, &PAGE)?;
        let view = adopt(&page.get(VIEW), &PROGRAMME_VIEW)?;
        let panel = adopt(&view.get(FILTER_PANEL), filter_panel::PROGRAMME.part)?;
        Some(Frame { page, view, panel })
    }
}

/// What the address asks for, read against the programme's topics and organisations (`head`).
fn read_the_address(head: &Programme) -> (Parsed, Navigator) {
    let parsed = Route::from_query(&browser::query(), head);
    let navigator = Navigator::new(parsed.route.clone(), parsed.ignored.clone(), parsed.embedded);
    provide_hrefs(navigator.hrefs());
    (parsed, navigator)
}

/// `read`'s value, or `None` with the hook it missed reported as a part's are.
fn reported<T>(document: &web_sys::Element, read: Result<T, Missing>) -> Option<T> {
    read.map_err(|Missing(hook)| missing_read(document, hook)).ok()
}

/// What the turns share: the page, the programme read from it, and what the address asks for.
struct Start {
    page: Found,
    /// The programme's view, as written (`parts::PROGRAMME_VIEW`).
    view: Found,
    /// Its filter panel (`parts::PROGRAMME_FILTERS`).
    panel: Found,
    /// Its cards, in the programme's order, and its months.
    cards: Vec<Card>,
    months: Vec<Month>,
    /// The programme view, which the shortlist's views copy cards from.
    written_cards: WrittenCards,
    data: AppData,
    parsed: Parsed,
    navigator: Navigator,
    filters: Memo<Filters>,
    outcome: Memo<Outcome>,
    index: Arc<FilterIndex>,
    /// Told when the sessions' descriptions have come, so the search runs again with them.
    described: Trigger,
}

impl Start {
    /// The sessions, read in the one walk over the cards, and what follows from the programme.
    fn read_the_cards(frame: Frame, head: Programme, parsed: Parsed, navigator: Navigator) -> Option<Start> {
        let Frame { page, view, panel } = frame;
        let walk = session_card::walk(view.root())?;
        let programme = Arc::new(Programme { sessions: walk.sessions, ..head });
        let data =
            AppData { programme: programme.clone(), now: browser::now(), zone: ViewerZone::Local(local_offset), folder: app_folder() };
        provide_app_data(data.clone());
        let filters = memo(move || match navigator.route.get() {
            Route::Programme(filters) => filters,
            _ => Filters::default(),
        });
        // Searched without the sessions' descriptions until they are fetched (`descriptions`), and
        // again when they come.
        let (index, described) = (Arc::new(FilterIndex::new(&programme)), Trigger::new());
        let (now, searched) = (data.now, index.clone());
        let outcome = memo(move || {
            described.track();
            filters.with(|f| apply(&programme, &searched, f, now))
        });
        let written_cards = WrittenCards::new(view.root().clone());
        Some(Start {
            page,
            view,
            panel,
            cards: walk.cards,
            months: walk.months,
            written_cards,
            data,
            parsed,
            navigator,
            filters,
            outcome,
            index,
            described,
        })
    }

    /// The controls the person may already be using. What they typed or ticked before the app
    /// started is theirs: it joins the address, in the same turn as the controls are followed, so
    /// nothing typed in between is lost.
    fn follow_the_controls(&self) {
        let (parsed, navigator) = (&self.parsed, self.navigator);
        let route = match &parsed.route {
            Route::Programme(asked) => Route::Programme(filter_panel::carried_over(&self.panel, asked, &self.data.programme)),
            other => other.clone(),
        };
        if route != parsed.route {
            navigator.route.set(route.clone());
        }
        if route != parsed.route || !parsed.ignored.is_empty() {
            // Keep what was understood and chosen in the address bar, so a bookmark made now is right.
            replace_url(&navigator.href(&route));
        }
        filter_panel::adopt(&self.panel, navigator, filter_panel::PROGRAMME, self.filters, self.outcome);
    }

    /// The sessions' descriptions for search, fetched once the person goes to search.
    fn fetch_descriptions_for_search(&self) {
        descriptions::follow(&self.panel, self.filters, self.index.clone(), self.described, self.data.programme.clone());
    }

    /// The list the controls narrow.
    fn follow_the_list(&self) {
        programme_view::adopt(&self.view, self.navigator, self.filters, self.outcome, &self.cards, &self.months);
    }

    /// The calendar links that follow the filters.
    fn follow_the_calendar_links(&self) {
        subscribe_links::follow(&self.view.get(SUBSCRIBE), self.filters, &self.data);
    }

    /// The times as the viewer's clock reads them (inside a member's frame, in its compact form).
    fn correct_the_times(&self) {
        if self.navigator.embedded {
            set_state(self.page.root(), EMBEDDED, true);
            framed::enter();
        }
        session_times::correct_cards(&self.cards, &self.data.programme.sessions, &self.data);
    }

    /// Which session is next at this visit.
    fn mark_the_next_session(&self) {
        session_times::mark_next(&self.cards, &self.data.programme.sessions, &self.data);
    }

    /// The person's shortlist, as stored.
    fn load_the_shortlist(&self) {
        provide_shortlist(ShortlistState::load_and_follow());
    }

    /// The header that counts the shortlist (in a member's frame, the frame's bar in its place).
    fn follow_the_header(&self) {
        let Some(header) = adopt(self.page.root(), &HEADER) else { return };
        if self.navigator.embedded {
            frame_bar::replace_header(header.root(), self.navigator, use_shortlist());
        } else {
            site_header::adopt(&header, self.navigator, use_shortlist(), &self.data);
        }
    }

    /// The links between views.
    fn follow_the_links(&self) {
        restore_scroll_manually();
        app_link::follow(self.navigator, self.data.clone());
    }

    /// The share links of the programme and the sessions' views.
    fn follow_the_share_links(&self) {
        share_page::follow(self.navigator);
    }

    /// The sessions' shortlist buttons.
    fn follow_the_shortlist_buttons(&self) {
        shortlist_button::follow(use_shortlist(), self.written_cards.clone());
    }

    /// The notices: an address partly not understood, trouble keeping the shortlist.
    fn follow_the_notices(&self) {
        if let Some(notices) = self.notices() {
            notices::adopt(&notices, self.navigator, use_shortlist());
        }
    }

    /// The notices above every view (`parts::NOTICE_LIST`).
    fn notices(&self) -> Option<Found> {
        adopt(&self.page.get(MAIN), &NOTICE_LIST)
    }

    /// Moving between views.
    fn follow_the_views(&self) {
        views::follow(self.page.get(MAIN), self.navigator, self.data.clone(), use_shortlist(), self.written_cards.clone());
    }

    /// Back and forward, then the mark that offers what only the app can work; once the page is
    /// idle, the service worker. Installing it saves every file of the build for offline use, and
    /// begun during the start it competed with it for the phone's CPU.
    fn be_ready(&self) {
        let (navigator, programme) = (self.navigator, self.data.programme.clone());
        on(&window(), "popstate", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::PopStateEvent>() else { return };
            let parsed = Route::from_query(&browser::query(), &programme);
            navigator.arrived(parsed.route, parsed.ignored, EntryState::from_js(&event.state()));
        });
        set_state_value(self.page.root(), APP, READY);
        let notices = self.notices();
        when_idle(below_owner(move || {
            if let Some(notices) = notices {
                notices::offer_updates(&notices);
            }
        }));
    }
}

/// `f`, to run later below the current owner: what it adds (listeners, effects) lives as long as
/// the app, where without an owner it would be dropped at once.
fn below_owner(f: impl FnOnce() + 'static) -> impl FnOnce() + 'static {
    let owner = Owner::current().unwrap_or_default();
    move || owner.with(f)
}

/// Runs `f` in a task of its own, after those already queued, below the current owner.
fn in_next_task(f: impl FnOnce() + 'static) {
    next_task(Box::new(f));
}

/// `in_next_task` for one closure type: each closure type would otherwise compile its own copy
/// of the timer's machinery into the WebAssembly.
#[inline(never)]
fn next_task(f: Box<dyn FnOnce()>) {
    set_timeout(below_owner(f), std::time::Duration::ZERO);
}

/// Runs each of `turns` on `start` in a task of its own, in order.
fn in_turns(start: Rc<Start>, turns: &'static [fn(&Start)]) {
    if let Some((turn, rest)) = turns.split_first() {
        in_next_task(move || {
            turn(&start);
            in_turns(start, rest);
        });
    }
}
