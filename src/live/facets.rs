//! The topic and organisation checkboxes written by `FacetOptions` (in the filter panel and on
//! the Embed page), kept in step with the filters they choose and the counts those give.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::dom::{find, find_all, set_text};
use super::effect::effect;
use super::listen::{on, target_element};
use crate::components::{Facet, count_words, use_app_data};
use crate::programme::Slug;
use crate::programme::filter::{Filters, Outcome};

/// One written option: its checkbox and where its count is shown.
struct WrittenOption {
    facet: Facet,
    /// Its place in the facet's options (and in `Outcome`'s counts).
    index: usize,
    item: Element,
    input: HtmlInputElement,
    /// Its slug (the checkbox's value), read once: each keystroke in search recounts every option.
    slug: String,
    number: Option<Element>,
    words: Option<Element>,
}

/// Hands the filters a tick or untick of a checkbox under `root` makes to `on_change`.
pub fn follow(root: &Element, filters: Signal<Filters>, on_change: impl Fn(Filters) + 'static) {
    let programme = use_app_data().programme;
    on(root, "change", move |event| {
        let Some(input) = target_element(&event).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let facet = input.closest("fieldset[data-facet]").ok().flatten().and_then(|f| f.get_attribute("data-facet"));
        let Some(facet) = facet.as_deref().and_then(Facet::from_name) else { return };
        on_change(facet.toggle(&filters.get_untracked(), &programme, &Slug(input.value())));
    });
}

/// Keeps the checkboxes under `root` ticked as `filters` say and counted as `outcome` says.
pub fn keep(root: &Element, filters: Signal<Filters>, outcome: Memo<Outcome>) {
    let programme = use_app_data().programme;
    let mut options = Vec::new();
    for fieldset in find_all(root, "fieldset[data-facet]") {
        let Some(facet) = fieldset.get_attribute("data-facet").as_deref().and_then(Facet::from_name) else { continue };
        let slugs: Vec<Slug> = facet.options(&programme).into_iter().map(|(slug, _)| slug).collect();
        for item in find_all(&fieldset, "li.option") {
            let Some(input) = find(&item, "input").and_then(|i| i.dyn_into::<HtmlInputElement>().ok()) else { continue };
            let slug = input.value();
            let Some(index) = slugs.iter().position(|s| *s.as_str() == slug) else { continue };
            let (number, words) = (find(&item, ".count .n"), find(&item, ".count .visually-hidden"));
            options.push(WrittenOption { facet, index, item, input, slug, number, words });
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
                let _ = option.item.class_list().toggle_with_force("none", count == 0 && !ticked);
                if let Some(number) = &option.number {
                    set_text(number, &count.to_string());
                }
                if let Some(words) = &option.words {
                    set_text(words, count_words(count));
                }
            }
        });
    });
}
