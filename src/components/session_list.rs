//! A plain list of session cards, in the order given (the shortlist and shared views). The cards
//! are copies of the programme's written ones, so the browser builds no card of its own.

use leptos::html::Ol;
use leptos::prelude::*;

use crate::live::WrittenCards;
use crate::programme::Slug;
use crate::live::effect::effect;

/// A heading and cards for the sessions `slugs` (each in the programme); nothing when there are none.
#[component]
pub fn SessionList(
    /// The list's heading (an h2, so the cards' h3 headings sit under it).
    heading: &'static str,
    /// Session slugs, in display order.
    #[prop(into)]
    slugs: Signal<Vec<Slug>>,
) -> impl IntoView {
    let cards = expect_context::<WrittenCards>();
    let list = NodeRef::<Ol>::new();
    // The copies are DOM nodes rather than a view, so they are put in by hand.
    effect(move || {
        let Some(ol) = list.get() else { return };
        ol.set_text_content(None);
        slugs.with(|slugs| cards.fill(&ol, slugs));
    });
    let empty = move || slugs.with(Vec::is_empty);
    view! {
        <h2 hidden=empty>{heading}</h2>
        <ol class="sessions" node_ref=list hidden=empty></ol>
    }
}
