//! The written programme (`ProgrammeView`), adopted as it is: filters only show and hide its
//! cards and months and rewrite its counts, so nothing the person sees is built again.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::dom::{find, find_all, set_hidden, set_text, value};
use super::effect::effect;
use super::navigator::Navigator;
use super::{filter_panel, results};
use crate::components::use_app_data;
use crate::contract::{MONTH, PRINT_FILTERS, SESSION, TOOLKIT_LINE};
use crate::programme::filter::{Filters, Outcome};

/// A month of the written programme, and the places in the programme of its sessions.
struct Month {
    section: HtmlElement,
    sessions: Vec<usize>,
}

/// Shows the sessions and months `outcome` leaves visible, with their count, and the empty state
/// when nothing matches. (The filter panel is adopted on its own: `filter_panel::adopt`.)
pub fn adopt(view: &Element, navigator: Navigator, filters: Memo<Filters>, outcome: Memo<Outcome>) {
    let programme = use_app_data().programme;
    let total = programme.sessions.len();
    let place = |card: &Element| value(card, SESSION).and_then(|slug| programme.sessions.iter().position(|s| s.slug.as_str() == slug));

    // Each session's list item, by its place in the programme (the order filtering works in).
    // Kept as `HtmlElement`s, whose `hidden` property the effect below sets directly: checking
    // each element's type, and reading the attribute back, on every change of a 2,000-session
    // list took a noticeable part of a keystroke's time.
    let mut items: Vec<Option<HtmlElement>> = vec![None; total];
    let mut months = Vec::new();
    for section in find_all(view, MONTH) {
        let Ok(section) = section.dyn_into::<HtmlElement>() else { continue };
        let mut month = Month { section: section.clone(), sessions: Vec::new() };
        for card in find_all(&section, SESSION) {
            if let (Some(i), Some(item)) = (place(&card), card.parent_element().and_then(|p| p.dyn_into::<HtmlElement>().ok())) {
                month.sessions.push(i);
                items[i] = Some(item);
            }
        }
        months.push(month);
    }

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
        for month in &months {
            let any = |shown: &[bool]| month.sessions.iter().any(|&i| shown[i]);
            if any(&before) != any(&now) {
                month.section.set_hidden(!any(&now));
            }
        }
        before = now;
    });

    results::follow(view, navigator, filter_panel::PROGRAMME, total, filters, outcome);
    // The toolkit's resources on the topics chosen.
    let lines: Vec<(Element, String)> =
        find_all(view, TOOLKIT_LINE).into_iter().filter_map(|line| value(&line, TOOLKIT_LINE).map(|topic| (line, topic))).collect();
    effect(move || {
        filters.with(|f| {
            for (line, topic) in &lines {
                set_hidden(line, !f.topics.iter().any(|t| t.as_str() == topic));
            }
        })
    });
    if let Some(line) = find(view, PRINT_FILTERS) {
        effect(move || set_text(&line, &filters.with(|f| f.describe(&programme)).map(|d| format!("Narrowed to {d}")).unwrap_or_default()));
    }
}
