//! Turns a data file's contents, as read (`source`), into a checked [`Programme`]. Every problem
//! goes to the report at once, pointing at the value at fault, so an organiser can fix the file in
//! one pass. The toolkit's resources are checked in `resources`.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, Utc};

use super::model::{Link, Organisation, Programme, Series, Session, SiteUrl, Topic};
use super::positions::{Positions, Subject};
use super::report::Report;
use super::resources::validate_resources;
use super::source::{ProgrammeSource, SeriesSource, SessionSource};
use super::uk_time::{UkTime, Zone, uk_instants, uk_zone_name};
use super::written::{Reading, WrittenTime};

/// Checks the contents of a data file and builds the programme from them; every problem goes to
/// `report`, placed by `positions`.
pub fn validate(report: &mut Report, positions: &Positions, source: ProgrammeSource) -> Option<Programme> {
    let file = positions.file();
    report.unknown_fields(&file, &source.unknown);

    let mut org_slugs = HashSet::new();
    let organisations: Vec<Organisation> = source
        .organisations
        .into_iter()
        .enumerate()
        .map(|(i, org)| {
            let entry = positions.entry("organisations", i);
            report.unknown_fields(&entry, &org.unknown);
            Organisation {
                slug: report.slug(&entry, org.slug, &mut org_slugs),
                name: report.required(&entry, "name", org.name),
                website: optional_link(report, &entry, "website", org.website),
                description: report.required(&entry, "description", org.description),
            }
        })
        .collect();

    let mut topic_slugs = HashSet::new();
    let topics: Vec<Topic> = source
        .topics
        .into_iter()
        .enumerate()
        .map(|(i, topic)| {
            let entry = positions.entry("topics", i);
            report.unknown_fields(&entry, &topic.unknown);
            Topic { slug: report.slug(&entry, topic.slug, &mut topic_slugs), label: report.required(&entry, "label", topic.label) }
        })
        .collect();

    let series = validate_series(report, &positions.series(), source.series, &org_slugs);

    let mut session_slugs = HashSet::new();
    let mut sessions: Vec<Session> = source
        .sessions
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .filter_map(|(i, session)| {
            validate_session(report, &positions.entry("sessions", i), session, &mut session_slugs, &org_slugs, &topic_slugs)
        })
        .collect();
    if sessions.is_empty() && !report.has_errors() {
        report.add(file.header(), "the programme has no sessions: add a [[sessions]] table for each");
    }
    sessions.sort_by_key(|s| s.start);
    let resources = validate_resources(report, positions, source.resources, &topic_slugs);
    series.map(|series| Programme { series, organisations, topics, sessions, resources })
}

fn validate_series(report: &mut Report, entry: &Subject, series: Option<SeriesSource>, orgs: &HashSet<String>) -> Option<Series> {
    let Some(series) = series else {
        report.add(entry.header(), "is missing: the file needs a [series] table");
        return None;
    };
    report.unknown_fields(entry, &series.unknown);
    let title = report.required(entry, "title", series.title);
    let updated = report.present(entry, "updated", series.updated).and_then(|written| {
        let date = written.read();
        if date.is_none() {
            report.add(entry.value("updated"), format!("{} is not a date like 2026-11-22", written.0));
        }
        date
    });
    Some(Series {
        full_title: series.full_title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| title.clone()),
        title,
        summary: report.required(entry, "summary", series.summary),
        description: report.required(entry, "description", series.description),
        movement: series.movement.unwrap_or_default().trim().to_owned(),
        dates: report.required(entry, "dates", series.dates),
        format: report.required(entry, "format", series.format),
        organisers: report.references(entry, "organisers", series.organisers, orgs),
        source: optional_link(report, entry, "source", series.source),
        url: site_url(report, entry, series.url),
        updated: updated.unwrap_or(NaiveDate::MIN),
    })
}

fn validate_session(
    report: &mut Report,
    entry: &Subject,
    session: SessionSource,
    seen: &mut HashSet<String>,
    orgs: &HashSet<String>,
    topics: &HashSet<String>,
) -> Option<Session> {
    report.unknown_fields(entry, &session.unknown);
    let slug = report.slug(entry, session.slug, seen);
    let title = report.required(entry, "title", session.title);
    let start = instant(report, entry, "start", session.start);
    let end = instant(report, entry, "end", session.end);
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        report.add(entry.value("end"), format!("{end} must be after start ({start})"));
    }
    let organisations = session.organisations.unwrap_or_default();
    if organisations.is_empty() {
        report.add(entry.value("organisations"), "must name at least one organisation");
    }
    let organisations = report.references(entry, "organisations", organisations, orgs);
    let topics = report.references(entry, "topics", session.topics, topics);
    let description = report.required(entry, "description", session.description);
    for (i, speaker) in session.speakers.iter().enumerate() {
        if speaker.trim().is_empty() {
            report.add(entry.item("speakers", i), format!("speaker #{} is blank", i + 1));
        }
    }
    let link = optional_link(report, entry, "link", session.link);
    let source = optional_link(report, entry, "source", session.source);
    Some(Session {
        slug,
        title,
        start: start?,
        end: end?,
        time_known: session.time_known.unwrap_or(true),
        organisations,
        topics,
        description,
        speakers: session.speakers,
        link,
        source,
        illustrative: session.illustrative.unwrap_or(false),
    })
}

/// An optional link, which must be `http(s)` or `mailto`.
fn optional_link(report: &mut Report, entry: &Subject, field: &str, value: Option<String>) -> Option<Link> {
    let text = value?;
    let link = Link::parse(text.trim());
    if link.is_none() {
        report.add(entry.value(field), format!("\"{text}\" is not an http(s) or mailto link"));
    }
    link
}

/// The guide's own address, which must be absolute and end with `/` (see `SiteUrl`).
fn site_url(report: &mut Report, entry: &Subject, value: Option<String>) -> Option<SiteUrl> {
    let text = value?;
    let url = SiteUrl::parse(text.trim());
    if url.is_none() {
        report.add(entry.value("url"), format!("\"{text}\" {SITE_URL_RULE}"));
    }
    url
}

/// What a guide's address must be, said to whoever wrote one that is not.
pub const SITE_URL_RULE: &str =
    "is not the guide's full address: it must start with https:// (or http://) and end with /, for example https://example.org/guide/";

/// A session's start or end in UK time: with an offset, which must be the UK's at that instant,
/// or without, read as UK time unless the clocks change through it.
fn instant(report: &mut Report, entry: &Subject, field: &str, value: Option<WrittenTime>) -> Option<DateTime<FixedOffset>> {
    let written = report.present(entry, field, value)?;
    let problem = match written.read() {
        Some(Reading::Instant(instant)) => {
            let uk = UkTime.offset_at(instant.with_timezone(&Utc));
            if *instant.offset() != uk {
                let message = format!("{} is not in UK time: on that date the UK is on {} ({uk})", written.0, uk_zone_name(uk));
                report.add(entry.value(field), message);
            }
            return Some(instant);
        }
        Some(Reading::UkWallClock(local)) => match uk_instants(local) {
            LocalResult::Single(instant) => return Some(instant),
            LocalResult::None => "does not exist in UK time: the clocks go forward from 01:00 to 02:00 that night (GMT to BST)",
            LocalResult::Ambiguous(..) => {
                "happens twice in UK time: the clocks go back from 02:00 to 01:00 that night (BST to GMT); write it with its offset, +01:00 or +00:00, to say which"
            }
        },
        None => "is not a date and time like 2023-04-20T13:00:00",
    };
    report.add(entry.value(field), format!("{} {problem}", written.0));
    None
}
