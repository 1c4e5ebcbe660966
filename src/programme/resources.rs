//! Checking the toolkit's `[[resources]]` entries, as `validation` checks the rest of the file:
//! every problem reported, naming the resource and the field, at the value at fault.

use std::collections::HashSet;

use super::model::{Link, Resource};
use super::positions::{Positions, Subject};
use super::report::Report;
use super::source::ResourceSource;

/// Checks every resource against the topics defined; each address is used once.
pub fn validate_resources(
    report: &mut Report,
    positions: &Positions,
    sources: Vec<ResourceSource>,
    topics: &HashSet<String>,
) -> Vec<Resource> {
    let (mut slugs, mut links) = (HashSet::new(), HashSet::new());
    sources
        .into_iter()
        .enumerate()
        .map(|(i, source)| {
            let entry = positions.entry("resources", i);
            report.unknown_fields(&entry, &source.unknown);
            let slug = report.slug(&entry, source.slug, &mut slugs);
            let topics_named = source.topics.unwrap_or_default();
            if topics_named.is_empty() {
                report.add(entry.value("topics"), "must name at least one topic");
            }
            let link = web_link(report, &entry, source.link);
            if let Some(link) = &link
                && !links.insert(link.as_str().trim_end_matches('/').to_ascii_lowercase())
            {
                report.add(entry.value("link"), format!("\"{}\" is the address of another resource", link.as_str()));
            }
            let description = report.required(&entry, "description", source.description);
            if description.contains('\n') {
                report.add(entry.value("description"), "must be one line");
            }
            Resource {
                slug,
                title: report.required(&entry, "title", source.title),
                publisher: report.required(&entry, "publisher", source.publisher),
                link: link.unwrap_or_else(|| Link(String::new())),
                topics: report.references(&entry, "topics", topics_named, topics),
                description,
                date: optional(source.date),
                note: optional(source.note),
            }
        })
        .collect()
}

/// A required link that is a web address (`http:` or `https:`; a resource is read, not mailed).
fn web_link(report: &mut Report, entry: &Subject, value: Option<String>) -> Option<Link> {
    let text = report.required(entry, "link", value);
    if text.is_empty() {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    match Link::parse(&text) {
        Some(link) if lower.starts_with("http://") || lower.starts_with("https://") => Some(link),
        _ => {
            report.add(entry.value("link"), format!("\"{text}\" is not an http(s) address"));
            None
        }
    }
}

/// An optional text field: absent or blank is none.
fn optional(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
