//! Programme guide for a training series (first, Stand Up! Speak Out!).
//!
//! The modules, each depending only on those listed before it:
//! - `programme`: the domain (plain Rust, tested natively): the model, the data file's checks,
//!   times, filters and search, calendar files, the shortlist's stored forms.
//! - `browser`, `storage`, `framed`, `service_worker`: the browser's services, the one module
//!   that touches storage, life in a member's frame, the offline worker's page side.
//! - `routes` (URLs ↔ views), `embed_code` (the snippet member sites paste) and `contract` (the
//!   written page as a contract between the components and the app: every hook declared once).
//! - `components`: the Leptos views, written into pages by `publish` (native only), which writes
//!   the whole site from a data file and an app build.
//! - `live`: the app in the browser, which reads the programme from the written page and adopts it.
//!
//! Everything that needs Leptos or the browser is behind the default `app` feature, so the
//! organisers' data check builds without it, in a fraction of the time.

// The programme's view (written at build time) is one deeply nested Leptos view type; computing
// its layout takes more than the default 128 levels of compiler queries on a build from scratch
// (an incremental build can reuse earlier results and not notice).
#![recursion_limit = "256"]

#[cfg(feature = "app")]
pub mod browser;
#[cfg(feature = "app")]
pub mod components;
#[cfg(feature = "app")]
pub mod contract;
#[cfg(feature = "app")]
pub mod embed_code;
#[cfg(feature = "app")]
pub mod framed;
#[cfg(feature = "app")]
pub mod live;
pub mod programme;
#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod publish;
#[cfg(feature = "app")]
pub mod routes;
#[cfg(feature = "app")]
pub mod service_worker;
#[cfg(feature = "app")]
pub mod storage;
