//! The banner on every view: the series name and the main navigation.

use leptos::prelude::*;

use super::AppLink;
use crate::contract::{NAV, SERIES_TITLE, SHORTLIST_COUNT, SITE_HEADER, SKIP_LINK};
use crate::programme::filter::Filters;
use crate::routes::Route;

/// Skip link, series name and main navigation, marking the current page. The app keeps the mark
/// and the shortlist's count up to date (`crate::live::header`).
#[component]
pub fn SiteHeader(
    /// The series' short title.
    title: String,
    /// The navigation entry for the page, if it has one.
    current: Option<Route>,
) -> impl IntoView {
    let is = |route: Route| current.as_ref() == Some(&route);
    view! {
        <a class="skip-link" href="#main" {..SKIP_LINK.mark()}>
            "Skip to main content"
        </a>
        <header class="site-header" {..SITE_HEADER.mark()}>
            <p class="brand" {..SERIES_TITLE.mark()}>
                <AppLink route=Route::default()>{title}</AppLink>
            </p>
            <nav aria-label="Main" {..NAV.mark()}>
                <AppLink route=Route::default() current=is(Route::default())>
                    "Programme"
                </AppLink>
                <AppLink route=Route::Toolkit(Filters::default()) current=is(Route::Toolkit(Filters::default()))>
                    "Toolkit"
                </AppLink>
                <AppLink route=Route::Shortlist current=is(Route::Shortlist)>
                    // One inline box inside the flex link, so the space before the count stays.
                    <span>"My shortlist"<span class="shortlist-count" {..SHORTLIST_COUNT.mark()}></span></span>
                </AppLink>
                <AppLink route=Route::About current=is(Route::About)>
                    "About"
                </AppLink>
            </nav>
        </header>
    }
}
