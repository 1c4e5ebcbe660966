//! A link to another view of the app: a real `<a href>` (so it can be opened in a new tab, copied
//! or read without JavaScript) that the app switches views with on a plain click (`crate::live::links`).

use leptos::either::Either;
use leptos::prelude::*;

use super::context::use_hrefs;
use crate::contract::{APP_LINK, BACK_LINK};
use crate::routes::Route;

/// How a link to a view behaves in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkRole {
    /// Opens its own address.
    #[default]
    Go,
    /// "Back to the programme": returns to the programme as the person left it (see
    /// `Navigator::programme_to_return_to`).
    Back,
}

/// A link to `route`, marked as an app link so the app can follow it.
#[component]
pub fn AppLink(
    /// Where the link goes.
    route: Route,
    /// `aria-current="page"` when true.
    #[prop(optional)]
    current: bool,
    /// How the app follows it.
    #[prop(optional)]
    role: LinkRole,
    children: Children,
) -> impl IntoView {
    // A plain mark for a link that opens its own address, the mark's value for "back".
    let marker = match role {
        LinkRole::Go => Either::Left(APP_LINK.mark()),
        LinkRole::Back => Either::Right(APP_LINK.with(BACK_LINK)),
    };
    view! {
        <a href=use_hrefs().href(&route) {..marker} aria-current=current.then_some("page")>
            {children()}
        </a>
    }
}
