//! What the app shows for an address that leads nowhere, or to a page it could not fetch.

use leptos::prelude::*;

use super::AppLink;
use super::app_link::LinkRole;
use super::context::use_hrefs;
use crate::routes::Route;

/// "Session not found", with the way back.
#[component]
pub fn SessionNotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Session not found"</h1>
        <p>"There is no session at this address. It may have been renamed or removed from the programme."</p>
        <p><AppLink route=Route::default() role=LinkRole::Back>"Back to the programme"</AppLink></p>
    }
}

/// A view whose page could not be fetched (offline before the guide was kept for offline use, or
/// the server is unreachable), with a link to try again and the way back.
#[component]
pub fn PageUnavailable(
    /// The address to try again.
    route: Route,
) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"This page could not be loaded"</h1>
        <p>"The guide could not reach its server. Check your connection, then try again."</p>
        // A plain link: it loads the page again, rather than the view the app could not show.
        <p><a href=use_hrefs().href(&route)>"Try again"</a></p>
        <p><AppLink route=Route::default() role=LinkRole::Back>"Back to the programme"</AppLink></p>
    }
}
