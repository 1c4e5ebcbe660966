//! Where the data check reports each problem and what it says: every kind of mistake, at the line
//! and column of the value at fault (the key of a misspelt field, the header of an entry missing a
//! field), with the entry and the field named, in file order. The fixtures under
//! `tests/fixtures/data/` are whole files an organiser might write; the fragments below break a
//! small valid file in one place each.

use programme_guide::programme::load::load_programme;
use programme_guide::programme::report::{DataError, Entry};

const FIXTURES_DIR: &str = "tests/fixtures/data";

/// Each fixture and every line the check gives for it, without the leading file name.
const FIXTURES: &[(&str, &[&str])] = &[
    (
        "bad-links.toml",
        &[
            r#"16:11: organisation "migrants-organise", field 'website': "www.migrantsorganise.org" is not an http(s) or mailto link"#,
            r#"31:8: session "nhs-charging-explained", field 'link': "javascript:alert(1)" is not an http(s) or mailto link"#,
        ],
    ),
    ("blank-speaker.toml", &[r#"30:29: session "nhs-charging-explained", field 'speakers': speaker #2 is blank"#]),
    (
        "clocks-go-back.toml",
        &[
            r#"26:7: session "nhs-charging-explained", field 'end': 2023-10-29T01:30:00 happens twice in UK time: the clocks go back from 02:00 to 01:00 that night (BST to GMT); write it with its offset, +01:00 or +00:00, to say which"#,
        ],
    ),
    (
        "clocks-go-forward.toml",
        &[
            r#"25:9: session "nhs-charging-explained", field 'start': 2023-03-26T01:30:00 does not exist in UK time: the clocks go forward from 01:00 to 02:00 that night (GMT to BST)"#,
        ],
    ),
    (
        "date-without-time.toml",
        &[r#"25:9: session "nhs-charging-explained", field 'start': 2023-04-20 is not a date and time like 2023-04-20T13:00:00"#],
    ),
    (
        "duplicate-slug.toml",
        &[r#"40:8: session "nhs-charging-explained", field 'slug': "nhs-charging-explained" is used by another entry"#],
    ),
    (
        "end-before-start.toml",
        &[
            r#"26:7: session "nhs-charging-explained", field 'end': 2023-04-20 12:30:00 +01:00 must be after start (2023-04-20 13:00:00 +01:00)"#,
        ],
    ),
    (
        "five-faults.toml",
        &[
            r#"27:7: session "nhs-charging-explained", field 'end': 2023-04-20 12:30:00 +01:00 must be after start (2023-04-20 13:00:00 +01:00)"#,
            r#"33:8: session "Family Reunion", field 'slug': "Family Reunion" must be lowercase words joined by hyphens, like "nhs-charging""#,
            r#"38:11: session "Family Reunion", field 'topics': "family-reunion" is not defined"#,
            r#"44:9: session "legal-aid", field 'start': "2023-05-04T13:00:00+00:00" is not in UK time: on that date the UK is on BST (+01:00)"#,
            r#"49:1: session "legal-aid", field 'speakrs': is not a known field (misspelt?)"#,
        ],
    ),
    ("malformed-reference.toml", &[r#"28:11: session "nhs-charging-explained", field 'topics': "NHS charging" is not defined"#]),
    (
        "malformed-slug.toml",
        &[
            r#"23:8: session "NHS Charging Explained", field 'slug': "NHS Charging Explained" must be lowercase words joined by hyphens, like "nhs-charging""#,
        ],
    ),
    (
        "malformed-time.toml",
        &[r#"25:9: session "nhs-charging-explained", field 'start': "20 April 2023, 1pm" is not a date and time like 2023-04-20T13:00:00"#],
    ),
    ("malformed-updated.toml", &[r#"11:11: [series], field 'updated': "7 December 2026" is not a date like 2026-11-22"#]),
    (
        "missing-fields.toml",
        &[
            r#"18:1: topic "nhs-charging", field 'label': is missing"#,
            r#"21:1: session "nhs-charging-explained", field 'title': is missing"#,
            r#"21:1: session "nhs-charging-explained", field 'end': is missing"#,
        ],
    ),
    ("missing-series.toml", &[r#"1:1: [series]: is missing: the file needs a [series] table"#]),
    ("misspelt-field.toml", &[r#"29:1: session "nhs-charging-explained", field 'speakrs': is not a known field (misspelt?)"#]),
    ("misspelt-table.toml", &[r#"22:3: field 'session': is not a known field (misspelt?)"#]),
    ("no-organisation.toml", &[r#"27:17: session "nhs-charging-explained", field 'organisations': must name at least one organisation"#]),
    (
        "offset-not-uk.toml",
        &[
            r#"25:9: session "nhs-charging-explained", field 'start': "2023-04-20T13:00:00+00:00" is not in UK time: on that date the UK is on BST (+01:00)"#,
        ],
    ),
    (
        "resource-faults.toml",
        &[
            r#"35:8: resource "nrpf-network-guidance", field 'link': "mailto:help@nrpfnetwork.org.uk" is not an http(s) address"#,
            r#"45:15: resource "find-a-legal-aid-adviser", field 'description': must be one line"#,
        ],
    ),
    ("resource-without-topic.toml", &[r#"36:10: resource "nrpf-network-guidance", field 'topics': must name at least one topic"#]),
    (
        "series-address.toml",
        &[
            r#"12:7: [series], field 'url': "example.org/guide" is not the guide's full address: it must start with https:// (or http://) and end with /, for example https://example.org/guide/"#,
        ],
    ),
    (
        "series-faults.toml",
        &[
            r#"5:9: [series], field 'title': must not be empty"#,
            r#"6:1: [series], field 'subtitle': is not a known field (misspelt?)"#,
            r#"13:10: [series], field 'source': "the BASW article" is not an http(s) or mailto link"#,
        ],
    ),
    ("syntax-bad-datetime.toml", &[r#"25:9: not valid TOML: invalid date, expected day between 01 and 30"#]),
    ("syntax-duplicate-key.toml", &[r#"25:1: not valid TOML: duplicate key"#]),
    ("syntax-duplicate-table.toml", &[r#"13:2: not valid TOML: duplicate key"#]),
    ("syntax-missing-equals.toml", &[r#"24:7: not valid TOML: key with no value, expected `=`"#]),
    ("syntax-unclosed-header.toml", &[r#"18:10: not valid TOML: unclosed array table, expected `]`"#]),
    ("syntax-unclosed-list.toml", &[r#"29:1: not valid TOML: missing comma between array elements, expected `,`"#]),
    ("syntax-unclosed-string.toml", &[r#"24:32: not valid TOML: invalid basic string, expected `"`"#]),
    ("syntax-unquoted-text.toml", &[r#"20:9: not valid TOML: string values must be quoted, expected literal string"#]),
    ("undefined-organiser.toml", &[r#"10:36: [series], field 'organisers': "city-of-sanctuary" is not defined"#]),
    ("undefined-topic.toml", &[r#"28:27: session "nhs-charging-explained", field 'topics': "family-reunion" is not defined"#]),
    ("wrong-shape-series.toml", &[r#"4:1: [series]: must be one [series] table"#]),
    ("wrong-shape-sessions.toml", &[r#"22:1: field 'sessions': must be a list of [[sessions]] tables"#]),
    ("wrong-type-boolean.toml", &[r#"29:16: session "nhs-charging-explained", field 'illustrative': must be true or false, not "yes""#]),
    ("wrong-type-list-item.toml", &[r#"27:39: session "nhs-charging-explained", field 'organisations': must be text in quotes, not 3"#]),
    (
        "wrong-type-list.toml",
        &[
            r#"27:17: session "nhs-charging-explained", field 'organisations': must be a list in square brackets, like ["a", "b"], not "migrants-organise""#,
        ],
    ),
    ("wrong-type-text.toml", &[r#"24:9: session "nhs-charging-explained", field 'title': must be text in quotes, not 2023"#]),
    (
        "wrong-type-time.toml",
        &[
            r#"26:7: session "nhs-charging-explained", field 'end': must be a date and time, like 2023-04-20T13:00:00, not true"#,
            r#"29:15: session "nhs-charging-explained", field 'description': must be text in quotes, not 42"#,
        ],
    ),
];

fn problems(file: &str, text: &str) -> Vec<DataError> {
    match load_programme(file, text) {
        Ok(_) => panic!("{file}: expected problems, found none"),
        Err(errors) => errors.0,
    }
}

#[test]
fn every_fixture_gives_exactly_its_lines_in_file_order() {
    for (name, expected) in FIXTURES {
        let path = format!("{FIXTURES_DIR}/{name}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let lines: Vec<String> = problems(&path, &text).iter().map(DataError::to_string).collect();
        let expected: Vec<String> = expected.iter().map(|line| format!("{path}:{line}")).collect();
        assert_eq!(lines, expected, "{path}");
    }
}

#[test]
fn every_fixture_is_listed_and_says_whether_the_schema_rejects_it() {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES_DIR)
        .unwrap_or_else(|e| panic!("{FIXTURES_DIR}: {e}"))
        .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()).unwrap_or_default())
        .collect();
    names.sort();
    let listed: Vec<&str> = FIXTURES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, listed, "each fixture in {FIXTURES_DIR} is listed in FIXTURES, in name order");
    for name in names {
        let text = std::fs::read_to_string(format!("{FIXTURES_DIR}/{name}")).unwrap_or_default();
        let marker = text.lines().take_while(|line| line.starts_with('#')).find(|line| line.starts_with("# schema: "));
        assert!(
            marker.is_some(),
            "{name}: its opening comment says \"# schema: rejects\" or \"# schema: accepts\" (tests/organisers/taplo.test.mjs)"
        );
    }
}

#[test]
fn the_five_faults_of_the_issue_are_five_lines() {
    let path = format!("{FIXTURES_DIR}/five-faults.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let errors = load_programme(&path, &text).expect_err("five faults");
    assert_eq!(errors.to_string().lines().count(), 5, "{errors}");
    let fields: Vec<Option<&str>> = errors.0.iter().map(|e| e.field.as_deref()).collect();
    assert_eq!(fields, [Some("end"), Some("slug"), Some("topics"), Some("start"), Some("speakrs")]);
}

/// A small valid file, broken in one place by each test below.
const VALID: &str = r#"[series]
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
label = "NRPF"

[[sessions]]
slug = "first"
title = "First session"
start = 2023-04-20T13:00:00
end = 2023-04-20T14:30:00
organisations = ["org-a"]
topics = ["nrpf"]
description = "About NRPF."
"#;

/// The only problem with `text`, as (line, column, entry, field).
fn only_problem(text: &str) -> (usize, usize, Entry, Option<String>) {
    let errors = problems("fragment.toml", text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let e = &errors[0];
    (e.line, e.column, e.entry.clone(), e.field.clone())
}

fn session(slug: &str) -> Entry {
    Entry::Session(format!("\"{slug}\""))
}

#[test]
fn the_valid_fragment_is_valid() {
    load_programme("fragment.toml", VALID).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_misspelt_key_is_pointed_at_in_an_inline_table_a_dotted_key_and_a_sub_table() {
    let text = VALID.replace("topics = [\"nrpf\"]\n", "topics = [\"nrpf\"]\nlinks.signup = \"https://example.org\"\n");
    assert_eq!(only_problem(&text), (25, 1, session("first"), Some("links".into())));
    let text = VALID.replace("description = \"About NRPF.\"\n", "description = \"About NRPF.\"\n\n[sessions.extra]\nroom = 1\n");
    assert_eq!(only_problem(&text), (27, 11, session("first"), Some("extra".into())));
    let inline = "topics = [{ slug = \"nrpf\", label = \"NRPF\", colour = \"red\" }]\n";
    let text = format!("{inline}{}", VALID.replace("[[topics]]\nslug = \"nrpf\"\nlabel = \"NRPF\"\n", ""));
    assert_eq!(only_problem(&text), (1, 44, Entry::Topic("\"nrpf\"".into()), Some("colour".into())));
}

#[test]
fn columns_count_characters_and_lines_may_end_in_crlf() {
    let text = VALID
        .replace("title = \"First session\"", "title = \"Première séance\"")
        .replace("topics = [\"nrpf\"]", "topics = [\"élan\", \"nrpf\", \"nrpf-é\"]");
    let errors = problems("fragment.toml", &text.replace('\n', "\r\n"));
    let places: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(places, [(24, 11), (24, 27)], "{errors:#?}");
}

#[test]
fn an_entry_without_a_usable_slug_is_named_by_its_position() {
    let text = format!(
        "{VALID}\n[[sessions]]\nslug = 7\ntitle = \"Second\"\nstart = 2023-04-27T13:00:00\nend = 2023-04-27T14:30:00\norganisations = [\"org-a\"]\ndescription = \"More.\"\n"
    );
    assert_eq!(only_problem(&text), (28, 8, Entry::Session("#2".into()), Some("slug".into())));
}

#[test]
fn a_wrongly_typed_value_is_one_line_and_the_rest_of_the_file_is_still_checked() {
    // The organisation's bad name leaves its slug known to the session, and the missing-field
    // check says nothing more about the name; the undefined topic is still found.
    let text = VALID.replace("name = \"Org A\"", "name = [\"Org A\"]").replace("topics = [\"nrpf\"]", "topics = [\"nfrp\"]");
    let lines: Vec<String> = problems("fragment.toml", &text).iter().map(DataError::to_string).collect();
    assert_eq!(
        lines,
        [
            r#"fragment.toml:11:8: organisation "org-a", field 'name': must be text in quotes, not ["Org A"]"#,
            r#"fragment.toml:24:11: session "first", field 'topics': "nfrp" is not defined"#,
        ]
    );
}

#[test]
fn problems_are_in_file_order_whichever_entry_is_checked_first() {
    // The series is checked after the organisations and topics, but written last here.
    let series_last =
        format!("{}\n{}", &VALID[VALID.find("[[organisations]]").unwrap_or(0)..], &VALID[..VALID.find("[[organisations]]").unwrap_or(0)]);
    let text = series_last.replace("format = \"Online\"", "format = \"\"").replace("label = \"NRPF\"", "label = \" \"");
    let places: Vec<(usize, usize, Entry)> = problems("fragment.toml", &text).iter().map(|e| (e.line, e.column, e.entry.clone())).collect();
    assert_eq!(places, [(8, 9, Entry::Topic("\"nrpf\"".into())), (24, 10, Entry::Series)]);
}

#[test]
fn a_problem_without_entry_or_field_is_just_the_place_and_the_message() {
    let errors = problems("fragment.toml", "[series\n");
    assert_eq!(errors[0].to_string(), "fragment.toml:1:8: not valid TOML: unclosed table, expected `]`");
    let errors = problems("fragment.toml", &VALID[..VALID.find("[[sessions]]").unwrap_or(0)]);
    assert_eq!(errors[0].to_string(), "fragment.toml:1:1: the programme has no sessions: add a [[sessions]] table for each");
}
