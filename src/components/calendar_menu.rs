//! "Add to calendar" for one session: a disclosure (`<details>`, which needs no script) offering
//! the session's calendar file, which the build writes beside its page (`crate::publish`), and
//! links that open the event already filled in, in Google Calendar, Outlook.com and Microsoft 365,
//! for a work PC where a downloaded file is awkward or blocked. Everything is written into the page:
//! it works before the app has started and without it (the file offline too).
//!
//! On the programme's cards, "Add to calendar" is the calendar file's link alone, and the
//! session's title leads to its page and its whole menu. Measured on this machine, a menu on every
//! card made a first visit's index.html 2.2 to 3.3 KB larger (gzip, 21 sessions) with the three
//! links, 0.2 KB without them, and filtering 2,000 sessions 11 to 38 % slower (each card's
//! disclosure is seven more elements to restyle): the change that brought the menu had 1 KB and no
//! slower filtering to spend.

use leptos::prelude::*;

use super::use_app_data;
use crate::programme::Session;
use crate::programme::calendar_links::WebCalendar;
use crate::routes::{session_calendar_file, static_session_file};

/// The menu for `session`.
#[component]
pub fn CalendarMenu(
    session: Session,
    /// True on a card among many: the calendar file's link alone, named after the session.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    let file = session_calendar_file(session.slug.as_str());
    if in_list {
        return view! {
            <a
                class="button calendar-button"
                href=file
                download=format!("{}.ics", session.slug.0)
                aria-label=format!("Add to calendar: {}", session.title)
            >
                "Add to calendar"
            </a>
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
            <ul>
                <li>
                    <a href=file download=format!("{}.ics", session.slug.0)>
                        "Calendar file (.ics): Apple, Outlook and others"
                    </a>
                </li>
                {links}
            </ul>
        </details>
    }
    .into_any()
}
