//! The footer on every view: how current the programme data is (which matters most when the
//! guide was opened offline from a bookmark), and the ways to pass the programme on: the Embed
//! page and the poster.

use leptos::prelude::*;

use super::AppLink;
use super::context::use_app_data;
use crate::contract::EMBED_OFFER;
use crate::programme::uk_time::long_date;
use crate::routes::{POSTER_FILE, Route};

/// The footer's id, which `index.html`'s `<link rel="expect">` names: the first paint waits until
/// the parser has reached it, so it shows the whole written page at once.
pub const PAGE_END: &str = "page-end";

/// When the programme data was last updated, and how to embed it or pin it up (not shown inside
/// an embed).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let updated = use_app_data().programme.series.updated;
    view! {
        <footer class="site-footer" id=PAGE_END>
            <p>{format!("Programme data last updated {}.", long_date(updated))}</p>
            <p class="embed-link" {..EMBED_OFFER.mark()}>
                <AppLink route=Route::Embed>"Embed this programme on your website"</AppLink>
            </p>
            <p class="poster-offer">
                <a href=POSTER_FILE>"Print a poster for a noticeboard"</a>
            </p>
        </footer>
    }
}
