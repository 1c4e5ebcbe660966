//! The programme domain: plain Rust, no Leptos, no browser. Components call into it; native tests
//! cover it. `build.rs` compiles `model`, `uk_time` and `validation` too, so the bundled data file is
//! checked by the same code that the app and the tests use.

pub mod calendar;
pub mod filter;
pub mod json;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod resources;
pub mod schedule;
pub mod search;
pub mod shortlist;
pub mod text;
pub mod toolkit;
pub mod uk_time;
#[cfg(not(target_arch = "wasm32"))]
pub mod validation;

#[cfg(not(target_arch = "wasm32"))]
pub mod load;

pub use model::{Link, Organisation, Programme, Resource, Series, Session, Slug, Topic};
