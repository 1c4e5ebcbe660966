//! Mounts the app; everything else lives in the library so tests can reach it.

fn main() {
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    // The programme written into index.html at build time (src/publish/prerender.rs) has been on
    // screen; the app replaces it with the same markup in this same task, before the next paint.
    if let Some(body) = document.body() {
        body.set_text_content(None);
    }
    leptos::mount::mount_to_body(programme_guide::components::App);
    // For tests and tools: the page is now the app, not the text written at build time.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
