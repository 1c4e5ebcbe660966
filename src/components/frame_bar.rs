//! The only chrome of the app in a member's frame: the series name and the ways out to the full
//! app. Written as a template; inside a member's frame the app puts it in place of the site header
//! and keeps its links true (`crate::live::frame_bar`).

use leptos::prelude::*;

use crate::contract::{OPEN_FULL, OPEN_WITH_SHORTLIST, SERIES_TITLE};

/// Links that open the full app at the top of the browser window (not inside the frame): at the
/// view showing now, and with the person's shortlist. A shortlist made inside one member's site
/// is stored for that site only (browsers partition storage), so the share link carries it over.
#[component]
pub fn FrameBar(
    /// The series' short title.
    title: String,
) -> impl IntoView {
    view! {
        <header class="embed-bar">
            <p class="brand" {..SERIES_TITLE.mark()}>
                {title}
            </p>
            <a class="open-full" href="./" target="_top" {..OPEN_FULL.mark()}>
                "Open the full programme"
            </a>
            <a class="open-with-shortlist" href="./" target="_top" hidden {..OPEN_WITH_SHORTLIST.mark()}></a>
        </header>
    }
}
