//! The notices at the top of every view: a newer programme, an address partly not understood,
//! trouble keeping the shortlist. Written empty and hidden (they take no space); the app fills
//! and shows them (`crate::live::notices`). Each is a live region from the start, so what it
//! comes to say is announced.

use leptos::prelude::*;

/// The three notices.
#[component]
pub fn Notices() -> impl IntoView {
    view! {
        <div class="update-notice" role="status">
            <div class="notice" hidden>
                <p>"A newer programme is available."</p>
                <button type="button" class="button">
                    "Load the newer programme"
                </button>
            </div>
        </div>
        <div class="notice ignored-notice" role="status" hidden>
            <p></p>
            <button type="button" class="button">
                "Dismiss"
            </button>
        </div>
        <div class="notice storage-notice" role="status" hidden>
            <p></p>
        </div>
    }
}
