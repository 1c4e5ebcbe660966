//! URLs: every view and every filtered view has its own address; unknown parts are ignored and
//! reported; no query string can make the app fail.

use crate::common;

use programme_guide::programme::Slug;
use programme_guide::programme::filter::{Filters, When};
use programme_guide::routes::{MAX_SEARCH_CHARS, Parsed, Route, parse_query};

fn read(query: &str) -> Parsed {
    Route::from_query(query, &common::programme())
}

fn slugs(names: &[&str]) -> Vec<Slug> {
    names.iter().map(|n| Slug((*n).to_owned())).collect()
}

#[test]
fn each_view_has_its_own_relative_url() {
    assert_eq!(Route::default().href(), "./");
    assert_eq!(Route::Session("nhs-charging".into()).href(), "./?session=nhs-charging");
    assert_eq!(Route::About.href(), "./?view=about");
}

#[test]
fn filtered_views_write_every_filter_into_the_url() {
    let filters = Filters {
        topics: slugs(&["family-reunion", "nhs-charging"]),
        organisations: slugs(&["pafras"]),
        search: "réunion & care".into(),
        when: When::Past,
    };
    assert_eq!(Route::Programme(filters).href(), "./?topic=family-reunion,nhs-charging&org=pafras&q=r%C3%A9union%20%26%20care&when=past");
}

#[test]
fn urls_read_back_as_the_same_view() {
    let filtered = Filters { topics: slugs(&["nhs-charging"]), search: "a+b=c?&d".into(), when: When::Upcoming, ..Filters::default() };
    for route in [Route::default(), Route::About, Route::Session("legal-aid".into()), Route::Programme(filtered)] {
        let href = route.href();
        let parsed = read(href.trim_start_matches("./"));
        assert_eq!(parsed.route, route, "{href}");
        assert!(parsed.ignored.is_empty(), "{href}: {:?}", parsed.ignored);
    }
}

#[test]
fn repeated_and_comma_separated_values_both_work_and_keep_programme_order() {
    let parsed = read("?topic=nhs-charging&topic=family-reunion,nhs-charging&org=pafras");
    let Route::Programme(filters) = parsed.route else { panic!("programme route") };
    assert_eq!(filters.topics, slugs(&["family-reunion", "nhs-charging"]));
    assert_eq!(filters.organisations, slugs(&["pafras"]));
}

#[test]
fn unknown_values_are_ignored_and_reported_while_the_rest_applies() {
    let parsed = read("?topic=nhs-charging,housing&org=nobody&when=tomorrow&utm_source=mail&q=care");
    let Route::Programme(filters) = parsed.route else { panic!("programme route") };
    assert_eq!(filters.topics, slugs(&["nhs-charging"]));
    assert!(filters.organisations.is_empty());
    assert_eq!(filters.when, When::All);
    assert_eq!(filters.search, "care");
    assert_eq!(parsed.ignored, ["parameter “utm_source”", "when “tomorrow”", "topic “housing”", "organisation “nobody”"]);
}

#[test]
fn a_session_or_about_address_wins_over_filters() {
    assert_eq!(read("?session=charging&topic=nhs-charging").route, Route::Session("charging".into()));
    assert_eq!(read("?view=about&q=x").route, Route::About);
    assert_eq!(read("?session=").route, Route::default());
    let parsed = read("?view=nope");
    assert_eq!(parsed.route, Route::default());
    assert_eq!(parsed.ignored, ["view “nope”"]);
}

#[test]
fn huge_values_are_cut_and_reported_briefly() {
    let long = "a".repeat(5000);
    let parsed = read(&format!("?q={long}&topic={long}"));
    let Route::Programme(filters) = parsed.route else { panic!("programme route") };
    assert_eq!(filters.search.chars().count(), MAX_SEARCH_CHARS);
    assert!(parsed.ignored.iter().all(|note| note.chars().count() < 80), "{:?}", parsed.ignored);
}

#[test]
fn query_values_are_decoded() {
    assert_eq!(parse_query("?q=r%C3%A9union+nhs&x"), vec![("q".into(), "réunion nhs".into()), ("x".into(), String::new())]);
    assert_eq!(parse_query("?a=%zz"), vec![("a".into(), "%zz".into())]);
}

#[test]
fn hostile_query_strings_never_panic() {
    let programme = common::programme();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces = [
        "%", "%e", "%zz", "%ff", "%C3", "=", "&", "?", "+", ",", "topic", "org", "q", "when", "session", "view", "é", "<script>", "\u{0}",
        "%00",
    ];
    for _ in 0..2000 {
        let query: String = (0..(next() % 12)).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
        let parsed = Route::from_query(&query, &programme);
        // Whatever came in, what goes out is a URL that reads back to the same view.
        let href = parsed.route.href();
        assert_eq!(Route::from_query(href.trim_start_matches("./"), &programme).route, parsed.route, "{query:?}");
    }
}

#[test]
fn embed_1_asks_for_the_embedded_app_with_the_same_views_and_filters() {
    let parsed = read("?embed=1&org=pafras&topic=nowhere");
    assert!(parsed.embedded);
    assert_eq!(parsed.route, Route::Programme(Filters { organisations: slugs(&["pafras"]), ..Filters::default() }));
    assert_eq!(parsed.ignored, vec!["topic \u{201c}nowhere\u{201d}".to_owned()]);
    assert!(read("?embed=1&session=nhs-charging").embedded);
    assert!(!read("?org=pafras").embedded);
    let other = read("?embed=yes");
    assert!(!other.embedded, "only embed=1 embeds");
    assert_eq!(other.ignored, vec!["embed \u{201c}yes\u{201d}".to_owned()]);
}

#[test]
fn links_inside_the_embedded_app_stay_embedded_and_read_back_as_the_same_view() {
    let filtered = Route::Programme(Filters { topics: slugs(&["nhs-charging"]), ..Filters::default() });
    for route in [Route::default(), filtered, Route::Session("nhs-charging".into()), Route::About, Route::Embed] {
        let href = route.embedded_href();
        assert!(href.starts_with("./?embed=1"), "{href}");
        let parsed = read(href.trim_start_matches("./"));
        assert!(parsed.embedded, "{href}");
        assert_eq!(parsed.route, route, "{href}");
        assert!(parsed.ignored.is_empty(), "{href}: {:?}", parsed.ignored);
    }
    assert_eq!(Route::default().embedded_href(), "./?embed=1");
    assert_eq!(Route::Embed.href(), "./?view=embed");
}
