//! The shared-shortlist view (`crate::components::SharedView`), filled from the link: the sessions
//! it carries, added to the reader's own shortlist only when they ask.

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::memo;
use super::session_card::WrittenCards;
use super::shortlist_state::use_shortlist;
use super::{missing_sessions, session_list};
use crate::browser::listen::on;
use crate::components::use_app_data;
use crate::contract::parts::SHARED_ROW;
use crate::contract::{
    MERGE, MERGE_BUTTON, MERGE_STATUS, SEE_SHORTLIST, SHARED_INTRO, SHARED_READABLE, SHARED_UNREADABLE, UNREADABLE_TEXT,
};
use crate::programme::shortlist::{Shortlist, parse_share_param};
use crate::programme::text::sessions;

/// Fills the copied view `view`, adopted, from the link's value `param`.
pub fn adopt(view: &Found, param: &str, cards: &WrittenCards) {
    let (programme, state) = (use_app_data().programme, use_shortlist());
    let shared = match parse_share_param(param) {
        Ok(shared) => shared,
        Err(why) => {
            set_hidden(&view.get(SHARED_UNREADABLE), false);
            set_text(
                &view.get(UNREADABLE_TEXT),
                &format!("This link could not be read: {why}. It may have been cut short when it was copied; ask for it again."),
            );
            return;
        }
    };
    set_hidden(&view.get(SHARED_READABLE), false);
    let (found, missing) = shared.resolve(&programme);
    let slugs: Vec<_> = found.iter().map(|s| s.slug.clone()).collect();
    set_text(
        &view.get(SHARED_INTRO),
        &format!("Someone shared {} with you. Your own shortlist is unchanged unless you add them to it.", sessions(shared.len())),
    );
    // Only sessions in the programme are added: a link cannot plant ids this programme never had.
    let in_programme = Shortlist::new(shared.slugs().iter().filter(|s| !missing.contains(s)).cloned());
    set_hidden(&view.get(MERGE), in_programme.is_empty());
    let (status, see) = (view.get(MERGE_STATUS), view.get(SEE_SHORTLIST));
    on(&view.get(MERGE_BUTTON), "click", move |_| {
        set_text(
            &status,
            &match state.merge(&in_programme) {
                0 => "They were all on your shortlist already.".to_owned(),
                n => format!("Added {} to your shortlist.", sessions(n)),
            },
        );
        set_hidden(&see, false);
    });
    session_list::fill(view, memo(move || slugs.clone()), cards.clone());
    missing_sessions::show(view, &SHARED_ROW, &missing, &|_, _| {});
}
