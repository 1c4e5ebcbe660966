//! The visible mark on a session whose details were never published (see PROGRAMME-FACTS).

use leptos::prelude::*;

/// The label's text, also used by the detail view and the About view.
pub const ILLUSTRATIVE: &str = "Illustrative — details not published";

/// "Illustrative — details not published".
#[component]
pub fn IllustrativeLabel() -> impl IntoView {
    view! { <span class="illustrative-label">{ILLUSTRATIVE}</span> }
}
