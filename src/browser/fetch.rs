//! Fetching the files the build wrote beside the app (from the offline cache once there is one).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
