//! The programme's written cards, kept by the app while another view shows: the shortlist and
//! shared views show copies of them rather than building cards again.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::Element;

use super::dom::find_value;
use crate::contract::SESSION;

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
