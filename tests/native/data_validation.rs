//! The data file's checks: the bundled file passes, and each kind of mistake an organiser can make
//! is caught with a message naming the file, the entry and the field.

use programme_guide::programme::load::load_programme;
use programme_guide::programme::report::{DataError, Entry};

const FILE: &str = "programme.toml";

/// A small, valid data file that the tests below break in one place each.
const VALID: &str = r#"
[series]
title = "Test Series"
summary = "A series."
description = "First paragraph.\n\nSecond paragraph."
dates = "April 2023"
format = "Online"
organisers = ["org-a"]
source = "https://example.org/series"
updated = "2026-11-22"

[[organisations]]
slug = "org-a"
name = "Org A"
website = "https://a.example.org"
description = "Does things."

[[organisations]]
slug = "org-b"
name = "Org B"
description = "Does other things."

[[topics]]
slug = "nhs-charging"
label = "NHS charging"

[[sessions]]
slug = "first"
title = "First session"
start = "2023-03-23T13:00:00+00:00"
end = "2023-03-23T14:30:00+00:00"
organisations = ["org-a"]
topics = ["nhs-charging"]
description = "About NHS charging."

[[sessions]]
slug = "second"
title = "Second session"
start = "2023-04-06T18:00:00+01:00"
end = "2023-04-06T19:30:00+01:00"
organisations = ["org-a", "org-b"]
topics = []
description = "More."
link = "mailto:signup@example.org"
illustrative = true
"#;

fn errors_for(text: &str) -> Vec<DataError> {
    match load_programme(FILE, text) {
        Ok(_) => panic!("expected the file to be rejected"),
        Err(errors) => errors.0,
    }
}

/// Asserts that some error is about `entry` and `field`, and that its message reads well.
fn assert_error(text: &str, entry: Entry, field: &str) -> DataError {
    let errors = errors_for(text);
    let found = errors.iter().find(|e| e.entry == entry && e.field.as_deref() == Some(field));
    let error = found.unwrap_or_else(|| panic!("no error for {entry} field {field}; got: {errors:#?}")).clone();
    let line = error.to_string();
    assert!(line.starts_with(FILE), "message should start with the file name: {line}");
    assert!(line.contains(&entry.to_string()) && line.contains(field), "message should name entry and field: {line}");
    error
}

fn session(slug: &str) -> Entry {
    Entry::Session(format!("\"{slug}\""))
}

#[test]
fn the_bundled_data_file_is_valid_and_has_at_least_20_sessions() {
    let text = std::fs::read_to_string("src/data/programme.toml").expect("the bundled data file exists");
    let programme = load_programme("src/data/programme.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert!(programme.sessions.len() >= 20, "only {} sessions", programme.sessions.len());
    assert!(programme.sessions.windows(2).all(|w| w[0].start <= w[1].start), "sessions are in date order");
    // The one published session is real and carries its source; the rest are labelled illustrative.
    let real: Vec<_> = programme.sessions.iter().filter(|s| !s.illustrative).collect();
    assert!(real.iter().all(|s| s.source.is_some()), "every non-illustrative session cites a source");
    assert!(programme.sessions.iter().any(|s| s.title == "Is the hostile environment racist?" && !s.illustrative));
}

#[test]
fn a_valid_file_loads_with_defaults_applied() {
    let programme = load_programme(FILE, VALID).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(programme.sessions.len(), 2);
    let second = programme.session("second").expect("second session");
    assert!(second.illustrative);
    assert!(second.time_known, "time_known defaults to true");
    assert!(!programme.session("first").expect("first").illustrative, "illustrative defaults to false");
    assert_eq!(programme.series.full_title, "Test Series", "full_title defaults to the title");
    assert_eq!(second.link.as_ref().map(|l| l.as_str()), Some("mailto:signup@example.org"));
}

#[test]
fn duplicate_session_slugs_are_rejected() {
    let text = VALID.replace("slug = \"second\"", "slug = \"first\"");
    let error = assert_error(&text, session("first"), "slug");
    assert!(error.message.contains("used by another entry"));
}

#[test]
fn duplicate_topic_and_organisation_slugs_are_rejected() {
    let text = VALID.replace("slug = \"org-b\"", "slug = \"org-a\"");
    assert_error(&text, Entry::Organisation("\"org-a\"".into()), "slug");
    let text = VALID.replace(
        "[[sessions]]\nslug = \"first\"",
        "[[topics]]\nslug = \"nhs-charging\"\nlabel = \"Again\"\n\n[[sessions]]\nslug = \"first\"",
    );
    assert_error(&text, Entry::Topic("\"nhs-charging\"".into()), "slug");
}

#[test]
fn malformed_slugs_are_rejected() {
    let text = VALID.replace("slug = \"second\"", "slug = \"Second Session\"");
    let error = assert_error(&text, session("Second Session"), "slug");
    assert!(error.message.contains("lowercase words joined by hyphens"));
}

#[test]
fn unknown_topics_and_organisations_are_rejected() {
    let text = VALID.replace("topics = [\"nhs-charging\"]", "topics = [\"nhs-chargng\"]");
    let error = assert_error(&text, session("first"), "topics");
    assert!(error.message.contains("nhs-chargng"));
    let text = VALID.replace("organisations = [\"org-a\", \"org-b\"]", "organisations = [\"org-a\", \"org-c\"]");
    assert_error(&text, session("second"), "organisations");
    let text = VALID.replace("organisers = [\"org-a\"]", "organisers = [\"nobody\"]");
    assert_error(&text, Entry::Series, "organisers");
}

#[test]
fn a_session_needs_an_organisation() {
    let text = VALID.replace("organisations = [\"org-a\"]\ntopics", "organisations = []\ntopics");
    assert_error(&text, session("first"), "organisations");
}

#[test]
fn end_must_be_after_start() {
    let text = VALID.replace("end = \"2023-04-06T19:30:00+01:00\"", "end = \"2023-04-06T18:00:00+01:00\"");
    let error = assert_error(&text, session("second"), "end");
    assert!(error.message.contains("after start"));
}

#[test]
fn date_times_must_be_dates_and_times_in_uk_time() {
    let text = VALID.replace("start = \"2023-04-06T18:00:00+01:00\"", "start = \"6 April 2023, 6pm\"");
    assert_error(&text, session("second"), "start");
    // 6 April 2023 is in British Summer Time, so +00:00 is a mistake.
    let text = VALID.replace("start = \"2023-04-06T18:00:00+01:00\"", "start = \"2023-04-06T17:00:00+00:00\"");
    let error = assert_error(&text, session("second"), "start");
    assert!(error.message.contains("BST"), "{}", error.message);
}

#[test]
fn missing_required_fields_are_named() {
    for field in ["title", "start", "end", "description"] {
        let text: String = VALID
            .lines()
            .filter(|line| !(line.starts_with(&format!("{field} = ")) && line.contains("First") || is_first_session_field(line, field)))
            .collect::<Vec<_>>()
            .join("\n");
        assert_error(&text, session("first"), field);
    }
    let text = VALID.replace("name = \"Org B\"\n", "");
    assert_error(&text, Entry::Organisation("\"org-b\"".into()), "name");
    let text = VALID.replace("summary = \"A series.\"\n", "");
    assert_error(&text, Entry::Series, "summary");
}

/// Whether `line` is the given field of the first session (the only one at 13:00 GMT or "First").
fn is_first_session_field(line: &str, field: &str) -> bool {
    let first_values = ["\"2023-03-23T13:00:00+00:00\"", "\"2023-03-23T14:30:00+00:00\"", "\"About NHS charging.\""];
    line.starts_with(&format!("{field} = ")) && first_values.iter().any(|v| line.ends_with(v))
}

#[test]
fn a_session_without_a_slug_is_named_by_position() {
    let text = VALID.replace("slug = \"second\"\n", "");
    assert_error(&text, Entry::Session("#2".into()), "slug");
}

#[test]
fn links_must_be_http_or_mailto() {
    for bad in ["javascript:alert(1)", "ftp://example.org/file", "https://", "example.org", "https://exa mple.org"] {
        let text = VALID.replace("link = \"mailto:signup@example.org\"", &format!("link = \"{bad}\""));
        let error = assert_error(&text, session("second"), "link");
        assert!(error.message.contains("http(s) or mailto"), "{}", error.message);
    }
    let text = VALID.replace("website = \"https://a.example.org\"", "website = \"data:text/html,hi\"");
    assert_error(&text, Entry::Organisation("\"org-a\"".into()), "website");
}

#[test]
fn misspelt_fields_are_reported_not_ignored() {
    let text = VALID.replace("title = \"Second session\"", "titel = \"Second session\"");
    let errors = errors_for(&text);
    assert!(errors.iter().any(|e| e.entry == session("second") && e.field.as_deref() == Some("titel")));
    assert!(errors.iter().any(|e| e.entry == session("second") && e.field.as_deref() == Some("title")));
}

#[test]
fn a_wrongly_typed_value_names_its_session() {
    let text = VALID.replace("illustrative = true", "illustrative = \"yes\"");
    let error = assert_error(&text, session("second"), "illustrative");
    assert!(error.message.contains("true or false"), "{}", error.message);
}

#[test]
fn a_wrongly_typed_series_value_is_named() {
    let text = VALID.replace("organisers = [\"org-a\"]", "organisers = \"org-a\"");
    assert_error(&text, Entry::Series, "organisers");
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = VALID
        .replace("slug = \"second\"", "slug = \"first\"")
        .replace("topics = [\"nhs-charging\"]", "topics = [\"nope\"]")
        .replace("link = \"mailto:signup@example.org\"", "link = \"javascript:x\"");
    assert!(errors_for(&text).len() >= 3);
}

#[test]
fn broken_toml_is_reported_against_the_file() {
    let errors = errors_for("[series\ntitle = ");
    assert_eq!(errors[0].entry, Entry::File);
    assert!(errors[0].to_string().starts_with(FILE));
}

#[test]
fn a_file_without_sessions_or_series_is_rejected() {
    let errors = errors_for("");
    assert!(errors.iter().any(|e| e.entry == Entry::Series));
}
