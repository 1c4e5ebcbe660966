//! What a hook, a state and a part are, and how both sides of the contract use them.

use leptos::attr::AttributeValue;
use leptos::attr::custom::{CustomAttr, custom_attribute};

/// An element of a written page that the app finds: marked by a `data-` attribute, which may
/// also carry a value the app reads (a session's slug, a facet's name). Whether the app can do
/// without it is said by the part that looks for it ([`Part`]), not by the hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hook {
    /// The selector that finds it, e.g. `[data-result-count]`: its attribute in brackets (kept
    /// once, not twice, since every byte of it is in the WebAssembly).
    pub selector: &'static str,
}

impl Hook {
    /// The attribute, e.g. `data-result-count`.
    pub fn attr(self) -> &'static str {
        // Never out of range (the macro writes the brackets): `get` keeps a panic's message and
        // location out of every place this is inlined into.
        self.selector.get(1..self.selector.len() - 1).unwrap_or_default()
    }

    /// The attribute as a component writes it, with no value: `<p {..RESULT_COUNT.mark()}>`.
    pub fn mark(self) -> CustomAttr<&'static str, bool> {
        custom_attribute(self.attr(), true)
    }

    /// The attribute carrying `value`: `<article {..SESSION.with(slug)}>`.
    pub fn with<V: AttributeValue>(self, value: V) -> CustomAttr<&'static str, V> {
        custom_attribute(self.attr(), value)
    }

    /// The selector of the element whose attribute is `value`. Values can come from a history
    /// entry, which a script could have written, so anything but slug characters is dropped
    /// rather than trusted inside the selector.
    pub fn selector_for(self, value: &str) -> String {
        let safe: String = value.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        format!("[{}=\"{safe}\"]", self.attr())
    }
}

/// A state the app (or the page's head script, or the build) sets on an element, which the
/// styles read: a `data-` attribute the app writes, never looks for (the next session, an open
/// sheet). Kept apart from hooks, as Stimulus keeps its values apart from its targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    /// The attribute, e.g. `data-next`.
    pub attr: &'static str,
}

impl State {
    /// The state as a component writes it: present when `on`.
    pub fn with(self, on: bool) -> CustomAttr<&'static str, bool> {
        custom_attribute(self.attr, on)
    }
}

/// A part of a page that one module of the app adopts as a whole (a Stimulus controller, in its
/// terms): the element it starts from, the hooks it needs inside it and those it can do without,
/// and the values it reads off the root itself. Adopting it (`crate::live::adopt`) finds them all
/// at once and reports every required one that is missing by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Its constant's name, for a report in a debug build (a release build leaves the names out of
    /// the WebAssembly).
    #[cfg(debug_assertions)]
    pub name: &'static str,
    /// Where the app starts looking.
    pub root: Root,
    /// The hooks it cannot do without: a page lacking one is reported.
    pub required: &'static [Hook],
    /// The hooks some pages leave out on purpose (a session whose time was not published has no
    /// line for the viewer's time). Only a debug build checks that the app asks for no hook its
    /// part does not list, so a release build leaves these lists out of the WebAssembly.
    #[cfg(debug_assertions)]
    pub optional: &'static [Hook],
    /// The attributes it must read off the root itself.
    pub values: &'static [Hook],
}

impl Part {
    /// Every hook it looks for inside its root, required first.
    #[cfg(debug_assertions)]
    pub fn hooks(&self) -> impl Iterator<Item = Hook> + '_ {
        self.required.iter().chain(self.optional).copied()
    }
}

/// Where a part is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// The whole document (adopted with its root element, `<html>`, as the scope).
    Document,
    /// Every element marked by this hook.
    Each(Hook),
    /// The copy of a template the app makes.
    Template(super::Template),
    /// The copy of the first element inside the template marked by this hook, within the page's
    /// template (one item of a list the app fills).
    Item(super::Template, Hook),
}

/// Declares hooks, each as a constant, and [`ALL`] listing every one.
macro_rules! hooks {
    ($( $(#[$doc:meta])* $name:ident = $attr:literal; )*) => {
        $(
            $(#[$doc])*
            pub const $name: Hook = Hook { selector: concat!("[data-", $attr, "]") };
        )*
        /// Every hook of the contract.
        pub const ALL: &[Hook] = &[$($name),*];
    };
}
pub(crate) use hooks;

/// Declares states, each as a constant, and [`STATES`] listing every one.
macro_rules! states {
    ($( $(#[$doc:meta])* $name:ident = $attr:literal; )*) => {
        $(
            $(#[$doc])*
            pub const $name: State = State { attr: concat!("data-", $attr) };
        )*
        /// Every state of the contract.
        pub const STATES: &[State] = &[$($name),*];
    };
}
pub(crate) use states;

/// Declares the parts the app adopts, each as a constant, and [`PARTS`] listing every one by the
/// constant's name (the native tests check that the app adopts exactly these).
macro_rules! parts {
    ($(
        $(#[$doc:meta])*
        $name:ident = { root: $root:expr, required: $required:expr, optional: $optional:expr, values: $values:expr $(,)? };
    )*) => {
        $(
            $(#[$doc])*
            pub const $name: Part = Part {
                #[cfg(debug_assertions)]
                name: stringify!($name),
                root: $root,
                required: $required,
                #[cfg(debug_assertions)]
                optional: $optional,
                values: $values,
            };
        )*
        /// Every part, by the name of its constant.
        pub const PARTS: &[(&str, Part)] = &[$((stringify!($name), $name)),*];
    };
}
pub(crate) use parts;
