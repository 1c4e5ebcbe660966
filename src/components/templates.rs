//! The parts of the app the build cannot fill in, written into index.html as `<template>`s: the
//! views of the person's own data, the embedded app's bar and the views for an address that
//! leads nowhere (or to a page that cannot be had offline). The app copies one when it is needed
//! and fills it in (`crate::live::views`); until then they are inert and never shown.

use leptos::prelude::*;

use super::context::use_app_data;
use super::{FrameBar, PageUnavailable, SessionNotFound, SharedView, ShortlistView};
use crate::contract::{TEMPLATE, Template};

/// Every template.
#[component]
pub fn Templates() -> impl IntoView {
    let title = use_app_data().programme.series.title.clone();
    view! {
        <template {..TEMPLATE.with(Template::Shortlist.name())}>
            <ShortlistView />
        </template>
        <template {..TEMPLATE.with(Template::Shared.name())}>
            <SharedView />
        </template>
        <template {..TEMPLATE.with(Template::SessionNotFound.name())}>
            <SessionNotFound />
        </template>
        <template {..TEMPLATE.with(Template::Unavailable.name())}>
            <PageUnavailable />
        </template>
        <template {..TEMPLATE.with(Template::FrameBar.name())}>
            <FrameBar title />
        </template>
    }
}
