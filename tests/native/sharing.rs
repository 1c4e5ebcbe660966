//! What travels with a shared link, read from a site published natively (`publish::site`) as a
//! crawler reads it: every page's preview tags with absolute addresses from the guide's public
//! address, each page's picture (a PNG of 1200 × 630 under 100 KB, a new address when it changes),
//! the events search engines read (none for an illustrative session), the poster's QR code; and
//! without the address, only what needs none, said once.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use programme_guide::programme::load::load_programme;
use programme_guide::programme::{Programme, SiteUrl};
use programme_guide::publish::app::AppBuild;
use programme_guide::publish::{NO_ADDRESS, files_under, relative_path, site};
use scraper::{Html, Selector};

const SITE: &str = "https://guide.example.org/sus/";

/// The programmes published here: the bundled one and a second series.
fn programmes() -> Vec<(&'static str, Programme)> {
    let load = |file: &str, text: &str| load_programme(file, text).unwrap_or_else(|e| panic!("{e}"));
    vec![
        ("the bundled programme", load("src/data/programme.toml", include_str!("../../src/data/programme.toml"))),
        ("the second series", load("tests/fixtures/second-series.toml", include_str!("../fixtures/second-series.toml"))),
    ]
}

/// A new empty folder under target/ for this test.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sharing").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a folder for the test");
    dir
}

/// An app build as Trunk makes one, with the repository's shell and a loader standing for Trunk's.
fn app_build(name: &str) -> AppBuild {
    let dir = folder(&format!("{name}-app"));
    let shell = include_str!("../../index.html").replace(
        "</head>",
        "<script type=\"module\">import init from './assets/app.js';\nconst wasm = await init({ module_or_path: './assets/app_bg.wasm' });</script></head>",
    );
    fs::write(dir.join("index.html"), shell).expect("index.html");
    AppBuild::read(&dir).expect("an app build")
}

/// `programme` published into a new folder, with the guide's address `url`; with its report.
fn published(name: &str, programme: &Programme, url: Option<&str>) -> (PathBuf, Vec<String>) {
    let mut programme = programme.clone();
    programme.series.url = url.map(|u| SiteUrl::parse(u).expect("an address"));
    let out = folder(name);
    let report = site(&programme, &app_build(name), &out).unwrap_or_else(|e| panic!("{name}: {e}"));
    (out, report)
}

/// Every written page of a site: its file, and the page parsed.
fn pages(out: &Path) -> Vec<(String, Html)> {
    let mut pages: Vec<(String, Html)> = files_under(out)
        .expect("the site")
        .into_iter()
        .map(|path| relative_path(out, &path).expect("a path"))
        .filter(|file| file.ends_with(".html"))
        .map(|file| {
            let html = Html::parse_document(&fs::read_to_string(out.join(&file)).expect("a page"));
            (file, html)
        })
        .collect();
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages
}

/// The preview tags of a page, as a crawler reads them: `og:*` and `twitter:*` by name, and the
/// canonical link.
fn tags(html: &Html) -> BTreeMap<String, Vec<String>> {
    let mut tags: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for meta in html.select(&Selector::parse("head meta").expect("selector")) {
        let name = meta.value().attr("property").or(meta.value().attr("name")).unwrap_or_default();
        if name.starts_with("og:") || name.starts_with("twitter:") {
            tags.entry(name.to_owned()).or_default().push(meta.value().attr("content").unwrap_or_default().to_owned());
        }
    }
    for link in html.select(&Selector::parse("head link[rel=canonical]").expect("selector")) {
        tags.entry("canonical".to_owned()).or_default().push(link.value().attr("href").unwrap_or_default().to_owned());
    }
    tags
}

fn one<'a>(tags: &'a BTreeMap<String, Vec<String>>, name: &str, page: &str) -> &'a str {
    match tags.get(name).map(Vec::as_slice) {
        Some([value]) => value,
        other => panic!("{page}: expected one {name}, found {other:?}"),
    }
}

/// The events of a page, as search engines read its JSON-LD.
fn events(html: &Html) -> Vec<serde_json::Value> {
    html.select(&Selector::parse("script[type=\"application/ld+json\"]").expect("selector"))
        .map(|script| serde_json::from_str(&script.inner_html()).unwrap_or_else(|e| panic!("JSON-LD that does not parse: {e}")))
        .collect()
}

/// The width and height a PNG's header states.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("four bytes"));
    (number(16), number(20))
}

#[test]
fn with_the_guides_address_every_page_previews_with_absolute_addresses_and_a_picture_it_has() {
    for (which, programme) in programmes() {
        let (out, report) = published(&format!("address-{}", programme.series.title.len()), &programme, Some(SITE));
        assert!(!report.iter().any(|line| line == NO_ADDRESS), "{which}: nothing left out: {report:?}");
        let pages = pages(&out);
        assert!(pages.iter().any(|(file, _)| file == "poster.html"), "{which}: the poster is written");
        for (file, html) in &pages {
            let tags = tags(html);
            let page = format!("{which}, {file}");
            let address = if file == "index.html" { SITE.to_owned() } else { format!("{SITE}{file}") };
            assert_eq!(one(&tags, "og:url", &page), address, "{page}");
            assert_eq!(one(&tags, "canonical", &page), address, "{page}");
            assert_eq!(one(&tags, "og:type", &page), "website");
            assert_eq!(one(&tags, "og:locale", &page), "en_GB");
            assert_eq!(one(&tags, "og:site_name", &page), programme.series.title);
            assert!(!one(&tags, "og:title", &page).is_empty() && !one(&tags, "og:description", &page).is_empty(), "{page}");
            assert_eq!(one(&tags, "twitter:card", &page), "summary_large_image", "{page}");
            assert_eq!((one(&tags, "og:image:width", &page), one(&tags, "og:image:height", &page)), ("1200", "630"), "{page}");
            assert!(!one(&tags, "og:image:alt", &page).is_empty(), "{page}");
            let image = one(&tags, "og:image", &page);
            let file = image.strip_prefix(SITE).unwrap_or_else(|| panic!("{page}: a picture elsewhere than the guide: {image}"));
            let bytes = fs::read(out.join(file)).unwrap_or_else(|e| panic!("{page}: its picture {file} is not published: {e}"));
            assert_eq!(png_size(&bytes), (1200, 630), "{page}");
            assert!(bytes.len() <= 100_000, "{page}: {file} is {} bytes", bytes.len());
        }
        for session in &programme.sessions {
            let file = format!("session-{}.html", session.slug.as_str());
            let (_, html) = pages.iter().find(|(f, _)| *f == file).expect("the session's page");
            let tags = tags(html);
            assert_eq!(one(&tags, "og:title", &file), session.title);
            let description = one(&tags, "og:description", &file);
            assert!(description.contains(&programme_guide::programme::uk_time::uk_when(session)), "{file}: {description}");
            assert_eq!(description.contains("Illustrative — details not published"), session.illustrative, "{file}: {description}");
            assert!(one(&tags, "og:image", &file).contains(&format!("previews/session-{}-", session.slug.as_str())), "{file}");
        }
    }
}

#[test]
fn search_engines_read_each_published_session_as_an_event_and_never_an_illustrative_one() {
    for (which, programme) in programmes() {
        let (out, _) = published(&format!("events-{}", programme.series.title.len()), &programme, Some(SITE));
        let pages = pages(&out);
        for session in &programme.sessions {
            let file = format!("session-{}.html", session.slug.as_str());
            let (_, html) = pages.iter().find(|(f, _)| *f == file).expect("the session's page");
            let found = events(html);
            if session.illustrative {
                assert!(found.is_empty(), "{which}, {file}: an illustrative session is no event: {found:?}");
                continue;
            }
            let [event] = found.as_slice() else { panic!("{which}, {file}: one event, found {found:?}") };
            assert_eq!(event["@type"], "Event");
            assert_eq!(event["name"], session.title.as_str());
            assert_eq!(event["eventAttendanceMode"], "https://schema.org/OnlineEventAttendanceMode");
            assert_eq!(event["eventStatus"], "https://schema.org/EventScheduled");
            assert_eq!(event["location"]["@type"], "VirtualLocation");
            let location = session.link.as_ref().map_or(format!("{SITE}{file}"), |l| l.as_str().to_owned());
            assert_eq!(event["location"]["url"], location.as_str());
            assert_eq!(event["superEvent"]["@type"], "EventSeries");
            assert_eq!(event["superEvent"]["url"], SITE);
            assert!(event["image"][0].as_str().is_some_and(|i| i.starts_with(SITE)), "{event}");
            let names: Vec<&str> = event["organizer"].as_array().expect("organisers").iter().filter_map(|o| o["name"].as_str()).collect();
            assert_eq!(names, programme.organisation_names(session), "{which}, {file}");
            let start = event["startDate"].as_str().expect("a start");
            if session.time_known {
                assert_eq!(start, session.start.to_rfc3339(), "the start with its UK offset");
            } else {
                // Only the date was published: no placeholder time is given as a fact.
                assert_eq!(start, session.start.date_naive().to_string(), "{which}, {file}");
            }
        }
        let (_, index) = pages.iter().find(|(f, _)| f == "index.html").expect("index.html");
        let [series] = events(index).try_into().unwrap_or_else(|found: Vec<_>| panic!("{which}: one event series, found {found:?}"));
        assert_eq!(series["@type"], "EventSeries");
        assert_eq!(series["name"], programme.series.full_title.as_str());
    }
}

#[test]
fn without_the_guides_address_publishing_writes_what_needs_none_and_says_once_what_it_left_out() {
    for (which, programme) in programmes() {
        let (out, report) = published(&format!("no-address-{}", programme.series.title.len()), &programme, None);
        assert_eq!(report.iter().filter(|line| *line == NO_ADDRESS).count(), 1, "{which}: said once: {report:?}");
        assert!(!out.join("previews").exists() && !out.join("poster-qr.svg").exists(), "{which}: no pictures, no QR code");
        for (file, html) in pages(&out) {
            let tags = tags(&html);
            for absolute in ["og:url", "og:image", "canonical"] {
                assert!(!tags.contains_key(absolute), "{which}, {file}: no {absolute} without an address: {tags:?}");
            }
            assert!(!one(&tags, "og:title", &file).is_empty(), "{which}, {file}: a title to preview");
            assert_eq!(one(&tags, "twitter:card", &file), "summary");
            assert!(events(&html).is_empty(), "{which}, {file}: no events without an address");
        }
        let poster = fs::read_to_string(out.join("poster.html")).expect("the poster");
        assert!(poster.contains("No QR code") && poster.contains("url"), "{which}: the poster says where to set the address");
    }
}

#[test]
fn the_same_data_publishes_the_same_bytes_and_a_changed_picture_gets_a_new_address() {
    let (_, programme) = programmes().remove(0);
    let (first, _) = published("same-1", &programme, Some(SITE));
    let (second, _) = published("same-2", &programme, Some(SITE));
    let files = |out: &Path| -> BTreeMap<String, Vec<u8>> {
        files_under(out)
            .expect("a site")
            .into_iter()
            .map(|p| (relative_path(out, &p).expect("a path"), fs::read(&p).expect("a file")))
            .collect()
    };
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "the same files");
    for (file, bytes) in &a {
        assert!(bytes == &b[file], "{file} differs between two publications of the same data");
    }

    let mut changed = programme.clone();
    let moved = &mut changed.sessions[3];
    moved.title.push_str(" (moved)");
    let slug = moved.slug.as_str().to_owned();
    let (third, _) = published("same-3", &changed, Some(SITE));
    let pictures = |out: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(out.join("previews"))
            .expect("pictures")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let (before, after) = (pictures(&first), pictures(&third));
    let gone: Vec<&String> = before.iter().filter(|n| !after.contains(n)).collect();
    let new: Vec<&String> = after.iter().filter(|n| !before.contains(n)).collect();
    assert_eq!(gone.len(), 1, "only the changed session's picture changes: {gone:?}");
    assert!(gone[0].starts_with(&format!("session-{slug}-")) && new[0].starts_with(&format!("session-{slug}-")), "{gone:?} → {new:?}");
    let worker = fs::read_to_string(third.join("sw.js")).expect("sw.js");
    assert!(!worker.contains("previews/"), "the offline copy never holds the pictures");
}
