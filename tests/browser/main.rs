//! Browser tests: the pages the build writes, mounted into a real DOM in headless Chromium, and the
//! app started on them as it starts on index.html. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use programme_guide::contract::{
    CLEAR_FILTERS, ELSEWHERE, FILTER_TOGGLE, RESULT_COUNT, SEARCH, SERIES_TITLE, SHORTLIST_BUTTON, SHORTLIST_COUNT, SHOW_RESULTS,
    VIEWER_TIME,
};
use programme_guide::programme::filter::{FilterIndex, Filters, apply};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod page;
mod storage;

use page::{SECOND_SERIES, WrittenApp, inner_texts, settle, shown_words, visible_slugs};

/// A word of a session title that finds some sessions but not all, before the sessions'
/// descriptions (which the page does not carry, and this test does not serve) have come.
fn a_search_word(app: &WrittenApp) -> (String, usize) {
    let mut programme = (*app.programme).clone();
    programme.sessions.iter_mut().for_each(|s| s.description.clear());
    let programme = &programme;
    let index = FilterIndex::new(programme);
    for session in &programme.sessions {
        for word in session.title.split_whitespace().filter(|w| w.len() > 4 && w.chars().all(char::is_alphabetic)) {
            let filters = Filters { search: word.to_lowercase(), ..Filters::default() };
            let count = apply(programme, &index, &filters, app.now).count;
            if count > 1 && count < programme.sessions.len() {
                return (word.to_owned(), count);
            }
        }
    }
    panic!("no title word finds a few sessions");
}

fn input(app: &WrittenApp, selector: &str) -> HtmlInputElement {
    app.find(selector).dyn_into().expect("an input")
}

/// A `change` event from `element`, bubbling as the browser's own does.
fn changed(element: &web_sys::Element) {
    let init = EventInit::new();
    init.set_bubbles(true);
    element.dispatch_event(&Event::new_with_event_init_dict("change", &init).expect("event")).expect("dispatched");
}

#[wasm_bindgen_test]
async fn the_app_adopts_the_written_programme_with_what_was_typed_before_it_started() {
    let app = WrittenApp::write(|_| {});
    let (word, count) = a_search_word(&app);
    let total = app.programme.sessions.len();
    // Typed into the written page while the WebAssembly was on its way.
    input(&app, SEARCH.selector).set_value(&word.to_uppercase());
    let written_card = app.find("main [data-session]");
    app.start();
    settle().await;

    assert_eq!(input(&app, SEARCH.selector).value(), word.to_uppercase(), "the field keeps what was typed");
    assert_eq!(visible_slugs(&app).len(), count, "the list is narrowed by it");
    assert_eq!(app.text(RESULT_COUNT), format!("{count} of {total} sessions"));
    assert!(app.find("main [data-session]") == written_card, "the written cards are the app's own, not copies");
    assert!(app.href().contains(&format!("q={}", word.to_uppercase())), "the search is in the address: {}", app.href());
}

#[wasm_bindgen_test]
async fn ticking_a_topic_narrows_the_list_counts_the_options_and_clear_all_brings_everything_back() {
    let app = WrittenApp::write(|_| {});
    app.start();
    settle().await;
    let total = app.programme.sessions.len();
    let topic = &app.programme.topics[0];
    let with_topic = app.programme.sessions.iter().filter(|s| s.topics.contains(&topic.slug)).count();

    let checkbox = input(&app, &format!("#topic-{}", topic.slug.as_str()));
    checkbox.set_checked(true);
    changed(&checkbox);
    settle().await;
    assert_eq!(visible_slugs(&app).len(), with_topic);
    assert_eq!(app.text(FILTER_TOGGLE), "Filters (1)");
    assert_eq!(app.text(SHOW_RESULTS), format!("Show {with_topic} sessions").replace("Show 1 sessions", "Show 1 session"));
    let clear: HtmlElement = app.hooked(CLEAR_FILTERS).dyn_into().expect("button");
    assert!(!clear.has_attribute("disabled"), "something can be cleared");

    clear.click();
    settle().await;
    assert_eq!(visible_slugs(&app).len(), total, "everything shows again");
    assert!(!checkbox.checked(), "and the topic is unticked");
    assert!(clear.has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_sessions_buttons_follow_the_shortlist_and_the_header_counts_it() {
    let app = WrittenApp::write(|_| {});
    app.start();
    settle().await;
    let session = &app.programme.sessions[2];
    let button: HtmlElement = app.find(&SHORTLIST_BUTTON.selector_for(session.slug.as_str())).dyn_into().expect("button");
    assert_eq!(shown_words(&button), format!("☆ Add {} to my shortlist", session.title), "its words say what pressing it does");

    button.click();
    settle().await;
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(shown_words(&button), format!("★ Remove {} from my shortlist", session.title));
    assert_eq!(app.text(SHORTLIST_COUNT), " (1)", "the header counts it");
    assert_eq!(programme_guide::storage::load().list.len(), 1, "and it is saved");

    button.click();
    settle().await;
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(app.text(SHORTLIST_COUNT), "");
}

#[wasm_bindgen_test]
async fn the_viewers_own_times_are_filled_in_only_when_the_page_marks_them_elsewhere() {
    let here = WrittenApp::write(|_| {});
    here.start();
    settle().await;
    assert!(inner_texts(&here, VIEWER_TIME).iter().all(String::is_empty), "a viewer in UK time gets no second time");
    drop(here);

    let elsewhere = WrittenApp::write(|html| {
        let _ = html.set_attribute(ELSEWHERE.attr, "");
    });
    elsewhere.start();
    settle().await;
    let lines = inner_texts(&elsewhere, VIEWER_TIME);
    let timed = elsewhere.programme.sessions.iter().filter(|s| s.time_known).count();
    assert_eq!(lines.len(), timed, "a line for each timed session");
    assert!(lines.iter().all(|l| l.starts_with("Your time (")), "each says the viewer's own time: {lines:?}");
}

#[wasm_bindgen_test]
async fn the_app_reads_whatever_programme_the_page_shows_and_finds_its_sessions() {
    let app = WrittenApp::of(SECOND_SERIES, |_| {});
    app.start();
    settle().await;
    let total = app.programme.sessions.len();
    assert_eq!(app.text(SERIES_TITLE), app.programme.series.title, "the page is the second series'");
    assert_eq!(visible_slugs(&app).len(), total, "every session shows");

    // A topic of that series only, and a word of a speaker's name (speakers are not shown on cards).
    let topic = app.programme.topics.iter().find(|t| t.slug.as_str() == "school-places").expect("the series' topic");
    let checkbox = input(&app, &format!("#topic-{}", topic.slug.as_str()));
    checkbox.set_checked(true);
    changed(&checkbox);
    settle().await;
    let with_topic: Vec<String> =
        app.programme.sessions.iter().filter(|s| s.topics.contains(&topic.slug)).map(|s| s.slug.as_str().to_owned()).collect();
    assert_eq!(visible_slugs(&app), with_topic);
    assert_eq!(app.text(RESULT_COUNT), format!("{} of {total} sessions", with_topic.len()));

    app.hooked(CLEAR_FILTERS).unchecked_into::<HtmlElement>().click();
    settle().await;
    let search = input(&app, SEARCH.selector);
    search.set_value("ada");
    search.dispatch_event(&Event::new("input").expect("event")).expect("dispatched");
    settle().await;
    let spoken: Vec<String> = app
        .programme
        .sessions
        .iter()
        .filter(|s| s.speakers.iter().any(|n| n.starts_with("Ada")))
        .map(|s| s.slug.as_str().to_owned())
        .collect();
    assert_eq!(visible_slugs(&app), spoken, "search finds a speaker's name, read from the card");
}

/// The browser's user agent read as `agent` by the page's scripts, until dropped.
struct UserAgent;

impl UserAgent {
    fn pretend(agent: &str) -> UserAgent {
        let descriptor = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&descriptor, &"value".into(), &agent.into());
        let _ = js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into());
        js_sys::Object::define_property(&web_sys::window().expect("window").navigator(), &"userAgent".into(), &descriptor);
        UserAgent
    }
}

impl Drop for UserAgent {
    fn drop(&mut self) {
        let _ = js_sys::Reflect::delete_property(&web_sys::window().expect("window").navigator().into(), &"userAgent".into());
    }
}

const SAFARI_ON_AN_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

fn is_hidden(element: &web_sys::Element) -> bool {
    element.unchecked_ref::<HtmlElement>().hidden()
}

#[wasm_bindgen_test]
async fn where_the_browser_deletes_unvisited_data_the_first_shortlisting_says_how_to_keep_it_until_put_away() {
    use programme_guide::contract::{KEEPING_DISMISS, KEEPING_NOTICE};
    let _safari = UserAgent::pretend(SAFARI_ON_AN_IPHONE);
    let app = WrittenApp::write(|_| {});
    app.start();
    settle().await;
    let notice = app.hooked(KEEPING_NOTICE);
    assert!(is_hidden(&notice), "nothing is said while nothing is shortlisted");
    let button: HtmlElement = app.hooked(SHORTLIST_BUTTON).dyn_into().expect("button");
    button.focus().expect("focus");
    button.click();
    settle().await;
    assert!(!is_hidden(&notice), "the first shortlisting says so");
    assert!(notice.text_content().unwrap_or_default().contains("after 7 days without a visit"));
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"), "announced politely, not as an alert");
    assert!(document_focus_is(&button), "and it takes no focus");

    app.hooked(KEEPING_DISMISS).unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(is_hidden(&notice), "put away");
    let kept = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("sus-guide.v1.keeping-notice").ok().flatten());
    assert_eq!(kept.as_deref(), Some("put-away"), "and remembered");
    drop(app);

    // The next visit, another session shortlisted: it stays away. (Writing the page clears
    // storage, so the put-away mark is written back as the visit before left it.)
    let app = WrittenApp::write(|_| {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("storage");
        storage.set_item("sus-guide.v1.keeping-notice", "put-away").expect("kept");
    });
    app.start();
    settle().await;
    app.hooked(SHORTLIST_BUTTON).unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(is_hidden(&app.hooked(KEEPING_NOTICE)), "it stays away");
}

fn document_focus_is(element: &HtmlElement) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element.unchecked_ref::<web_sys::Element>())
}

#[wasm_bindgen_test]
async fn chromium_deletes_nothing_unvisited_and_says_nothing() {
    use programme_guide::contract::KEEPING_NOTICE;
    let app = WrittenApp::write(|_| {});
    app.start();
    settle().await;
    app.hooked(SHORTLIST_BUTTON).unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(is_hidden(&app.hooked(KEEPING_NOTICE)), "no notice in Chromium");
}
