//! The programme domain: plain Rust, no Leptos, no browser. Components call into it; native tests
//! cover it. Reading and checking the data file is native only: `load` reads it as written
//! (`source`, `written`), `validation` and `resources` check it with the shared `checks`, and
//! `report` says what is wrong where (`positions`); `annotation` writes a problem for GitHub and
//! `schema` the file's JSON Schema for editors. `build.rs` compiles the reading and checking
//! modules too, so the bundled data file is checked by the same code that the check and the tests use.

#[cfg(not(target_arch = "wasm32"))]
pub mod annotation;
pub mod calendar;
#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
pub mod filter;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod positions;
#[cfg(not(target_arch = "wasm32"))]
pub mod report;
#[cfg(not(target_arch = "wasm32"))]
pub mod resources;
pub mod schedule;
#[cfg(all(feature = "schema", not(target_arch = "wasm32")))]
pub mod schema;
pub mod search;
pub mod shortlist;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
pub mod text;
pub mod toolkit;
pub mod uk_time;
#[cfg(not(target_arch = "wasm32"))]
pub mod validation;
#[cfg(not(target_arch = "wasm32"))]
pub mod written;

pub use model::{Link, Organisation, Programme, Resource, Series, Session, Slug, Topic};
