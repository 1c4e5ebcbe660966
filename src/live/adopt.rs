//! Finding what the build wrote: the one place the app looks elements up (clippy.toml disallows
//! the browser's own lookups elsewhere). A module of the app adopts a part of the page contract
//! (`crate::contract::parts`) as a whole, `let found = adopt(view, &PROGRAMME_VIEW)?`: its root,
//! the hooks it needs and those it can do without, and the values it reads off the root. Every
//! required hook or value that is missing is reported at once, by name (in the console, and by
//! stopping a debug build), and then there is nothing to adopt: a control is never left dead in
//! silence.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

use crate::contract::read::PageElement;
use crate::contract::{Hook, Part, Root, TEMPLATE, Template};

/// A part as the app found it, with every required hook and value there. Its hooks are looked for
/// when asked for (many are asked for on some pages only, or once).
#[derive(Clone)]
pub struct Found {
    /// What a debug build checks each hook asked for against.
    #[cfg(debug_assertions)]
    part: &'static Part,
    root: Element,
}

impl Found {
    /// The part's root.
    pub fn root(&self) -> &Element {
        &self.root
    }

    /// The element of `hook`, one of the part's required hooks (which adopting it found).
    pub fn get(&self, hook: Hook) -> Element {
        #[cfg(debug_assertions)]
        assert!(self.part.required.contains(&hook), "{} does not require {}", named(self.part), hook.selector);
        first(&self.root, hook.selector).unwrap_or_else(|| self.root.clone())
    }

    /// The element of `hook`, one of the part's optional hooks, if the page has it.
    pub fn find(&self, hook: Hook) -> Option<Element> {
        first(&self.root, self.declared(hook).selector)
    }

    /// Every element of `hook` inside the root, for a hook a part has many of (its options, its
    /// links), in document order.
    pub fn all(&self, hook: Hook) -> Vec<Element> {
        all(&self.root, self.declared(hook))
    }

    /// The value of `hook` (one of the part's values) on the root, which adopting it found there.
    pub fn value(&self, hook: Hook) -> String {
        #[cfg(debug_assertions)]
        assert!(self.part.values.contains(&hook), "{} does not read {}", named(self.part), hook.attr());
        self.root.get_attribute(hook.attr()).unwrap_or_default()
    }

    /// `hook`, which a debug build checks is one of the part's: what the app looks for and what
    /// the contract (and its test) says it looks for cannot drift apart.
    fn declared(&self, hook: Hook) -> Hook {
        #[cfg(debug_assertions)]
        assert!(self.part.hooks().any(|h| h == hook), "{} does not list {}", named(self.part), hook.selector);
        hook
    }
}

/// Adopts `part` in `scope`: its root is the element of its root hook at or inside `scope`, or
/// `scope` itself (a document's root element, a copy of a template or of a template's item). Every
/// required hook or value missing is reported, and then there is none.
pub fn adopt(scope: &Element, part: &'static Part) -> Option<Found> {
    let root = root_of(scope, part)?;
    checked(root, part, true)
}

/// Adopts `part` in a page that may not be one the build wrote (what a server answered for a
/// view's page): what it lacks is no fault of the contract's, and is not reported.
pub fn adopt_quietly(scope: &Element, part: &'static Part) -> Option<Found> {
    checked(root_of(scope, part)?, part, false)
}

/// Adopts `part` at every root of it inside `scope` (its options, its resources).
pub fn adopt_all(scope: &Element, part: &'static Part) -> Vec<Found> {
    let mut found = Vec::new();
    if let Root::Each(hook) = part.root {
        for root in all(scope, hook) {
            found.extend(checked(root, part, true));
        }
    }
    found
}

/// Adopts `part` at the root of it whose value is `value` inside `scope` (a session's card by
/// its slug).
#[allow(clippy::disallowed_methods)]
pub fn adopt_by_value(scope: &Element, part: &'static Part, value: &str) -> Option<Found> {
    let Root::Each(hook) = part.root else { return None };
    checked(scope.query_selector(&hook.selector_for(value)).ok().flatten()?, part, true)
}

/// Adopts `part` at the root of it around `element` (where a click landed), if there is one.
#[allow(clippy::disallowed_methods)]
pub fn around(element: &Element, part: &'static Part) -> Option<Found> {
    let Root::Each(hook) = part.root else { return None };
    checked(element.closest(hook.selector).ok().flatten()?, part, true)
}

/// The page's template `which`, reported when it is missing.
pub fn template(which: Template) -> Option<HtmlTemplateElement> {
    let root = document_root()?;
    let selector = TEMPLATE.selector_for(which.name());
    let found = first(&root, &selector);
    if found.is_none() {
        missing(&root, "its templates", &selector);
    }
    found?.dyn_into().ok()
}

/// The document's root element (`<html>`), where the page's states are marked.
pub fn document_root() -> Option<Element> {
    leptos::prelude::document().document_element()
}

fn root_of(scope: &Element, part: &Part) -> Option<Element> {
    match part.root {
        Root::Document => Some(scope.clone()),
        Root::Each(hook) if scope.has_attribute(hook.attr()) => Some(scope.clone()),
        Root::Each(hook) => {
            let found = first(scope, hook.selector);
            if found.is_none() {
                missing(scope, named(part), hook.selector);
            }
            found
        }
        Root::Template(_) | Root::Item(..) => Some(scope.clone()),
    }
}

/// The part's required hooks and values at `root`; with `report`, every missing one said.
fn checked(root: Element, part: &'static Part, report: bool) -> Option<Found> {
    let mut lacking = Lacking::default();
    for hook in part.required {
        if first(&root, hook.selector).is_none() {
            lacking.add(hook.selector);
        }
    }
    for hook in part.values {
        if !root.has_attribute(hook.attr()) {
            lacking.add(hook.attr());
        }
    }
    if lacking.0.is_empty() {
        return Some(Found {
            #[cfg(debug_assertions)]
            part,
            root,
        });
    }
    if report {
        missing(&root, named(part), &lacking.0);
    }
    None
}

/// What a part lacks, named in a list ("[data-search], data-facet").
#[derive(Default)]
struct Lacking(String);

impl Lacking {
    fn add(&mut self, what: &str) {
        if !self.0.is_empty() {
            self.0.push_str(", ");
        }
        self.0.push_str(what);
    }
}

/// `part` in a report: its constant's name in a debug build, which a release build leaves out of
/// the WebAssembly.
fn named(part: &Part) -> &'static str {
    #[cfg(debug_assertions)]
    return part.name;
    #[cfg(not(debug_assertions))]
    {
        let _ = part;
        "one of the page contract's parts"
    }
}

/// Says that the page lacks what the app requires (`what`: hooks' selectors, values' attributes),
/// naming them, the part and the element they were looked for in.
fn missing(root: &Element, part: &str, what: &str) {
    let message = format!("The page has no {what} in its <{}> ({part}): that part of the guide cannot work.", root.local_name());
    web_sys::console::error_1(&message.as_str().into());
    #[cfg(debug_assertions)]
    panic!("{message}");
}

#[allow(clippy::disallowed_methods)]
fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

#[allow(clippy::disallowed_methods)]
fn all(root: &Element, hook: Hook) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(hook.selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// How the contract's reading of the programme (`crate::contract::read`) finds its way in the browser.
impl PageElement for Element {
    fn attr(&self, name: &str) -> Option<String> {
        self.get_attribute(name)
    }

    fn text(&self) -> String {
        self.text_content().unwrap_or_default()
    }

    fn all(&self, hook: Hook) -> Vec<Element> {
        all(self, hook)
    }

    fn first(&self, hook: Hook) -> Option<Element> {
        first(self, hook.selector)
    }
}

/// Reports a hook the contract's reading of the programme missed, as a part's are reported.
pub fn missing_read(root: &Element, hook: Hook) {
    missing(root, "the programme", hook.selector);
}
