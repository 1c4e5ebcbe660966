//! Session times written as organisers think of them: UK wall-clock times without an offset, whose
//! offset (GMT or BST) the check works out from the date, and which it rejects, with their line,
//! in the hour skipped when the clocks go forward and the hour repeated when they go back.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, Utc};
use programme_guide::programme::load::load_programme;
use programme_guide::programme::uk_time::uk_instants;

fn wall_clock(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}")).with_timezone(&Utc)
}

/// The UTC instants UK clocks showing `local` stand for.
fn instants(local: &str) -> Vec<DateTime<Utc>> {
    match uk_instants(wall_clock(local)) {
        LocalResult::Single(one) => vec![one.with_timezone(&Utc)],
        LocalResult::Ambiguous(bst, gmt) => vec![bst.with_timezone(&Utc), gmt.with_timezone(&Utc)],
        LocalResult::None => Vec::new(),
    }
}

#[test]
fn an_ordinary_winter_or_summer_time_is_one_instant() {
    assert_eq!(instants("2023-01-12T13:00"), [utc("2023-01-12T13:00:00Z")]);
    assert_eq!(instants("2023-07-13T13:00"), [utc("2023-07-13T12:00:00Z")]);
}

#[test]
fn on_the_night_the_clocks_go_forward_the_hour_from_one_is_skipped() {
    assert_eq!(instants("2023-03-26T00:59"), [utc("2023-03-26T00:59:00Z")]);
    assert!(instants("2023-03-26T01:00").is_empty());
    assert!(instants("2023-03-26T01:59").is_empty());
    assert_eq!(instants("2023-03-26T02:00"), [utc("2023-03-26T01:00:00Z")]);
}

#[test]
fn on_the_night_the_clocks_go_back_the_hour_from_one_happens_twice_bst_first() {
    assert_eq!(instants("2023-10-29T00:59"), [utc("2023-10-28T23:59:00Z")]);
    assert_eq!(instants("2023-10-29T01:00"), [utc("2023-10-29T00:00:00Z"), utc("2023-10-29T01:00:00Z")]);
    assert_eq!(instants("2023-10-29T01:59"), [utc("2023-10-29T00:59:00Z"), utc("2023-10-29T01:59:00Z")]);
    assert_eq!(instants("2023-10-29T02:00"), [utc("2023-10-29T02:00:00Z")]);
}

#[test]
fn every_way_of_writing_a_time_reads_as_the_same_uk_instant() {
    let path = "tests/fixtures/time-forms.toml";
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let programme = load_programme(path, &text).unwrap_or_else(|e| panic!("{e}"));
    let times: Vec<(&str, DateTime<Utc>, DateTime<Utc>, i32)> = programme
        .sessions
        .iter()
        .map(|s| (s.slug.as_str(), s.start.with_timezone(&Utc), s.end.with_timezone(&Utc), s.start.offset().local_minus_utc()))
        .collect();
    assert_eq!(
        times,
        [
            ("winter-quoted", utc("2023-01-12T13:00:00Z"), utc("2023-01-12T14:30:00Z"), 0),
            ("clocks-go-forward", utc("2023-03-26T00:30:00Z"), utc("2023-03-26T01:30:00Z"), 0),
            ("summer-unquoted", utc("2023-04-20T12:00:00Z"), utc("2023-04-20T13:30:00Z"), 3600),
            ("summer-with-offsets", utc("2023-04-27T12:00:00Z"), utc("2023-04-27T13:30:00Z"), 3600),
            ("clocks-go-back", utc("2023-10-28T23:30:00Z"), utc("2023-10-29T01:30:00Z"), 3600),
        ]
    );
    assert_eq!(programme.series.updated, NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default(), "an unquoted date reads too");
}

#[test]
fn a_skipped_or_repeated_time_is_rejected_at_its_line_saying_why() {
    let text = r#"[series]
title = "Test"
summary = "s"
description = "d"
dates = "2023"
format = "Online"
updated = "2026-11-22"

[[organisations]]
slug = "org-a"
name = "Org A"
description = "x"

[[sessions]]
slug = "spring"
title = "Spring"
start = 2023-03-26T01:30:00
end = 2023-03-26T03:00:00
organisations = ["org-a"]
description = "x"

[[sessions]]
slug = "autumn"
title = "Autumn"
start = "2023-10-29T01:00:00"
end = 2023-10-29T01:45:00+00:00
organisations = ["org-a"]
description = "x"
"#;
    let errors = load_programme("times.toml", text).expect_err("two impossible times");
    let lines: Vec<String> = errors.0.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        lines,
        [
            "times.toml:17:9: session \"spring\", field 'start': 2023-03-26T01:30:00 does not exist in UK time: the clocks go forward from 01:00 to 02:00 that night (GMT to BST)",
            "times.toml:25:9: session \"autumn\", field 'start': \"2023-10-29T01:00:00\" happens twice in UK time: the clocks go back from 02:00 to 01:00 that night (BST to GMT); write it with its offset, +01:00 or +00:00, to say which",
        ]
    );
}

#[test]
fn an_offset_is_still_checked_against_the_uk_offset_of_its_date() {
    for (written, zone) in [("2023-04-20T13:00:00+00:00", "BST (+01:00)"), ("\"2023-01-12T13:00:00+01:00\"", "GMT (+00:00)")] {
        let text = format!(
            "[series]\ntitle = \"T\"\nsummary = \"s\"\ndescription = \"d\"\ndates = \"2023\"\nformat = \"Online\"\nupdated = \"2026-11-22\"\n\n[[organisations]]\nslug = \"a\"\nname = \"A\"\ndescription = \"x\"\n\n[[sessions]]\nslug = \"s\"\ntitle = \"S\"\nstart = {written}\nend = 2023-12-31T23:00:00\norganisations = [\"a\"]\ndescription = \"x\"\n"
        );
        let errors = load_programme("offset.toml", &text).expect_err("not UK time");
        assert_eq!(errors.0.len(), 1, "{errors}");
        assert_eq!((errors.0[0].line, errors.0[0].column), (17, 9));
        assert!(errors.0[0].message.ends_with(&format!("is not in UK time: on that date the UK is on {zone}")), "{}", errors.0[0]);
    }
}
