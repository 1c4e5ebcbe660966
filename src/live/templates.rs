//! Copies of the templates the build wrote into index.html (`crate::components::Templates`).

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

use super::adopt::template;
use crate::contract::Template;

/// A new element of `tag` and `class` holding a copy of the page's template `which`; a template
/// missing from the page is reported.
pub fn copy(which: Template, tag: &str, class: &str) -> Option<Element> {
    let template = template(which)?;
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

/// A copy of the first element inside the page's template `which`.
pub fn first(which: Template) -> Option<Element> {
    item(&template(which)?.into())
}
