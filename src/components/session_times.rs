//! When a session happens: its date and times in UK time, and a line for the viewer's own time,
//! which the app fills in when the viewer is elsewhere (`crate::live::times`).

use chrono::Utc;
use leptos::prelude::*;

use crate::contract::read::write_instant;
use crate::contract::{START, VIEWER_TIME};
use crate::programme::Session;
use crate::programme::uk_time::{UkTime, Zone, ZonedRange, long_date, uk_zone_name};

/// The date and time lines for `session`. When only the date was published, the placeholder time
/// is not shown at all: a time that looks real would mislead.
#[component]
pub fn SessionTimes(session: Session) -> impl IntoView {
    let uk = ZonedRange::new(&UkTime, session.start, session.end);
    // The start as the machine-readable `datetime`, which the app reads too (`crate::contract::START`).
    let date = view! {
        <time {..START.mark()} datetime=write_instant(&session.start)>
            {long_date(uk.start.date_naive())}
        </time>
    };
    if !session.time_known {
        return view! { <p class="when">{date}<span class="time-note">"Time not published"</span></p> }.into_any();
    }
    let uk_zone = uk_zone_name(UkTime.offset_at(session.start.with_timezone(&Utc)));
    view! {
        <p class="when">{date} <span class="uk-time">{format!("{} {uk_zone}", uk.clock_range())}</span></p>
        // Empty until the app knows the viewer's zone. Its line is kept free from the first paint
        // when the viewer is outside UK time (`[data-elsewhere]`), so filling it moves nothing.
        <p class="viewer-time" {..VIEWER_TIME.mark()}></p>
    }
    .into_any()
}
