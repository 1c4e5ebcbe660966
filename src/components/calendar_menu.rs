//! "Add to calendar" for one session: a disclosure (`<details>`, which needs no script) offering
//! the session's calendar file, which the build writes beside its page (`crate::publish`), and
//! links that open the event already filled in, in Google Calendar, Outlook.com and Microsoft 365,
//! for a work PC where a downloaded file is awkward or blocked. Everything is written into the page:
//! it works before the app has started and without it (the file offline too).
//!
//! On the programme's cards the menu offers the file and the way to the session's own page, whose
//! menu has the three links: written on every card they made a first visit's index.html 2 to 3 KB
//! larger (gzip) for 21 sessions, where the whole change to the guide had 1 KB.

use leptos::prelude::*;

use super::{AppLink, use_app_data};
use crate::programme::Session;
use crate::programme::calendar_links::WebCalendar;
use crate::routes::{Route, session_calendar_file, static_session_file};

/// The menu for `session`.
#[component]
pub fn CalendarMenu(
    session: Session,
    /// True on a card among many: the menu's name then says which session, and it leads to the
    /// session's page for the calendars on the web.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    let file = session_calendar_file(session.slug.as_str());
    let ics = view! {
        <li>
            <a href=file download=format!("{}.ics", session.slug.0)>
                "Calendar file (.ics): Apple, Outlook and others"
            </a>
        </li>
    };
    if in_list {
        let route = Route::Session(session.slug.0.clone());
        return view! {
            <details class="calendar-menu">
                <summary class="button calendar-button">
                    "Add to calendar" <span class="visually-hidden">{format!(": {}", session.title)}</span>
                </summary>
                <ul>
                    {ics} <li>
                        <AppLink route>"Google Calendar, Outlook.com or Microsoft 365: on the session's page"</AppLink>
                    </li>
                </ul>
            </details>
        }
        .into_any();
    }
    let programme = use_app_data().programme;
    let page = programme.series.url.as_ref().map(|site| site.join(&static_session_file(session.slug.as_str())));
    let links = WebCalendar::ALL
        .into_iter()
        .map(|calendar| {
            let href = calendar.link(&programme, &session, page.as_deref());
            view! {
                <li>
                    <a href=href rel="noreferrer" target="_blank">
                        {calendar.name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="calendar-menu">
            <summary class="button calendar-button">"Add to calendar"</summary>
            <ul>{ics} {links}</ul>
        </details>
    }
    .into_any()
}
