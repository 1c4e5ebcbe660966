//! Programme guide for the Stand Up! Speak Out! training series.
//!
//! `programme` is the domain (plain Rust, tested natively); `routes` maps URLs to views;
//! `browser` wraps the few browser APIs the app needs; `components` are the Leptos views.

pub mod browser;
pub mod bundled;
pub mod components;
pub mod programme;
pub mod routes;
