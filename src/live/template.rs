//! Copies of the templates the build wrote into index.html (`crate::components::Templates`).

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

use super::dom::{find_value, missing, root};
use crate::contract::{TEMPLATE, Template};

/// A new element of `tag` and `class` holding a copy of the page's template `template`; a
/// template missing from the page is reported.
pub fn copy(template: Template, tag: &str, class: &str) -> Option<Element> {
    let template = the(template)?;
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

/// A copy of the first element inside the page's template `template`.
pub fn first(template: Template) -> Option<Element> {
    item(&the(template)?.into())
}

/// The page's template `template`, reported when it is missing.
fn the(template: Template) -> Option<HtmlTemplateElement> {
    let root = root()?;
    let found = find_value(&root, TEMPLATE, template.name());
    if found.is_none() {
        missing(&root, &format!("{}=\"{}\"", TEMPLATE.attr(), template.name()));
    }
    found?.dyn_into().ok()
}
