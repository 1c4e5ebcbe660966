//! The toolkit: its `[[resources]]` entries are checked like sessions (every mistake named with
//! the file, the resource and the field), the bundled toolkit covers every topic, finding
//! resources by topic and search, and its addresses.

use programme_guide::programme::filter::Filters;
use programme_guide::programme::load::load_programme;
use programme_guide::programme::report::{DataError, Entry};
use programme_guide::programme::toolkit::{ToolkitIndex, search_text};
use programme_guide::programme::{Programme, Slug};
use programme_guide::routes::Route;

const FILE: &str = "programme.toml";

/// A valid file with two topics and two resources, which the tests below break in one place each.
const VALID: &str = r#"
[series]
title = "Test Series"
summary = "A series."
description = "About it."
dates = "April 2023"
format = "Online"
updated = "2026-11-22"

[[organisations]]
slug = "org-a"
name = "Org A"
description = "Does things."

[[topics]]
slug = "nrpf"
label = "No Recourse to Public Funds"

[[topics]]
slug = "legal-aid"
label = "Legal aid"

[[sessions]]
slug = "first"
title = "First session"
start = "2023-03-23T13:00:00+00:00"
end = "2023-03-23T14:30:00+00:00"
organisations = ["org-a"]
topics = ["nrpf"]
description = "About NRPF."

[[resources]]
slug = "families-guidance"
title = "Supporting families with NRPF"
publisher = "NRPF Network"
link = "https://guidance.example.org/families/"
topics = ["nrpf"]
description = "Practice guidance for councils."
date = "2 October 2024"

[[resources]]
slug = "find-an-adviser"
title = "Find a legal aid adviser"
publisher = "Legal Aid Agency"
link = "https://find.example.org/"
topics = ["legal-aid", "nrpf"]
description = "Search providers by postcode."
note = "Check the phone hours before calling."
"#;

fn load(text: &str) -> Programme {
    load_programme(FILE, text).unwrap_or_else(|e| panic!("{e}"))
}

fn errors_for(text: &str) -> Vec<DataError> {
    match load_programme(FILE, text) {
        Ok(_) => panic!("expected the file to be rejected"),
        Err(errors) => errors.0,
    }
}

/// The error about `resource`'s `field`, whose line names the file, the resource and the field.
fn error_about(text: &str, resource: &str, field: &str) -> DataError {
    let entry = Entry::Resource(resource.to_owned());
    let errors = errors_for(text);
    let error = errors.iter().find(|e| e.entry == entry && e.field.as_deref() == Some(field)).cloned();
    let error = error.unwrap_or_else(|| panic!("no error for {entry} field {field}; got: {errors:#?}"));
    let line = error.to_string();
    assert!(line.starts_with(FILE) && line.contains(&format!("resource {resource}")) && line.contains(field), "{line}");
    error
}

#[test]
fn a_valid_toolkit_loads_in_the_datas_order_with_its_optional_fields() {
    let programme = load(VALID);
    let slugs: Vec<&str> = programme.resources.iter().map(|r| r.slug.as_str()).collect();
    assert_eq!(slugs, ["families-guidance", "find-an-adviser"]);
    assert_eq!(programme.resources[0].date.as_deref(), Some("2 October 2024"));
    assert_eq!(programme.resources[0].note, None);
    assert_eq!(programme.resources[1].note.as_deref(), Some("Check the phone hours before calling."));
    let nrpf = Slug("nrpf".into());
    let on_nrpf: Vec<&str> = programme.resources_on(&nrpf).map(|r| r.slug.as_str()).collect();
    assert_eq!(on_nrpf, ["families-guidance", "find-an-adviser"]);
}

#[test]
fn a_resources_address_must_be_http_or_https() {
    for bad in ["mailto:help@example.org", "ftp://example.org/x", "javascript:alert(1)", "example.org", "https://"] {
        let text = VALID.replace("https://find.example.org/", bad);
        let error = error_about(&text, "\"find-an-adviser\"", "link");
        assert!(error.message.contains("http(s)"), "{bad}: {}", error.message);
    }
}

#[test]
fn a_resources_topics_must_be_defined_and_not_empty() {
    let unknown = VALID.replace(r#"topics = ["legal-aid", "nrpf"]"#, r#"topics = ["legal-aid", "nfrp"]"#);
    assert!(error_about(&unknown, "\"find-an-adviser\"", "topics").message.contains("\"nfrp\" is not defined"));
    let none = VALID.replace(r#"topics = ["legal-aid", "nrpf"]"#, "topics = []");
    assert!(error_about(&none, "\"find-an-adviser\"", "topics").message.contains("at least one topic"));
}

#[test]
fn slugs_and_addresses_are_used_once() {
    let slug = VALID.replace(r#"slug = "find-an-adviser""#, r#"slug = "families-guidance""#);
    assert!(error_about(&slug, "\"families-guidance\"", "slug").message.contains("used by another entry"));
    // The same address, written with a trailing slash or in capitals, is the same resource.
    let link = VALID.replace("https://find.example.org/", "HTTPS://guidance.example.org/families");
    assert!(error_about(&link, "\"find-an-adviser\"", "link").message.contains("another resource"));
}

#[test]
fn required_fields_and_one_line_descriptions() {
    for line in [
        "title = \"Find a legal aid adviser\"\n",
        "publisher = \"Legal Aid Agency\"\n",
        "link = \"https://find.example.org/\"\n",
        "description = \"Search providers by postcode.\"\n",
    ] {
        let field = line.split(' ').next().unwrap_or_default();
        let error = error_about(&VALID.replace(line, ""), "\"find-an-adviser\"", field);
        assert!(error.message.contains("missing"), "{field}: {}", error.message);
    }
    let two_lines = VALID.replace("description = \"Search providers by postcode.\"", "description = \"\"\"Search.\n\nMore.\"\"\"");
    assert!(error_about(&two_lines, "\"find-an-adviser\"", "description").message.contains("one line"));
    let misspelt = VALID.replace("note = ", "notes = ");
    assert!(error_about(&misspelt, "\"find-an-adviser\"", "notes").message.contains("not a known field"));
    let unnamed = VALID.replace("slug = \"find-an-adviser\"\n", "");
    error_about(&unnamed, "#2", "slug");
}

#[test]
fn the_bundled_toolkit_covers_every_topic_and_says_where_each_resource_stands() {
    let text = std::fs::read_to_string("src/data/programme.toml").expect("the bundled data file exists");
    let programme = load_programme("src/data/programme.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    for topic in &programme.topics {
        assert!(programme.resources_on(&topic.slug).count() >= 2, "the toolkit has at least two resources on {}", topic.label);
    }
    for resource in &programme.resources {
        assert!(resource.link.as_str().starts_with("http"), "{}", resource.slug.as_str());
    }
    // The Rwanda policy has been dropped: its resources say so.
    let rwanda = Slug("rwanda-policy".into());
    assert!(programme.resources_on(&rwanda).all(|r| r.note.as_deref().is_some_and(|n| n.contains("since dropped"))));
}

#[test]
fn resources_are_found_by_any_topic_chosen_and_by_search_with_a_count_per_topic() {
    let programme = load(VALID);
    let index = ToolkitIndex::of(&programme);
    let shown = |filters: Filters| index.apply(&filters);
    let all = shown(Filters::default());
    assert_eq!((all.visible.clone(), all.count, all.topic_counts.clone()), (vec![true, true], 2, vec![2, 1]));
    let legal = shown(Filters { topics: vec![Slug("legal-aid".into())], ..Filters::default() });
    assert_eq!((legal.visible, legal.count), (vec![false, true], 1));
    // Search ignores case and accents, and reaches the publisher, the note and the topics' names.
    for (query, expected) in [
        ("POSTCODE", vec![false, true]),
        ("nrpf network", vec![true, false]),
        ("phone hours", vec![false, true]),
        ("légal", vec![false, true]),
    ] {
        assert_eq!(shown(Filters { search: query.into(), ..Filters::default() }).visible, expected, "{query}");
    }
    let searched = shown(Filters { search: "councils".into(), ..Filters::default() });
    assert_eq!(searched.topic_counts, vec![1, 0], "each topic counts what the search leaves");
}

#[test]
fn a_filtered_toolkit_is_an_address_which_reads_back_as_the_same_view() {
    let programme = load(VALID);
    let filters = Filters { topics: vec![Slug("nrpf".into())], search: "family help".into(), ..Filters::default() };
    let route = Route::Toolkit(filters.clone());
    assert_eq!(route.href(), "./?view=toolkit&topic=nrpf&q=family%20help");
    assert_eq!(Route::from_query(&route.href()[2..], &programme).route, route);
    assert_eq!(Route::Toolkit(Filters::default()).href(), "./?view=toolkit");
    // Without JavaScript, the toolkit of one topic is that topic's section of its page.
    let one = Route::Toolkit(Filters { topics: vec![Slug("nrpf".into())], ..Filters::default() });
    assert_eq!(one.static_href(), "toolkit.html#resources-nrpf");
    assert_eq!(Route::from_href("toolkit.html#resources-nrpf", &programme), one);
    assert_eq!(Route::from_href("toolkit.html", &programme), Route::Toolkit(Filters::default()));
    // The organisations and time do not apply to the toolkit: said, and left out.
    let parsed = Route::from_query("?view=toolkit&org=org-a&when=past&topic=legal-aid", &programme);
    assert_eq!(parsed.route, Route::Toolkit(Filters { topics: vec![Slug("legal-aid".into())], ..Filters::default() }));
    assert_eq!(parsed.ignored.len(), 1, "{:?}", parsed.ignored);
}

/// The app's search in the browser reads what the build wrote on each resource of the toolkit's
/// page: the same text this index is made of.
#[test]
fn the_toolkits_page_carries_each_resources_search_text() {
    let programme = std::sync::Arc::new(load(VALID));
    let page = programme_guide::publish::prerender::toolkit_page(&programme, chrono::Utc::now());
    for resource in &programme.resources {
        let attribute = format!("{}=\"{}\"", programme_guide::contract::SEARCH_TEXT.attr(), search_text(&programme, resource));
        assert_eq!(
            page.matches(&attribute).count(),
            resource.topics.len(),
            "{} carries its text under each of its topics",
            resource.slug.as_str()
        );
    }
}
