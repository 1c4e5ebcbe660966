//! The browser's history: entries the app adds and replaces, and what it remembers in each so
//! that "back" can return to the same place.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use super::scroll_y;

/// What the app remembers in a history entry, so "back" can return to the same place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryState {
    /// Vertical scroll position when the person left this entry.
    pub scroll_y: f64,
    /// The session the person left through, if any: its link gets the focus on return.
    pub focus_slug: Option<String>,
}

const SCROLL_Y: &str = "scrollY";
const FOCUS_SLUG: &str = "focusSlug";

impl EntryState {
    /// Where the person is now, leaving through the session `focus_slug` if any.
    pub fn here(focus_slug: Option<String>) -> EntryState {
        EntryState { scroll_y: scroll_y(), focus_slug }
    }

    /// Reads the state stored in a history entry; anything unexpected reads as the default.
    pub fn from_js(value: &JsValue) -> EntryState {
        let get = |key: &str| Reflect::get(value, &JsValue::from_str(key)).ok();
        EntryState {
            scroll_y: get(SCROLL_Y).and_then(|v| v.as_f64()).unwrap_or(0.0),
            focus_slug: get(FOCUS_SLUG).and_then(|v| v.as_string()),
        }
    }

    fn to_js(&self) -> JsValue {
        let object = Object::new();
        let set = |key: &str, value: JsValue| Reflect::set(&object, &JsValue::from_str(key), &value).is_ok();
        set(SCROLL_Y, JsValue::from_f64(self.scroll_y));
        if let Some(slug) = &self.focus_slug {
            set(FOCUS_SLUG, JsValue::from_str(slug));
        }
        object.into()
    }
}

/// Records where the person is in the current entry, then adds a new history entry for `href`.
pub fn push_entry(leaving: &EntryState, href: &str) {
    let Ok(history) = leptos::prelude::window().history() else { return };
    let _ = history.replace_state(&leaving.to_js(), "");
    let _ = history.push_state_with_url(&EntryState::default().to_js(), "", Some(href));
}

/// Steps back one history entry, as the browser's back button does.
pub fn go_back() {
    if let Ok(history) = leptos::prelude::window().history() {
        let _ = history.back();
    }
}

/// Changes the current entry's URL without adding a history step, keeping its state.
pub fn replace_url(href: &str) {
    let Ok(history) = leptos::prelude::window().history() else { return };
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(href));
}

/// Takes over scroll restoration: the app restores positions itself once a view has rendered.
pub fn restore_scroll_manually() {
    if let Ok(history) = leptos::prelude::window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}
