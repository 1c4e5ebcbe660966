//! The programme domain: plain Rust, no Leptos, no browser. Components call into it; native tests
//! cover it. The data file is read and checked here (`load`, `validation`) by the same code for
//! the check, the publishing step and the tests.

pub mod calendar;
pub mod data_file;
pub mod filter;
pub mod json;
pub mod load;
pub mod model;
pub mod resources;
pub mod schedule;
pub mod search;
pub mod shortlist;
pub mod text;
pub mod toolkit;
pub mod uk_time;
pub mod validation;

pub use model::{Link, Organisation, Programme, Resource, Series, Session, Slug, Topic};
