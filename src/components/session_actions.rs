//! What a person can do with a session: shortlist it, add it to their calendar. The app handles
//! the shortlist button of every session on the page with one listener (`crate::live::actions`);
//! until it has started that button is not offered, since the written page cannot know what is on
//! the shortlist. "Add to calendar" is a link to the file the build wrote, which works at once.

use leptos::prelude::*;

use super::{CalendarButton, ShortlistButton};
use crate::programme::Slug;

/// The shortlist toggle and the "Add to calendar" link for one session.
#[component]
pub fn SessionActions(
    /// The session's slug.
    slug: Slug,
    /// The session's title, for the buttons' accessible names.
    title: String,
    /// True where many sessions share the page: the calendar link's name then says which.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    let detail = in_list.then(|| title.clone());
    view! {
        <div class="actions">
            <ShortlistButton slug=slug.clone() title />
            <CalendarButton slug detail />
        </div>
    }
}
