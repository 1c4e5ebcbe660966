//! Copies of the templates the build wrote into index.html (`crate::components::Templates`).

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

/// A new element of `tag` and `class` holding a copy of the page's template `id`.
pub fn copy(id: &str, tag: &str, class: &str) -> Option<Element> {
    let template: HtmlTemplateElement = document().get_element_by_id(id)?.dyn_into().ok()?;
    let element = document().create_element(tag).ok()?;
    element.set_class_name(class);
    element.append_child(&template.content().clone_node_with_deep(true).ok()?).ok()?;
    Some(element)
}

/// A copy of the first element inside `template` (a view's template for one item of a list).
pub fn item(template: &Element) -> Option<Element> {
    let template: &HtmlTemplateElement = template.dyn_ref()?;
    template.content().first_element_child()?.clone_node_with_deep(true).ok()?.dyn_into().ok()
}

/// A copy of the first element inside the page's template `id`.
pub fn first(id: &str) -> Option<Element> {
    item(&document().get_element_by_id(id)?)
}
