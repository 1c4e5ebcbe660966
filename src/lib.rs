//! Programme guide for the Stand Up! Speak Out! training series.
//!
//! `programme` is the domain (plain Rust, tested natively); `routes` maps URLs to views;
//! `browser` wraps the few browser APIs the app needs; `storage` is the only module that
//! touches browser storage; `components` are the Leptos views.

pub mod browser;
pub mod bundled;
pub mod components;
pub mod programme;
pub mod routes;
pub mod storage;
