//! The poster: one A4 page for a noticeboard (`poster.html`, written by `crate::publish`): what
//! the series is, when, the next sessions, and the guide's address as a QR code and in words.
//! Its own page, with nothing of the app's controls, so it prints as it shows.

use leptos::prelude::*;

use super::illustrative_label::ILLUSTRATIVE;
use super::use_app_data;
use crate::programme::Session;
use crate::programme::uk_time::uk_when;

/// The poster, listing `sessions` (the next ones), with the QR code file `qr` of the guide's
/// `address` when it is known.
#[component]
pub fn PosterView(
    /// The next sessions, as many as fit.
    sessions: Vec<Session>,
    /// The guide's public address, if known.
    address: Option<String>,
    /// The QR code of the address: its file beside the poster.
    qr: Option<String>,
) -> impl IntoView {
    let series = use_app_data().programme.series.clone();
    let listed = (!sessions.is_empty()).then(|| {
        let items = sessions
            .into_iter()
            .map(|session| {
                view! {
                    <li>
                        <p class="poster-when">{uk_when(&session)}</p>
                        <p class="poster-title">{session.title}</p>
                        {session.illustrative.then(|| view! { <p class="poster-label">{ILLUSTRATIVE}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>"Coming up"</h2>
            <ol class="poster-sessions">{items}</ol>
        }
    });
    let over = listed
        .is_none()
        .then(|| view! { <p class="poster-over">"Every session has taken place: the guide keeps their details and materials."</p> });
    let reach = match (address, qr) {
        (Some(address), Some(qr)) => view! {
            <div class="poster-reach">
                <img class="poster-qr" src=qr alt=format!("QR code of {address}") width="240" height="240" />
                <p>"Scan for the whole programme, or go to"</p>
                <p class="poster-address">{address}</p>
            </div>
        }
        .into_any(),
        _ => view! {
            <p class="poster-no-address notice">
                "No QR code: the guide's address is not known. Set it as " <code>"url"</code>
                " in the [series] table of the programme's data file (see the organisers' guide), and publish again."
            </p>
        }
        .into_any(),
    };
    view! {
        <p class="poster-back">
            <a href="./">"Back to the programme"</a>
            " · Print this page on one A4 sheet."
        </p>
        <article class="poster">
            <p class="poster-series">{series.title.clone()}</p>
            <h1>{series.full_title}</h1>
            <p class="poster-facts">{format!("{} · {}", series.format, series.dates)}</p>
            <p class="poster-summary">{series.summary}</p>
            {listed}
            {over}
            {reach}
        </article>
    }
}
