//! Programme guide for the Stand Up! Speak Out! training series.
//!
//! `programme` is the domain (plain Rust, tested natively); `routes` maps URLs to views;
//! `embed_code` writes the snippet member sites paste. `browser` wraps the few browser APIs the
//! app needs; `storage` is the only module that touches browser storage; `service_worker`
//! registers the offline worker; `embedding` is the app's side of living in another site's frame.
//! `components` are the Leptos views, most of them written into pages at build time by `publish`
//! (native only), which finishes a build; `live` is the app in the browser, which adopts those pages.
//! Everything that needs Leptos or the browser is behind the default `app` feature, so the
//! organisers' data check builds without it, in a fraction of the time.

// The programme's view (written at build time) is one deeply nested Leptos view type; computing
// its layout takes more than the default 128 levels of compiler queries on a build from scratch
// (an incremental build can reuse earlier results and not notice).
#![recursion_limit = "256"]

#[cfg(feature = "app")]
pub mod browser;
#[cfg(feature = "app")]
pub mod bundled;
#[cfg(feature = "app")]
pub mod components;
pub mod embed_code;
#[cfg(feature = "app")]
pub mod embedding;
#[cfg(feature = "app")]
pub mod live;
pub mod programme;
#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod publish;
pub mod routes;
#[cfg(feature = "app")]
pub mod service_worker;
#[cfg(feature = "app")]
pub mod storage;
