//! Browser tests: components rendered into a real DOM in headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone, Utc};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use programme_guide::browser::ViewerZone;
use programme_guide::bundled;
use programme_guide::components::{AppData, ProgrammeView, SessionCard, SessionDetail, provide_app_data};
use programme_guide::programme::Programme;
use programme_guide::programme::filter::Filters;
use programme_guide::programme::schedule::group_by_month;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod storage;

fn programme() -> Arc<Programme> {
    Arc::new(bundled::programme().expect("the bundled programme loads"))
}

/// A fresh element to mount into, so tests do not see each other's output.
fn container() -> HtmlElement {
    let element = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&element).expect("append");
    element.unchecked_into()
}

fn data(programme: Arc<Programme>, zone_hours: i32) -> AppData {
    AppData {
        programme,
        // A fixed clock: 22 November 2026, after the whole 2023 programme.
        now: Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).single().expect("now"),
        zone: ViewerZone::Fixed(FixedOffset::east_opt(zone_hours * 3600).expect("offset")),
        folder: String::new(),
    }
}

fn texts_of(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("valid selector");
    (0..nodes.length()).filter_map(|i| nodes.get(i)?.text_content()).collect()
}

fn text_of(root: &HtmlElement, selector: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn a_session_card_shows_title_times_organisations_and_label() {
    let programme = programme();
    let session = programme.sessions.iter().find(|s| s.illustrative).expect("an illustrative session").clone();
    let root = container();
    let app_data = data(programme.clone(), 2);
    let card_session = session.clone();
    let _mounted = mount_to(root.clone(), move || {
        provide_app_data(app_data);
        view! { <SessionCard session=card_session /> }
    });
    tick().await;

    assert_eq!(text_of(&root, "article.session-card h3 a").as_deref(), Some(session.title.as_str()));
    let link = root.query_selector("h3 a").ok().flatten().and_then(|a| a.get_attribute("href"));
    assert_eq!(link, Some(format!("./?session={}", session.slug.as_str())));

    let uk = text_of(&root, ".uk-time").expect("UK time");
    assert!(uk.ends_with(" BST") && uk.contains('–'), "UK time range in BST: {uk}");
    // A viewer on UTC+2 in spring is one hour ahead of BST.
    let viewer = text_of(&root, ".viewer-time").expect("viewer time shown for UTC+2");
    assert!(viewer.starts_with("Your time (UTC+2): "), "{viewer}");
    let uk_start: u32 = uk[..2].parse().expect("hour");
    assert!(viewer.contains(&format!("{:02}:", uk_start + 1)), "{viewer} vs {uk}");

    let organisations = text_of(&root, ".organisations").expect("organisations");
    for name in programme.organisation_names(&session) {
        assert!(organisations.contains(&name), "{organisations} names {name}");
    }
    assert_eq!(text_of(&root, ".illustrative-label").as_deref(), Some("Illustrative — details not published"));
    assert_eq!(text_of(&root, ".status").as_deref(), Some("Past"));
}

#[wasm_bindgen_test]
async fn a_published_session_has_no_illustrative_label_and_hides_its_unpublished_time() {
    let programme = programme();
    let mut session = programme.sessions[0].clone();
    session.illustrative = false;
    session.time_known = false;
    let root = container();
    let app_data = data(programme, 5);
    let _mounted = mount_to(root.clone(), move || {
        provide_app_data(app_data);
        view! { <SessionCard session /> }
    });
    tick().await;

    assert!(root.query_selector(".illustrative-label").ok().flatten().is_none());
    // Its date is published but its time is not: no placeholder time is shown, in any zone.
    assert_eq!(text_of(&root, ".time-note").as_deref(), Some("Time not published"));
    assert!(root.query_selector(".uk-time").ok().flatten().is_none());
    assert!(root.query_selector(".viewer-time").ok().flatten().is_none());
}

#[wasm_bindgen_test]
async fn a_viewer_far_east_is_told_the_day_changes() {
    let programme = programme();
    // 18:00–19:30 BST is 05:00 the next morning in UTC+12.
    let mut evening = programme.sessions[0].clone();
    evening.start = chrono::DateTime::parse_from_rfc3339("2023-04-06T18:00:00+01:00").expect("start");
    evening.end = chrono::DateTime::parse_from_rfc3339("2023-04-06T19:30:00+01:00").expect("end");
    evening.time_known = true;
    let root = container();
    let app_data = data(programme, 12);
    let _mounted = mount_to(root.clone(), move || {
        provide_app_data(app_data);
        view! { <SessionCard session=evening /> }
    });
    tick().await;
    let day = text_of(&root, ".day-change").expect("day change flagged");
    assert!(day.ends_with("next day"), "{day}");
}

#[wasm_bindgen_test]
async fn the_programme_view_lists_every_session_by_month() {
    let programme = programme();
    let count = programme.sessions.len();
    let expected_months: Vec<String> = group_by_month(&programme.sessions).into_iter().map(|m| m.label).collect();
    let root = container();
    let app_data = data(programme, 0);
    let _mounted = mount_to(root.clone(), move || {
        provide_app_data(app_data);
        let filters = Memo::new(|_| Filters::default());
        view! { <ProgrammeView filters /> }
    });
    tick().await;
    assert_eq!(texts_of(&root, "article.session-card h3").len(), count);
    assert_eq!(texts_of(&root, "section.month h2"), expected_months);
}

#[wasm_bindgen_test]
async fn an_unknown_session_shows_not_found() {
    let root = container();
    let app_data = data(programme(), 0);
    let _mounted = mount_to(root.clone(), move || {
        provide_app_data(app_data);
        view! { <SessionDetail slug="no-such-session".to_owned() /> }
    });
    tick().await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Session not found"));
}
