//! A written page without a hook the app requires: the app says so by name, and a debug build
//! stops there rather than leaving a control dead. In a test binary of its own, since it ends in
//! a panic: Cargo.toml's `[[test]] missing_hook`, beside tests/browser/main.rs and not one of its
//! modules. Run with `cargo test --target wasm32-unknown-unknown --test missing_hook`.
#![cfg(target_arch = "wasm32")]

use programme_guide::contract::FILTER_PANEL;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[allow(dead_code)] // This test uses only part of the page writer shared with tests/browser/main.rs.
mod page;

#[wasm_bindgen_test]
#[should_panic(expected = "The page has no [data-filter-panel] in its <div> (PROGRAMME_VIEW)")]
fn a_page_without_a_hook_the_app_requires_stops_a_debug_build_naming_the_hook() {
    let app = page::WrittenApp::write(|_| {});
    app.hooked(FILTER_PANEL).remove();
    app.start();
}
