//! When a session happens: its date and times in UK time, and in the viewer's own time when that
//! differs, with a flag when the viewer's date is another day.

use chrono::Utc;
use leptos::prelude::*;

use super::context::use_app_data;
use crate::programme::Session;
use crate::programme::uk_time::{UkTime, ViewerTime, Zone, ZonedRange, long_date, uk_zone_name};

/// The date and time lines for `session`. When only the date was published, the placeholder time
/// is not shown at all: a time that looks real would mislead.
#[component]
pub fn SessionTimes(session: Session) -> impl IntoView {
    let zone = use_app_data().zone;
    let uk = ZonedRange::new(&UkTime, session.start, session.end);
    let date = view! { <time datetime=session.start.to_rfc3339()>{long_date(uk.start.date_naive())}</time> };
    if !session.time_known {
        return view! {
            <p class="when">{date}<span class="time-note">"Time not published"</span></p>
        }
        .into_any();
    }
    let uk_zone = uk_zone_name(UkTime.offset_at(session.start.with_timezone(&Utc)));
    let viewer = ViewerTime::new(&zone, session.start, session.end);
    view! {
        <p class="when">
            {date}
            <span class="uk-time">{format!("{} {uk_zone}", uk.clock_range())}</span>
        </p>
        {viewer.map(|viewer| {
            let day = viewer.day_note();
            view! {
                <p class="viewer-time">
                    {format!("Your time ({}): ", viewer.zone)}
                    {viewer.range.clock_range()}
                    {day.map(|note| view! {
                        <strong class="day-change">
                            {format!(" {}, {}", long_date(viewer.range.start.date_naive()), note)}
                        </strong>
                    })}
                </p>
            }
        })}
    }
    .into_any()
}
