//! Which view is in the page. The programme is the page as written, kept while another view
//! shows so that coming back finds it as it was left; the session, About, toolkit and Embed views
//! are the pages the build wrote for them, fetched (from the offline cache once there is one) and
//! shown in place; the views of the person's own data are built here. Nothing reloads the page.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, SupportedType};

use super::adopt::{Found, adopt, adopt_quietly};
use super::effect::{effect, memo};
use super::navigator::{Arrival, Navigator};
use super::session_card::WrittenCards;
use super::shortlist_state::ShortlistState;
use super::{embed_view, focus, session_times, shared_view, shortlist_button, shortlist_view, templates, toolkit_view};
use crate::browser::fetch::when_fetched;
use crate::browser::{reveal, scroll_to, set_title};
use crate::components::{AppData, PROGRAMME_TITLE, page_title};
use crate::contract::parts::{NOT_FOUND, PAGE, SHARED, SHORTLIST, UNAVAILABLE};
use crate::contract::{Part, TRY_AGAIN, Template, VIEW};
use crate::framed;
use crate::routes::{ABOUT_FILE, EMBED_FILE, Route, TOOLKIT_FILE, static_session_file};

/// The views the app tells apart. Kept apart from the filters so that changing a filter updates
/// the programme in place instead of showing it again.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    Programme,
    Session(String),
    About,
    Shortlist,
    Shared(String),
    Embed,
    Toolkit,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Programme(_) => Page::Programme,
            Route::Session(slug) => Page::Session(slug.clone()),
            Route::About => Page::About,
            Route::Shortlist => Page::Shortlist,
            Route::Shared(param) => Page::Shared(param.clone()),
            Route::Embed => Page::Embed,
            Route::Toolkit(_) => Page::Toolkit,
        }
    }
}

/// A view as shown: the element in `<main>`, and for a view the app follows (a template it filled,
/// a page it keeps in step with the filters), the owner of what it set up for it (its effects and
/// listeners), cleaned up when the view goes.
enum Shown {
    Written(Element),
    Followed { element: Element, owner: Owner },
}

impl Shown {
    fn element(&self) -> &Element {
        match self {
            Shown::Written(element) | Shown::Followed { element, .. } => element,
        }
    }
}

impl Drop for Shown {
    fn drop(&mut self) {
        if let Shown::Followed { owner, .. } = self {
            owner.cleanup();
        }
    }
}

/// What the app does with a page the build wrote for a view, beyond showing it.
#[derive(Clone, Copy)]
enum Written {
    /// Nothing (the About page).
    Shown,
    /// Corrects its session's status and times for this visit, once, when it is fetched.
    Session,
    /// Follows it with this, each time it shows (the toolkit's filters, the Embed page's choices).
    Followed(fn(&Element, Navigator)),
}

/// The views and what they need.
struct Views {
    /// `<main>`, where the views show.
    main: Element,
    navigator: Navigator,
    data: AppData,
    state: ShortlistState,
    cards: WrittenCards,
    owner: Owner,
    shown: RefCell<Shown>,
    /// Pages fetched this visit, with their files and titles: shown again at once, as they were.
    fetched: RefCell<Vec<(String, Element, String)>>,
    /// Counts the views asked for, so a fetch that ends after the person has moved on is dropped.
    asked: RefCell<u32>,
}

/// Shows the view the navigator's route names, for as long as the app runs.
pub fn follow(main: Element, navigator: Navigator, data: AppData, state: ShortlistState, cards: WrittenCards) {
    let views = Rc::new(Views {
        main,
        navigator,
        data,
        state,
        shown: RefCell::new(Shown::Written(cards.root().clone())),
        cards,
        owner: Owner::current().unwrap_or_default(),
        fetched: RefCell::new(Vec::new()),
        asked: RefCell::new(0),
    });
    let page = memo(move || navigator.route.with(Page::of));
    effect(move || {
        let page = page.get();
        let arrival = navigator.arrival.try_update_value(std::mem::take).unwrap_or_default();
        Rc::clone(&views).show(page, arrival);
    });
}

impl Views {
    fn show(self: Rc<Self>, page: Page, arrival: Arrival) {
        *self.asked.borrow_mut() += 1;
        let series = self.data.programme.series.title.clone();
        let titled = |name: &str| page_title(name, &series);
        match page {
            Page::Programme => self.put(Shown::Written(self.cards.root().clone()), titled(PROGRAMME_TITLE), arrival),
            Page::Session(slug) if self.data.programme.session(&slug).is_some() => {
                self.fetch(static_session_file(&slug), arrival, Written::Session)
            }
            Page::Session(_) => self.copy(Template::SessionNotFound, &NOT_FOUND, titled("Session not found"), arrival, &|_| {}),
            Page::About => self.fetch(ABOUT_FILE.to_owned(), arrival, Written::Shown),
            Page::Toolkit => self.fetch(TOOLKIT_FILE.to_owned(), arrival, Written::Followed(toolkit_view::adopt)),
            Page::Shortlist => self.copy(Template::Shortlist, &SHORTLIST, titled("My shortlist"), arrival, &|view| {
                shortlist_view::adopt(view, &self.cards, self.navigator.embedded)
            }),
            Page::Shared(param) => self.copy(Template::Shared, &SHARED, titled("A shared shortlist"), arrival, &|view| {
                shared_view::adopt(view, &param, &self.cards)
            }),
            Page::Embed => self.fetch(EMBED_FILE.to_owned(), arrival, Written::Followed(embed_view::adopt)),
        }
    }

    /// Shows a copy of the template `template`, adopted as `part` and filled by `fill` below an
    /// owner of its own (a child of the app's, so it has the app's contexts).
    fn copy(&self, template: Template, part: &'static Part, title: String, arrival: Arrival, fill: &dyn Fn(&Found)) {
        let Some(element) = templates::copy(template, "div", "view") else { return };
        let Some(view) = adopt(&element, part) else { return };
        let owner = self.owner.with(Owner::new);
        owner.with(|| fill(&view));
        self.put(Shown::Followed { element, owner }, title, arrival);
    }

    /// Shows the page the build wrote as `file`, fetching it the first time, and does with it what
    /// `written` says.
    fn fetch(self: Rc<Self>, file: String, arrival: Arrival, written: Written) {
        let known = self.fetched.borrow().iter().find(|(f, ..)| *f == file).map(|(_, element, title)| (element.clone(), title.clone()));
        if let Some((element, title)) = known {
            return self.show_fetched(element, title, arrival, written);
        }
        let asked = *self.asked.borrow();
        let url = file.clone();
        when_fetched(&url, move |text| {
            if *self.asked.borrow() != asked {
                return;
            }
            match text.and_then(|text| written_view(&text)) {
                Some((element, title)) => {
                    if let Written::Session = written {
                        self.owner.with(|| session_times::correct_page(&element, &self.data));
                    }
                    self.fetched.borrow_mut().push((file, element.clone(), title.clone()));
                    self.show_fetched(element, title, arrival, written);
                }
                None => {
                    let title = page_title("This page could not be loaded", &self.data.programme.series.title);
                    let href = self.navigator.href(&self.navigator.route.get_untracked());
                    self.copy(Template::Unavailable, &UNAVAILABLE, title, arrival, &|view| {
                        let _ = view.get(TRY_AGAIN).set_attribute("href", &href);
                    });
                }
            }
        });
    }

    fn show_fetched(&self, element: Element, title: String, arrival: Arrival, written: Written) {
        let shown = match written {
            Written::Followed(follow) => {
                let owner = self.owner.with(Owner::new);
                owner.with(|| follow(&element, self.navigator));
                Shown::Followed { element, owner }
            }
            Written::Shown | Written::Session => Shown::Written(element),
        };
        self.put(shown, title, arrival);
    }

    /// Puts `view` in place of the one showing, then the page where `arrival` says.
    fn put(&self, view: Shown, title: String, arrival: Arrival) {
        let element = view.element().clone();
        self.state.list.with_untracked(|list| shortlist_button::mark(&element, list));
        let old = self.shown.replace(view);
        if old.element() != &element {
            let _ = old.element().replace_with_with_node_1(&element);
        }
        drop(old);
        set_title(&title);
        let (embedded, main) = (self.navigator.embedded, self.main.clone());
        request_animation_frame(move || match arrival {
            Arrival::Stay => {}
            Arrival::Top => {
                scroll_to(0.0);
                // In a member's page it is the page around the frame that scrolls, not the frame.
                // WebKit does not let the frame scroll it (see framed::ask_host_to_reveal), so
                // embed.js is asked to as well.
                if let (true, Some(heading)) = (embedded, focus::heading(&main)) {
                    reveal(&heading);
                    framed::ask_host_to_reveal(&heading);
                }
            }
            Arrival::Return(state) => focus::return_to(&main, &state),
        });
    }
}

/// The view of a page the build wrote, from its text (its `<main>`'s view), and its title. What
/// answered may not be such a page (a host's error page): then there is none, said to the person
/// as a page that could not be loaded.
fn written_view(text: &str) -> Option<(Element, String)> {
    let written = DomParser::new().ok()?.parse_from_string(text, SupportedType::TextHtml).ok()?;
    let view = adopt_quietly(&written.document_element()?, &PAGE)?.get(VIEW);
    let view: Element = document().import_node_with_deep(&view, true).ok()?.dyn_into().ok()?;
    Some((view, written.title()))
}
