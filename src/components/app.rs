//! The app shell: provides the data, follows the URL, and shows the view it names.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::context::{AppData, Navigator, provide_app_data};
use super::{AboutView, ProgrammeView, SessionDetail, SiteHeader};
use crate::browser::{self, EntryState, ViewerZone};
use crate::bundled;
use crate::programme::Programme;
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

/// The guide for one programme.
#[component]
fn Guide(programme: Arc<Programme>) -> impl IntoView {
    let series_title = programme.series.title.clone();
    provide_app_data(AppData { programme: programme.clone(), now: browser::now(), zone: ViewerZone::Browser });

    let (route, set_route) = signal(Route::from_query(&browser::query()));
    provide_context(Navigator(set_route));
    browser::restore_scroll_manually();

    // Back and forward: show the entry's view, then put the person back where they were in it.
    let listener = window_event_listener(ev::popstate, move |event| {
        let state = EntryState::from_js(&event.state());
        set_route.set(Route::from_query(&browser::query()));
        request_animation_frame(move || {
            browser::scroll_to(state.scroll_y);
            match state.focus_slug {
                Some(slug) => browser::focus(&format!("[data-slug=\"{slug}\"] h3 a")),
                None => browser::focus("main h1"),
            }
        });
    });
    on_cleanup(move || listener.remove());

    // The document title is the one outside sink the route writes to.
    let titles = programme.clone();
    Effect::new(move |_| {
        let page = match route.get() {
            Route::Programme => "Programme".to_owned(),
            Route::About => "About the series".to_owned(),
            Route::Session(slug) => titles.session(&slug).map_or("Session not found".to_owned(), |s| s.title.clone()),
        };
        browser::set_title(&format!("{page} — {}", titles.series.title));
    });

    view! {
        <SiteHeader title=series_title route />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Programme => view! { <ProgrammeView /> }.into_any(),
                Route::Session(slug) => view! { <SessionDetail slug /> }.into_any(),
                Route::About => view! { <AboutView /> }.into_any(),
            }}
        </main>
    }
}
