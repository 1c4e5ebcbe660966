//! The site's files that name the series, written from the data: the web app manifest and the
//! embed script (the app build holds nothing of any particular series).

use crate::embed_code::{SCRIPT_FILE, frame_title};
use crate::programme::Programme;
use crate::programme::json::quote;

/// The web app manifest's file name, beside index.html.
pub const MANIFEST: &str = "manifest.webmanifest";

/// The embed script's file name, beside index.html.
pub const EMBED_SCRIPT: &str = SCRIPT_FILE;

/// The most characters of a name that fit under a home-screen icon.
const SHORT_NAME_CHARS: usize = 12;

/// What the guide is, in a sentence: the pages' and the manifest's description.
pub fn description(programme: &Programme) -> String {
    let series = &programme.series;
    let first = series.summary.split_inclusive(". ").next().unwrap_or_default().trim().trim_end_matches('.');
    format!("Programme guide for {}: {first}.", series.title)
}

/// The series' title cut, at a word, to fit under a home-screen icon ("Stand Up!").
pub fn short_name(title: &str) -> String {
    let mut name = String::new();
    for word in title.split(' ').filter(|w| !w.is_empty()) {
        let longer = if name.is_empty() { word.to_owned() } else { format!("{name} {word}") };
        if longer.chars().count() > SHORT_NAME_CHARS {
            break;
        }
        name = longer;
    }
    if name.is_empty() { title.chars().take(SHORT_NAME_CHARS).collect() } else { name }
}

/// The web app manifest: the guide installs as an app named after the series, starting and
/// staying in the folder it is published in.
pub fn manifest(programme: &Programme) -> String {
    let title = &programme.series.title;
    format!(
        r##"{{
  "id": "./",
  "name": {},
  "short_name": {},
  "description": {},
  "lang": "en-GB",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "#fdfcfb",
  "theme_color": "#6b1f5c",
  "icons": [
    {{ "src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png" }},
    {{ "src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png" }},
    {{ "src": "icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }},
    {{ "src": "icon.svg", "sizes": "any", "type": "image/svg+xml" }}
  ]
}}
"##,
        quote(&format!("{title} — programme guide")),
        quote(&short_name(title)),
        quote(&description(programme)),
    )
}

/// The script member sites paste, naming its frame after the series unless the site names it.
pub fn embed_script(programme: &Programme) -> String {
    include_str!("embed.js").replace("__TITLE__", &quote(&frame_title(&programme.series.title)))
}
