//! What every view needs, provided once by `App` (or by a test) as named contexts.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::{self, EntryState, ViewerZone};
use crate::programme::Programme;
use crate::routes::Route;

/// The programme, the clock and the viewer's zone. The clock is read once per visit, so every view
/// agrees on what is past.
#[derive(Clone)]
pub struct AppData {
    pub programme: Arc<Programme>,
    pub now: DateTime<Utc>,
    pub zone: ViewerZone,
}

/// Makes `data` available to every view below.
pub fn provide_app_data(data: AppData) {
    provide_context(data);
}

/// The app's data; views are only ever rendered below `provide_app_data`.
pub fn use_app_data() -> AppData {
    expect_context::<AppData>()
}

/// Moves between views: the only writer of the current route.
#[derive(Clone, Copy)]
pub struct Navigator(pub WriteSignal<Route>);

impl Navigator {
    /// Opens `route` as a new history entry, remembering where the person was so "back" returns there.
    pub fn go(self, route: Route) {
        let focus_slug = match &route {
            Route::Session(slug) => Some(slug.clone()),
            _ => None,
        };
        browser::push_entry(&EntryState { scroll_y: browser::scroll_y(), focus_slug }, &route.href());
        self.0.set(route);
        // After the new view has rendered: start at its top, and tell screen readers where they are.
        request_animation_frame(|| {
            browser::scroll_to(0.0);
            browser::focus("main h1");
        });
    }
}

/// The navigator, for links that switch views without reloading.
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}
