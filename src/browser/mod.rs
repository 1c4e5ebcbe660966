//! The few browser facts and services the app uses: the clock, the viewer's time zone, the
//! address, focus and scrolling, and (in modules of their own) the history, listening to events,
//! fetching files, and sharing. Every call that can fail falls back to something usable rather
//! than panicking. It depends on the domain alone: what to focus or reveal is handed to it.

pub mod fetch;
pub mod history;
pub mod listen;
pub mod share;

use chrono::{DateTime, FixedOffset, Offset, Utc};
use js_sys::{Date, Function};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::programme::storage_lifetime::deletes_storage_unvisited;

/// Runs `f` once the page's main thread is idle; where a browser has no idle callbacks (Safari),
/// after the tasks already queued.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    // A `dyn Fn` closure, as the app's other callbacks are: a `once` one would add its own glue.
    // A callback, not a listener: the browser calls it once and lets it go.
    let f = std::cell::Cell::new(Some(f));
    let callback: Function = Closure::<dyn Fn()>::new(move || f.take().map_or((), |f| f())).into_js_value().unchecked_into();
    if window.request_idle_callback(&callback).is_err() {
        let _ = window.set_timeout_with_callback(&callback);
    }
}

/// The current instant, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
}

/// The offset from UTC of the zone the browser is set to, at `instant` (`ViewerZone::Local`).
pub fn local_offset(instant: DateTime<Utc>) -> FixedOffset {
    // getTimezoneOffset() is minutes *behind* UTC, at that instant.
    let behind = Date::new(&JsValue::from_f64(instant.timestamp_millis() as f64)).get_timezone_offset();
    FixedOffset::west_opt((behind * 60.0) as i32).unwrap_or(Utc.fix())
}

/// Whether this browser will delete the guide's storage after seven days without a visit
/// (`crate::programme::storage_lifetime`): WebKit's browsers, but not the guide opened from the
/// Home Screen (an installed web app counts its own days of use: iOS says so as
/// `navigator.standalone`, and the styles leave out what is said where the display mode is an
/// installed app's), nor in a member's frame (whose storage is per site, its own site's business).
pub fn storage_expires_unvisited(embedded: bool) -> bool {
    let navigator = leptos::prelude::window().navigator();
    let installed = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone")).is_ok_and(|standalone| standalone.is_truthy());
    let user_agent = navigator.user_agent().unwrap_or_default();
    !installed && !embedded && deletes_storage_unvisited(&user_agent, navigator.max_touch_points().max(0) as u32)
}

/// The current query string, e.g. `?session=x`.
pub fn query() -> String {
    leptos::prelude::window().location().search().unwrap_or_default()
}

/// The current vertical scroll position.
pub fn scroll_y() -> f64 {
    leptos::prelude::window().scroll_y().unwrap_or(0.0)
}

/// Scrolls to a vertical position.
pub fn scroll_to(y: f64) {
    leptos::prelude::window().scroll_to_with_x_and_y(0.0, y);
}

/// Focuses `element` without scrolling to it; false if it cannot take the focus.
pub fn focus(element: &Element) -> bool {
    let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() else { return false };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element.focus_with_options(&options).is_ok()
}

/// Scrolls whatever is needed, the page around an embedding frame included, to bring `element`
/// to the top of the window.
pub fn reveal(element: &Element) {
    element.scroll_into_view();
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    leptos::prelude::document().set_title(title);
}

/// This page's address without its query or fragment: the base of links made to share.
pub fn page_address() -> String {
    let href = leptos::prelude::window().location().href().unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_owned()
}

/// The folder the app is served from, e.g. `https://example.org/guide/`: the base of links to
/// files published beside it, such as the calendar feeds.
pub fn app_folder() -> String {
    let page = page_address();
    match page.rfind('/') {
        Some(end) => page[..=end].to_owned(),
        None => page,
    }
}
