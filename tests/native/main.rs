//! The native tests (`cargo test`): the domain, the data check, the page contract, publishing.
//! One test crate with a module per subject, as cargo's own `tests/testsuite/`: each file directly
//! under `tests/` would be a crate of its own, linking the library and its dependencies again.

mod annotation;
mod calendar;
mod common;
mod contract;
mod data_check;
mod data_validation;
mod embed_code;
mod filters;
mod local_times;
mod preview;
mod publish;
mod routes;
mod schedule;
#[cfg(feature = "schema")]
mod schema;
mod sharing;
mod shortlist;
mod storage_lifetime;
mod text;
mod times;
mod toolkit;
