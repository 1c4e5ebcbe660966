//! Changing what the app adopted (`super::adopt` finds it): text, visibility, the
//! values and states the styles read. Each setter touches the page only when something changes.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::contract::{Hook, State};

/// Sets `hook`'s value on `element` (the status a badge shows).
pub fn set_value(element: &Element, hook: Hook, value: &str) {
    set_attr(element, hook.attr(), value);
}

/// Marks `element` with `state` (the next session, an open sheet), or takes the mark off.
pub fn set_state(element: &Element, state: State, on: bool) {
    set_flag(element, state.attr, on);
}

/// Sets `state` on `element` to `value` (the app, "ready").
pub fn set_state_value(element: &Element, state: State, value: &str) {
    set_attr(element, state.attr, value);
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
