//! Tells the person what part of the address they opened was not understood.

use leptos::prelude::*;

/// How many ignored items are named before "and N more".
const NAMED: usize = 5;

/// A dismissible notice listing what the URL contained that the app ignored.
#[component]
pub fn IgnoredNotice(
    /// Descriptions of the ignored parameters and values; nothing shows when empty.
    ignored: RwSignal<Vec<String>>,
) -> impl IntoView {
    let text = move || {
        ignored.with(|items| {
            let mut named = items.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
            if items.len() > NAMED {
                named.push_str(&format!(" and {} more", items.len() - NAMED));
            }
            format!("Part of the address you opened was not understood and has been ignored: {named}.")
        })
    };
    view! {
        <div class="notice ignored-notice" role="status" hidden=move || ignored.with(Vec::is_empty)>
            <p>{text}</p>
            <button type="button" class="button" on:click=move |_| ignored.set(Vec::new())>"Dismiss"</button>
        </div>
    }
}
