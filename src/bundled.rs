//! The programme bundled into the app. `build.rs` has already checked the data file and written
//! the result as Rust data (`programme.rs` in the build's output folder), so the app reads no
//! text format at start and carries no parser for one: the strings sit in the binary as they are,
//! and [`programme`] only copies them into the owned model. In the browser's build the texts only
//! the written pages show (the About view's, the toolkit's) are left out: see `build.rs`.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};

use crate::programme::{Link, Organisation, Programme, Resource, Series, Session, Slug, Topic};

/// The series as `build.rs` writes it. Dates are day numbers from 1 January of year 1.
pub struct RawSeries {
    pub title: &'static str,
    pub full_title: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub movement: &'static str,
    pub dates: &'static str,
    pub format: &'static str,
    pub organisers: &'static [&'static str],
    pub source: Option<&'static str>,
    pub updated: i32,
}

/// An organisation as `build.rs` writes it.
pub struct RawOrganisation {
    pub slug: &'static str,
    pub name: &'static str,
    pub website: Option<&'static str>,
    pub description: &'static str,
}

/// A topic as `build.rs` writes it.
pub struct RawTopic {
    pub slug: &'static str,
    pub label: &'static str,
}

/// A session as `build.rs` writes it. Instants are `(unix seconds, UTC offset in seconds)`.
pub struct RawSession {
    pub slug: &'static str,
    pub title: &'static str,
    pub start: (i64, i32),
    pub end: (i64, i32),
    pub time_known: bool,
    pub organisations: &'static [&'static str],
    pub topics: &'static [&'static str],
    pub description: &'static str,
    pub speakers: &'static [&'static str],
    pub link: Option<&'static str>,
    pub source: Option<&'static str>,
    pub illustrative: bool,
}

/// A resource of the toolkit as `build.rs` writes it.
pub struct RawResource {
    pub slug: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub link: &'static str,
    pub topics: &'static [&'static str],
    pub description: &'static str,
    pub date: Option<&'static str>,
    pub note: Option<&'static str>,
}

/// The whole programme as `build.rs` writes it.
pub struct RawProgramme {
    pub series: RawSeries,
    pub organisations: &'static [RawOrganisation],
    pub topics: &'static [RawTopic],
    pub sessions: &'static [RawSession],
    pub resources: &'static [RawResource],
}

static BUNDLED: RawProgramme = include!(concat!(env!("OUT_DIR"), "/programme.rs"));

/// The bundled programme.
pub fn programme() -> Programme {
    let text = |s: &str| s.to_owned();
    let slugs = |list: &[&str]| list.iter().map(|s| Slug(text(s))).collect();
    let link = |l: Option<&str>| l.map(|l| Link(text(l)));
    let series = &BUNDLED.series;
    Programme {
        series: Series {
            title: text(series.title),
            full_title: text(series.full_title),
            summary: text(series.summary),
            description: text(series.description),
            movement: text(series.movement),
            dates: text(series.dates),
            format: text(series.format),
            organisers: slugs(series.organisers),
            source: link(series.source),
            updated: NaiveDate::from_num_days_from_ce_opt(series.updated).unwrap_or_default(),
        },
        organisations: BUNDLED
            .organisations
            .iter()
            .map(|o| Organisation {
                slug: Slug(text(o.slug)),
                name: text(o.name),
                website: link(o.website),
                description: text(o.description),
            })
            .collect(),
        topics: BUNDLED.topics.iter().map(|t| Topic { slug: Slug(text(t.slug)), label: text(t.label) }).collect(),
        sessions: BUNDLED
            .sessions
            .iter()
            .map(|s| Session {
                slug: Slug(text(s.slug)),
                title: text(s.title),
                start: instant(s.start),
                end: instant(s.end),
                time_known: s.time_known,
                organisations: slugs(s.organisations),
                topics: slugs(s.topics),
                description: text(s.description),
                speakers: s.speakers.iter().map(|n| text(n)).collect(),
                link: link(s.link),
                source: link(s.source),
                illustrative: s.illustrative,
            })
            .collect(),
        resources: BUNDLED
            .resources
            .iter()
            .map(|r| Resource {
                slug: Slug(text(r.slug)),
                title: text(r.title),
                publisher: text(r.publisher),
                link: Link(text(r.link)),
                topics: slugs(r.topics),
                description: text(r.description),
                date: r.date.map(text),
                note: r.note.map(text),
            })
            .collect(),
    }
}

/// An instant from `(unix seconds, UTC offset in seconds)`; `build.rs` wrote only valid ones.
fn instant((seconds, offset): (i64, i32)) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(offset).unwrap_or(Utc.fix());
    DateTime::from_timestamp(seconds, 0).unwrap_or_default().with_timezone(&offset)
}
