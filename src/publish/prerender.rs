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

use super::head::{PageHead, set_head, without_preview_tags, without_tags};
use crate::components::{
    AboutView, AppData, EmbedView, Hrefs, Page, PosterView, ProgrammeView, SessionDetail, Templates, ToolkitView, provide_app_data,
    provide_hrefs,
};
use crate::contract::STATIC;
use crate::programme::filter::Filters;
use crate::programme::uk_time::ViewerZone;
use crate::programme::{Programme, Session, SiteUrl};
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

/// The body of the poster's page: the poster alone, none of the app's frame, listing `sessions`,
/// with the QR code file `qr` of the guide's address when it is known.
pub fn poster_page(programme: &Arc<Programme>, now: DateTime<Utc>, sessions: Vec<Session>, qr: Option<String>) -> String {
    let address = programme.series.url.as_ref().map(|site| site.as_str().to_owned());
    in_context(programme, now, move || {
        view! {
            <main id="main" class="poster-page">
                <PosterView sessions address qr />
            </main>
        }
        .to_html()
    })
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

/// A page of one view (a session, About), made from the finished index.html (beside which it is
/// written): with its own head, loading no app (its address is not one the app reads), and
/// marked `data-static` so that the styles leave out the controls only the app can work.
pub fn page_document(index: &str, page: &str, head: &PageHead, site_name: &str, site: Option<&SiteUrl>) -> Result<String, String> {
    let mut html = without_elements(index, "<script", "</script>");
    for marker in ["modulepreload", "rel=preload", "rel=\"preload\""] {
        html = without_tags(&html, "<link", marker);
    }
    let mut html = set_head(&without_preview_tags(&html), head, site_name, site)?;
    let root = html.find("<html").ok_or("index.html has no <html>")? + "<html".len();
    html.insert_str(root, &format!(" {}", STATIC.attr));
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

struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}
