//! Finding sessions: by topic and organisation (any of the chosen values within a facet, all
//! facets together), by free text, and by past or upcoming. One pass over the programme gives the
//! visible sessions and, for every option, how many sessions it would give with the other filters.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use super::model::{Programme, Session, Slug};
use super::search::{self, query_words};

/// Which sessions to show by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    /// Every session, past and upcoming, in date order.
    #[default]
    All,
    /// Sessions that have not ended yet.
    Upcoming,
    /// Sessions that have ended.
    Past,
}

impl When {
    /// Every choice, in the order they are offered.
    pub const ALL: [When; 3] = [When::All, When::Upcoming, When::Past];

    /// The value used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            When::All => "all",
            When::Upcoming => "upcoming",
            When::Past => "past",
        }
    }

    /// The choice for a URL value.
    pub fn from_slug(slug: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.slug() == slug)
    }

    /// The words on the control.
    pub fn label(self) -> &'static str {
        match self {
            When::All => "All sessions",
            When::Upcoming => "Upcoming",
            When::Past => "Past",
        }
    }

    fn admits(self, session: &Session, now: DateTime<Utc>) -> bool {
        let ended = session.end.with_timezone(&Utc) <= now;
        match self {
            When::All => true,
            When::Upcoming => !ended,
            When::Past => ended,
        }
    }
}

/// What the person has asked for. Slugs are kept in the programme's order, so equal filters
/// always write the same URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub topics: Vec<Slug>,
    pub organisations: Vec<Slug>,
    pub search: String,
    pub when: When,
}

impl Filters {
    /// True when nothing narrows the programme.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.organisations.is_empty() && self.search.trim().is_empty() && self.when == When::All
    }

    /// How many choices are active (for the "Filters (n)" button).
    pub fn active_count(&self) -> usize {
        self.topics.len() + self.organisations.len() + usize::from(!self.search.trim().is_empty()) + usize::from(self.when != When::All)
    }

    /// What these filters choose, in words, for a printout's heading, e.g. "Topics: NHS charging,
    /// Legal aid. Search: “nhs”. Upcoming sessions only."; `None` when nothing narrows the programme.
    pub fn describe(&self, programme: &Programme) -> Option<String> {
        let names = |list: Vec<String>| list.join(", ");
        let mut parts = Vec::new();
        if !self.topics.is_empty() {
            parts.push(format!(
                "Topics: {}.",
                names(self.topics.iter().filter_map(|s| programme.topic(s)).map(|t| t.label.clone()).collect())
            ));
        }
        if !self.organisations.is_empty() {
            let organisations = self.organisations.iter().filter_map(|s| programme.organisation(s)).map(|o| o.name.clone()).collect();
            parts.push(format!("Organisations: {}.", names(organisations)));
        }
        if !self.search.trim().is_empty() {
            parts.push(format!("Search: \u{201c}{}\u{201d}.", self.search.trim()));
        }
        match self.when {
            When::All => {}
            When::Upcoming => parts.push("Upcoming sessions only.".to_owned()),
            When::Past => parts.push("Past sessions only.".to_owned()),
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// These filters with `slug` added to or removed from the topics, kept in programme order.
    pub fn toggle_topic(&self, programme: &Programme, slug: &Slug) -> Filters {
        let order: Vec<&Slug> = programme.topics.iter().map(|t| &t.slug).collect();
        Filters { topics: toggled(&self.topics, slug, &order), ..self.clone() }
    }

    /// These filters with `slug` added to or removed from the organisations, kept in programme order.
    pub fn toggle_organisation(&self, programme: &Programme, slug: &Slug) -> Filters {
        let order: Vec<&Slug> = programme.organisations.iter().map(|o| &o.slug).collect();
        Filters { organisations: toggled(&self.organisations, slug, &order), ..self.clone() }
    }
}

fn toggled(current: &[Slug], slug: &Slug, order: &[&Slug]) -> Vec<Slug> {
    let on = !current.contains(slug);
    order.iter().filter(|s| if **s == slug { on } else { current.contains(s) }).map(|s| (*s).clone()).collect()
}

/// What filtering needs of each session, worked out once per programme: the positions of its
/// topics and organisations in the programme's lists, and its folded search text. The text is
/// worked out on the first search, not before: most visits start with none, and folding every
/// session's text is a noticeable part of a phone's start.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterIndex {
    entries: Vec<IndexEntry>,
    texts: OnceLock<Vec<String>>,
    /// The sessions' folded descriptions, when they come from elsewhere than the programme (the
    /// app's programme has none: see [`search::descriptions_file`]), once they have come.
    descriptions: OnceLock<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
struct IndexEntry {
    topics: Vec<usize>,
    organisations: Vec<usize>,
}

impl FilterIndex {
    /// Indexes every session of `programme`.
    pub fn new(programme: &Programme) -> FilterIndex {
        let positions = |slugs: &[Slug], options: &[&Slug]| -> Vec<usize> {
            slugs.iter().filter_map(|slug| options.iter().position(|o| *o == slug)).collect()
        };
        let topics: Vec<&Slug> = programme.topics.iter().map(|t| &t.slug).collect();
        let organisations: Vec<&Slug> = programme.organisations.iter().map(|o| &o.slug).collect();
        let entries = programme
            .sessions
            .iter()
            .map(|session| IndexEntry {
                topics: positions(&session.topics, &topics),
                organisations: positions(&session.organisations, &organisations),
            })
            .collect();
        FilterIndex { entries, texts: OnceLock::new(), descriptions: OnceLock::new() }
    }

    /// Searches the sessions' folded `descriptions` too from now on (from
    /// [`search::read_descriptions`]); they are given once, and later ones are ignored.
    pub fn add_descriptions(&self, descriptions: Vec<String>) {
        let _ = self.descriptions.set(descriptions);
    }

    /// The folded search text of every session of `programme` (the one this index was made from).
    fn texts(&self, programme: &Programme) -> &[String] {
        self.texts.get_or_init(|| search::index(programme))
    }
}

/// Which facet of the filters a list of checkboxes chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Topics,
    Organisations,
}

impl Facet {
    /// Its name, in the written page (`crate::contract::FACET`).
    pub fn name(self) -> &'static str {
        match self {
            Facet::Topics => "topics",
            Facet::Organisations => "organisations",
        }
    }

    /// The facet named `name` in the page.
    pub fn from_name(name: &str) -> Option<Facet> {
        [Facet::Topics, Facet::Organisations].into_iter().find(|f| f.name() == name)
    }

    /// Every option's slug and name, in programme order.
    pub fn options(self, programme: &Programme) -> Vec<(Slug, String)> {
        match self {
            Facet::Topics => programme.topics.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
            Facet::Organisations => programme.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect(),
        }
    }

    /// The options chosen in `filters`.
    pub fn chosen(self, filters: &Filters) -> &[Slug] {
        match self {
            Facet::Topics => &filters.topics,
            Facet::Organisations => &filters.organisations,
        }
    }

    /// How many sessions each option gives, in programme order.
    pub fn counts(self, outcome: &Outcome) -> &[usize] {
        match self {
            Facet::Topics => &outcome.topic_counts,
            Facet::Organisations => &outcome.organisation_counts,
        }
    }

    /// `filters` with `slug` ticked or unticked.
    pub fn toggle(self, filters: &Filters, programme: &Programme, slug: &Slug) -> Filters {
        match self {
            Facet::Topics => filters.toggle_topic(programme, slug),
            Facet::Organisations => filters.toggle_organisation(programme, slug),
        }
    }
}

/// What the filters give: which sessions show, and what each option would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One flag per session, in programme order.
    pub visible: Vec<bool>,
    pub count: usize,
    /// Per topic, in programme order: sessions matching every other filter and having this topic.
    pub topic_counts: Vec<usize>,
    /// Per organisation, likewise.
    pub organisation_counts: Vec<usize>,
}

/// Applies `filters` to the programme at `now`.
pub fn apply(programme: &Programme, index: &FilterIndex, filters: &Filters, now: DateTime<Utc>) -> Outcome {
    let words = query_words(&filters.search);
    let chosen = |slugs: &[Slug], options: Vec<&Slug>| -> Option<Vec<bool>> {
        (!slugs.is_empty()).then(|| options.into_iter().map(|o| slugs.contains(o)).collect())
    };
    let topics = chosen(&filters.topics, programme.topics.iter().map(|t| &t.slug).collect());
    let organisations = chosen(&filters.organisations, programme.organisations.iter().map(|o| &o.slug).collect());
    let mut outcome = Outcome {
        visible: Vec::with_capacity(programme.sessions.len()),
        count: 0,
        topic_counts: vec![0; programme.topics.len()],
        organisation_counts: vec![0; programme.organisations.len()],
    };
    let texts = (!words.is_empty()).then(|| index.texts(programme));
    let descriptions = index.descriptions.get();
    for (i, (session, entry)) in programme.sessions.iter().zip(&index.entries).enumerate() {
        let found = texts.is_none_or(|texts| {
            let described = descriptions.and_then(|d| d.get(i)).map_or("", String::as_str);
            search::matches(&[&texts[i], described], &words)
        });
        let base = found && filters.when.admits(session, now);
        let topic_ok = any_of(topics.as_deref(), &entry.topics);
        let org_ok = any_of(organisations.as_deref(), &entry.organisations);
        let visible = base && topic_ok && org_ok;
        outcome.visible.push(visible);
        outcome.count += usize::from(visible);
        if base && org_ok {
            entry.topics.iter().for_each(|&t| outcome.topic_counts[t] += 1);
        }
        if base && topic_ok {
            entry.organisations.iter().for_each(|&o| outcome.organisation_counts[o] += 1);
        }
    }
    outcome
}

/// Within a facet: no choice admits everything, otherwise any chosen value will do.
fn any_of(chosen: Option<&[bool]>, values: &[usize]) -> bool {
    chosen.is_none_or(|chosen| values.iter().any(|&v| chosen[v]))
}
