//! Filtering and search: facets, accents and case, several words, counts per option, and the
//! property that choices within a facet widen while facets together narrow.

use crate::common;

use chrono::{DateTime, Utc};
use programme_guide::programme::filter::{FilterIndex, Filters, When, apply};
use programme_guide::programme::search::{descriptions_file, fold, read_descriptions};
use programme_guide::programme::{Programme, Slug};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2023-05-01T12:00:00Z").expect("now").with_timezone(&Utc)
}

/// The slugs of the sessions `filters` shows, in programme order.
fn shown(programme: &Programme, filters: &Filters) -> Vec<String> {
    let outcome = apply(programme, &FilterIndex::new(programme), filters, now());
    assert_eq!(outcome.count, outcome.visible.iter().filter(|v| **v).count());
    programme.sessions.iter().zip(&outcome.visible).filter(|(_, v)| **v).map(|(s, _)| s.slug.0.clone()).collect()
}

fn search(text: &str) -> Filters {
    Filters { search: text.into(), ..Filters::default() }
}

fn slugs(names: &[&str]) -> Vec<Slug> {
    names.iter().map(|n| Slug((*n).to_owned())).collect()
}

#[test]
fn no_filters_show_everything() {
    let programme = common::programme();
    assert_eq!(shown(&programme, &Filters::default()), ["reunion", "charging", "both", "later"]);
    assert!(Filters::default().is_empty());
    assert_eq!(shown(&programme, &search("   ")).len(), 4);
}

#[test]
fn search_ignores_case_and_accents_both_ways() {
    let programme = common::programme();
    assert_eq!(shown(&programme, &search("reunion")), ["reunion", "both"], "reunion finds Réunion and reunion");
    assert_eq!(shown(&programme, &search("RÉUNION")), ["reunion", "both"]);
    assert_eq!(shown(&programme, &search("nhs")), ["charging", "both"], "nhs finds NHS");
    assert_eq!(shown(&programme, &search("zoe lukasiewicz")), ["charging"], "speakers are searched, accents folded");
}

#[test]
fn search_matches_every_word_in_any_order() {
    let programme = common::programme();
    assert_eq!(shown(&programme, &search("charging families")), ["both"]);
    assert_eq!(shown(&programme, &search("families charging")), ["both"]);
    assert_eq!(shown(&programme, &search("charging dinosaurs")), Vec::<String>::new());
}

#[test]
fn search_matches_topic_and_organisation_names_and_word_starts() {
    let programme = common::programme();
    assert_eq!(shown(&programme, &search("pafras")), ["charging", "both"]);
    assert_eq!(shown(&programme, &search("migrants organise")), ["reunion", "both", "later"]);
    assert_eq!(shown(&programme, &search("organ")), ["reunion", "both", "later"], "a word typed so far matches");
    assert_eq!(shown(&programme, &search("ganise")), Vec::<String>::new(), "but not the middle of a word");
}

#[test]
fn within_a_facet_any_value_matches_and_across_facets_all_must() {
    let programme = common::programme();
    let topics = Filters { topics: slugs(&["family-reunion", "nhs-charging"]), ..Filters::default() };
    assert_eq!(shown(&programme, &topics), ["reunion", "charging", "both"]);
    let both = Filters { organisations: slugs(&["pafras"]), ..topics };
    assert_eq!(shown(&programme, &both), ["charging", "both"]);
}

#[test]
fn when_splits_past_from_upcoming() {
    let programme = common::programme();
    let at = |when| shown(&programme, &Filters { when, ..Filters::default() });
    assert_eq!(at(When::Upcoming), ["later"]);
    assert_eq!(at(When::Past), ["reunion", "charging", "both"]);
    assert_eq!(at(When::All).len(), 4);
}

#[test]
fn unknown_slugs_match_nothing_rather_than_everything() {
    // The URL layer drops unknown slugs; if one ever got through, it must not widen the result.
    let programme = common::programme();
    assert!(shown(&programme, &Filters { topics: slugs(&["housing"]), ..Filters::default() }).is_empty());
}

#[test]
fn each_option_counts_what_it_would_give_with_the_other_filters() {
    let programme = common::programme();
    let index = FilterIndex::new(&programme);
    let filters = Filters { organisations: slugs(&["pafras"]), ..Filters::default() };
    let outcome = apply(&programme, &index, &filters, now());
    // Topics are counted within PAFRAS's sessions: family reunion 1 (both), NHS charging 2.
    assert_eq!(outcome.topic_counts, [1, 2]);
    // Organisations are counted ignoring the organisation facet itself.
    assert_eq!(outcome.organisation_counts, [3, 2]);
    let upcoming = Filters { when: When::Upcoming, ..Filters::default() };
    let outcome = apply(&programme, &index, &upcoming, now());
    assert_eq!(outcome.topic_counts, [0, 0], "options that would give nothing count zero");
}

#[test]
fn toggling_keeps_programme_order_and_counts_active_filters() {
    let programme = common::programme();
    let filters =
        Filters::default().toggle_topic(&programme, &Slug("nhs-charging".into())).toggle_topic(&programme, &Slug("family-reunion".into()));
    assert_eq!(filters.topics, slugs(&["family-reunion", "nhs-charging"]));
    let filters = filters.toggle_topic(&programme, &Slug("nhs-charging".into()));
    assert_eq!(filters.topics, slugs(&["family-reunion"]));
    let filters = Filters { search: "x".into(), when: When::Past, ..filters };
    assert_eq!(filters.active_count(), 3);
}

#[test]
fn folding_keeps_letters_of_any_script_and_splits_on_punctuation() {
    assert_eq!(fold("Réunion—NHS's “care”"), " reunion nhss care ");
    assert_eq!(fold("Straße Œuvre"), " strasse oeuvre ");
    assert_eq!(fold("مرحبا 你好"), " مرحبا 你好 ");
}

/// Property: adding a value within a facet never shrinks the result; adding a filter in another
/// facet never grows it. Checked over many generated filter sets.
#[test]
fn adding_within_a_facet_widens_and_across_facets_narrows() {
    let programme = common::programme();
    let index = FilterIndex::new(&programme);
    let count = |f: &Filters| apply(&programme, &index, f, now()).count;
    let topics: Vec<Slug> = programme.topics.iter().map(|t| t.slug.clone()).collect();
    let orgs: Vec<Slug> = programme.organisations.iter().map(|o| o.slug.clone()).collect();
    let words = ["", "families", "nhs", "care", "réunion", "power", "zzz"];
    let mut seed: u64 = 42;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    for _ in 0..500 {
        let base = Filters {
            topics: topics.iter().filter(|_| next(2) == 0).cloned().collect(),
            organisations: orgs.iter().filter(|_| next(2) == 0).cloned().collect(),
            search: words[next(words.len())].into(),
            when: When::ALL[next(3)],
        };
        let before = count(&base);
        for topic in topics.iter().filter(|t| !base.topics.contains(t)) {
            let within = base.toggle_topic(&programme, topic);
            if !base.topics.is_empty() {
                assert!(count(&within) >= before, "adding topic {topic:?} to {base:?} shrank the result");
            } else {
                assert!(count(&within) <= before, "the first topic of {base:?} grew the result");
            }
        }
        for org in orgs.iter().filter(|o| !base.organisations.contains(o)) {
            let within = base.toggle_organisation(&programme, org);
            if !base.organisations.is_empty() {
                assert!(count(&within) >= before, "adding organisation {org:?} to {base:?} shrank the result");
            } else {
                assert!(count(&within) <= before, "the first organisation of {base:?} grew the result");
            }
        }
    }
}

/// The programme as the app in the browser has it: without the sessions' descriptions.
fn without_descriptions(programme: &Programme) -> Programme {
    let mut app = programme.clone();
    app.sessions.iter_mut().for_each(|s| s.description.clear());
    app
}

fn shown_with(programme: &Programme, index: &FilterIndex, filters: &Filters) -> Vec<String> {
    let outcome = apply(programme, index, filters, now());
    programme.sessions.iter().zip(&outcome.visible).filter(|(_, v)| **v).map(|(s, _)| s.slug.0.clone()).collect()
}

#[test]
fn descriptions_from_the_build_s_file_are_searched_as_if_bundled() {
    let full = common::programme();
    let app = without_descriptions(&full);
    let file = descriptions_file(&full);
    let before = FilterIndex::new(&app);
    let after = FilterIndex::new(&app);
    after.add_descriptions(read_descriptions(&app, &file));
    // "pay" is only in a description; "reunion" in titles and topics too.
    assert_eq!(shown_with(&app, &before, &search("pay")), Vec::<String>::new(), "not before the file arrives");
    assert_eq!(shown_with(&app, &after, &search("pay")), ["charging"]);
    for words in ["pay", "together", "reunion nhs", "families", "charges who", "nothing here"] {
        assert_eq!(shown_with(&app, &after, &search(words)), shown(&full, &search(words)), "{words:?}");
    }
}

#[test]
fn a_descriptions_file_is_matched_by_slug_not_by_place() {
    let full = common::programme();
    let app = without_descriptions(&full);
    // Another build's file: lines in another order, one session missing, one the programme lacks.
    let written = descriptions_file(&full);
    let lines: Vec<&str> = written.lines().collect();
    let file = format!("gone  words of a session that left\n{}\n{}\n", lines[2], lines[1]);
    let descriptions = read_descriptions(&app, &file);
    assert_eq!(descriptions.len(), app.sessions.len());
    assert_eq!(descriptions[0], "", "a session the file does not name has no description");
    assert_eq!(descriptions[1], fold(&full.sessions[1].description));
    assert_eq!(descriptions[2], fold(&full.sessions[2].description));
    let index = FilterIndex::new(&app);
    index.add_descriptions(descriptions);
    assert_eq!(shown_with(&app, &index, &search("session left")), Vec::<String>::new());
    assert_eq!(read_descriptions(&app, "not a descriptions file"), vec![String::new(); 4], "a file that is not one gives nothing");
}
