//! What the app shows for an address that leads nowhere, or to a page it could not fetch.

use leptos::prelude::*;

use super::AppLink;
use super::app_link::LinkRole;
use crate::contract::{HEADING, TRY_AGAIN};
use crate::routes::Route;

/// "Session not found", with the way back.
#[component]
pub fn SessionNotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "Session not found"
        </h1>
        <p>"There is no session at this address. It may have been renamed or removed from the programme."</p>
        <p>
            <AppLink route=Route::default() role=LinkRole::Back>
                "Back to the programme"
            </AppLink>
        </p>
    }
}

/// A view whose page could not be fetched (offline before the guide was kept for offline use, or
/// the server is unreachable), with a link to try again (the app points it at the address) and
/// the way back.
#[component]
pub fn PageUnavailable() -> impl IntoView {
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "This page could not be loaded"
        </h1>
        <p>"The guide could not reach its server. Check your connection, then try again."</p>
        // A plain link: it loads the page again, rather than the view the app could not show.
        <p>
            <a class="try-again" href="./" {..TRY_AGAIN.mark()}>
                "Try again"
            </a>
        </p>
        <p>
            <AppLink route=Route::default() role=LinkRole::Back>
                "Back to the programme"
            </AppLink>
        </p>
    }
}
