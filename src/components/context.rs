//! What every view needs, provided once where views render (the build, the app, a test) as named
//! contexts, and read with [`provided`]: broken wiring fails loudly instead of a control silently
//! doing nothing.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::programme::Programme;
use crate::programme::uk_time::ViewerZone;
use crate::routes::Route;

/// The programme, the clock, the viewer's zone and where the app is published. The clock is read
/// once per visit, so every view agrees on what is past.
#[derive(Clone)]
pub struct AppData {
    pub programme: Arc<Programme>,
    pub now: DateTime<Utc>,
    pub zone: ViewerZone,
    /// The app's folder, e.g. `https://example.org/guide/` (empty in the pages written at build
    /// time, whose links are then relative): the base of the calendar feeds' and embed addresses.
    pub folder: String,
}

/// The context of type `T`, provided where the views render. Without it the app is wired wrong,
/// and this panics. It does not name the type, as Leptos' `expect_context` does: formatting the
/// name brings the formatter's escaping of text into the WebAssembly.
#[allow(clippy::disallowed_methods)] // The one place contexts are read.
pub fn provided<T: Clone + 'static>() -> T {
    use_context::<T>().expect("a context provided where the views render")
}

/// Makes `data` available to every view below.
pub fn provide_app_data(data: AppData) {
    provide_context(data);
}

/// The app's data.
pub fn use_app_data() -> AppData {
    provided::<AppData>()
}

/// How links to the app's views are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hrefs {
    /// In the pages written at build time: a view that has a page of its own links to it, so it
    /// can be read without JavaScript (the app rewrites these links when it adopts the page).
    Written,
    /// In views the app builds in the browser: the app's own addresses, embedded or not.
    App { embedded: bool },
}

impl Hrefs {
    /// The link to `route`.
    pub fn href(self, route: &Route) -> String {
        match self {
            Hrefs::Written => route.static_href(),
            Hrefs::App { embedded: false } => route.href(),
            Hrefs::App { embedded: true } => route.embedded_href(),
        }
    }
}

/// Makes `hrefs` the way links are written below.
pub fn provide_hrefs(hrefs: Hrefs) {
    provide_context(hrefs);
}

/// How links are written here.
pub fn use_hrefs() -> Hrefs {
    provided::<Hrefs>()
}
