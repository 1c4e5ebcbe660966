//! Sessions on a list (the person's shortlist, a shared one) that are no longer in the programme:
//! shown by their ids, which is all a list keeps, and on the person's own list with a way to
//! remove each. Written empty; the app fills it with one row per session (`crate::live::missing_sessions`).

use leptos::prelude::*;

use crate::contract::{MISSING, MISSING_ITEM, MISSING_LIST, MISSING_SLUG, REMOVE, REMOVE_NAME};

/// The section and the template of its rows; `removable` on the person's own shortlist.
#[component]
pub fn MissingSessions(
    /// Whether each row can be removed (the person's own list) or not (a shared one).
    #[prop(optional)]
    removable: bool,
) -> impl IntoView {
    let remove = removable.then(|| {
        view! {
            " — no longer in the programme "
            <button type="button" class="button" {..REMOVE.mark()}>
                "Remove"
                <span class="visually-hidden" {..REMOVE_NAME.mark()}></span>
            </button>
        }
    });
    let why = removable.then(|| {
        view! { <p>"These sessions are on your shortlist but are no longer in the programme. They stay here until you remove them."</p> }
    });
    view! {
        <div class="missing-sessions" hidden {..MISSING.mark()}>
            <h2>"No longer in the programme"</h2>
            {why}
            <ul class="missing" {..MISSING_LIST.mark()}></ul>
            <template {..MISSING_ITEM.mark()}>
                <li>
                    <span class="missing-slug" {..MISSING_SLUG.mark()}></span>
                    {remove}
                </li>
            </template>
        </div>
    }
}
