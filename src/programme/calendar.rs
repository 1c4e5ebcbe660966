//! iCalendar (RFC 5545) files: one session, the shortlist, and the subscribable feeds. The build
//! writes every file it can know (each session's, the feeds) so that they work without the app
//! and offline; the shortlist's file is put together in the browser from its sessions' files
//! ([`merge`]). A session has the same UID in every file, so re-importing updates it in place.

use chrono::{DateTime, Datelike, Timelike, Utc};

use super::filter::Filters;
use super::model::{Programme, Session, Slug};
use super::text::{join_names, paragraphs};

/// The most octets on one line, CRLF excluded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// What a calendar file is called in calendar apps, and whether it is a feed to subscribe to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarInfo {
    /// Shown by calendar apps as the calendar's name (X-WR-CALNAME); `None` for a one-off download.
    pub name: Option<String>,
    /// When the file is made: each event's DTSTAMP.
    pub stamp: DateTime<Utc>,
}

/// A whole VCALENDAR holding `sessions`, with CRLF line endings and folded lines.
pub fn calendar(programme: &Programme, sessions: &[&Session], info: &CalendarInfo) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//{}//Programme guide//EN", escape(&programme.series.title)),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    if let Some(name) = &info.name {
        lines.push(format!("X-WR-CALNAME:{}", escape(name)));
    }
    for session in sessions {
        lines.extend(event(programme, session, info.stamp));
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

/// One VCALENDAR holding the events of every file in `files` (whole VCALENDARs written by
/// [`calendar`]), in order, under the first file's header; `None` when there is none. The
/// browser joins the shortlist's file from the files the build wrote, so it carries none of the
/// code (or the texts) that writes an event.
pub fn merge(files: &[String]) -> Option<String> {
    const BEGIN: &str = "BEGIN:VEVENT\r\n";
    const END: &str = "END:VEVENT\r\n";
    const FOOT: &str = "END:VCALENDAR\r\n";
    let first = files.first()?;
    let head = first.find(BEGIN).or_else(|| first.find(FOOT)).unwrap_or(first.len());
    let mut out = first[..head].to_owned();
    for file in files {
        let mut rest = file.as_str();
        while let Some(start) = rest.find(BEGIN) {
            let Some(end) = rest[start..].find(END) else { break };
            out.push_str(&rest[start..start + end + END.len()]);
            rest = &rest[start + end + END.len()..];
        }
    }
    out.push_str(FOOT);
    Some(out)
}

/// The stable UID of a session: its slug, scoped to the series.
pub fn uid(programme: &Programme, session: &Session) -> String {
    format!("{}@{}", session.slug.as_str(), series_id(&programme.series.title))
}

/// The series title as a slug, e.g. "stand-up-speak-out".
fn series_id(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    words.join("-")
}

fn event(programme: &Programme, session: &Session, stamp: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", uid(programme, session)),
        format!("DTSTAMP:{}", utc(stamp)),
        format!("DTSTART:{}", utc(session.start.with_timezone(&Utc))),
        format!("DTEND:{}", utc(session.end.with_timezone(&Utc))),
        format!("SUMMARY:{}", escape(&summary(session))),
        format!("DESCRIPTION:{}", escape(&description(programme, session))),
        "LOCATION:Online".to_owned(),
    ];
    if let Some(link) = session.link.as_ref().or(session.source.as_ref()) {
        lines.push(format!("URL:{}", link.as_str()));
    }
    let categories: Vec<String> = programme.topic_labels(session).iter().map(|l| escape(l)).collect();
    if !categories.is_empty() {
        lines.push(format!("CATEGORIES:{}", categories.join(",")));
    }
    lines.push("END:VEVENT".to_owned());
    lines
}

/// The event's title: the session's, marked when it is illustrative.
pub(super) fn summary(session: &Session) -> String {
    if session.illustrative { format!("{} (illustrative)", session.title) } else { session.title.clone() }
}

/// The event's description: the notices first, so a calendar app's preview shows them.
fn description(programme: &Programme, session: &Session) -> String {
    let mut parts = description_notices(programme, session);
    parts.extend(paragraphs(&session.description).into_iter().map(str::to_owned));
    if !session.speakers.is_empty() {
        parts.push(format!("Speakers: {}.", join_names(&session.speakers)));
    }
    if let Some(link) = &session.link {
        parts.push(format!("Sign up or watch: {}", link.as_str()));
    }
    if let Some(source) = &session.source {
        parts.push(format!("Source: {}", source.as_str()));
    }
    parts.join("\n\n")
}

/// How an event's description starts, wherever it is written (a calendar file, a calendar
/// link): what is not published about it, then who presents it.
pub(super) fn description_notices(programme: &Programme, session: &Session) -> Vec<String> {
    let mut parts = Vec::new();
    if session.illustrative {
        parts.push(
            "Illustrative — details not published: the series announced this topic, but this session's title, date, time and presenter were never published."
                .to_owned(),
        );
    }
    if !session.time_known {
        parts.push("The date is published; the time shown is not.".to_owned());
    }
    parts.push(format!("Presented by {}.", join_names(&programme.organisation_names(session))));
    parts
}

/// A UTC instant in iCalendar's basic form: 20230406T120000Z.
pub(super) fn utc(instant: DateTime<Utc>) -> String {
    utc_written(instant, "", "")
}

/// A UTC instant in ISO 8601's extended form, as Outlook's links take it: 2023-04-06T12:00:00Z.
pub(super) fn utc_extended(instant: DateTime<Utc>) -> String {
    utc_written(instant, "-", ":")
}

/// A UTC instant with `date` between the date's fields and `time` between the time's. Written by
/// hand: chrono's `format` would bring its whole formatting engine into the app for this one line.
fn utc_written(instant: DateTime<Utc>, date: &str, time: &str) -> String {
    format!(
        "{:04}{date}{:02}{date}{:02}T{:02}{time}{:02}{time}{:02}Z",
        instant.year(),
        instant.month(),
        instant.day(),
        instant.hour(),
        instant.minute(),
        instant.second()
    )
}

/// Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets without splitting a UTF-8 character; each continuation
/// starts with a space. Returns the line with its CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The feeds built with the app: every session, then one per topic and one per organisation.
/// Each is `(file name, calendar name, sessions)`.
pub fn feeds(programme: &Programme) -> Vec<(String, String, Vec<&Session>)> {
    let title = &programme.series.title;
    let having = |pick: &dyn Fn(&Session) -> &[Slug], slug: &Slug| -> Vec<&Session> {
        programme.sessions.iter().filter(|s| pick(s).contains(slug)).collect()
    };
    let mut feeds = vec![("all.ics".to_owned(), title.clone(), programme.sessions.iter().collect())];
    for topic in &programme.topics {
        let sessions = having(&|s: &Session| s.topics.as_slice(), &topic.slug);
        feeds.push((feed_file("topic", &topic.slug), format!("{title} — {}", topic.label), sessions));
    }
    for org in &programme.organisations {
        let sessions = having(&|s: &Session| s.organisations.as_slice(), &org.slug);
        feeds.push((feed_file("org", &org.slug), format!("{title} — {}", org.name), sessions));
    }
    feeds
}

/// The feeds that follow `filters`, as `(name, file)`: one per chosen topic and organisation, or
/// the whole programme when nothing is chosen.
pub fn subscriptions(programme: &Programme, filters: &Filters) -> Vec<(String, String)> {
    let topics = filters.topics.iter().filter_map(|s| programme.topic(s)).map(|t| (t.label.clone(), feed_file("topic", &t.slug)));
    let organisations =
        filters.organisations.iter().filter_map(|s| programme.organisation(s)).map(|o| (o.name.clone(), feed_file("org", &o.slug)));
    let chosen: Vec<(String, String)> = topics.chain(organisations).collect();
    if chosen.is_empty() { vec![("the whole programme".to_owned(), "all.ics".to_owned())] } else { chosen }
}

/// `topic-nhs-charging.ics`, `org-pafras.ics`: the feed for one topic or organisation.
pub fn feed_file(kind: &str, slug: &Slug) -> String {
    format!("{kind}-{}.ics", slug.as_str())
}

/// The folder of `dist/` that holds the feeds.
pub const FEED_DIR: &str = "calendar";
