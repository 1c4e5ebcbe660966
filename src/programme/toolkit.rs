//! Finding resources in the toolkit: by topic (any of those chosen) and by the same search as the
//! programme. The resources' text lives in the toolkit's written page, not in the app: the build
//! writes each resource's folded search text ([`search_text`]) into it, and the app's index is
//! made from there.

use super::filter::{Filters, Outcome};
use super::search::{self, query_words};
use super::{Programme, Resource, Slug};

/// What finding needs of each resource: the places of its topics in the programme's list of
/// topics, and its folded text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolkitIndex {
    entries: Vec<(Vec<usize>, String)>,
    topics: Vec<Slug>,
}

impl ToolkitIndex {
    /// An index of resources given as (their topics' slugs, their [`search_text`]), for the
    /// topics `topics`.
    pub fn new<'a>(resources: impl IntoIterator<Item = (Vec<&'a str>, String)>, topics: Vec<Slug>) -> ToolkitIndex {
        let entries = resources
            .into_iter()
            .map(|(slugs, text)| (slugs.iter().filter_map(|s| topics.iter().position(|t| t.as_str() == *s)).collect(), text))
            .collect();
        ToolkitIndex { entries, topics }
    }

    /// The index of the programme's own resources.
    pub fn of(programme: &Programme) -> ToolkitIndex {
        let topics = programme.topics.iter().map(|t| t.slug.clone()).collect();
        let resources = programme.resources.iter().map(|r| (r.topics.iter().map(Slug::as_str).collect(), search_text(programme, r)));
        ToolkitIndex::new(resources, topics)
    }

    /// Which resources `filters` show (their topics and search; the rest does not apply), and how
    /// many each topic would show with the search.
    pub fn apply(&self, filters: &Filters) -> Outcome {
        let words = query_words(&filters.search);
        let chosen: Vec<usize> = filters.topics.iter().filter_map(|s| self.topics.iter().position(|t| t == s)).collect();
        let mut outcome =
            Outcome { visible: Vec::new(), count: 0, topic_counts: vec![0; self.topics.len()], organisation_counts: Vec::new() };
        for (places, text) in &self.entries {
            let found = search::matches(&[text], &words);
            let visible = found && (chosen.is_empty() || places.iter().any(|p| chosen.contains(p)));
            outcome.visible.push(visible);
            outcome.count += usize::from(visible);
            if found {
                places.iter().for_each(|&p| outcome.topic_counts[p] += 1);
            }
        }
        outcome
    }
}

/// Everything a resource is found by, folded for search: its title, publisher and date,
/// description, note and topics.
pub fn search_text(programme: &Programme, resource: &Resource) -> String {
    let mut parts = vec![resource.title.clone(), resource.publisher.clone()];
    parts.extend(resource.date.clone());
    parts.push(resource.description.clone());
    parts.extend(resource.note.clone());
    parts.extend(resource.topics.iter().filter_map(|s| programme.topic(s)).map(|t| t.label.clone()));
    search::fold(&parts.join(" \n "))
}
