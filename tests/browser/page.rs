//! The page the build writes, mounted into the test document, and the app started on it.

// A test looks at the page as a person's browser shows it, with its own lookups; the app may not.
#![allow(clippy::disallowed_methods)]

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use leptos::mount::mount_to;
use leptos::prelude::*;
use programme_guide::components::{AppData, Hrefs, Page, ProgrammeView, Templates, provide_app_data, provide_hrefs};
use programme_guide::contract::{APP, ELSEWHERE, EMBEDDED, Hook, READY, SESSION};
use programme_guide::live;
use programme_guide::programme::Programme;
use programme_guide::programme::load::load_programme;
use programme_guide::programme::uk_time::ViewerZone;
use programme_guide::routes::Route;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The bundled programme, which the build would write into the page.
pub const BUNDLED: &str = include_str!("../../src/data/programme.toml");

/// A second series, with other organisations and topics (`tests/fixtures/second-series.toml`).
pub const SECOND_SERIES: &str = include_str!("../fixtures/second-series.toml");

/// The app's styles, so that what is shown (and read by `inner_text`) is what the person sees.
const STYLES: &str = include_str!("../../style/main.css");

/// The id of the element holding the written page.
const HOST: &str = "written-app";

/// The written programme page in the test document, and once started, the app on it. Dropping it
/// takes both down and puts the test page back as it was.
pub struct WrittenApp {
    pub programme: Arc<Programme>,
    /// The clock the page was written with.
    pub now: DateTime<Utc>,
    host: HtmlElement,
    app: Owner,
    _written: Box<dyn std::any::Any>,
    address: String,
}

impl WrittenApp {
    /// Writes the bundled programme's page, then lets `before_start` act on `<html>` (as the
    /// page's head script does).
    pub fn write(before_start: impl FnOnce(&Element)) -> WrittenApp {
        WrittenApp::of(BUNDLED, before_start)
    }

    /// Writes the page of the programme in the data file `data`, then lets `before_start` act on `<html>`.
    pub fn of(data: &str, before_start: impl FnOnce(&Element)) -> WrittenApp {
        let document = document();
        let address = window().location().href().unwrap_or_default();
        if document.get_element_by_id("test-styles").is_none() {
            let style = document.create_element("style").expect("style");
            style.set_id("test-styles");
            style.set_text_content(Some(STYLES));
            document.head().expect("head").append_child(&style).expect("styles");
        }
        let _ = window().local_storage().ok().flatten().map(|s| s.clear());
        // A test that failed (a panic, which does not unwind here) left its page behind.
        if let Some(left) = document.get_element_by_id(HOST) {
            left.remove();
        }
        let host: HtmlElement = document.create_element("div").expect("div").unchecked_into();
        host.set_id(HOST);
        document.body().expect("body").append_child(&host).expect("host");
        let programme = Arc::new(load_programme("data.toml", data).expect("the data is valid"));
        // A fixed clock: 22 November 2026, after the whole 2023 programme.
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).single().expect("now");
        let data = AppData { programme: programme.clone(), now, zone: ViewerZone::Uk, folder: String::new() };
        let written = mount_to(host.clone(), move || {
            provide_app_data(data);
            provide_hrefs(Hrefs::Written);
            view! {
                <Page current=Some(Route::default())>
                    <ProgrammeView />
                </Page>
                <Templates />
            }
        });
        before_start(&document.document_element().expect("html"));
        WrittenApp { programme, now, host, app: Owner::new(), _written: Box::new(written), address }
    }

    /// Starts the app on the page, as the WebAssembly does on index.html.
    pub fn start(&self) {
        assert!(self.app.with(live::start), "the app found the written page");
    }

    /// The first element matching `selector` in the page.
    pub fn find(&self, selector: &str) -> Element {
        self.host.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// The first element the page contract's `hook` marks.
    pub fn hooked(&self, hook: Hook) -> Element {
        self.find(hook.selector)
    }

    /// The text shown by the first element the page contract's `hook` marks.
    pub fn text(&self, hook: Hook) -> String {
        self.hooked(hook).unchecked_into::<HtmlElement>().inner_text()
    }

    /// The page's address now.
    pub fn href(&self) -> String {
        window().location().href().unwrap_or_default()
    }
}

impl Drop for WrittenApp {
    fn drop(&mut self) {
        self.app.cleanup();
        self.host.remove();
        if let Some(html) = document().document_element() {
            for attribute in [APP.attr, ELSEWHERE.attr, EMBEDDED.attr] {
                let _ = html.remove_attribute(attribute);
            }
        }
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&self.address));
        }
    }
}

/// Lets the app do what it does in turns, each in a task of its own, and its effects run: waits
/// for the next tasks, and the microtasks they leave, until the app has marked the page ready
/// (however many turns its start takes), and at least six, which is what a click needs.
pub async fn settle() {
    for waited in 0..100 {
        let next_task = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
        leptos::task::tick().await;
        let ready = document().document_element().and_then(|html| html.get_attribute(APP.attr)).as_deref() == Some(READY);
        if waited >= 5 && ready {
            return;
        }
    }
}

/// The slugs of the session cards shown.
pub fn visible_slugs(app: &WrittenApp) -> Vec<String> {
    let cards = app.host.query_selector_all(&format!("main {}", SESSION.selector)).expect("cards");
    (0..cards.length())
        .filter_map(|i| cards.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|card| card.offset_parent().is_some())
        .filter_map(|card| card.get_attribute(SESSION.attr()))
        .collect()
}

/// The words `button` shows (and so its accessible name): its star, then its text that is
/// displayed, the visually hidden part included.
pub fn shown_words(button: &HtmlElement) -> String {
    let style = |e: &Element, pseudo: &str| window().get_computed_style_with_pseudo_elt(e, pseudo).ok().flatten();
    let mut words = String::new();
    let parts = button.children();
    for part in (0..parts.length()).filter_map(|i| parts.item(i)) {
        if part.class_list().contains("star") {
            let star = style(&part, "::before").and_then(|s| s.get_property_value("content").ok()).unwrap_or_default();
            words.push_str(star.trim_matches('"'));
        } else if style(&part, "").and_then(|s| s.get_property_value("display").ok()).as_deref() != Some("none") {
            words.push_str(&part.text_content().unwrap_or_default());
        }
    }
    words
}

/// The text shown by every element the page contract's `hook` marks.
pub fn inner_texts(app: &WrittenApp, hook: Hook) -> Vec<String> {
    let found = app.host.query_selector_all(hook.selector).expect("valid selector");
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok()).map(|e| e.inner_text()).collect()
}
