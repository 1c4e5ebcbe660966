//! The banner on every view: the series name and the main navigation.

use leptos::prelude::*;

use super::AppLink;
use crate::routes::Route;

/// Skip link, series name and main navigation, marking the current page.
#[component]
pub fn SiteHeader(
    /// The series' short title.
    title: String,
    /// True on the About view; the programme link is current otherwise.
    on_about: Signal<bool>,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="brand"><AppLink route=Route::default()>{title}</AppLink></p>
            <nav aria-label="Main">
                {move || {
                    let about = on_about.get();
                    view! {
                        <AppLink route=Route::default() current=!about>"Programme"</AppLink>
                        <AppLink route=Route::About current=about>"About"</AppLink>
                    }
                }}
            </nav>
        </header>
    }
}
