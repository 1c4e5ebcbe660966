//! The parts of the app the build cannot fill in, written into index.html as `<template>`s: the
//! views of the person's own data, the embedded app's bar and the views for an address that
//! leads nowhere (or to a page that cannot be had offline). The app copies one when it is needed
//! and fills it in (`crate::live::views`); until then they are inert and never shown.

use leptos::prelude::*;

use super::context::use_app_data;
use super::{EmbedBar, PageUnavailable, SessionNotFound, SharedView, ShortlistView};

/// The templates' element ids, shared with the app.
pub mod id {
    pub const SHORTLIST: &str = "view-shortlist";
    pub const SHARED: &str = "view-shared";
    pub const SESSION_NOT_FOUND: &str = "view-session-not-found";
    pub const UNAVAILABLE: &str = "view-unavailable";
    pub const EMBED_BAR: &str = "embed-bar";
}

/// Every template.
#[component]
pub fn Templates() -> impl IntoView {
    let title = use_app_data().programme.series.title.clone();
    view! {
        <template id=id::SHORTLIST>
            <ShortlistView />
        </template>
        <template id=id::SHARED>
            <SharedView />
        </template>
        <template id=id::SESSION_NOT_FOUND>
            <SessionNotFound />
        </template>
        <template id=id::UNAVAILABLE>
            <PageUnavailable />
        </template>
        <template id=id::EMBED_BAR>
            <EmbedBar title />
        </template>
    }
}
