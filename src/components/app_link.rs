//! A link to another view of the app: a real `<a href>` (so it can be opened in a new tab, copied
//! or read without JavaScript) that switches views in place on a plain click.

use leptos::prelude::*;
use web_sys::MouseEvent;

use super::context::use_navigator;
use crate::routes::Route;

/// Provided while writing the pages for people without JavaScript: links lead to those pages.
#[derive(Clone, Copy)]
pub struct StaticPages;

/// A link to `route`.
#[component]
pub fn AppLink(
    /// Where the link goes.
    route: Route,
    /// `aria-current="page"` when true.
    #[prop(optional)]
    current: bool,
    children: Children,
) -> impl IntoView {
    let navigator = use_navigator();
    let href = match (navigator, use_context::<StaticPages>()) {
        (Some(navigator), _) => navigator.href(&route),
        (None, Some(_)) => route.static_href(),
        (None, None) => route.href(),
    };
    let on_click = move |ev: MouseEvent| {
        // Leave modified and middle clicks to the browser (new tab, new window, download).
        let plain = ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if let (true, Some(navigator)) = (plain, navigator) {
            ev.prevent_default();
            navigator.go(route.clone());
        }
    };
    view! {
        <a href=href aria-current=current.then_some("page") on:click=on_click>
            {children()}
        </a>
    }
}
