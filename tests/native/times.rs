//! Time display rules: UK time with GMT/BST right on both sides of the clock change, and the
//! viewer's own time when it differs, with day changes flagged.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use programme_guide::programme::Session;
use programme_guide::programme::uk_time::{UkTime, ViewerTime, Zone, ZonedRange, long_date, offset_name, uk_zone_name};

use crate::common::{at, session_between};

fn utc(text: &str) -> DateTime<Utc> {
    at(text).with_timezone(&Utc)
}

fn offset(hours: i32) -> FixedOffset {
    FixedOffset::east_opt(hours * 3600).expect("offset")
}

#[test]
fn uk_time_changes_to_bst_at_one_am_utc_on_26_march_2023() {
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-03-26T00:59:59Z"))), "GMT");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-03-26T01:00:00Z"))), "BST");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-03-23T13:00:00Z"))), "GMT");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-04-06T12:00:00Z"))), "BST");
}

#[test]
fn uk_time_returns_to_gmt_on_the_last_sunday_of_october() {
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-10-29T00:59:59Z"))), "BST");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2023-10-29T01:00:00Z"))), "GMT");
    // Other years: the last Sunday moves (2024: 31 March and 27 October).
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2024-03-30T12:00:00Z"))), "GMT");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2024-03-31T01:00:00Z"))), "BST");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2024-10-27T00:30:00Z"))), "BST");
    assert_eq!(uk_zone_name(UkTime.offset_at(utc("2024-10-27T01:30:00Z"))), "GMT");
}

#[test]
fn a_session_stored_with_any_offset_is_shown_in_uk_wall_clock_time() {
    // The same instants written in UTC read as 13:00–14:30 BST in April…
    let range = ZonedRange::new(&UkTime, at("2023-04-06T12:00:00Z"), at("2023-04-06T13:30:00Z"));
    assert_eq!(range.clock_range(), "13:00–14:30");
    assert_eq!(long_date(range.start.date_naive()), "Thursday 6 April 2023");
    // …and as 13:00–14:30 GMT before the change.
    let range = ZonedRange::new(&UkTime, at("2023-03-23T13:00:00+00:00"), at("2023-03-23T14:30:00+00:00"));
    assert_eq!(range.clock_range(), "13:00–14:30");
}

#[test]
fn a_session_that_runs_past_midnight_names_its_end_date() {
    let range = ZonedRange::new(&UkTime, at("2023-04-06T23:00:00+01:00"), at("2023-04-07T00:30:00+01:00"));
    assert_eq!(range.clock_range(), "23:00–00:30 (Friday 7 April 2023)");
}

#[test]
fn a_viewer_whose_clock_reads_as_the_uks_for_a_session_is_shown_the_same_times() {
    // A viewer on UTC+1 in summer reads the same clock as the UK (the page decides whether a
    // viewer's times are shown at all: see src/live/session_times.rs).
    let viewer = ViewerTime::new(&offset(1), at("2023-04-06T13:00:00+01:00"), at("2023-04-06T14:30:00+01:00"));
    assert_eq!((viewer.zone.as_str(), viewer.range.clock_range(), viewer.day_note()), ("UTC+1", "13:00–14:30".to_owned(), None));
}

#[test]
fn a_viewer_elsewhere_sees_their_own_time_with_the_zone_named() {
    let viewer = ViewerTime::new(&offset(2), at("2023-04-06T13:00:00+01:00"), at("2023-04-06T14:30:00+01:00"));
    assert_eq!(viewer.range.clock_range(), "14:00–15:30");
    assert_eq!(viewer.zone, "UTC+2");
    assert_eq!(viewer.day_note(), None);
}

#[test]
fn a_viewer_whose_date_differs_is_told_which_day() {
    // 18:00 BST is 05:00 the next day in New Zealand (UTC+12 in April)…
    let viewer = ViewerTime::new(&offset(12), at("2023-04-06T18:00:00+01:00"), at("2023-04-06T19:30:00+01:00"));
    assert_eq!(viewer.day_shift, 1);
    assert_eq!(viewer.day_note(), Some("next day"));
    assert_eq!(long_date(viewer.range.start.date_naive()), "Friday 7 April 2023");
    // …and 01:00 BST is the previous evening in New York.
    let viewer = ViewerTime::new(&offset(-4), at("2023-04-07T01:00:00+01:00"), at("2023-04-07T02:00:00+01:00"));
    assert_eq!(viewer.day_note(), Some("previous day"));
}

#[test]
fn the_same_fixed_viewer_differs_from_the_uk_on_one_side_of_the_change_only() {
    // A viewer fixed at UTC+0 matches GMT but not BST.
    let gmt = ViewerTime::new(&offset(0), at("2023-03-23T13:00:00+00:00"), at("2023-03-23T14:00:00+00:00"));
    let bst = ViewerTime::new(&offset(0), at("2023-03-30T13:00:00+01:00"), at("2023-03-30T14:00:00+01:00"));
    assert_eq!(gmt.range.clock_range(), "13:00–14:00");
    assert_eq!(bst.range.clock_range(), "12:00–13:00");
}

#[test]
fn offsets_are_named_readably() {
    assert_eq!(offset_name(offset(0)), "UTC");
    assert_eq!(offset_name(offset(-5)), "UTC−5");
    assert_eq!(offset_name(FixedOffset::east_opt(5 * 3600 + 1800).expect("offset")), "UTC+5:30");
}

#[test]
fn long_dates_read_in_english() {
    let date = NaiveDate::from_ymd_opt(2023, 4, 4).expect("date");
    assert_eq!(long_date(date), "Tuesday 4 April 2023");
}

/// A session from `start` to `end`, with its time known or not.
fn timed(start: &str, end: &str, time_known: bool) -> Session {
    Session { time_known, ..session_between("s", start, end) }
}

#[test]
fn a_session_carried_away_from_the_guide_says_its_date_and_uk_time_in_one_line() {
    use programme_guide::programme::uk_time::uk_when;
    assert_eq!(
        uk_when(&timed("2023-04-04T18:00:00+01:00", "2023-04-04T19:30:00+01:00", true)),
        "Tuesday 4 April 2023, 18:00–19:30 UK time (BST)"
    );
    // Given in UTC, shown as the UK's clocks read: GMT in winter.
    assert_eq!(uk_when(&timed("2023-03-23T13:00:00Z", "2023-03-23T14:30:00Z", true)), "Thursday 23 March 2023, 13:00–14:30 UK time (GMT)");
    // A time that was never published is not shown.
    assert_eq!(
        uk_when(&timed("2023-05-11T13:00:00+01:00", "2023-05-11T14:30:00+01:00", false)),
        "Thursday 11 May 2023 (time not published)"
    );
}
