//! The shortlist view (`crate::components::ShortlistView`), filled with the person's shortlist:
//! its sessions in date order (copies of the programme's cards), the ones no longer in the
//! programme, the calendar file and the share link. It follows the shortlist as it changes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Element;

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::{effect, memo};
use super::session_card::WrittenCards;
use super::shortlist_state::use_shortlist;
use super::{missing_sessions, session_list, share_controls};
use crate::browser::fetch::fetch_text;
use crate::browser::listen::on;
use crate::browser::share::download;
use crate::browser::{focus, storage_expires_unvisited};
use crate::components::use_app_data;
use crate::contract::parts::REMOVABLE_ROW;
use crate::contract::{
    CALENDAR_BUTTON, CALENDAR_STATUS, HEADING, REMOVE, REMOVE_NAME, RESULT_COUNT, SHORTLIST_CALENDAR, SHORTLIST_EMPTY, SHORTLIST_EXPIRY,
};
use crate::programme::Slug;
use crate::programme::calendar;
use crate::programme::text::sessions;
use crate::routes::session_calendar_file;

/// Fills the copied view `view`, adopted (in a member's frame when `embedded`).
pub fn adopt(view: &Found, cards: &WrittenCards, embedded: bool) {
    set_hidden(&view.get(SHORTLIST_EXPIRY), !storage_expires_unvisited(embedded));
    let (data, state) = (use_app_data(), use_shortlist());
    let programme = data.programme.clone();
    let resolved = memo(move || {
        state.list.with(|list| {
            let (found, missing) = list.resolve(&programme);
            (found.into_iter().map(|s| s.slug.clone()).collect::<Vec<Slug>>(), missing)
        })
    });

    let count = view.get(RESULT_COUNT);
    effect(move || {
        set_text(
            &count,
            &match state.list.with(|l| l.len()) {
                0 => "Your shortlist is empty.".to_owned(),
                n => format!("{} on your shortlist.", sessions(n)),
            },
        )
    });
    let empty = view.get(SHORTLIST_EMPTY);
    effect(move || set_hidden(&empty, state.list.with(|l| !l.is_empty())));
    let (calendar_line, status) = (view.get(SHORTLIST_CALENDAR), view.get(CALENDAR_STATUS));
    on(&view.get(CALENDAR_BUTTON), "click", move |_| {
        let slugs = resolved.with_untracked(|(found, _)| found.clone());
        spawn_local(download_calendar(slugs, status.clone()));
    });
    effect(move || set_hidden(&calendar_line, resolved.with(|(found, _)| found.is_empty())));
    let found = memo(move || resolved.with(|(found, _)| found.clone()));
    session_list::fill(view, found, cards.clone());

    let (listed, heading) = (view.clone(), view.get(HEADING));
    effect(move || {
        resolved.with(|(_, slugs)| {
            missing_sessions::show(&listed, &REMOVABLE_ROW, slugs, &|row, slug| {
                // What "Remove" removes, for screen readers.
                set_text(&row.get(REMOVE_NAME), &format!(" {} from my shortlist", slug.as_str()));
                let (slug, heading) = (slug.clone(), heading.clone());
                on(&row.get(REMOVE), "click", move |_| {
                    state.remove(&slug);
                    // The button is gone with its row: keep keyboard focus on the page.
                    focus(&heading);
                });
            })
        })
    });
    share_controls::adopt(view, state, data.programme.series.title.clone());
}

/// Downloads one calendar file of the sessions `slugs`, joined from their own files (which the
/// offline cache keeps), all asked for at once. If one cannot be had, no file is made, since it
/// would be missing a session: `status` says so instead.
async fn download_calendar(slugs: Vec<Slug>, status: Element) {
    let asked: Vec<_> = slugs.iter().map(|slug| fetch_text(&session_calendar_file(slug.as_str()))).collect();
    let mut files = Vec::with_capacity(asked.len());
    for file in asked {
        match file.await {
            Some(file) => files.push(file),
            None => {
                return set_text(
                    &status,
                    "The calendar file could not be made: the guide cannot reach its files. Try again when you are online.",
                );
            }
        }
    }
    set_text(&status, "");
    if let Some(text) = calendar::merge(&files) {
        download("my-shortlist.ics", "text/calendar", &text);
    }
}
