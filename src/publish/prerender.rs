//! The guide as plain HTML, written at build time by the app's own components from the same
//! data: the programme into index.html, each session's detail into `session-<slug>.html`, and the
//! About view into `about.html`. The browser paints index.html's programme at once, and the app
//! adopts it as it is (`crate::live`), showing the other pages' views in place when they are
//! opened. People without JavaScript, search engines, and member sites' frames before the app
//! starts read these pages as they are.

use std::sync::Arc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use reactive_graph::diagnostics::SpecialNonReactiveZone;

use crate::components::{
    AboutView, AppData, EmbedView, Hrefs, Page, ProgrammeView, SessionDetail, Templates, ToolkitView, provide_app_data, provide_hrefs,
};
use crate::contract::STATIC;
use crate::programme::filter::Filters;
use crate::programme::uk_time::ViewerZone;
use crate::programme::{Programme, Session};
use crate::routes::Route;

/// Said to people whose browser runs no JavaScript, above the programme.
const WITHOUT_JAVASCRIPT: &str = "Search, filters and your shortlist need JavaScript, which is off in this browser. The whole programme is below, and each session's title leads to its details.";

/// The body of index.html: the programme view as the app first shows it, at `now`, in UK time,
/// and the templates of what the app fills in itself.
pub fn programme_page(programme: &Arc<Programme>, now: DateTime<Utc>) -> String {
    let page = render(programme, now, Route::default(), || {
        view! {
            <noscript>
                <p class="notice">{WITHOUT_JAVASCRIPT}</p>
            </noscript>
            <ProgrammeView />
        }
        .into_any()
    });
    page + &in_context(programme, now, || view! { <Templates /> }.to_html())
}

/// The body of a session's own page.
pub fn session_page(programme: &Arc<Programme>, now: DateTime<Utc>, session: &Session) -> String {
    let session = session.clone();
    render(programme, now, Route::default(), move || view! { <SessionDetail session /> }.into_any())
}

/// The body of the toolkit's page.
pub fn toolkit_page(programme: &Arc<Programme>, now: DateTime<Utc>) -> String {
    render(programme, now, Route::Toolkit(Filters::default()), || view! { <ToolkitView /> }.into_any())
}

/// The body of the Embed page's page, which the app fills in.
pub fn embed_page(programme: &Arc<Programme>, now: DateTime<Utc>) -> String {
    render(programme, now, Route::Embed, || view! { <EmbedView /> }.into_any())
}

/// The body of the About view's page.
pub fn about_page(programme: &Arc<Programme>, now: DateTime<Utc>) -> String {
    render(programme, now, Route::About, || view! { <AboutView /> }.into_any())
}

/// `content` as the view of a page, with `current` marked in the navigation.
fn render(programme: &Arc<Programme>, now: DateTime<Utc>, current: Route, content: impl FnOnce() -> AnyView) -> String {
    in_context(programme, now, || {
        let content = content();
        view! { <Page current=current.nav_entry()>{content}</Page> }.to_html()
    })
}

/// Runs `render` with the contexts views are written with: the programme at `now` in UK time,
/// links to the written pages.
fn in_context(programme: &Arc<Programme>, now: DateTime<Utc>, render: impl FnOnce() -> String) -> String {
    // Nothing scheduled ever runs: the page is what the first render shows.
    let _ = Executor::init_custom_executor(NoTasks);
    // Rendered once: no signal read here is meant to be followed (this silences debug warnings).
    let _untracked = SpecialNonReactiveZone::enter();
    let html = Owner::new().with(|| {
        provide_app_data(AppData { programme: programme.clone(), now, zone: ViewerZone::Uk, folder: String::new() });
        provide_hrefs(Hrefs::Written);
        render()
    });
    valid_markers(&html)
}

/// `html` with the empty markers Leptos writes where a part of a view is empty (`<!>`, which HTML
/// parses as a "bogus comment", an error in the Nu Html Checker) written as proper empty comments:
/// the same node in the browser. Text from the data never holds `<!>`: Leptos escapes every `<`
/// in text and attribute values.
fn valid_markers(html: &str) -> String {
    html.replace("<!>", "<!---->")
}

/// `html` with the contents of its `<body>` replaced by `page`.
pub fn set_body(html: &str, page: &str) -> Result<String, String> {
    let open = html.find("<body").ok_or("index.html has no <body>")?;
    let start = open + html[open..].find('>').ok_or("unclosed <body> in index.html")? + 1;
    let end = html.rfind("</body>").ok_or("index.html has no </body>")?;
    if end < start {
        return Err("index.html's </body> comes before <body>".to_owned());
    }
    Ok(format!("{}{page}{}", &html[..start], &html[end..]))
}

/// `html` (index.html's shell, as written or as Trunk minified it) with its `<title>` and its
/// `<meta name="description">` set.
pub fn set_head(html: &str, title: &str, description: &str) -> Result<String, String> {
    let html = set_title(html, title)?;
    let marker = ["name=\"description\"", "name=description"].iter().find_map(|m| html.find(m));
    let marker = marker.ok_or("index.html has no <meta name=\"description\"> to fill in")?;
    let start = html[..marker].rfind("<meta").ok_or("the description in index.html is not in a <meta> element")?;
    let end = marker + html[marker..].find('>').ok_or("an unclosed <meta name=\"description\"> in index.html")? + 1;
    Ok(format!("{}<meta name=\"description\" content=\"{}\">{}", &html[..start], escape_attribute(description), &html[end..]))
}

/// `html` with its `<title>` set to `title`.
fn set_title(html: &str, title: &str) -> Result<String, String> {
    let open = html.find("<title>").ok_or("index.html has no <title>")? + "<title>".len();
    let close = open + html[open..].find("</title>").ok_or("unclosed <title> in index.html")?;
    Ok(format!("{}{}{}", &html[..open], escape_text(title), &html[close..]))
}

/// A page of one view (a session, About), made from the finished index.html (beside which it is
/// written): titled after the view, loading no app (its address is not one the app reads), and
/// marked `data-static` so that the styles leave out the controls only the app can work.
pub fn page_document(index: &str, page: &str, title: &str) -> Result<String, String> {
    let mut html = without_elements(index, "<script", "</script>");
    for marker in ["modulepreload", "rel=preload", "rel=\"preload\""] {
        html = without_tags(&html, "<link", marker);
    }
    let mut html = set_title(&html, title)?;
    let root = html.find("<html").ok_or("index.html has no <html>")? + "<html".len();
    html.insert_str(root, &format!(" {}", STATIC.attr()));
    set_body(&html, page)
}

/// `html` without any element from `open` to the next `close`, inclusive.
fn without_elements(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// `html` without the tags starting with `open` that contain `marker`.
fn without_tags(html: &str, open: &str, marker: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        out.push_str(&rest[..start]);
        if !rest[start..end].contains(marker) {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn escape_attribute(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}
