//! Handing a link or a file to the person: the system's share sheet, the clipboard, a download.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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

/// Offers `url` to the system's share sheet (Web Share API) where there is one, with `title` and a
/// line of `text` (none when empty), and copies it to the clipboard otherwise. Both APIs are
/// looked up rather than assumed: many browsers lack one.
pub async fn share_link(title: &str, text: &str, url: &str) -> ShareOutcome {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
        if !text.is_empty() {
            let _ = Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
        }
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
