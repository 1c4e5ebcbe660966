//! "Subscribe": calendar feeds for the topics and organisations chosen in the filters (or the whole
//! programme), as a `webcal:` link that calendar apps open, and the plain address to copy.

use leptos::prelude::*;

use super::context::use_app_data;
use crate::contract::{FEED_ADDRESS, SUBSCRIBE, SUBSCRIBE_LINK};
use crate::programme::calendar::{FEED_DIR, subscriptions};
use crate::programme::filter::Filters;

/// "Subscribe", opening one line per feed that matches `filters`. Written with nothing filtered and relative addresses,
/// which work without JavaScript; the app rewrites the lines for the filters chosen, with the full
/// addresses calendar apps need (`crate::live::subscribe`).
#[component]
pub fn SubscribeLinks(filters: Filters) -> impl IntoView {
    let data = use_app_data();
    let folder = format!("{}{FEED_DIR}/", data.folder);
    let lines = subscriptions(&data.programme, &filters)
        .into_iter()
        .map(|(name, file)| {
            let https = format!("{folder}{file}");
            view! {
                <li>
                    <a href=webcal(&https) {..SUBSCRIBE_LINK.mark()}>
                        {subscribe_words(&name)}
                    </a>
                    " in a calendar app, or copy the "
                    <a {..FEED_ADDRESS.mark()} href=https>
                        {feed_words(&name)}
                    </a>
                </li>
            }
        })
        .collect_view();
    // Folded into one control, so the sessions are on a phone's first screen; a <details> opens
    // without JavaScript too.
    view! {
        <details class="subscribe-feeds">
            <summary>"Subscribe"</summary>
            <ul class="subscribe" {..SUBSCRIBE.mark()}>
                {lines}
            </ul>
        </details>
    }
}

/// A line's subscribe link: "Subscribe to NHS charging". Written here and by the app as the
/// filters change.
pub fn subscribe_words(name: &str) -> String {
    format!("Subscribe to {name}")
}

/// A line's link to the feed's plain address: "feed address for NHS charging".
pub fn feed_words(name: &str) -> String {
    format!("feed address for {name}")
}

/// The `webcal:` form of a feed's address, which calendar apps open to subscribe.
pub fn webcal(address: &str) -> String {
    address.replacen("https://", "webcal://", 1).replacen("http://", "webcal://", 1)
}
