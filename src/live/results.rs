//! What the filters leave, counted, and the way out when they leave nothing: the same for the
//! programme's list and the toolkit's.

use leptos::prelude::*;

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::effect;
use super::filter_panel::Narrows;
use super::navigator::{HistoryMode, Navigator};
use crate::browser::listen::on;
use crate::contract::{EMPTY_CLEAR, EMPTY_STATE, RESULT_COUNT};
use crate::programme::filter::{Filters, Outcome};

/// Keeps the count in `view` (the programme's or the toolkit's, adopted) ("21 sessions", "3 of 21
/// sessions") true to `outcome`, of `total`, and shows its empty state, whose button clears the
/// filters, when nothing is left.
pub fn follow(view: &Found, navigator: Navigator, narrows: Narrows, total: usize, filters: Memo<Filters>, outcome: Memo<Outcome>) {
    let count = view.get(RESULT_COUNT);
    effect(move || {
        let (shown, all) = (outcome.with(|o| o.count), (narrows.count)(total));
        set_text(&count, &if filters.with(Filters::is_empty) { all } else { format!("{shown} of {all}") });
    });
    let empty = view.get(EMPTY_STATE);
    on(&view.get(EMPTY_CLEAR), "click", move |_| navigator.filter((narrows.route)(Filters::default()), HistoryMode::Push));
    effect(move || set_hidden(&empty, outcome.with(|o| o.count > 0)));
}
