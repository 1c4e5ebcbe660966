//! The frame of every page the build writes: the header, `<main>` with the notices and the view,
//! and the footer.

use leptos::prelude::*;

use super::{Notices, SiteFooter, SiteHeader, use_app_data};
use crate::contract::{MAIN, NOTICES, VIEW};
use crate::routes::Route;

/// A page's title: the view's name and the series', "About the series — Stand Up! Speak Out!".
/// Written by publishing into each page and by the app as it changes views.
pub fn page_title(view: &str, series: &str) -> String {
    format!("{view} — {series}")
}

/// The programme's name in its title (index.html's, and the app's on the way back to it).
pub const PROGRAMME_TITLE: &str = "Programme";

/// A page showing `children` as its view (`<main>`'s `.view`, after the notices, which are hidden
/// and take no space), with `current` marked in the navigation.
#[component]
pub fn Page(
    /// The navigation entry for the page, if it has one.
    current: Option<Route>,
    children: Children,
) -> impl IntoView {
    let title = use_app_data().programme.series.title.clone();
    view! {
        <SiteHeader title current />
        <main id="main" tabindex="-1" {..MAIN.mark()}>
            <div class="notices" {..NOTICES.mark()}>
                <Notices />
            </div>
            <div class="view" {..VIEW.mark()}>
                {children()}
            </div>
        </main>
        <SiteFooter />
    }
}
