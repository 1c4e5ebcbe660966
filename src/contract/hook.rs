//! What a hook is, and how both sides of the contract use one.

use leptos::attr::AttributeValue;
use leptos::attr::custom::{CustomAttr, custom_attribute};

/// Whether the app can do without a hook where it looks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The part of the page it belongs to cannot work without it: a page that lacks it is reported.
    Required,
    /// Some pages leave it out on purpose (each says why where it is declared).
    Optional,
}

/// An element of a written page that the app finds: marked by a `data-` attribute, which may
/// also carry a value the app reads (a session's slug, a facet's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hook {
    /// The selector that finds it, e.g. `[data-result-count]`: its attribute in brackets (kept
    /// once, not twice, since every byte of it is in the WebAssembly).
    pub selector: &'static str,
    /// Whether the app can do without it.
    pub need: Need,
}

impl Hook {
    /// The attribute, e.g. `data-result-count`.
    pub fn attr(self) -> &'static str {
        &self.selector[1..self.selector.len() - 1]
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

/// A part of a page that the app adopts as a whole (a Stimulus controller, in its terms): the
/// element it starts from, the hooks it looks for inside it, and the values it reads off it.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    /// What it is, for a report.
    pub name: &'static str,
    /// Where the app starts looking.
    pub root: Root,
    /// The hooks it looks for inside its root.
    pub hooks: &'static [Hook],
    /// The attributes it reads off the root itself.
    pub values: &'static [Hook],
}

/// Where a part is found.
#[derive(Debug, Clone, Copy)]
pub enum Root {
    /// The whole document.
    Document,
    /// Every element marked by this hook.
    Each(Hook),
    /// The copy of a template the app makes.
    Template(super::Template),
}

/// Declares hooks, each as a constant, and [`ALL`] listing every one.
macro_rules! hooks {
    ($( $(#[$doc:meta])* $name:ident = $attr:literal $need:ident; )*) => {
        $(
            $(#[$doc])*
            pub const $name: Hook = Hook { selector: concat!("[data-", $attr, "]"), need: Need::$need };
        )*
        /// Every hook of the contract.
        pub const ALL: &[Hook] = &[$($name),*];
    };
}
pub(crate) use hooks;
