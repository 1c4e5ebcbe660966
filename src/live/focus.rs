//! Where the keyboard's focus goes when the view changes: the view's heading, or on the way back
//! to the programme the session the person left it through.

use web_sys::Element;

use super::adopt::{adopt, adopt_by_value};
use crate::browser::history::EntryState;
use crate::browser::{focus, scroll_to};
use crate::contract::parts::{CARD_LINK, SHOWN_VIEW};
use crate::contract::{HEADING, TITLE_LINK};

/// Focuses the heading of the view showing in `main` (for screen readers, a new view's start),
/// and gives it.
pub fn heading(main: &Element) -> Option<Element> {
    let heading = adopt(main, &SHOWN_VIEW)?.get(HEADING);
    focus(&heading);
    Some(heading)
}

/// Puts the person back where the history entry `state` was left: the same scroll position (the
/// programme is the same page as when they left it, so that is the same place), with focus on the
/// link to the session they left through, or on the heading.
pub fn return_to(main: &Element, state: &EntryState) {
    scroll_to(state.scroll_y);
    let card = state.focus_slug.as_deref().and_then(|slug| adopt_by_value(main, &CARD_LINK, slug));
    if !card.is_some_and(|card| focus(&card.get(TITLE_LINK))) {
        heading(main);
    }
}
