//! What the app reads from a written page, and how each value is written there: the components
//! write with these functions and the app reads with them, so the two can never disagree.
//!
//! The programme the app works with is read from index.html's written programme
//! ([`programme`]): the WebAssembly carries nothing of any particular series, so one app build
//! serves every programme, and a change to the data changes only the files that show it.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, TimeZone};

use super::*;
use crate::programme::filter::Facet;
use crate::programme::{Organisation, Programme, Series, Session, Slug, Topic};

/// An element of a written page: in the browser (`crate::live`), or parsed by a native test.
pub trait PageElement: Sized {
    /// The value of its attribute `name`.
    fn attr(&self, name: &str) -> Option<String>;
    /// Its text.
    fn text(&self) -> String;
    /// Every element inside it marked by `hook`, in document order.
    fn all(&self, hook: Hook) -> Vec<Self>;
    /// The first element inside it marked by `hook`.
    fn first(&self, hook: Hook) -> Option<Self> {
        self.all(hook).into_iter().next()
    }
}

/// Every hook the reading of the programme looks for ([`programme_head`], [`months`]), apart
/// from those of the parts the app adopts (the native tests check that every hook is one or the
/// other).
pub const HOOKS: &[Hook] = &[
    SERIES_TITLE,
    FACET,
    OPTION,
    OPTION_INPUT,
    OPTION_LABEL,
    MONTH,
    SESSION,
    TITLE_LINK,
    START,
    END,
    VIEWER_TIME,
    TOPICS,
    ORGANISATIONS,
    SPEAKERS,
];

/// A hook the reading needed and did not find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing(pub Hook);

/// How an instant is written ([`START`], [`END`]): RFC 3339 to the second, with the UK offset
/// the data gave, e.g. `2023-04-20T13:00:00+01:00`.
pub fn write_instant(instant: &DateTime<FixedOffset>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// An instant written by [`write_instant`], read strictly in that one form: the app reads only
/// what the build wrote, and chrono's reader of every RFC 3339 form would be a larger part of
/// its WebAssembly than the rest of this module.
pub fn instant(text: &str) -> Option<DateTime<FixedOffset>> {
    let number = |from: usize, to: usize| text.get(from..to)?.parse::<u32>().ok();
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':'), (22, b':')];
    if text.len() != 25 || separators.iter().any(|&(at, byte)| text.as_bytes()[at] != byte) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(number(0, 4)? as i32, number(5, 7)?, number(8, 10)?)?;
    let local = date.and_hms_opt(number(11, 13)?, number(14, 16)?, number(17, 19)?)?;
    let seconds = (number(20, 22)? * 3600 + number(23, 25)? * 60) as i32;
    let offset = match text.as_bytes()[19] {
        b'+' => FixedOffset::east_opt(seconds)?,
        b'-' => FixedOffset::west_opt(seconds)?,
        _ => return None,
    };
    offset.from_local_datetime(&local).single()
}

/// How a list of slugs is written ([`TOPICS`], [`ORGANISATIONS`]): separated by spaces.
pub fn write_slugs(slugs: &[Slug]) -> String {
    slugs.iter().map(Slug::as_str).collect::<Vec<_>>().join(" ")
}

/// A list written by [`write_slugs`].
pub fn slugs(text: &str) -> Vec<Slug> {
    text.split(' ').filter(|s| !s.is_empty()).map(|s| Slug(s.to_owned())).collect()
}

/// What separates the names in [`SPEAKERS`].
pub const SPEAKER_SEPARATOR: &str = "; ";

/// How the speakers are written: `None` (no attribute) when there are none.
pub fn write_speakers(speakers: &[String]) -> Option<String> {
    (!speakers.is_empty()).then(|| speakers.join(SPEAKER_SEPARATOR))
}

/// The first element inside `root` marked by `hook`.
fn first<E: PageElement>(root: &E, hook: Hook) -> Result<E, Missing> {
    root.first(hook).ok_or(Missing(hook))
}

/// The instant in the attribute `hook` of `element`.
fn time<E: PageElement>(element: &E, hook: Hook) -> Result<DateTime<FixedOffset>, Missing> {
    instant(&value(element, hook)?).ok_or(Missing(hook))
}

/// The attribute `hook` of `element`.
fn value<E: PageElement>(element: &E, hook: Hook) -> Result<String, Missing> {
    element.attr(hook.attr()).ok_or(Missing(hook))
}

/// The programme as index.html's written programme shows it: the series' title, the topics and
/// organisations with their names (the filter panel's options, in the programme's order), and every
/// session with what the app filters, finds and times it by. What only the written pages show (the
/// descriptions, which search fetches on its own; the links; the About view's and the toolkit's
/// texts) is left empty, and a session counts as not illustrative: the app never shows either.
///
/// The app reads it in two steps, each in a task of its own (`crate::live`): [`programme_head`],
/// then the [`months`] and their cards, in the one walk over the cards that also finds what it
/// changes on them.
pub fn programme_of<E: PageElement>(document: &E) -> Result<Programme, Missing> {
    let view = first(document, VIEW)?;
    let mut programme = programme_head(document, &first(&view, FILTER_PANEL)?)?;
    for month in months(&view)? {
        programme.sessions.extend(month.cards.into_iter().map(|(_, session)| session));
    }
    Ok(programme)
}

/// A month of the written programme, with its cards and the sessions they show.
pub struct WrittenMonth<E> {
    /// The month's section.
    pub section: E,
    /// Its cards, each with its session.
    pub cards: Vec<(E, Session)>,
}

/// The months of the programme view `view`, in the programme's order.
pub fn months<E: PageElement>(view: &E) -> Result<Vec<WrittenMonth<E>>, Missing> {
    let mut months = Vec::new();
    for section in view.all(MONTH) {
        let mut cards = Vec::new();
        for card in section.all(SESSION) {
            let session = session(&card)?;
            cards.push((card, session));
        }
        months.push(WrittenMonth { section, cards });
    }
    Ok(months)
}

/// The programme without its sessions: the series' title (in `document`), and the topics and the
/// organisations (the options of the programme's filter `panel`). It is all that the address
/// needs to be read (`Route::from_query`).
pub fn programme_head<E: PageElement>(document: &E, panel: &E) -> Result<Programme, Missing> {
    let title = first(document, SERIES_TITLE)?.text().trim().to_owned();
    let (mut topics, mut organisations) = (Vec::new(), Vec::new());
    for facet in panel.all(FACET) {
        let name = value(&facet, FACET)?;
        for option in facet.all(OPTION) {
            let slug = Slug(first(&option, OPTION_INPUT)?.attr("value").ok_or(Missing(OPTION_INPUT))?);
            let label = first(&option, OPTION_LABEL)?.text();
            match Facet::from_name(&name) {
                Some(Facet::Topics) => topics.push(Topic { slug, label }),
                Some(Facet::Organisations) => {
                    organisations.push(Organisation { slug, name: label, website: None, description: String::new() })
                }
                None => {}
            }
        }
    }
    let series = Series {
        full_title: title.clone(),
        title,
        summary: String::new(),
        description: String::new(),
        movement: String::new(),
        dates: String::new(),
        format: String::new(),
        organisers: Vec::new(),
        source: None,
        url: None,
        updated: NaiveDate::MIN,
    };
    Ok(Programme { series, organisations, topics, sessions: Vec::new(), resources: Vec::new() })
}

/// A session as its card shows it.
fn session<E: PageElement>(card: &E) -> Result<Session, Missing> {
    Ok(Session {
        slug: Slug(value(card, SESSION)?),
        title: first(card, TITLE_LINK)?.text(),
        start: instant(&first(card, START)?.attr("datetime").unwrap_or_default()).ok_or(Missing(START))?,
        end: time(card, END)?,
        time_known: card.first(VIEWER_TIME).is_some(),
        organisations: slugs(&value(card, ORGANISATIONS)?),
        topics: slugs(&value(card, TOPICS)?),
        description: String::new(),
        speakers: card.attr(SPEAKERS.attr()).map(|names| names.split(SPEAKER_SEPARATOR).map(str::to_owned).collect()).unwrap_or_default(),
        link: None,
        source: None,
        illustrative: false,
    })
}
