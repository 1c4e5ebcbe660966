//! The embedded app's only chrome: the series name and the ways out to the full app.

use leptos::prelude::*;

use crate::live::{use_navigator, use_shortlist};
use crate::programme::shortlist::share_param;
use crate::routes::Route;

/// Links that open the full app at the top of the browser window (not inside the frame): at the
/// view showing now, and with the person's shortlist. A shortlist made inside one member's site
/// is stored for that site only (browsers partition storage), so the share link carries it over.
#[component]
pub fn EmbedBar(
    /// The series' short title.
    title: String,
) -> impl IntoView {
    let navigator = use_navigator();
    let full = move || navigator.route.get().href();
    let shortlist = use_shortlist().list;
    let carried = move || shortlist.with(|l| (!l.is_empty()).then(|| (Route::Shared(share_param(l)).href(), l.len())));
    view! {
        <header class="embed-bar">
            <p class="brand">{title}</p>
            <a href=full target="_top">"Open the full programme"</a>
            {move || carried().map(|(href, count)| view! {
                <a href=href target="_top">{format!("Open in the full app with my shortlist ({count})")}</a>
            })}
        </header>
    }
}
