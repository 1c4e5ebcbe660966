//! The sessions on a list that are no longer in the programme (`crate::components::MissingSessions`),
//! one row each, on the person's shortlist (where each can be removed) and on a shared one.

use super::adopt::{Found, adopt};
use super::dom::{set_hidden, set_text};
use super::templates;
use crate::contract::{MISSING, MISSING_ITEM, MISSING_LIST, MISSING_SLUG, Part};
use crate::programme::Slug;

/// Shows in the adopted `view` one row per session of `slugs` (its section hidden when there is
/// none), each adopted as `row` (`parts::REMOVABLE_ROW` or `parts::SHARED_ROW`) and handed to
/// `follow` with its session (to follow its "Remove").
pub fn show(view: &Found, row: &'static Part, slugs: &[Slug], follow: &dyn Fn(&Found, &Slug)) {
    let (list, item) = (view.get(MISSING_LIST), view.get(MISSING_ITEM));
    set_hidden(&view.get(MISSING), slugs.is_empty());
    list.set_text_content(None);
    for slug in slugs {
        let Some(row) = templates::item(&item).and_then(|copy| adopt(&copy, row)) else { continue };
        set_text(&row.get(MISSING_SLUG), slug.as_str());
        follow(&row, slug);
        let _ = list.append_child(row.root());
    }
}
