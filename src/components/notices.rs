//! The notices at the top of every view: a newer programme, an address partly not understood,
//! trouble keeping the shortlist, and where the browser deletes a site's data after days without
//! a visit, the ways to keep it. Written empty and hidden (they take no space); the app fills
//! and shows them (`crate::live::notices`). Each is a live region from the start, so what it
//! comes to say is announced, politely, without taking the focus.

use leptos::prelude::*;

use super::AppLink;
use crate::contract::{
    DISMISS, IGNORED_NOTICE, IGNORED_TEXT, KEEPING_DISMISS, KEEPING_NOTICE, LOAD_UPDATE, STORAGE_NOTICE, STORAGE_TEXT, UPDATE_NOTICE,
};
use crate::routes::Route;

/// The four notices.
#[component]
pub fn Notices() -> impl IntoView {
    view! {
        <div class="update-notice" role="status">
            <div class="notice" hidden {..UPDATE_NOTICE.mark()}>
                <p>"A newer programme is available."</p>
                <button type="button" class="button" {..LOAD_UPDATE.mark()}>
                    "Load the newer programme"
                </button>
            </div>
        </div>
        <div class="notice ignored-notice" role="status" hidden {..IGNORED_NOTICE.mark()}>
            <p {..IGNORED_TEXT.mark()}></p>
            <button type="button" class="button" {..DISMISS.mark()}>
                "Dismiss"
            </button>
        </div>
        <div class="notice storage-notice" role="status" hidden {..STORAGE_NOTICE.mark()}>
            <p {..STORAGE_TEXT.mark()}></p>
        </div>
        // Said where the person is when they shortlist (held at the foot of the window), since
        // they may be far down the list.
        <div class="notice keeping-notice" role="status" hidden {..KEEPING_NOTICE.mark()}>
            <p>
                <strong>"This browser deletes the guide's saved data, your shortlist included, after 7 days without a visit."</strong>
                " To keep your shortlist, add the guide to your Home Screen (tap Share, then “Add to Home Screen”), or keep its link or add its sessions to your calendar, on "
                <AppLink route=Route::Shortlist>"My shortlist"</AppLink>
                "."
            </p>
            <button type="button" class="button" {..KEEPING_DISMISS.mark()}>
                "Got it"
            </button>
        </div>
    }
}
