//! The banner on every view: the series name and the main navigation.

use leptos::prelude::*;

use super::AppLink;
use super::shortlist_state::use_shortlist;
use crate::routes::Route;

/// Skip link, series name and main navigation, marking the current page.
#[component]
pub fn SiteHeader(
    /// The series' short title.
    title: String,
    /// The navigation entry for the current view, if it has one.
    current: Signal<Option<Route>>,
) -> impl IntoView {
    let shortlisted = use_shortlist().map(|state| state.list);
    let count = move || shortlisted.map_or(0, |list| list.with(|l| l.len()));
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="brand"><AppLink route=Route::default()>{title}</AppLink></p>
            <nav aria-label="Main">
                {move || {
                    let is = |route: Route| current.get() == Some(route);
                    view! {
                        <AppLink route=Route::default() current=is(Route::default())>"Programme"</AppLink>
                        <AppLink route=Route::Shortlist current=is(Route::Shortlist)>
                            // One inline box inside the flex link, so the space before the count stays.
                            <span>
                                "My shortlist"
                                {move || match count() { 0 => String::new(), n => format!(" ({n})") }}
                            </span>
                        </AppLink>
                        <AppLink route=Route::About current=is(Route::About)>"About"</AppLink>
                    }
                }}
            </nav>
        </header>
    }
}
