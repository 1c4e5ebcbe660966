//! The code a member organisation pastes into its own page to show the programme (README,
//! "Embedding"): a one-line script, or a plain frame for sites that allow no scripts.

use crate::programme::Slug;
use crate::programme::filter::Filters;
use crate::routes::{Route, address_in};

/// The embed script's file name, published beside index.html.
pub const SCRIPT_FILE: &str = "embed.js";

/// The frame's accessible name, when the host page does not choose one, for the series titled `series`.
pub fn frame_title(series: &str) -> String {
    format!("{series} programme")
}

fn join(slugs: &[Slug]) -> String {
    slugs.iter().map(Slug::as_str).collect::<Vec<_>>().join(",")
}

/// `<script src="…/embed.js" data-org="…" data-topic="…" async></script>` for the app published
/// at `folder` (an absolute address ending in `/`), pre-filtered to `filters`' organisations and
/// topics. Slugs are checked to be plain words and hyphens, so they need no escaping.
pub fn script_tag(folder: &str, filters: &Filters) -> String {
    let mut tag = format!("<script src=\"{folder}{SCRIPT_FILE}\"");
    if !filters.organisations.is_empty() {
        tag.push_str(&format!(" data-org=\"{}\"", join(&filters.organisations)));
    }
    if !filters.topics.is_empty() {
        tag.push_str(&format!(" data-topic=\"{}\"", join(&filters.topics)));
    }
    tag.push_str(" async></script>");
    tag
}

/// The same view as a plain `<iframe>` named after the series titled `series`: no script needed,
/// but it cannot size itself.
pub fn frame_tag(folder: &str, filters: &Filters, series: &str) -> String {
    let filters = Filters { topics: filters.topics.clone(), organisations: filters.organisations.clone(), ..Filters::default() };
    let href = Route::Programme(filters).embedded_href();
    let src = address_in(folder, &href).replace('&', "&amp;");
    let title = frame_title(series).replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!("<iframe src=\"{src}\" title=\"{title}\" style=\"width:100%;height:40rem;border:0\"></iframe>")
}
