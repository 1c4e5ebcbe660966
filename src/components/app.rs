//! The app shell: provides the data, follows the URL, and shows the view it names.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::context::{AppData, Navigator, provide_app_data};
use super::shortlist_state::{ShortlistState, provide_shortlist};
use super::{AboutView, EmbedBar, EmbedView, IgnoredNotice, ProgrammeView, SessionDetail, SharedView, ShortlistView, SiteFooter, SiteHeader, StorageNotice, UpdateNotice};
use crate::browser::{self, EntryState, ViewerZone};
use crate::{bundled, embedding};
use crate::programme::Programme;
use crate::programme::filter::Filters;
use crate::routes::Route;

/// The whole app, with the bundled programme.
#[component]
pub fn App() -> impl IntoView {
    match bundled::programme() {
        Ok(programme) => view! { <Guide programme=Arc::new(programme) /> }.into_any(),
        Err(message) => view! {
            <main id="main"><h1>"The programme could not be loaded"</h1><p>{message}</p></main>
        }
        .into_any(),
    }
}

/// Which view is showing. Kept apart from the filters so that changing a filter updates the
/// programme in place instead of rebuilding it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    Programme,
    Session(String),
    About,
    Shortlist,
    Shared(String),
    Embed,
}

/// The guide for one programme.
#[component]
fn Guide(programme: Arc<Programme>) -> impl IntoView {
    let series_title = programme.series.title.clone();
    provide_app_data(AppData { programme: programme.clone(), now: browser::now(), zone: ViewerZone::Browser, folder: browser::app_folder() });

    let parsed = Route::from_query(&browser::query(), &programme);
    let embedded = parsed.embedded;
    if embedded {
        embedding::enter();
    }
    let navigator = Navigator::new(parsed.route, parsed.ignored, embedded);
    if !navigator.ignored.with_untracked(Vec::is_empty) {
        // Keep what was understood in the address bar, so a bookmark made now is clean.
        browser::replace_url(&navigator.href(&navigator.route.get_untracked()));
    }
    provide_context(navigator);
    provide_shortlist(ShortlistState::load_and_follow());
    browser::restore_scroll_manually();

    // Back and forward: show the entry's view, then put the person back where they were in it.
    let from_url = programme.clone();
    let listener = window_event_listener(ev::popstate, move |event| {
        let state = EntryState::from_js(&event.state());
        let parsed = Route::from_query(&browser::query(), &from_url);
        navigator.arrived(parsed.route, parsed.ignored);
        request_animation_frame(move || state.restore());
    });
    on_cleanup(move || listener.remove());

    let route = navigator.route;
    let page = Memo::new(move |_| match route.get() {
        Route::Programme(_) => Page::Programme,
        Route::Session(slug) => Page::Session(slug),
        Route::About => Page::About,
        Route::Shortlist => Page::Shortlist,
        Route::Shared(slugs) => Page::Shared(slugs),
        Route::Embed => Page::Embed,
    });
    let filters = Memo::new(move |_| match route.get() {
        Route::Programme(filters) => filters,
        _ => Filters::default(),
    });

    // The document title is the one outside sink the page writes to.
    let titles = programme.clone();
    Effect::new(move |_| {
        let name = match page.get() {
            Page::Programme => "Programme".to_owned(),
            Page::About => "About the series".to_owned(),
            Page::Shortlist => "My shortlist".to_owned(),
            Page::Shared(_) => "A shared shortlist".to_owned(),
            Page::Embed => "Embed the programme".to_owned(),
            Page::Session(slug) => titles.session(&slug).map_or("Session not found".to_owned(), |s| s.title.clone()),
        };
        browser::set_title(&format!("{name} — {}", titles.series.title));
    });

    let current = Signal::derive(move || match page.get() {
        Page::About => Some(Route::About),
        Page::Shortlist => Some(Route::Shortlist),
        Page::Programme | Page::Session(_) => Some(Route::default()),
        Page::Shared(_) | Page::Embed => None,
    });
    let header = if embedded {
        view! { <EmbedBar title=series_title /> }.into_any()
    } else {
        view! { <SiteHeader title=series_title current /> }.into_any()
    };
    view! {
        {header}
        <main id="main" tabindex="-1">
            <UpdateNotice />
            <IgnoredNotice ignored=navigator.ignored />
            <StorageNotice />
            {move || match page.get() {
                Page::Programme => view! { <ProgrammeView filters /> }.into_any(),
                Page::Session(slug) => view! { <SessionDetail slug /> }.into_any(),
                Page::About => view! { <AboutView /> }.into_any(),
                Page::Shortlist => view! { <ShortlistView /> }.into_any(),
                Page::Shared(param) => view! { <SharedView param /> }.into_any(),
                Page::Embed => view! { <EmbedView /> }.into_any(),
            }}
        </main>
        <SiteFooter embedded />
    }
}
