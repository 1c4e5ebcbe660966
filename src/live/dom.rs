//! Finding, reading and changing the written page, always through the page contract
//! (`crate::contract`): a hook is looked up by its item, never by a copied selector, and a hook
//! the app requires that is not there is reported by name (in the console, and by stopping a
//! debug build), never skipped in silence. Nothing else in the app looks elements up (clippy.toml
//! disallows the browser's own lookups elsewhere).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::contract::read::PageElement;
use crate::contract::{Hook, Need};

/// The first element under `root` marked by `hook`, reported when the hook is required and missing.
pub fn find(root: &Element, hook: Hook) -> Option<Element> {
    let found = try_find(root, hook);
    if found.is_none() && hook.need == Need::Required {
        missing(root, hook.attr());
    }
    found
}

/// The first element under `root` marked by `hook`, where the page may not be one the build
/// wrote (what a server answered for a view's page): its absence is no fault of the contract's.
#[allow(clippy::disallowed_methods)]
pub fn try_find(root: &Element, hook: Hook) -> Option<Element> {
    root.query_selector(hook.selector).ok().flatten()
}

/// Every element under `root` marked by `hook`, in document order (none may be right: a
/// programme may have no topics).
#[allow(clippy::disallowed_methods)]
pub fn find_all(root: &Element, hook: Hook) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(hook.selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The element under `root` marked by `hook` with the value `value` (a session's card by its slug).
#[allow(clippy::disallowed_methods)]
pub fn find_value(root: &Element, hook: Hook, value: &str) -> Option<Element> {
    root.query_selector(&hook.selector_for(value)).ok().flatten()
}

/// `element` or the nearest element around it marked by `hook` (where a click landed).
#[allow(clippy::disallowed_methods)]
pub fn closest(element: &Element, hook: Hook) -> Option<Element> {
    element.closest(hook.selector).ok().flatten()
}

/// The value of `hook` on `element` (a session's slug on its card).
pub fn value(element: &Element, hook: Hook) -> Option<String> {
    element.get_attribute(hook.attr())
}

/// Sets `hook`'s value on `element`, touching the page only when it changes.
pub fn set_value(element: &Element, hook: Hook, value: &str) {
    set_attr(element, hook.attr(), value);
}

/// Marks `element` with the state `hook` (the next session, an open sheet), or takes the mark off.
pub fn set_state(element: &Element, hook: Hook, on: bool) {
    set_flag(element, hook.attr(), on);
}

/// Says that the page lacks a hook the app requires (`what`: its attribute, and value if any),
/// naming it and the element it was looked for in.
pub fn missing(root: &Element, what: &str) {
    let message = format!("The page has no {what} inside its <{}>: that part of the guide cannot work.", root.local_name());
    web_sys::console::error_1(&message.as_str().into());
    #[cfg(debug_assertions)]
    panic!("{message}");
}

/// The document's root element (`<html>`), where the page's states are marked.
pub fn root() -> Option<Element> {
    leptos::prelude::document().document_element()
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

impl PageElement for Element {
    fn attr(&self, name: &str) -> Option<String> {
        self.get_attribute(name)
    }

    fn text(&self) -> String {
        self.text_content().unwrap_or_default()
    }

    fn all(&self, hook: Hook) -> Vec<Element> {
        find_all(self, hook)
    }

    fn first(&self, hook: Hook) -> Option<Element> {
        try_find(self, hook)
    }
}
