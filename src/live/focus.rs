//! Where the keyboard's focus goes when the view changes: the view's heading, or on the way back
//! to the programme the session the person left it through.

use super::dom::{find, find_value, root};
use crate::browser::history::EntryState;
use crate::browser::{focus, scroll_to};
use crate::contract::{HEADING, MAIN, SESSION, TITLE_LINK};
use web_sys::Element;

/// The heading of the view showing.
pub fn the_heading() -> Option<Element> {
    find(&find(&root()?, MAIN)?, HEADING)
}

/// Focuses the heading of the view showing (for screen readers, a new view's start).
pub fn heading() {
    if let Some(heading) = the_heading() {
        focus(&heading);
    }
}

/// Puts the person back where the history entry `state` was left: the same scroll position (the
/// programme is the same page as when they left it, so that is the same place), with focus on the
/// link to the session they left through, or on the heading.
pub fn return_to(state: &EntryState) {
    scroll_to(state.scroll_y);
    let main = root().and_then(|root| find(&root, MAIN));
    let card = state.focus_slug.as_deref().zip(main).and_then(|(slug, main)| find_value(&main, SESSION, slug));
    if !card.and_then(|card| find(&card, TITLE_LINK)).is_some_and(|link| focus(&link)) {
        heading();
    }
}
