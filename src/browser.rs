//! The few browser facts the app reads: the clock, the viewer's time zone, and the history.
//! Every call that can fail falls back to something usable rather than panicking.

use chrono::{DateTime, FixedOffset, Offset, Utc};
use js_sys::{Date, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::programme::uk_time::{UkTime, Zone};

/// Runs `f` once the page's main thread is idle; where a browser has no idle callbacks (Safari),
/// after the tasks already queued.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    // A `dyn Fn` closure, as the app's other callbacks are: a `once` one would add its own glue.
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

/// The zone sessions are shown in for this viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewerZone {
    /// Whatever zone the browser is set to (with its own summer-time rules).
    Browser,
    /// A fixed offset: used by tests to stand in for a viewer elsewhere.
    Fixed(FixedOffset),
    /// UK time: for the page written at build time, before anything is known of the viewer.
    Uk,
}

impl Zone for ViewerZone {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        match self {
            ViewerZone::Fixed(offset) => *offset,
            ViewerZone::Uk => UkTime.offset_at(instant),
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

    /// Puts the person back where this entry was left: the same scroll position (the programme
    /// is the same page as when they left it, so that is the same place), with focus on the link
    /// to the session they left through, or on the heading.
    pub fn restore(&self) {
        scroll_to(self.scroll_y);
        let card_link = self.focus_slug.as_deref().map(|slug| format!("{} h3 a", crate::live::card_selector(slug)));
        if !card_link.is_some_and(|link| focus(&link)) {
            focus("main h1");
        }
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

/// The current vertical scroll position.
pub fn scroll_y() -> f64 {
    leptos::prelude::window().scroll_y().unwrap_or(0.0)
}

/// Scrolls to a vertical position.
pub fn scroll_to(y: f64) {
    leptos::prelude::window().scroll_to_with_x_and_y(0.0, y);
}

/// Focuses the first element matching `selector` without scrolling to it; false if there is none.
pub fn focus(selector: &str) -> bool {
    let element = leptos::prelude::document().query_selector(selector).ok().flatten();
    let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element.focus_with_options(&options).is_ok()
}

/// Scrolls whatever is needed, the page around an embedding frame included, to bring the
/// element matching `selector` to the top of the window.
pub fn reveal(selector: &str) {
    if let Ok(Some(element)) = leptos::prelude::document().query_selector(selector) {
        element.scroll_into_view();
    }
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

/// How an attempt to share a link went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOutcome {
    /// Handed to the system's share sheet.
    Shared,
    /// The person closed the share sheet.
    Cancelled,
    /// Copied to the clipboard (browsers without a share sheet).
    Copied,
    /// Neither worked: the person can still copy the link by hand.
    Failed,
}

/// Offers `url` to the system's share sheet (Web Share API) where there is one, and copies it to
/// the clipboard otherwise. Both APIs are looked up rather than assumed: many browsers lack one.
pub async fn share_link(title: &str, url: &str) -> ShareOutcome {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
        let _ = Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
        if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<Promise>()) {
            return match JsFuture::from(promise).await {
                Ok(_) => ShareOutcome::Shared,
                Err(_) => ShareOutcome::Cancelled,
            };
        }
    }
    if copy_text(url).await { ShareOutcome::Copied } else { ShareOutcome::Failed }
}

/// `target[name]` if it is a function: browser APIs that many browsers lack are looked up, not assumed.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name)).ok().and_then(|f| f.dyn_into::<Function>().ok())
}

/// Copies `text` to the clipboard; false where the browser has no clipboard API or refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    let Some(write) = method(&clipboard, "writeText") else { return false };
    match write.call1(&clipboard, &JsValue::from_str(text)).and_then(|p| p.dyn_into::<Promise>()) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Offers `text` to the person as a file download named `file_name`. Made in the browser, so it
/// works offline. Returns false if the browser refused (the person can try again).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let document = leptos::prelude::document();
    let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else {
        return false;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has handed the file over; the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// The text of the file at `url` (relative to the page), from the offline cache once there is
/// one; `None` when it cannot be had (offline before the guide was kept, a server error). The
/// request is sent when this is called, not when the answer is awaited, so several files can be
/// on their way at once.
pub fn fetch_text(url: &str) -> impl Future<Output = Option<String>> + use<> {
    let sent = JsFuture::from(leptos::prelude::window().fetch_with_str(url));
    async move {
        let response: web_sys::Response = sent.await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?).await.ok()?.as_string()
    }
}

/// Calls `then` with the text of the file at `url` once it has come (see [`fetch_text`]). Every
/// caller shares one task type: each `async` block is compiled into a state machine of its own,
/// about a kilobyte of wasm each.
pub fn when_fetched(url: &str, then: impl FnOnce(Option<String>) + 'static) {
    spawn_fetch(fetch_text(url), Box::new(then));
}

#[inline(never)]
fn spawn_fetch(text: impl Future<Output = Option<String>> + 'static, then: Box<dyn FnOnce(Option<String>)>) {
    leptos::task::spawn_local(async move { then(text.await) });
}
