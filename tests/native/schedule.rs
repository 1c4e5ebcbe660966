//! Grouping by month and where each session stands at a fixed "now".

use chrono::{DateTime, FixedOffset, Utc};
use programme_guide::programme::Session;
use programme_guide::programme::schedule::{Status, group_by_month, next_session};

use crate::common::{at, session_between as session};

fn now(text: &str) -> DateTime<Utc> {
    at(text).with_timezone(&Utc)
}

fn sessions() -> Vec<Session> {
    vec![
        session("may", "2023-05-04T13:00:00+01:00", "2023-05-04T14:30:00+01:00"),
        session("march", "2023-03-23T13:00:00+00:00", "2023-03-23T14:30:00+00:00"),
        session("april-b", "2023-04-06T18:00:00+01:00", "2023-04-06T19:30:00+01:00"),
        session("april-a", "2023-04-06T13:00:00+01:00", "2023-04-06T14:30:00+01:00"),
        // 00:30 BST on 1 April is still 31 March in UTC: it belongs to April in UK time.
        session("april-midnight", "2023-04-01T00:30:00+01:00", "2023-04-01T01:30:00+01:00"),
    ]
}

#[test]
fn sessions_are_grouped_by_uk_month_in_date_order() {
    let all = sessions();
    let groups = group_by_month(&all);
    let summary: Vec<(String, String, Vec<&str>)> =
        groups.iter().map(|g| (g.key.clone(), g.label.clone(), g.indices.iter().map(|&i| all[i].slug.as_str()).collect())).collect();
    assert_eq!(
        summary,
        vec![
            ("2023-03".into(), "March 2023".into(), vec!["march"]),
            ("2023-04".into(), "April 2023".into(), vec!["april-midnight", "april-a", "april-b"]),
            ("2023-05".into(), "May 2023".into(), vec!["may"]),
        ]
    );
}

#[test]
fn an_empty_programme_has_no_months() {
    assert!(group_by_month(&[]).is_empty());
}

#[test]
fn status_follows_the_clock() {
    let s = session("s", "2023-04-06T13:00:00+01:00", "2023-04-06T14:30:00+01:00");
    let uk = programme_guide::programme::uk_time::UkTime;
    assert_eq!(Status::of(&s, now("2023-04-05T12:00:00+01:00"), &uk), Status::Upcoming);
    assert_eq!(Status::of(&s, now("2023-04-06T09:00:00+01:00"), &uk), Status::Today);
    assert_eq!(Status::of(&s, now("2023-04-06T13:00:00+01:00"), &uk), Status::Live);
    assert_eq!(Status::of(&s, now("2023-04-06T14:30:00+01:00"), &uk), Status::Past);
    assert_eq!(Status::of(&s, now("2026-11-22T12:00:00+00:00"), &uk), Status::Past);
}

#[test]
fn today_is_the_viewers_today() {
    // 13:00 BST on 6 April; at 23:30 UTC on 5 April it is already 6 April in UTC+2, not in the UK.
    let s = session("s", "2023-04-06T13:00:00+01:00", "2023-04-06T14:30:00+01:00");
    let just_before_midnight_uk = now("2023-04-05T22:30:00+00:00");
    let plus_two = FixedOffset::east_opt(2 * 3600).expect("offset");
    assert_eq!(Status::of(&s, just_before_midnight_uk, &plus_two), Status::Today);
    assert_eq!(Status::of(&s, just_before_midnight_uk, &programme_guide::programme::uk_time::UkTime), Status::Upcoming);
}

#[test]
fn the_next_session_is_the_first_not_yet_started() {
    let all = sessions();
    assert_eq!(next_session(&all, now("2023-04-06T13:30:00+01:00")).map(|s| s.slug.as_str()), Some("april-b"));
    assert_eq!(next_session(&all, now("2023-01-01T00:00:00Z")).map(|s| s.slug.as_str()), Some("march"));
    assert_eq!(next_session(&all, now("2026-11-22T00:00:00Z")), None);
}

#[test]
fn status_labels_read_as_words() {
    let labels: Vec<&str> = [Status::Past, Status::Live, Status::Today, Status::Upcoming].iter().map(|s| s.label()).collect();
    assert_eq!(labels, ["Past", "Happening now", "Today", "Upcoming"]);
}
