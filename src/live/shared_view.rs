//! The shared-shortlist view (`crate::components::SharedView`), filled from the link: the sessions
//! it carries, added to the reader's own shortlist only when they ask.

use web_sys::Element;

use super::cards::WrittenCards;
use super::dom::{find, set_hidden, set_text};
use super::effect::memo;
use super::shortlist_state::use_shortlist;
use super::shortlist_view::fill_list;
use super::template;
use crate::browser::listen::on;
use crate::components::use_app_data;
use crate::contract::{
    MERGE, MERGE_BUTTON, MERGE_STATUS, MISSING, MISSING_ITEM, MISSING_LIST, MISSING_SLUG, SEE_SHORTLIST, SHARED_INTRO, SHARED_READABLE,
    SHARED_UNREADABLE, UNREADABLE_TEXT,
};
use crate::programme::shortlist::{Shortlist, parse_share_param};
use crate::programme::text::sessions;

/// Fills the copied view `view` from the link's value `param`.
pub fn adopt(view: &Element, param: &str, cards: &WrittenCards) {
    let (programme, state) = (use_app_data().programme, use_shortlist());
    let shared = match parse_share_param(param) {
        Ok(shared) => shared,
        Err(why) => {
            if let Some(unreadable) = find(view, SHARED_UNREADABLE) {
                set_hidden(&unreadable, false);
                if let Some(text) = find(&unreadable, UNREADABLE_TEXT) {
                    text.set_text_content(Some(&format!(
                        "This link could not be read: {why}. It may have been cut short when it was copied; ask for it again."
                    )));
                }
            }
            return;
        }
    };
    let Some(readable) = find(view, SHARED_READABLE) else { return };
    set_hidden(&readable, false);
    let (found, missing) = shared.resolve(&programme);
    let slugs: Vec<_> = found.iter().map(|s| s.slug.clone()).collect();
    if let Some(intro) = find(&readable, SHARED_INTRO) {
        intro.set_text_content(Some(&format!(
            "Someone shared {} with you. Your own shortlist is unchanged unless you add them to it.",
            sessions(shared.len())
        )));
    }
    // Only sessions in the programme are added: a link cannot plant ids this programme never had.
    let in_programme = Shortlist::new(shared.slugs().iter().filter(|s| !missing.contains(s)).cloned());
    if let (Some(merge), Some(status), Some(see)) = (find(&readable, MERGE), find(&readable, MERGE_STATUS), find(&readable, SEE_SHORTLIST))
    {
        set_hidden(&merge, in_programme.is_empty());
        if let Some(button) = find(&merge, MERGE_BUTTON) {
            on(&button, "click", move |_| {
                set_text(
                    &status,
                    &match state.merge(&in_programme) {
                        0 => "They were all on your shortlist already.".to_owned(),
                        n => format!("Added {} to your shortlist.", sessions(n)),
                    },
                );
                set_hidden(&see, false);
            });
        }
    }
    fill_list(&readable, memo(move || slugs.clone()), cards.clone());
    if let (false, Some(section)) = (missing.is_empty(), find(&readable, MISSING)) {
        set_hidden(&section, false);
        if let (Some(list), Some(item)) = (find(&section, MISSING_LIST), find(&section, MISSING_ITEM)) {
            for slug in missing {
                if let Some(row) = template::item(&item) {
                    if let Some(name) = find(&row, MISSING_SLUG) {
                        name.set_text_content(Some(slug.as_str()));
                    }
                    let _ = list.append_child(&row);
                }
            }
        }
    }
}
