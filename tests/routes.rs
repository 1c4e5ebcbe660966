//! URLs: every view has its own address, and no query string can make the app fail.

use programme_guide::routes::{Route, parse_query};

#[test]
fn each_view_has_its_own_relative_url() {
    assert_eq!(Route::Programme.href(), "./");
    assert_eq!(Route::Session("nhs-charging".into()).href(), "./?session=nhs-charging");
    assert_eq!(Route::About.href(), "./?view=about");
}

#[test]
fn urls_read_back_as_the_same_view() {
    for route in [Route::Programme, Route::About, Route::Session("legal-aid".into()), Route::Session("a b&c".into())] {
        let href = route.href();
        assert_eq!(Route::from_query(href.trim_start_matches("./")), route, "{href}");
    }
}

#[test]
fn unknown_or_empty_values_fall_back_to_the_programme() {
    assert_eq!(Route::from_query(""), Route::Programme);
    assert_eq!(Route::from_query("?view=nope"), Route::Programme);
    assert_eq!(Route::from_query("?session="), Route::Programme);
    assert_eq!(Route::from_query("?utm_source=x&view=about"), Route::About);
}

#[test]
fn query_values_are_decoded() {
    assert_eq!(parse_query("?q=r%C3%A9union+nhs&x"), vec![("q".into(), "réunion nhs".into()), ("x".into(), String::new())]);
}

#[test]
fn malformed_escapes_and_odd_bytes_never_panic() {
    for query in ["?%", "?%e", "?%zz=%", "?session=%ff%fe", "?é=%C3", "?==&&=", "?session=%E2%82"] {
        let _ = Route::from_query(query);
        assert!(!parse_query(query).is_empty() || query == "?==&&=");
    }
    assert_eq!(parse_query("?a=%zz"), vec![("a".into(), "%zz".into())]);
}
