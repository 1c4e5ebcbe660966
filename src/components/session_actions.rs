//! What a person can do with a session: shortlist it, add it to their calendar.

use leptos::prelude::*;

use super::{CalendarButton, ShortlistButton};
use crate::programme::Slug;

/// The shortlist toggle and the "Add to calendar" button for one session.
#[component]
pub fn SessionActions(
    /// The session's slug.
    slug: Slug,
    /// The session's title, for the buttons' accessible names.
    title: String,
    /// True where many sessions share the page: the calendar button's name then says which.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    let file_name = format!("{}.ics", slug.as_str());
    let detail = in_list.then(|| title.clone());
    view! {
        <div class="actions">
            <ShortlistButton slug=slug.clone() title />
            <CalendarButton slugs=Signal::stored(vec![slug]) file_name label="Add to calendar" detail />
        </div>
    }
}
