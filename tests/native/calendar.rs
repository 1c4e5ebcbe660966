//! Calendar files: RFC 5545 line rules checked directly, and every kind of file the app writes
//! (one session, the shortlist, every feed) read back by an independent parser, the `icalendar`
//! crate, with its events compared to the data.

use crate::common;

use chrono::{DateTime, TimeZone, Utc};
use icalendar::parser::{read_calendar, unfold};
use programme_guide::programme::calendar::{CalendarInfo, calendar, escape, feeds, fold, merge, uid};
use programme_guide::programme::load::load_programme;
use programme_guide::programme::{Programme, Session};

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).single().expect("stamp")
}

fn info(name: Option<&str>) -> CalendarInfo {
    CalendarInfo { name: name.map(str::to_owned), stamp: stamp() }
}

fn bundled() -> Programme {
    let text = std::fs::read_to_string("src/data/programme.toml").expect("data file");
    load_programme("src/data/programme.toml", &text).unwrap_or_else(|e| panic!("{e}"))
}

/// The events of an .ics text as (UID, SUMMARY unescaped, DTSTART, DTEND).
fn parsed_events(ics: &str) -> Vec<(String, String, String, String)> {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("the parser rejects the file: {e}"));
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|event| {
            let prop = |name: &str| event.find_prop(name).map(|p| p.val.as_str().to_owned()).unwrap_or_default();
            let summary = event.find_prop("SUMMARY").map(|p| p.val.clone().unescape_text().as_str().to_owned()).unwrap_or_default();
            (prop("UID"), summary, prop("DTSTART"), prop("DTEND"))
        })
        .collect()
}

fn expected(programme: &Programme, sessions: &[&Session]) -> Vec<(String, String, String, String)> {
    let utc = |t: DateTime<chrono::FixedOffset>| t.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string();
    sessions
        .iter()
        .map(|s| {
            let title = if s.illustrative { format!("{} (illustrative)", s.title) } else { s.title.clone() };
            (uid(programme, s), title, utc(s.start), utc(s.end))
        })
        .collect()
}

fn assert_rfc5545_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(!line.contains('\n') && !line.contains('\r'), "bare newline in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

#[test]
fn one_session_is_read_back_with_its_title_and_utc_instants() {
    let programme = bundled();
    let session = &programme.sessions[1];
    let ics = calendar(&programme, &[session], &info(None));
    assert_rfc5545_lines(&ics);
    assert_eq!(parsed_events(&ics), expected(&programme, &[session]));
    assert!(ics.contains("DTSTAMP:20261122T093000Z\r\n"));
    assert!(!ics.contains("X-WR-CALNAME"), "a one-off download is not a named calendar");
}

/// The shortlist's file is joined in the browser from the sessions' own files, which the build
/// writes: it must be the very file that writing them together gives.
#[test]
fn a_shortlist_calendar_joined_from_the_sessions_files_holds_each_session_once() {
    let programme = bundled();
    let chosen: Vec<&Session> = programme.sessions.iter().step_by(5).collect();
    let files: Vec<String> = chosen.iter().map(|s| calendar(&programme, &[s], &info(None))).collect();
    let ics = merge(&files).expect("a calendar for three or more sessions");
    assert_rfc5545_lines(&ics);
    assert_eq!(parsed_events(&ics), expected(&programme, &chosen));
    assert_eq!(ics, calendar(&programme, &chosen, &info(None)));
    assert_eq!(merge(&files[..1]).as_deref(), Some(files[0].as_str()), "one session's file is left as it is");
    assert_eq!(merge(&[]), None, "no sessions, no file");
}

#[test]
fn every_feed_is_read_back_and_matches_the_data() {
    let programme = bundled();
    let feeds = feeds(&programme);
    assert_eq!(feeds.len(), 1 + programme.topics.len() + programme.organisations.len());
    for (file, name, sessions) in &feeds {
        let ics = calendar(&programme, sessions, &info(Some(name)));
        assert_rfc5545_lines(&ics);
        assert_eq!(parsed_events(&ics), expected(&programme, sessions), "{file}");
        let unfolded = unfold(&ics);
        assert!(unfolded.contains(&format!("X-WR-CALNAME:{}", escape(name))), "{file} is named");
    }
    assert_eq!(feeds[0].2.len(), programme.sessions.len(), "all.ics has every session");
}

#[test]
fn a_session_has_the_same_uid_in_every_file() {
    let programme = bundled();
    let session = &programme.sessions[3];
    let uid_line = format!("UID:{}\r\n", uid(&programme, session));
    let alone = calendar(&programme, &[session], &info(None));
    let all = calendar(&programme, &programme.sessions.iter().collect::<Vec<_>>(), &info(Some("all")));
    assert!(alone.contains(&uid_line) && all.contains(&uid_line));
    let uids: std::collections::HashSet<String> = programme.sessions.iter().map(|s| uid(&programme, s)).collect();
    assert_eq!(uids.len(), programme.sessions.len(), "UIDs are unique");
}

#[test]
fn folding_splits_at_75_octets_and_never_inside_a_character() {
    let ascii = "X".repeat(200);
    let folded = fold(&ascii);
    let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(lines[0].len(), 75);
    assert!(lines[1..].iter().all(|l| l.starts_with(' ') && l.len() <= 75));
    assert_eq!(lines.concat().replace(' ', ""), ascii);
    // Three-octet characters after one ASCII letter: 74 octets fit, the 25th "€" would straddle 75.
    let euros = format!("A{}", "€".repeat(60));
    let folded = fold(&euros);
    for line in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75 && std::str::from_utf8(line.as_bytes()).is_ok());
    }
    assert_eq!(folded.split("\r\n").next().map(str::len), Some(73));
    assert_eq!(unfold(&folded).trim_end(), euros, "unfolding gives the line back");
    assert_eq!(fold("short"), "short\r\n");
}

#[test]
fn text_escaping_covers_commas_semicolons_backslashes_and_newlines() {
    assert_eq!(escape("a, b; c\\d\ne\r\nf"), "a\\, b\\; c\\\\d\\ne\\nf");
}

#[test]
fn gmt_bst_and_midnight_crossing_sessions_become_the_right_utc_instants() {
    let text = common::FIXTURE.replace(
        "start = \"2023-06-01T18:00:00+01:00\"\nend = \"2023-06-01T19:30:00+01:00\"",
        "start = \"2023-06-01T23:30:00+01:00\"\nend = \"2023-06-02T01:00:00+01:00\"",
    );
    let text = text.replace(
        "start = \"2023-04-06T13:00:00+01:00\"\nend = \"2023-04-06T14:30:00+01:00\"",
        "start = \"2023-03-23T13:00:00+00:00\"\nend = \"2023-03-23T14:30:00+00:00\"",
    );
    let programme = load_programme("fixture.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    let all: Vec<&Session> = programme.sessions.iter().collect();
    let events = parsed_events(&calendar(&programme, &all, &info(None)));
    let times = |slug: &str| {
        let id = format!("{slug}@fixture");
        events.iter().find(|e| e.0 == id).map(|e| (e.2.clone(), e.3.clone())).expect("event")
    };
    assert_eq!(times("reunion"), ("20230323T130000Z".into(), "20230323T143000Z".into()), "GMT is UTC");
    assert_eq!(times("charging"), ("20230413T120000Z".into(), "20230413T133000Z".into()), "BST is UTC+1");
    // 23:30 BST on 1 June is 22:30 UTC; it ends at 00:00 UTC on 2 June.
    assert_eq!(times("later"), ("20230601T223000Z".into(), "20230602T000000Z".into()));
}

#[test]
fn illustrative_sessions_say_so_in_the_calendar_too() {
    let programme = bundled();
    let session = programme.sessions.iter().find(|s| s.illustrative).expect("an illustrative session");
    let unfolded = unfold(&calendar(&programme, &[session], &info(None)));
    assert!(unfolded.contains("SUMMARY:") && unfolded.contains("(illustrative)"));
    assert!(unfolded.contains("DESCRIPTION:Illustrative — details not published"));
}

mod calendar_links {
    use programme_guide::programme::calendar_links::{WebCalendar, encode};

    use super::bundled;

    /// The query parameters of `address`, decoded as a browser's `URLSearchParams` would.
    fn params(address: &str) -> Vec<(String, String)> {
        let query = address.split_once('?').map(|(_, q)| q).unwrap_or_default();
        query
            .split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (name.to_owned(), decode(value))
            })
            .collect()
    }

    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).expect("a %XX escape"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("UTF-8")
    }

    fn param(address: &str, name: &str) -> Option<String> {
        params(address).into_iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    #[test]
    fn text_is_encoded_as_encode_uri_component_does() {
        assert_eq!(encode("Réunion & NHS: 50% (today)!"), "R%C3%A9union%20%26%20NHS%3A%2050%25%20(today)!");
        assert_eq!(encode("a/b?c=d#e+f"), "a%2Fb%3Fc%3Dd%23e%2Bf");
    }

    #[test]
    fn each_calendar_gets_the_title_the_times_in_utc_the_description_ending_with_the_page_and_the_location() {
        let programme = bundled();
        let mut session = programme.sessions.iter().find(|s| !s.illustrative).cloned().expect("a published session");
        session.link = programme_guide::programme::Link::parse("https://example.org/sign-up?for=this");
        let session = &session;
        let page = "https://example.org/guide/session-x.html";
        let google = WebCalendar::Google.link(&programme, session, Some(page));
        assert!(google.starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE&"), "{google}");
        let utc = |t: chrono::DateTime<chrono::FixedOffset>| t.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%SZ").to_string();
        assert_eq!(param(&google, "dates"), Some(format!("{}/{}", utc(session.start), utc(session.end))));
        assert_eq!(param(&google, "text").as_deref(), Some(session.title.as_str()));
        assert_eq!(param(&google, "location").as_deref(), session.link.as_ref().map(|l| l.as_str()));
        let details = param(&google, "details").expect("details");
        assert!(details.ends_with(page), "the description ends with the session's page: {details}");
        assert!(details.contains("Presented by"), "{details}");

        for (calendar, host) in [(WebCalendar::OutlookCom, "outlook.live.com"), (WebCalendar::Microsoft365, "outlook.office.com")] {
            let outlook = calendar.link(&programme, session, Some(page));
            assert!(outlook.starts_with(&format!("https://{host}/calendar/0/deeplink/compose?")), "{outlook}");
            assert_eq!(param(&outlook, "path").as_deref(), Some("/calendar/action/compose"));
            assert_eq!(param(&outlook, "rru").as_deref(), Some("addevent"));
            let iso = |t: chrono::DateTime<chrono::FixedOffset>| t.with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%SZ").to_string();
            assert_eq!(param(&outlook, "startdt"), Some(iso(session.start)));
            assert_eq!(param(&outlook, "enddt"), Some(iso(session.end)));
            assert_eq!(param(&outlook, "subject").as_deref(), Some(session.title.as_str()));
            assert_eq!(param(&outlook, "location").as_deref(), session.link.as_ref().map(|l| l.as_str()));
            assert!(param(&outlook, "body").expect("body").ends_with(page));
        }
    }

    #[test]
    fn without_a_sign_up_link_the_location_is_the_page_and_an_illustrative_session_says_so() {
        let programme = bundled();
        let session = programme.sessions.iter().find(|s| s.illustrative && s.link.is_none()).expect("an illustrative session");
        let page = "https://example.org/guide/session-y.html";
        let google = WebCalendar::Google.link(&programme, session, Some(page));
        assert_eq!(param(&google, "location").as_deref(), Some(page));
        assert!(param(&google, "text").expect("text").ends_with("(illustrative)"));
        assert!(param(&google, "details").expect("details").starts_with("Illustrative — details not published"));
        // Without the guide's address there is no page to name: no location, and nothing relative.
        let unknown = WebCalendar::Google.link(&programme, session, None);
        assert_eq!(param(&unknown, "location"), None);
        assert!(!param(&unknown, "details").expect("details").contains("session-"), "no relative address");
    }
}
