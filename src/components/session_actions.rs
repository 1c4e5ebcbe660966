//! What a person can do with a session: shortlist it, add it to their calendar. The app handles
//! the shortlist button of every session on the page with one listener (`crate::live::actions`);
//! until it has started that button is not offered, since the written page cannot know what is on
//! the shortlist. "Add to calendar" is written whole into the page, and works at once.

use leptos::prelude::*;

use super::{CalendarMenu, ShortlistButton};
use crate::programme::Session;

/// The shortlist toggle and the "Add to calendar" menu for one session.
#[component]
pub fn SessionActions(
    session: Session,
    /// True where many sessions share the page: the calendar menu's name then says which.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    view! {
        <div class="actions">
            <ShortlistButton slug=session.slug.clone() title=session.title.clone() />
            <CalendarMenu session in_list />
        </div>
    }
}
