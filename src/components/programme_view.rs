//! The programme: every session, in date order, grouped by month.

use leptos::prelude::*;

use super::SessionCard;
use super::context::use_app_data;
use super::illustrative_label::ILLUSTRATIVE;
use crate::programme::schedule::{group_by_month, next_session};

/// The whole programme by month, the next session marked.
#[component]
pub fn ProgrammeView() -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme.clone();
    let next = next_session(&programme.sessions, data.now).map(|s| s.slug.clone());
    let months = group_by_month(&programme.sessions)
        .into_iter()
        .map(|month| {
            let heading_id = format!("month-{}", month.key);
            let labelled_by = heading_id.clone();
            let cards = month
                .sessions
                .into_iter()
                .map(|session| {
                    let is_next = next.as_ref() == Some(&session.slug);
                    view! { <li><SessionCard session=session.clone() is_next /></li> }
                })
                .collect_view();
            view! {
                <section class="month" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{month.label}</h2>
                    <ol class="sessions">{cards}</ol>
                </section>
            }
        })
        .collect_view();
    let series = &programme.series;
    view! {
        <h1 tabindex="-1">"Programme"</h1>
        <p class="lead">{series.summary.clone()}</p>
        <p class="series-facts">
            {format!("{} · {} · {} sessions", series.format, series.dates, programme.sessions.len())}
        </p>
        {programme.has_illustrative().then(|| view! {
            <p class="notice">
                {format!("Sessions marked “{ILLUSTRATIVE}” are examples built from the topics the series announced: their real details were never published.")}
            </p>
        })}
        {months}
    }
}
