//! The written programme (`ProgrammeView`), adopted as it is: filters only show and hide its
//! cards and months and rewrite its counts, so nothing the person sees is built again.

use std::ops::Range;

use leptos::prelude::*;
use web_sys::{Element, HtmlElement};

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::effect;
use super::navigator::Navigator;
use super::session_card::{Card, Month};
use super::{filter_panel, results};
use crate::components::use_app_data;
use crate::contract::{PRINT_FILTERS, TOOLKIT_LINE};
use crate::programme::filter::{Filters, Outcome};

/// Shows the sessions and months `outcome` leaves visible (of the `cards` and `months` the start
/// found) in the adopted `view` (`parts::PROGRAMME_VIEW`), with their count, and the empty state
/// when nothing matches. (The filter panel is adopted on its own: `filter_panel::adopt`.)
pub fn adopt(view: &Found, navigator: Navigator, filters: Memo<Filters>, outcome: Memo<Outcome>, cards: &[Card], months: &[Month]) {
    let programme = use_app_data().programme;
    let total = programme.sessions.len();
    // Each session's list item, by its place in the programme (the order filtering works in).
    // Kept as `HtmlElement`s, whose `hidden` property the effect below sets directly: checking
    // each element's type, and reading the attribute back, on every change of a 2,000-session
    // list took a noticeable part of a keystroke's time.
    let items: Vec<Option<HtmlElement>> = cards.iter().map(|card| card.item.clone()).collect();
    let months: Vec<(HtmlElement, Range<usize>)> = months.iter().map(|m| (m.section.clone(), m.cards.clone())).collect();

    // One effect writes the `hidden` flag of just the items and months whose visibility changed:
    // a signal and a render effect per card cost most of a filter click's script time at 2,000
    // sessions. The written page shows everything.
    let mut before = vec![true; items.len()];
    effect(move || {
        let now = outcome.with(|o| o.visible.clone());
        for ((item, was), is) in items.iter().zip(&before).zip(&now) {
            if let (Some(item), true) = (item, was != is) {
                item.set_hidden(!is);
            }
        }
        for (section, cards) in &months {
            let any = |shown: &[bool]| shown.get(cards.clone()).is_some_and(|s| s.contains(&true));
            if any(&before) != any(&now) {
                section.set_hidden(!any(&now));
            }
        }
        before = now;
    });

    results::follow(view, navigator, filter_panel::PROGRAMME, total, filters, outcome);
    // The toolkit's resources on the topics chosen.
    let lines: Vec<(Element, String)> =
        view.all(TOOLKIT_LINE).into_iter().filter_map(|line| line.get_attribute(TOOLKIT_LINE.attr()).map(|topic| (line, topic))).collect();
    effect(move || {
        filters.with(|f| {
            for (line, topic) in &lines {
                set_hidden(line, !f.topics.iter().any(|t| t.as_str() == topic));
            }
        })
    });
    let line = view.get(PRINT_FILTERS);
    effect(move || set_text(&line, &filters.with(|f| f.describe(&programme)).map(|d| format!("Narrowed to {d}")).unwrap_or_default()));
}
