//! The few browser facts the app reads: the clock, the viewer's time zone, and the history.
//! Every call that can fail falls back to something usable rather than panicking.

use chrono::{DateTime, FixedOffset, Offset, Utc};
use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::programme::uk_time::Zone;

/// The current instant, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
}

/// The zone sessions are shown in for this viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewerZone {
    /// Whatever zone the browser is set to (with its own summer-time rules).
    Browser,
    /// A fixed offset: used by tests to stand in for a viewer elsewhere.
    Fixed(FixedOffset),
}

impl Zone for ViewerZone {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        match self {
            ViewerZone::Fixed(offset) => *offset,
            ViewerZone::Browser => {
                // getTimezoneOffset() is minutes *behind* UTC, at that instant.
                let behind = Date::new(&JsValue::from_f64(instant.timestamp_millis() as f64)).get_timezone_offset();
                FixedOffset::west_opt((behind * 60.0) as i32).unwrap_or(Utc.fix())
            }
        }
    }
}

/// The current query string, e.g. `?session=x`.
pub fn query() -> String {
    leptos::prelude::window().location().search().unwrap_or_default()
}

/// What the app remembers in a history entry, so "back" can return to the same place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryState {
    /// Vertical scroll position when the person left this entry.
    pub scroll_y: f64,
    /// The session link to focus on return, if the person left through one.
    pub focus_slug: Option<String>,
}

const SCROLL_Y: &str = "scrollY";
const FOCUS_SLUG: &str = "focusSlug";

impl EntryState {
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
        let _ = Reflect::set(&object, &JsValue::from_str(SCROLL_Y), &JsValue::from_f64(self.scroll_y));
        if let Some(slug) = &self.focus_slug {
            let _ = Reflect::set(&object, &JsValue::from_str(FOCUS_SLUG), &JsValue::from_str(slug));
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

/// Takes over scroll restoration: the app restores positions itself once a view has rendered.
pub fn restore_scroll_manually() {
    if let Ok(history) = leptos::prelude::window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// The current vertical scroll position.
pub fn scroll_y() -> f64 {
    leptos::prelude::window().scroll_y().unwrap_or(0.0)
}

/// Scrolls to a vertical position.
pub fn scroll_to(y: f64) {
    leptos::prelude::window().scroll_to_with_x_and_y(0.0, y);
}

/// Focuses the first element matching `selector` without scrolling to it.
pub fn focus(selector: &str) {
    use wasm_bindgen::JsCast;
    let element = leptos::prelude::document().query_selector(selector).ok().flatten();
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    leptos::prelude::document().set_title(title);
}
