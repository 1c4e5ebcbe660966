//! The banner on every view: the series name and the main navigation.

use leptos::prelude::*;

use super::AppLink;
use crate::routes::Route;

/// Skip link, series name and main navigation; `route` marks the current page.
#[component]
pub fn SiteHeader(
    /// The series' short title.
    title: String,
    /// The current route.
    route: ReadSignal<Route>,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="brand"><AppLink route=Route::Programme>{title}</AppLink></p>
            <nav aria-label="Main">
                {move || {
                    let current = route.get();
                    view! {
                        <AppLink route=Route::Programme current=current != Route::About>"Programme"</AppLink>
                        <AppLink route=Route::About current=current == Route::About>"About"</AppLink>
                    }
                }}
            </nav>
        </header>
    }
}
