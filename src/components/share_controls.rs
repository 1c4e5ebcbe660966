//! "Share my shortlist": a link that carries the shortlist, for the system share sheet or the
//! clipboard, and shown as text so it can always be copied by hand (`crate::live::share`).

use leptos::prelude::*;

use crate::contract::{SHARE, SHARE_BUTTON, SHARE_LINK, SHARE_STATUS};

/// The share button, the link itself, and what happened when the person shared it.
#[component]
pub fn ShareControls() -> impl IntoView {
    view! {
        <section class="share" aria-labelledby="share-heading" hidden {..SHARE.mark()}>
            <h2 id="share-heading">"Share my shortlist"</h2>
            <p>
                "Anyone who opens this link sees the sessions on your shortlist and can add them to their own. Nothing is sent anywhere until you share the link yourself."
            </p>
            <button type="button" class="button share-button" {..SHARE_BUTTON.mark()}>
                "Share my shortlist"
            </button>
            <p class="share-status" role="status" {..SHARE_STATUS.mark()}></p>
            <label for="share-link">"Link to your shortlist"</label>
            <input id="share-link" class="share-link" type="text" readonly {..SHARE_LINK.mark()} />
        </section>
    }
}
