//! What search engines read of the programme: each session whose facts are published as a
//! schema.org `Event`, and the series as an `EventSeries`, in JSON-LD (a data block, which a
//! Content Security Policy's `script-src` does not run). An illustrative session has none: a
//! search engine must never list a date that was invented.

use chrono::{DateTime, FixedOffset};

use crate::programme::json::quote;
use crate::programme::text::paragraphs;
use crate::programme::uk_time::{UkTime, ZonedRange};
use crate::programme::{Organisation, Programme, Session, SiteUrl};
use crate::routes::static_session_file;

/// `session` as an `Event`, with its page's picture `image` (beside index.html); none for an
/// illustrative session.
pub fn session_event(programme: &Programme, session: &Session, site: &SiteUrl, image: &str) -> Option<String> {
    if session.illustrative {
        return None;
    }
    let page = site.join(&static_session_file(session.slug.as_str()));
    let organisers: Vec<&Organisation> = session.organisations.iter().filter_map(|slug| programme.organisation(slug)).collect();
    let location = session.link.as_ref().map_or(page.as_str(), |link| link.as_str());
    let members = [
        member("@context", &quote("https://schema.org")),
        member("@type", &quote("Event")),
        member("name", &quote(&session.title)),
        member("description", &quote(&paragraphs(&session.description).join("\n\n"))),
        member("startDate", &quote(&when(session, session.start))),
        member("endDate", &quote(&when(session, session.end))),
        member("eventAttendanceMode", &quote("https://schema.org/OnlineEventAttendanceMode")),
        member("eventStatus", &quote("https://schema.org/EventScheduled")),
        member("location", &object(&[member("@type", &quote("VirtualLocation")), member("url", &quote(location))])),
        member("organizer", &list(&organisers.iter().map(|o| organisation(o)).collect::<Vec<_>>())),
        member("image", &list(&[quote(&site.join(image))])),
        member("url", &quote(&page)),
        member("superEvent", &object(&series_reference(programme, site))),
    ];
    Some(script_safe(&object(&members)))
}

/// The series as an `EventSeries`, with its picture `image` (beside index.html).
pub fn series(programme: &Programme, site: &SiteUrl, image: &str) -> String {
    let organisers: Vec<String> =
        programme.series.organisers.iter().filter_map(|slug| programme.organisation(slug)).map(organisation).collect();
    let mut members = vec![member("@context", &quote("https://schema.org"))];
    members.extend(series_reference(programme, site));
    members.extend([
        member("description", &quote(&programme.series.summary)),
        member("eventAttendanceMode", &quote("https://schema.org/OnlineEventAttendanceMode")),
        member("location", &object(&[member("@type", &quote("VirtualLocation")), member("url", &quote(site.as_str()))])),
        member("image", &list(&[quote(&site.join(image))])),
    ]);
    if !organisers.is_empty() {
        members.push(member("organizer", &list(&organisers)));
    }
    script_safe(&object(&members))
}

/// What names the series where a session refers to it.
fn series_reference(programme: &Programme, site: &SiteUrl) -> Vec<String> {
    vec![member("@type", &quote("EventSeries")), member("name", &quote(&programme.series.full_title)), member("url", &quote(site.as_str()))]
}

/// An instant of `session` as search engines read it: with the UK offset, or only its UK date when
/// the time was never published (the time the data holds is then a placeholder, not a fact).
fn when(session: &Session, instant: DateTime<FixedOffset>) -> String {
    if session.time_known { instant.to_rfc3339() } else { ZonedRange::new(&UkTime, instant, instant).start.date_naive().to_string() }
}

fn organisation(organisation: &Organisation) -> String {
    let mut members = vec![member("@type", &quote("Organization")), member("name", &quote(&organisation.name))];
    if let Some(website) = &organisation.website {
        members.push(member("url", &quote(website.as_str())));
    }
    object(&members)
}

fn member(name: &str, value: &str) -> String {
    format!("{}:{value}", quote(name))
}

fn object(members: &[String]) -> String {
    format!("{{{}}}", members.join(","))
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(","))
}

/// JSON that cannot end the `<script>` element it is written in, whatever text the data holds:
/// `<` only ever appears inside strings, where `\u003c` means the same.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}
