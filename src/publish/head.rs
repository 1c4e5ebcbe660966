//! What a written page's `<head>` says about it to whoever reads it away from the guide: its
//! title and description, and the tags that chat apps and social sites (WhatsApp, Teams, Slack,
//! LinkedIn, Facebook), whose crawlers run no JavaScript, build a link's preview from: Open Graph
//! and X's card, with the page's picture. Every address in them is absolute, made from the guide's
//! public address; without one, the tags that need an address are left out rather than written
//! relative (a crawler reads them away from the guide, where a relative address means nothing).

use super::preview::{HEIGHT, WIDTH};
use crate::programme::SiteUrl;

/// A page's head as the build writes it.
pub struct PageHead {
    /// The page's `<title>`, e.g. "About the series — Stand Up! Speak Out!".
    pub title: String,
    /// What a preview shows as the page's title, e.g. the session's title.
    pub preview_title: String,
    /// A sentence or two on the page, for search results and previews.
    pub description: String,
    /// The page's file beside index.html (`session-x.html`), or "" for the programme itself.
    pub file: String,
    /// Its picture, if it has one.
    pub image: Option<PreviewImage>,
    /// What search engines read of the page's events, as JSON-LD (`super::events`).
    pub events: Option<String>,
}

/// A page's picture: its file beside index.html and what it shows, in words.
#[derive(Clone)]
pub struct PreviewImage {
    /// e.g. `previews/session-x-0123456789.png`.
    pub file: String,
    /// The picture's text alternative.
    pub alt: String,
}

/// `html` (index.html's shell, as Trunk minified it or not) with its `<title>` and its
/// `<meta name="description">` set from `head`, followed by the preview tags: with the guide's
/// public address `site` all of them, without it those that need no address.
pub fn set_head(html: &str, head: &PageHead, site_name: &str, site: Option<&SiteUrl>) -> Result<String, String> {
    let html = set_title(html, &head.title)?;
    let marker = ["name=\"description\"", "name=description"].iter().find_map(|m| html.find(m));
    let marker = marker.ok_or("index.html has no <meta name=\"description\"> to fill in")?;
    let start = html[..marker].rfind("<meta").ok_or("the description in index.html is not in a <meta> element")?;
    let end = marker + html[marker..].find('>').ok_or("an unclosed <meta name=\"description\"> in index.html")? + 1;
    let tags = format!("<meta name=\"description\" content=\"{}\">{}", escape_attribute(&head.description), tags(head, site_name, site));
    Ok(format!("{}{tags}{}", &html[..start], &html[end..]))
}

/// The preview tags of `head`.
fn tags(head: &PageHead, site_name: &str, site: Option<&SiteUrl>) -> String {
    let property = |name: &str, value: &str| format!("<meta property=\"{name}\" content=\"{}\">", escape_attribute(value));
    let mut tags = vec![
        property("og:type", "website"),
        property("og:site_name", site_name),
        property("og:locale", "en_GB"),
        property("og:title", &head.preview_title),
        property("og:description", &head.description),
    ];
    let mut card = "summary";
    if let Some(site) = site {
        let url = site.join(&head.file);
        tags.push(property("og:url", &url));
        tags.push(format!("<link rel=\"canonical\" href=\"{}\">", escape_attribute(&url)));
        if let Some(image) = &head.image {
            card = "summary_large_image";
            tags.push(property("og:image", &site.join(&image.file)));
            tags.push(property("og:image:type", "image/png"));
            // The size, so that a crawler can lay out the card before it has the picture.
            tags.push(property("og:image:width", &WIDTH.to_string()));
            tags.push(property("og:image:height", &HEIGHT.to_string()));
            tags.push(property("og:image:alt", &image.alt));
        }
        if let Some(events) = &head.events {
            tags.push(format!("<script type=\"application/ld+json\">{events}</script>"));
        }
    }
    tags.push(format!("<meta name=\"twitter:card\" content=\"{card}\">"));
    tags.concat()
}

/// `html` without the preview tags a page's head carries (those of the page it is made from).
pub fn without_preview_tags(html: &str) -> String {
    let mut html = html.to_owned();
    for (open, marker) in [("<meta", "property=\"og:"), ("<meta", "name=\"twitter:"), ("<link", "rel=\"canonical\"")] {
        html = without_tags(&html, open, marker);
    }
    html
}

/// `html` with its `<title>` set to `title`.
pub fn set_title(html: &str, title: &str) -> Result<String, String> {
    let open = html.find("<title>").ok_or("index.html has no <title>")? + "<title>".len();
    let close = open + html[open..].find("</title>").ok_or("unclosed <title> in index.html")?;
    Ok(format!("{}{}{}", &html[..open], escape_text(title), &html[close..]))
}

/// `html` without the tags starting with `open` that contain `marker`.
pub fn without_tags(html: &str, open: &str, marker: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        out.push_str(&rest[..start]);
        if !rest[start..end].contains(marker) {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Text for an HTML element's content.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Text for a quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}
