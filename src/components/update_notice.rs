//! Says when a newer deployment of the guide is ready, and loads it when the person asks.

use leptos::prelude::*;

use crate::service_worker;

/// Registers the service worker; once a newer build is waiting, offers to load it. Until the
/// person accepts, the build they opened keeps running, whole.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(false);
    service_worker::register(move || ready.set(true));
    view! {
        // The live region is always there, so the message is announced when it appears.
        <div class="notice update-notice" role="status">
            <Show when=move || ready.get()>
                <p>"A newer programme is available."</p>
                <button type="button" on:click=|_| service_worker::apply_update()>"Load the newer programme"</button>
            </Show>
        </div>
    }
}
