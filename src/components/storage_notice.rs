//! Tells the person when their shortlist is not being kept as they would expect.

use leptos::prelude::*;

use crate::live::use_shortlist;
use crate::storage::Health;

/// A notice for any storage trouble; nothing shows while the shortlist is saved normally.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_shortlist();
    let text = move || {
        let empty = state.list.with(|l| l.is_empty());
        match state.health.get() {
            Health::Saved => None,
            // Said once there is something to lose.
            Health::Unavailable if empty => None,
            Health::Unavailable => Some(
                "This browser is not letting the guide save your shortlist, so it will be kept only until you close this page."
                    .to_owned(),
            ),
            Health::KeptAside { backup_key, reason } => Some(format!(
                "Your saved shortlist could not be read: {reason}. It has been kept aside unchanged, under “{backup_key}” in this site's storage, and a new shortlist has been started."
            )),
            Health::Untouchable { reason } => Some(format!(
                "Your saved shortlist could not be read: {reason}. It could not be copied aside either, so it has been left as it was, and changes you make now are kept only until you close this page."
            )),
            Health::WriteFailed => Some(
                "Your last change could not be saved: the browser's storage may be full. It is kept until you close this page."
                    .to_owned(),
            ),
        }
    };
    let message = Memo::new(move |_| text());
    view! {
        <div class="notice storage-notice" role="status" hidden=move || message.with(Option::is_none)>
            <p>{move || message.get().unwrap_or_default()}</p>
        </div>
    }
}
