//! The frame of every page the build writes: the header, `<main>` with the notices and the view,
//! and the footer.

use leptos::prelude::*;

use super::{Notices, SiteFooter, SiteHeader, use_app_data};
use crate::contract::{MAIN, NOTICES, VIEW};
use crate::routes::Route;

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
