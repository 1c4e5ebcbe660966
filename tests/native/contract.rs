//! The written page as a contract (`programme_guide::contract`): every page the build writes, for
//! the bundled programme and for a second series, parsed as a browser would, has every hook the
//! app requires where the app looks for it; and the programme the app reads back from index.html
//! is the one the data file holds. A component that drops a hook fails here, not in a person's
//! browser.

use std::collections::HashSet;
use std::sync::Arc;

use programme_guide::contract::parts::PARTS;
use programme_guide::contract::read::{self, PageElement, programme_of};
use programme_guide::contract::{ALL, Hook, Part, Root, STATES, TEMPLATE, WrittenPage, parts};
use programme_guide::programme::Programme;
use programme_guide::programme::load::load_programme;
use programme_guide::publish::{as_of, prerender};
use scraper::{ElementRef, Html, Selector};

/// An element of a page parsed natively, read as the app reads the browser's.
#[derive(Clone, Copy)]
struct Parsed<'a>(ElementRef<'a>);

impl PageElement for Parsed<'_> {
    fn attr(&self, name: &str) -> Option<String> {
        self.0.value().attr(name).map(str::to_owned)
    }

    fn text(&self) -> String {
        self.0.text().collect()
    }

    fn all(&self, hook: Hook) -> Vec<Self> {
        select(self.0, hook.selector)
    }
}

fn select<'a>(root: ElementRef<'a>, selector: &str) -> Vec<Parsed<'a>> {
    let selector = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector} is not a selector: {e:?}"));
    root.select(&selector).map(Parsed).collect()
}

/// The programmes every page is written for: the bundled one and a second series.
fn programmes() -> Vec<(&'static str, Arc<Programme>)> {
    let load = |file: &str, text: &str| Arc::new(load_programme(file, text).unwrap_or_else(|e| panic!("{e}")));
    vec![
        ("the bundled programme", load("src/data/programme.toml", include_str!("../../src/data/programme.toml"))),
        ("the second series", load("tests/fixtures/second-series.toml", include_str!("../fixtures/second-series.toml"))),
    ]
}

/// Every page the build writes that the app adopts or shows, as (its name, its kind, its body).
fn written_pages(programme: &Arc<Programme>) -> Vec<(String, WrittenPage, String)> {
    let now = as_of(programme);
    let mut pages = vec![
        ("index.html".to_owned(), WrittenPage::Programme, prerender::programme_page(programme, now)),
        ("toolkit.html".to_owned(), WrittenPage::Toolkit, prerender::toolkit_page(programme, now)),
        ("embedding.html".to_owned(), WrittenPage::Embed, prerender::embed_page(programme, now)),
        ("about.html".to_owned(), WrittenPage::About, prerender::about_page(programme, now)),
    ];
    for session in &programme.sessions {
        let page = prerender::session_page(programme, now, session);
        pages.push((format!("session-{}.html", session.slug.as_str()), WrittenPage::Session, page));
    }
    pages
}

/// The name of `part`'s constant (`PARTS` holds them, a release build's parts do not).
fn name_of(part: &Part) -> &'static str {
    let mut named = PARTS.iter().filter(|(_, p)| p == part).map(|(name, _)| *name);
    let name = named.next().expect("every part is declared in PARTS");
    assert!(named.next().is_none(), "{name} is declared twice, so the app could not tell the two apart");
    name
}

/// What is wrong with `part` on a page whose root element is `page`: one line per required hook
/// or value that is not where the app looks for it.
fn faults(page: ElementRef, part: &Part) -> Vec<String> {
    let name = name_of(part);
    let template = |template: programme_guide::contract::Template| {
        let found = select(page, &TEMPLATE.selector_for(template.name()));
        match found.is_empty() {
            true => Err(vec![format!("no <template {}=\"{}\"> for {}", TEMPLATE.attr(), template.name(), name)]),
            false => Ok(found),
        }
    };
    let roots = match part.root {
        Root::Document => vec![Parsed(page)],
        Root::Each(hook) => select(page, hook.selector),
        Root::Template(which) => match template(which) {
            Ok(found) => found,
            Err(faults) => return faults,
        },
        // The item's own template, inside the page's (parsed, its content is its children).
        Root::Item(which, item) => match template(which).map(|found| found.iter().flat_map(|t| select(t.0, item.selector)).collect()) {
            Ok(items) if Vec::is_empty(&items) => return vec![format!("{name} has no {} in its template", item.selector)],
            Ok(items) => items,
            Err(faults) => return faults,
        },
    };
    let mut faults = Vec::new();
    for root in roots {
        for hook in part.required {
            if root.all(*hook).is_empty() {
                faults.push(format!("{name} has no {} inside it, where the app looks for it", hook.selector));
            }
        }
        for hook in part.values {
            if root.attr(hook.attr()).is_none() {
                faults.push(format!("{name} has no {} attribute, which the app reads", hook.attr()));
            }
        }
    }
    faults
}

#[test]
fn every_page_the_build_writes_has_every_hook_the_app_requires_where_the_app_looks_for_it() {
    let mut all = Vec::new();
    for (which, programme) in programmes() {
        for (name, kind, body) in written_pages(&programme) {
            let html = Html::parse_document(&format!("<!doctype html><html><head></head><body>{body}</body></html>"));
            let faults: Vec<String> = kind.parts().iter().flat_map(|part| faults(html.root_element(), part)).collect();
            if !faults.is_empty() {
                all.push(format!("{name}, written for {which}:\n  {}", faults.join("\n  ")));
            }
        }
    }
    assert!(all.is_empty(), "hooks the app requires are missing from the written pages:\n{}", all.join("\n"));
}

#[test]
fn a_page_that_lost_a_hook_or_a_value_is_caught() {
    let (_, programme) = programmes().remove(0);
    let body = prerender::programme_page(&programme, as_of(&programme));
    let lost = Html::parse_document(&body.replace(" data-result-count", ""));
    assert_eq!(
        faults(lost.root_element(), &parts::PROGRAMME_VIEW),
        vec!["PROGRAMME_VIEW has no [data-result-count] inside it, where the app looks for it"]
    );
    let gone = Html::parse_document(&body.replace(" data-share-title=", " data-x="));
    assert!(
        faults(gone.root_element(), &parts::PAGE_SHARE_LINK)
            .contains(&"PAGE_SHARE_LINK has no data-share-title attribute, which the app reads".to_owned()),
        "a value the app reads is checked like a hook"
    );
}

/// The names of the parts `src/live` adopts: every `parts::NAME` it names.
fn parts_named_in_live() -> HashSet<String> {
    let mut named = HashSet::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/live")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let code: String = text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for (name, _) in PARTS {
            let whole = |at: usize| {
                let before = code[..at].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                let after = code[at + name.len()..].chars().next().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                before && after
            };
            if code.match_indices(name).any(|(at, _)| whole(at)) {
                named.insert((*name).to_owned());
            }
        }
    }
    named
}

#[test]
fn the_parts_the_tests_check_are_exactly_the_parts_the_app_adopts() {
    let declared: HashSet<String> = PARTS.iter().map(|(name, _)| (*name).to_owned()).collect();
    assert_eq!(parts_named_in_live(), declared, "every part declared is adopted by src/live, and src/live adopts no other");
    let checked: HashSet<&str> = WrittenPage::ALL.iter().flat_map(|page| page.parts()).map(name_of).collect();
    assert_eq!(checked, declared.iter().map(String::as_str).collect(), "the pages' parts are the parts the app adopts");
}

#[test]
fn every_hook_is_adopted_in_a_part_or_read_with_the_programme_and_no_two_share_an_attribute() {
    for hook in ALL {
        let in_a_part = PARTS.iter().any(|(_, part)| {
            part.hooks().any(|h| h == *hook)
                || part.values.contains(hook)
                || matches!(part.root, Root::Each(root) | Root::Item(_, root) if root == *hook)
        });
        let read = read::HOOKS.contains(hook) || *hook == TEMPLATE;
        assert!(in_a_part || read, "{} is declared but neither adopted in a part nor read with the programme", hook.attr());
    }
    let mut attributes: Vec<&str> = ALL.iter().map(|h| h.attr()).chain(STATES.iter().map(|s| s.attr)).collect();
    let count = attributes.len();
    attributes.sort();
    attributes.dedup();
    assert_eq!(attributes.len(), count, "two hooks or states share an attribute");
}

#[test]
fn the_programme_the_app_reads_from_index_html_is_the_one_in_the_data_file() {
    for (which, programme) in programmes() {
        let body = prerender::programme_page(&programme, as_of(&programme));
        let html = Html::parse_document(&format!("<!doctype html><html><head></head><body>{body}</body></html>"));
        let read = programme_of(&Parsed(html.root_element())).unwrap_or_else(|e| panic!("{which}: nothing read, {e:?} is missing"));
        assert_eq!(read.series.title, programme.series.title, "{which}: the series' title");
        assert_eq!(read.topics, programme.topics, "{which}: the topics, with their names, in order");
        let organisations: Vec<_> = programme.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect();
        assert_eq!(read.organisations.iter().map(|o| (o.slug.clone(), o.name.clone())).collect::<Vec<_>>(), organisations, "{which}");
        assert_eq!(read.sessions.len(), programme.sessions.len(), "{which}: every session");
        for (got, want) in read.sessions.iter().zip(&programme.sessions) {
            let facts = |s: &programme_guide::programme::Session| {
                (
                    s.slug.clone(),
                    s.title.clone(),
                    s.start,
                    s.end,
                    s.time_known,
                    s.topics.clone(),
                    s.organisations.clone(),
                    s.speakers.clone(),
                )
            };
            assert_eq!(facts(got), facts(want), "{which}: session {}", want.slug.as_str());
            assert_eq!(got.start.offset(), want.start.offset(), "{which}: {} keeps its UK offset", want.slug.as_str());
        }
    }
}

#[test]
fn a_session_slug_from_anywhere_cannot_break_out_of_its_selector() {
    let hook = programme_guide::contract::SESSION;
    assert_eq!(hook.selector_for("nhs-charging"), "[data-session=\"nhs-charging\"]");
    assert_eq!(hook.selector_for("x\"],a[href"), "[data-session=\"xahref\"]");
}

#[test]
fn an_instant_is_read_back_exactly_as_it_was_written_and_nothing_else_is_taken_for_one() {
    use chrono::{DateTime, FixedOffset};
    use programme_guide::contract::read::{instant, write_instant};
    for text in ["2023-04-20T13:00:00+01:00", "2023-12-31T23:59:59+00:00", "2027-03-25T18:30:00-05:30", "0001-01-01T00:00:00+00:00"] {
        let parsed = DateTime::<FixedOffset>::parse_from_rfc3339(text).unwrap();
        assert_eq!(instant(&write_instant(&parsed)), Some(parsed), "{text}");
        assert_eq!(instant(text).map(|t| t.offset().local_minus_utc()), Some(parsed.offset().local_minus_utc()), "{text}");
    }
    for text in [
        "",
        "2023-04-20T13:00:00Z",
        "2023-04-20 13:00:00+01:00",
        "2023-02-30T13:00:00+01:00",
        "2023-04-20T24:00:00+01:00",
        "2023-04-20T13:00:00+01",
        "2023-04-20T13:00:00*01:00",
        "2023-04-2OT13:00:00+01:00",
        "2023-04-20T13:00:00+99:00",
    ] {
        assert_eq!(instant(text), None, "{text:?} is not what the build writes");
    }
}
