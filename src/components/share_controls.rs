//! "Share my shortlist": a link that carries the shortlist, for the system share sheet or the
//! clipboard, and shown as text so it can always be copied by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{self, ShareOutcome};
use crate::live::use_shortlist;
use crate::programme::shortlist::share_param;
use crate::routes::Route;

/// The share button, the link itself, and what happened when the person shared it.
#[component]
pub fn ShareControls(
    /// The series title, for the share sheet.
    title: String,
) -> impl IntoView {
    let state = use_shortlist();
    let link = Memo::new(move |_| {
        let href = Route::Shared(state.list.with(share_param)).href();
        format!("{}{}", browser::page_address(), href.trim_start_matches("./"))
    });
    let outcome = RwSignal::new(None::<ShareOutcome>);
    let share = move |_| {
        let (title, url) = (title.clone(), link.get_untracked());
        spawn_local(async move { outcome.set(Some(browser::share_link(&title, &url).await)) });
    };
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share my shortlist"</h2>
            <p>"Anyone who opens this link sees the sessions on your shortlist and can add them to their own. Nothing is sent anywhere until you share the link yourself."</p>
            <button type="button" class="button" on:click=share>"Share my shortlist"</button>
            <p class="share-status" role="status">
                {move || match outcome.get() {
                    Some(ShareOutcome::Shared) => "Shared.",
                    Some(ShareOutcome::Copied) => "Link copied. Paste it wherever you like.",
                    Some(ShareOutcome::Failed) => "Could not copy the link: select it below and copy it.",
                    Some(ShareOutcome::Cancelled) | None => "",
                }}
            </p>
            <label for="share-link">"Link to your shortlist"</label>
            <input id="share-link" class="share-link" type="text" readonly prop:value=move || link.get() />
        </section>
    }
}
