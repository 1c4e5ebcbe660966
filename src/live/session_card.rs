//! The programme's written cards (`crate::components::SessionCard`). The start walks them once
//! (`walk`): reading each session from its card (`crate::contract::read`), and adopting at the
//! same time what the later turns change on it (its status, its line for the viewer's time, its
//! "Next session" mark, its list item), so no turn looks for them again. While another view
//! shows, the shortlist and shared views show copies of the cards rather than building cards
//! again (`WrittenCards`).

use std::ops::Range;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::adopt::{Found, adopt, adopt_by_value, missing_read};
use crate::contract::parts::{CARD_LINK, CARD_MARKS};
use crate::contract::read::{Missing, months};
use crate::programme::Session;

/// A session's card in the written programme, adopted.
pub struct Card {
    /// Its marks (`parts::CARD_MARKS`): what the app changes on it.
    pub marks: Found,
    /// Its list item, which filtering shows and hides.
    pub item: Option<HtmlElement>,
}

/// A month of the written programme, and the places in the programme of its sessions.
pub struct Month {
    /// Its section, hidden when filtering leaves none of its sessions.
    pub section: HtmlElement,
    /// Its cards' places in [`Walk::cards`] (the programme's order).
    pub cards: Range<usize>,
}

/// The written programme as one walk over its months and cards found it: the sessions read from
/// the cards, and each card adopted, in the programme's order.
pub struct Walk {
    /// The sessions, as their cards show them.
    pub sessions: Vec<Session>,
    /// Their cards, in the same order.
    pub cards: Vec<Card>,
    /// The months.
    pub months: Vec<Month>,
}

/// Walks the months and cards of the programme view `view` once. A card the app cannot read, or
/// adopt, is reported (by what it lacks) and stops the start.
pub fn walk(view: &Element) -> Option<Walk> {
    let mut found = Walk { sessions: Vec::new(), cards: Vec::new(), months: Vec::new() };
    let read = months(view).map_err(|Missing(hook)| missing_read(view, hook)).ok()?;
    for month in read {
        let first = found.cards.len();
        for (article, session) in month.cards {
            let item = article.parent_element().and_then(|item| item.dyn_into().ok());
            let marks = adopt(&article, &CARD_MARKS)?;
            found.cards.push(Card { marks, item });
            found.sessions.push(session);
        }
        if let Ok(section) = month.section.dyn_into() {
            found.months.push(Month { section, cards: first..found.cards.len() });
        }
    }
    Some(found)
}

/// The programme view as written (whether or not it is in the document just now).
#[derive(Clone)]
pub struct WrittenCards(SendWrapper<Element>);

impl WrittenCards {
    /// The cards under `programme`.
    pub fn new(programme: Element) -> WrittenCards {
        WrittenCards(SendWrapper::new(programme))
    }

    /// The programme view itself.
    pub fn root(&self) -> &Element {
        &self.0
    }

    /// Appends to `list` one `<li>` per session of `slugs` holding a copy of its card.
    pub fn fill(&self, list: &Element, slugs: &[crate::programme::Slug]) {
        let document = document();
        for slug in slugs {
            let card = adopt_by_value(&self.0, &CARD_LINK, slug.as_str());
            let copy = card.and_then(|card| card.root().clone_node_with_deep(true).ok());
            if let (Some(copy), Ok(item)) = (copy, document.create_element("li")) {
                let _ = item.append_child(&copy);
                let _ = list.append_child(&item);
            }
        }
    }
}
