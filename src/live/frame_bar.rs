//! The app's bar in a member's frame (`crate::components::FrameBar`): put in place of the site
//! header, with its ways out to the full app kept true.

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::{adopt, document_root};
use super::dom::{set_attr, set_hidden, set_text};
use super::effect::effect;
use super::navigator::Navigator;
use super::shortlist_state::ShortlistState;
use super::templates;
use crate::contract::parts::{FRAME_BAR, PAGE_OFFERS};
use crate::contract::{EMBED_OFFER, OPEN_FULL, OPEN_WITH_SHORTLIST, SKIP_LINK, Template};
use crate::programme::shortlist::share_param;
use crate::routes::Route;

/// Puts the frame's bar in place of the skip link and the site `header` (and takes out the
/// footer's offer to embed the app, inside an embed), and keeps the bar's ways out to the full
/// app true: the view showing now, and the person's shortlist.
pub fn replace_header(header: &Element, navigator: Navigator, state: ShortlistState) {
    let Some(offers) = document_root().and_then(|document| adopt(&document, &PAGE_OFFERS)) else { return };
    let Some(bar) = templates::first(Template::FrameBar).and_then(|bar| adopt(&bar, &FRAME_BAR)) else { return };
    for gone in [SKIP_LINK, EMBED_OFFER] {
        offers.get(gone).remove();
    }
    let _ = header.replace_with_with_node_1(bar.root());
    let (full, carry) = (bar.get(OPEN_FULL), bar.get(OPEN_WITH_SHORTLIST));
    effect(move || set_attr(&full, "href", &navigator.route.with(Route::href)));
    effect(move || {
        state.list.with(|list| {
            set_hidden(&carry, list.is_empty());
            set_attr(&carry, "href", &Route::Shared(share_param(list)).href());
            set_text(&carry, &format!("Open in the full app with my shortlist ({})", list.len()));
        })
    });
}
