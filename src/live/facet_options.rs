//! The topic and organisation checkboxes written by `FacetOptions` (in the filter panel and on
//! the Embed page), kept in step with the filters they choose and the counts those give.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::adopt::{adopt_all, around};
use super::dom::{set_state, set_text};
use super::effect::effect;
use crate::browser::listen::{on, target_element};
use crate::components::{count_words, use_app_data};
use crate::contract::parts::{FACET_OPTION, FACET_OPTIONS};
use crate::contract::{EMPTY_OPTION, FACET, OPTION_COUNT, OPTION_COUNT_WORDS, OPTION_INPUT};
use crate::programme::Slug;
use crate::programme::filter::{Facet, Filters, Outcome};

/// One written option: its checkbox and where its count is shown.
struct WrittenOption {
    facet: Facet,
    /// Its place in the facet's options (and in `Outcome`'s counts).
    index: usize,
    item: Element,
    input: HtmlInputElement,
    /// Its slug (the checkbox's value), read once: each keystroke in search recounts every option.
    slug: String,
    number: Element,
    words: Element,
}

/// The facet of the written options `element` is in.
fn facet_of(element: &Element) -> Option<Facet> {
    Facet::from_name(&around(element, &FACET_OPTIONS)?.value(FACET))
}

/// Hands the filters a tick or untick of a checkbox under `root` makes to `on_change`.
pub fn follow(root: &Element, filters: Signal<Filters>, on_change: impl Fn(Filters) + 'static) {
    let programme = use_app_data().programme;
    on(root, "change", move |event| {
        let Some(input) = target_element(&event).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(facet) = facet_of(&input) else { return };
        on_change(facet.toggle(&filters.get_untracked(), &programme, &Slug(input.value())));
    });
}

/// Keeps the checkboxes under `root` ticked as `filters` say and counted as `outcome` says.
pub fn keep(root: &Element, filters: Signal<Filters>, outcome: Memo<Outcome>) {
    let programme = use_app_data().programme;
    let mut options = Vec::new();
    for fieldset in adopt_all(root, &FACET_OPTIONS) {
        let Some(facet) = Facet::from_name(&fieldset.value(FACET)) else { continue };
        let slugs: Vec<Slug> = facet.options(&programme).into_iter().map(|(slug, _)| slug).collect();
        for option in adopt_all(fieldset.root(), &FACET_OPTION) {
            let Ok(input) = option.get(OPTION_INPUT).dyn_into::<HtmlInputElement>() else { continue };
            let (number, words) = (option.get(OPTION_COUNT), option.get(OPTION_COUNT_WORDS));
            let slug = input.value();
            let Some(index) = slugs.iter().position(|s| *s.as_str() == slug) else { continue };
            options.push(WrittenOption { facet, index, item: option.root().clone(), input, slug, number, words });
        }
    }

    let options = Rc::new(options);
    let ticked = Rc::clone(&options);
    effect(move || {
        filters.with(|f| {
            for option in ticked.iter() {
                let chosen = option.facet.chosen(f).iter().any(|s| *s.as_str() == option.slug);
                if option.input.checked() != chosen {
                    option.input.set_checked(chosen);
                }
            }
        });
    });
    let counted = options;
    // What each option last showed (its count, and whether it was ticked): the page is written to
    // only where that changes.
    let mut shown: Vec<Option<(usize, bool)>> = vec![None; counted.len()];
    effect(move || {
        let chosen = filters.get();
        outcome.with(|o| {
            for (option, shown) in counted.iter().zip(shown.iter_mut()) {
                let count = option.facet.counts(o).get(option.index).copied().unwrap_or(0);
                let ticked = option.facet.chosen(&chosen).iter().any(|s| *s.as_str() == option.slug);
                if shown.replace((count, ticked)) == Some((count, ticked)) {
                    continue;
                }
                set_state(&option.item, EMPTY_OPTION, count == 0 && !ticked);
                set_text(&option.number, &count.to_string());
                set_text(&option.words, count_words(count));
            }
        });
    });
}
