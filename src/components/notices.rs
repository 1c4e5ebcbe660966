//! The notices at the top of every view: a newer programme, an address partly not understood,
//! trouble keeping the shortlist. Written empty and hidden (they take no space); the app fills
//! and shows them (`crate::live::notices`). Each is a live region from the start, so what it
//! comes to say is announced.

use leptos::prelude::*;

use crate::contract::{DISMISS, IGNORED_NOTICE, IGNORED_TEXT, LOAD_UPDATE, STORAGE_NOTICE, STORAGE_TEXT, UPDATE_NOTICE};

/// The three notices.
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
    }
}
