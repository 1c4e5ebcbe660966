//! A shortlist someone shared by link: shown as it is, and merged into the reader's own shortlist
//! only when they ask. It is the sender's data, so the build writes only its skeleton, as a
//! template; the app fills it (`crate::live::shared_view`).

use leptos::prelude::*;

use super::{AppLink, MissingSessions, SessionList};
use crate::contract::{
    HEADING, MERGE, MERGE_BUTTON, MERGE_STATUS, SEE_SHORTLIST, SHARED_INTRO, SHARED_READABLE, SHARED_UNREADABLE, UNREADABLE_TEXT,
};
use crate::routes::Route;

/// The shared-shortlist view, before the app reads the link.
#[component]
pub fn SharedView() -> impl IntoView {
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "A shared shortlist"
        </h1>
        <div class="shared-unreadable" hidden {..SHARED_UNREADABLE.mark()}>
            <p class="notice" {..UNREADABLE_TEXT.mark()}></p>
            <p>
                <AppLink route=Route::default()>"Browse the programme"</AppLink>
            </p>
        </div>
        <div class="shared-readable" hidden {..SHARED_READABLE.mark()}>
            <p class="shared-intro" {..SHARED_INTRO.mark()}></p>
            <p class="merge" hidden {..MERGE.mark()}>
                <button type="button" class="button" {..MERGE_BUTTON.mark()}>
                    "Add these to my shortlist"
                </button>
            </p>
            <p class="merge-status" role="status" {..MERGE_STATUS.mark()}></p>
            <p class="see-shortlist" hidden {..SEE_SHORTLIST.mark()}>
                <AppLink route=Route::Shortlist>"See my shortlist"</AppLink>
            </p>
            <SessionList heading="Shared sessions" />
            <MissingSessions />
        </div>
    }
}
