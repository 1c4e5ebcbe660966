//! Turns a data file's raw contents into a checked [`Programme`], or into a list of errors that each
//! name the file, the entry (session, organisation, topic or series) and the field. Every problem is
//! reported at once, so an organiser can fix the file in one pass.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Deserialize;
use serde::de::IgnoredAny;

use super::model::{Link, Organisation, Programme, Series, Session, Slug, Topic};
use super::resources::{ResourceSource, validate_resources};
use super::uk_time::{UkTime, Zone, uk_zone_name};

/// The data file as written, before any check: every field optional, unknown fields collected.
#[derive(Debug, Default, Deserialize)]
pub struct ProgrammeSource {
    pub series: Option<SeriesSource>,
    #[serde(default)]
    pub organisations: Vec<OrganisationSource>,
    #[serde(default)]
    pub topics: Vec<TopicSource>,
    #[serde(default)]
    pub sessions: Vec<SessionSource>,
    #[serde(default)]
    pub resources: Vec<ResourceSource>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// `[series]` as written.
#[derive(Debug, Default, Deserialize)]
pub struct SeriesSource {
    pub title: Option<String>,
    pub full_title: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub movement: Option<String>,
    pub dates: Option<String>,
    pub format: Option<String>,
    #[serde(default)]
    pub organisers: Vec<String>,
    pub source: Option<String>,
    pub updated: Option<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[[organisations]]` entry as written.
#[derive(Debug, Default, Deserialize)]
pub struct OrganisationSource {
    pub slug: Option<String>,
    pub name: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[[topics]]` entry as written.
#[derive(Debug, Default, Deserialize)]
pub struct TopicSource {
    pub slug: Option<String>,
    pub label: Option<String>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One `[[sessions]]` entry as written.
#[derive(Debug, Default, Deserialize)]
pub struct SessionSource {
    pub slug: Option<String>,
    pub title: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub time_known: Option<bool>,
    #[serde(default)]
    pub organisations: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub speakers: Vec<String>,
    pub link: Option<String>,
    pub source: Option<String>,
    pub illustrative: Option<bool>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// Which entry of the file an error is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File,
    Series,
    /// Named by slug when it has one, else by its position ("#3").
    Organisation(String),
    Topic(String),
    Session(String),
    Resource(String),
}

impl Entry {
    /// The entry for the `index`-th item (0-based) of a list, named by its slug if it has a usable one.
    pub fn named(kind: fn(String) -> Entry, index: usize, slug: Option<&str>) -> Entry {
        kind(match slug {
            Some(slug) if !slug.trim().is_empty() => format!("\"{slug}\""),
            _ => format!("#{}", index + 1),
        })
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::File => write!(f, "file"),
            Entry::Series => write!(f, "[series]"),
            Entry::Organisation(name) => write!(f, "organisation {name}"),
            Entry::Topic(name) => write!(f, "topic {name}"),
            Entry::Session(name) => write!(f, "session {name}"),
            Entry::Resource(name) => write!(f, "resource {name}"),
        }
    }
}

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub entry: Entry,
    /// The field at fault, when there is one.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.entry)?;
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything wrong with a data file, one line each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Collects errors for one file while the checks run.
pub struct Report<'f> {
    file: &'f str,
    errors: Vec<DataError>,
}

impl Report<'_> {
    pub fn add(&mut self, entry: &Entry, field: &str, message: impl Into<String>) {
        let field = (!field.is_empty()).then(|| field.to_owned());
        self.errors.push(DataError { file: self.file.to_owned(), entry: entry.clone(), field, message: message.into() });
    }

    /// A required text field: present and not blank.
    pub fn required(&mut self, entry: &Entry, field: &str, value: Option<String>) -> String {
        match value {
            Some(text) if !text.trim().is_empty() => text.trim().to_owned(),
            Some(_) => {
                self.add(entry, field, "must not be empty");
                String::new()
            }
            None => {
                self.add(entry, field, "is missing");
                String::new()
            }
        }
    }

    fn link(&mut self, entry: &Entry, field: &str, value: Option<String>) -> Option<Link> {
        let text = value?;
        let link = Link::parse(text.trim());
        if link.is_none() {
            self.add(entry, field, format!("\"{text}\" is not an http(s) or mailto link"));
        }
        link
    }

    pub fn unknown_fields(&mut self, entry: &Entry, unknown: &BTreeMap<String, IgnoredAny>) {
        for field in unknown.keys() {
            self.add(entry, field, "is not a known field (misspelt?)");
        }
    }

    /// A slug that is well formed and not used before by an entry of the same kind.
    pub fn slug(&mut self, entry: &Entry, value: Option<String>, seen: &mut HashSet<String>) -> Slug {
        let text = self.required(entry, "slug", value);
        if !text.is_empty() && !Slug::is_valid(&text) {
            self.add(entry, "slug", format!("\"{text}\" must be lowercase words joined by hyphens, like \"nhs-charging\""));
        } else if !text.is_empty() && !seen.insert(text.clone()) {
            self.add(entry, "slug", format!("\"{text}\" is used by another entry"));
        }
        Slug(text)
    }

    /// References to entries of another kind, each of which must exist.
    pub fn references(&mut self, entry: &Entry, field: &str, values: Vec<String>, known: &HashSet<String>) -> Vec<Slug> {
        for value in values.iter().filter(|v| !known.contains(v.as_str())) {
            self.add(entry, field, format!("\"{value}\" is not defined"));
        }
        values.into_iter().map(Slug).collect()
    }

    /// A date-time with its UTC offset, which must be the UK offset in force at that instant.
    fn instant(&mut self, entry: &Entry, field: &str, value: Option<String>) -> Option<DateTime<FixedOffset>> {
        let text = self.required(entry, field, value);
        if text.is_empty() {
            return None;
        }
        let Ok(instant) = DateTime::parse_from_rfc3339(&text) else {
            self.add(entry, field, format!("\"{text}\" is not a date-time with offset, like \"2023-04-06T13:00:00+01:00\""));
            return None;
        };
        let uk = UkTime.offset_at(instant.with_timezone(&Utc));
        if *instant.offset() != uk {
            let expected = uk_zone_name(uk);
            self.add(entry, field, format!("\"{text}\" is not in UK time: on that date the UK is on {expected} ({uk})"));
        }
        Some(instant)
    }
}

/// Checks a parsed data file and builds the programme from it; `file` names it in every error.
pub fn validate(file: &str, source: ProgrammeSource) -> Result<Programme, DataErrors> {
    let mut report = Report { file, errors: Vec::new() };
    report.unknown_fields(&Entry::File, &source.unknown);

    let mut org_slugs = HashSet::new();
    let organisations: Vec<Organisation> = source
        .organisations
        .into_iter()
        .enumerate()
        .map(|(i, org)| {
            let entry = Entry::named(Entry::Organisation, i, org.slug.as_deref());
            report.unknown_fields(&entry, &org.unknown);
            Organisation {
                slug: report.slug(&entry, org.slug, &mut org_slugs),
                name: report.required(&entry, "name", org.name),
                website: report.link(&entry, "website", org.website),
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
            let entry = Entry::named(Entry::Topic, i, topic.slug.as_deref());
            report.unknown_fields(&entry, &topic.unknown);
            Topic { slug: report.slug(&entry, topic.slug, &mut topic_slugs), label: report.required(&entry, "label", topic.label) }
        })
        .collect();

    let series = validate_series(&mut report, source.series, &org_slugs);

    let mut session_slugs = HashSet::new();
    let mut sessions: Vec<Session> = source
        .sessions
        .into_iter()
        .enumerate()
        .filter_map(|(i, session)| validate_session(&mut report, i, session, &mut session_slugs, &org_slugs, &topic_slugs))
        .collect();
    if sessions.is_empty() && report.errors.is_empty() {
        report.add(&Entry::File, "sessions", "the programme has no sessions");
    }
    sessions.sort_by_key(|s| s.start);
    let resources = validate_resources(&mut report, source.resources, &topic_slugs);

    match series {
        Some(series) if report.errors.is_empty() => Ok(Programme { series, organisations, topics, sessions, resources }),
        _ => Err(DataErrors(report.errors)),
    }
}

fn validate_series(report: &mut Report, series: Option<SeriesSource>, orgs: &HashSet<String>) -> Option<Series> {
    let entry = Entry::Series;
    let Some(series) = series else {
        report.add(&entry, "", "is missing: the file needs a [series] table");
        return None;
    };
    report.unknown_fields(&entry, &series.unknown);
    let title = report.required(&entry, "title", series.title);
    let updated_text = report.required(&entry, "updated", series.updated);
    let updated = NaiveDate::parse_from_str(&updated_text, "%Y-%m-%d").unwrap_or_else(|_| {
        if !updated_text.is_empty() {
            report.add(&entry, "updated", format!("\"{updated_text}\" is not a date like \"2026-11-22\""));
        }
        NaiveDate::MIN
    });
    Some(Series {
        full_title: series.full_title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| title.clone()),
        title,
        summary: report.required(&entry, "summary", series.summary),
        description: report.required(&entry, "description", series.description),
        movement: series.movement.unwrap_or_default().trim().to_owned(),
        dates: report.required(&entry, "dates", series.dates),
        format: report.required(&entry, "format", series.format),
        organisers: report.references(&entry, "organisers", series.organisers, orgs),
        source: report.link(&entry, "source", series.source),
        updated,
    })
}

fn validate_session(
    report: &mut Report,
    index: usize,
    session: SessionSource,
    seen: &mut HashSet<String>,
    orgs: &HashSet<String>,
    topics: &HashSet<String>,
) -> Option<Session> {
    let entry = Entry::named(Entry::Session, index, session.slug.as_deref());
    report.unknown_fields(&entry, &session.unknown);
    let slug = report.slug(&entry, session.slug, seen);
    let title = report.required(&entry, "title", session.title);
    let start = report.instant(&entry, "start", session.start);
    let end = report.instant(&entry, "end", session.end);
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        report.add(&entry, "end", format!("{end} must be after start ({start})"));
    }
    if session.organisations.is_empty() {
        report.add(&entry, "organisations", "must name at least one organisation");
    }
    let organisations = report.references(&entry, "organisations", session.organisations, orgs);
    let topics = report.references(&entry, "topics", session.topics, topics);
    let description = report.required(&entry, "description", session.description);
    for (i, speaker) in session.speakers.iter().enumerate() {
        if speaker.trim().is_empty() {
            report.add(&entry, "speakers", format!("speaker #{} is blank", i + 1));
        }
    }
    let link = report.link(&entry, "link", session.link);
    let source = report.link(&entry, "source", session.source);
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
