//! The programme domain: plain Rust, no Leptos, no browser. Components call into it; native tests
//! cover it. Reading and checking the data file: `load` reads it as written (`source`,
//! `written`), `validation` and `resources` check it with the shared `checks`, and `report` says
//! what is wrong where (`positions`); `annotation` writes a problem for GitHub and `schema` the
//! file's JSON Schema for editors; `data_file` finds and reads the file. The check, publishing and
//! the tests all use this same code (the app in the browser reads the written page instead).

pub mod annotation;
pub mod calendar;
pub mod calendar_links;
pub mod checks;
pub mod data_file;
pub mod filter;
pub mod json;
pub mod load;
pub mod model;
pub mod positions;
pub mod report;
pub mod resources;
pub mod schedule;
#[cfg(all(feature = "schema", not(target_arch = "wasm32")))]
pub mod schema;
pub mod search;
pub mod shortlist;
pub mod source;
pub mod storage_lifetime;
pub mod text;
pub mod toolkit;
pub mod uk_time;
pub mod validation;
pub mod written;

pub use model::{Link, Organisation, Programme, Resource, Series, Session, SiteUrl, Slug, Topic};
