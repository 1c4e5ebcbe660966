//! "My shortlist": the shortlisted sessions in date order, the ones no longer in the programme,
//! and a way to share the list. It is the person's own data, so the build writes only its
//! skeleton, as a template; the app fills it (`crate::live::shortlist_view`).

use leptos::prelude::*;

use super::{AppLink, MissingSessions, SessionList, ShareControls};
use crate::contract::{CALENDAR_BUTTON, CALENDAR_STATUS, HEADING, RESULT_COUNT, SHORTLIST_CALENDAR, SHORTLIST_EMPTY, SHORTLIST_EXPIRY};
use crate::routes::Route;

/// The shortlist view, before the app puts the person's shortlist in it.
#[component]
pub fn ShortlistView() -> impl IntoView {
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "My shortlist"
        </h1>
        <p class="result-count" {..RESULT_COUNT.mark()}></p>
        <p class="kept-where">
            "Kept in this browser only. " <span hidden {..SHORTLIST_EXPIRY.mark()}>
                "This browser deletes it after 7 days without a visit: add the guide to your Home Screen (tap Share, then “Add to Home Screen”), keep its link (below), or add its sessions to your calendar."
            </span>
        </p>
        <p class="shortlist-empty" hidden {..SHORTLIST_EMPTY.mark()}>
            "Use “Add to my shortlist” on any session to keep it here. "
            <AppLink route=Route::default()>"Browse the programme"</AppLink>
        </p>
        <p class="shortlist-calendar" hidden {..SHORTLIST_CALENDAR.mark()}>
            <button type="button" class="button calendar-button" {..CALENDAR_BUTTON.mark()}>
                "Add my shortlist to calendar"
            </button>
            " "
            <span class="calendar-status" role="status" {..CALENDAR_STATUS.mark()}></span>
        </p>
        <SessionList heading="Shortlisted sessions" />
        <MissingSessions removable=true />
        <ShareControls />
    }
}
