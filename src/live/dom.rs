//! Small, forgiving helpers for reading and writing the written page. A selector that finds
//! nothing gives nothing to do, never a panic: the page still reads as written.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The first element under `root` matching `selector`.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Every element under `root` matching `selector`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// `element` as an `HtmlElement`, for the properties only those have.
pub fn html(element: &Element) -> Option<&HtmlElement> {
    element.dyn_ref()
}

/// Sets `element`'s text, touching the page only when it changes.
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Shows or hides `element` through its `hidden` property: filtering 2,000 sessions sets it on
/// hundreds of items in one change, and the property passes no strings between the WebAssembly
/// and the page (the attribute's name would be decoded into a new JavaScript string on every call,
/// each call's garbage adding to the click's time).
pub fn set_hidden(element: &Element, hidden: bool) {
    match html(element) {
        Some(element) if element.hidden() != hidden => element.set_hidden(hidden),
        Some(_) => {}
        None => set_flag(element, "hidden", hidden),
    }
}

/// Sets or removes a boolean attribute such as `disabled`.
pub fn set_flag(element: &Element, name: &str, on: bool) {
    if element.has_attribute(name) != on {
        let _ = if on { element.set_attribute(name, "") } else { element.remove_attribute(name) };
    }
}

/// Sets an attribute, touching the page only when it changes.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// The document's root element (`<html>`).
pub fn root() -> Option<Element> {
    leptos::prelude::document().document_element()
}
