//! The programme's written cards. The start walks them once (`walk`): reading each session from
//! its card, and finding at the same time what the later turns change on it (its list item, its
//! status, its line for the viewer's time, its "Next session" mark), so no turn looks for them
//! again. While another view shows, the shortlist and shared views show copies of the cards
//! rather than building cards again (`WrittenCards`).

use std::ops::Range;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::dom::{find_value, try_find};
use crate::contract::read::{Missing, months};
use crate::contract::{NEXT_LABEL, SESSION, STATUS, VIEWER_TIME};
use crate::programme::Session;

/// What the app changes on a session as shown (a card, or a session's own page): where it stands
/// at this visit, and its times in the viewer's zone.
pub struct Marks {
    /// The status badge.
    pub status: Option<Element>,
    /// The line for the viewer's own time (none when the time was not published).
    pub viewer_time: Option<Element>,
    /// The "Next session" mark (cards only).
    pub next_label: Option<Element>,
}

impl Marks {
    /// The marks of the session shown by `article`.
    pub fn of(article: &Element) -> Marks {
        Marks { status: try_find(article, STATUS), viewer_time: try_find(article, VIEWER_TIME), next_label: try_find(article, NEXT_LABEL) }
    }
}

/// A session's card in the written programme.
pub struct Card {
    /// The card itself.
    pub article: Element,
    /// Its list item, which filtering shows and hides.
    pub item: Option<HtmlElement>,
    /// What the app changes on it.
    pub marks: Marks,
}

/// A month of the written programme, and the places in the programme of its sessions.
pub struct Month {
    /// Its section, hidden when filtering leaves none of its sessions.
    pub section: HtmlElement,
    /// Its cards' places in [`Walk::cards`] (the programme's order).
    pub cards: Range<usize>,
}

/// The written programme as one walk over its months and cards found it: the sessions read from
/// the cards, and each card's place in the page, in the programme's order.
pub struct Walk {
    /// The sessions, as their cards show them.
    pub sessions: Vec<Session>,
    /// Their cards, in the same order.
    pub cards: Vec<Card>,
    /// The months.
    pub months: Vec<Month>,
}

/// Walks the months and cards of the programme view `view` once.
pub fn walk(view: &Element) -> Result<Walk, Missing> {
    let mut found = Walk { sessions: Vec::new(), cards: Vec::new(), months: Vec::new() };
    for month in months(view)? {
        let first = found.cards.len();
        for (article, session) in month.cards {
            let item = article.parent_element().and_then(|item| item.dyn_into().ok());
            found.cards.push(Card { marks: Marks::of(&article), article, item });
            found.sessions.push(session);
        }
        if let Ok(section) = month.section.dyn_into() {
            found.months.push(Month { section, cards: first..found.cards.len() });
        }
    }
    Ok(found)
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
            let card = find_value(&self.0, SESSION, slug.as_str());
            let copy = card.and_then(|card| card.clone_node_with_deep(true).ok());
            if let (Some(copy), Ok(item)) = (copy, document.create_element("li")) {
                let _ = item.append_child(&copy);
                let _ = list.append_child(&item);
            }
        }
    }
}
