//! "Share this session", "Share this programme": a link to the page, which is all it is without
//! the app; with it, the system's share sheet (a title, a line with the date and UK time, the
//! address) or, where there is none, the address copied and shown to copy by hand
//! (`crate::live::share_page`).

use leptos::prelude::*;

use crate::contract::{
    SHARE_PAGE, SHARE_PAGE_ADDRESS, SHARE_PAGE_COPY, SHARE_PAGE_LINK, SHARE_PAGE_STATUS, SHARE_TEXT, SHARE_TITLE, Shared,
};

/// The share control of a page.
#[component]
pub fn SharePage(
    /// What it shares.
    shared: Shared,
    /// The page's address beside index.html (`session-x.html`, or `./` for the programme).
    href: String,
    /// What is shared, for the link's name: "Share this session".
    what: &'static str,
    /// The title it is shared with.
    title: String,
    /// The line it is shared with.
    text: String,
) -> impl IntoView {
    view! {
        <div class="share-page" {..SHARE_PAGE.with(shared.name())}>
            <a class="button share-page-button" {..SHARE_PAGE_LINK.mark()} {..SHARE_TITLE.with(title)} {..SHARE_TEXT.with(text)} href=href>
                "Share"
                <span class="visually-hidden">{format!(" this {what}")}</span>
            </a>
            <p class="share-page-status" role="status" {..SHARE_PAGE_STATUS.mark()}></p>
            <p class="share-page-copy" hidden {..SHARE_PAGE_COPY.mark()}>
                <label>"Link to copy " <input type="text" readonly {..SHARE_PAGE_ADDRESS.mark()} /></label>
            </p>
        </div>
    }
}
