//! The shortlist view (`crate::components::ShortlistView`), filled with the person's shortlist:
//! its sessions in date order (copies of the programme's cards), the ones no longer in the
//! programme, the calendar file and the share link. It follows the shortlist as it changes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Element;

use super::cards::WrittenCards;
use super::dom::{find, set_hidden, set_text};
use super::effect::{effect, memo};
use super::shortlist_state::use_shortlist;
use super::{focus, share, template};
use crate::browser::fetch::fetch_text;
use crate::browser::listen::on;
use crate::browser::share::download;
use crate::browser::storage_expires_unvisited;
use crate::components::use_app_data;
use crate::contract::{
    CALENDAR_BUTTON, CALENDAR_STATUS, LIST_HEADING, MISSING, MISSING_ITEM, MISSING_LIST, MISSING_SLUG, REMOVE, REMOVE_NAME, RESULT_COUNT,
    SESSION_LIST, SHARE, SHORTLIST_CALENDAR, SHORTLIST_EMPTY, SHORTLIST_EXPIRY,
};
use crate::programme::Slug;
use crate::programme::calendar;
use crate::programme::text::sessions;
use crate::routes::session_calendar_file;

/// Fills the copied view `view` (in a member's frame when `embedded`).
pub fn adopt(view: &Element, cards: &WrittenCards, embedded: bool) {
    if let Some(expiry) = find(view, SHORTLIST_EXPIRY) {
        set_hidden(&expiry, !storage_expires_unvisited(embedded));
    }
    let (data, state) = (use_app_data(), use_shortlist());
    let programme = data.programme.clone();
    let resolved = memo(move || {
        state.list.with(|list| {
            let (found, missing) = list.resolve(&programme);
            (found.into_iter().map(|s| s.slug.clone()).collect::<Vec<Slug>>(), missing)
        })
    });

    if let Some(count) = find(view, RESULT_COUNT) {
        effect(move || {
            set_text(
                &count,
                &match state.list.with(|l| l.len()) {
                    0 => "Your shortlist is empty.".to_owned(),
                    n => format!("{} on your shortlist.", sessions(n)),
                },
            )
        });
    }
    if let Some(empty) = find(view, SHORTLIST_EMPTY) {
        effect(move || set_hidden(&empty, state.list.with(|l| !l.is_empty())));
    }
    if let Some(calendar_line) = find(view, SHORTLIST_CALENDAR) {
        if let (Some(button), Some(status)) = (find(&calendar_line, CALENDAR_BUTTON), find(&calendar_line, CALENDAR_STATUS)) {
            on(&button, "click", move |_| {
                let slugs = resolved.with_untracked(|(found, _)| found.clone());
                spawn_local(download_calendar(slugs, status.clone()));
            });
        }
        effect(move || set_hidden(&calendar_line, resolved.with(|(found, _)| found.is_empty())));
    }
    let found = memo(move || resolved.with(|(found, _)| found.clone()));
    fill_list(view, found, cards.clone());

    if let Some(section) = find(view, MISSING) {
        let (list, item) = (find(&section, MISSING_LIST), find(&section, MISSING_ITEM));
        effect(move || {
            let missing = resolved.with(|(_, missing)| missing.clone());
            set_hidden(&section, missing.is_empty());
            let (Some(list), Some(item)) = (&list, &item) else { return };
            list.set_text_content(None);
            for slug in missing {
                let Some(row) = template::item(item) else { continue };
                if let Some(name) = find(&row, MISSING_SLUG) {
                    name.set_text_content(Some(slug.as_str()));
                }
                if let Some(hidden) = find(&row, REMOVE_NAME) {
                    hidden.set_text_content(Some(&format!(" {} from my shortlist", slug.as_str())));
                }
                if let Some(remove) = find(&row, REMOVE) {
                    on(&remove, "click", move |_| {
                        state.remove(&slug);
                        // The button is gone with its row: keep keyboard focus on the page.
                        focus::heading();
                    });
                }
                let _ = list.append_child(&row);
            }
        });
    }
    if let Some(section) = find(view, SHARE) {
        share::adopt(&section, state, data.programme.series.title.clone());
    }
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

/// Fills the view's `SessionList` with copies of the programme's written `cards` of `slugs`,
/// whenever they change.
pub fn fill_list(view: &Element, slugs: Memo<Vec<Slug>>, cards: WrittenCards) {
    let (Some(heading), Some(list)) = (find(view, LIST_HEADING), find(view, SESSION_LIST)) else { return };
    effect(move || {
        slugs.with(|slugs| {
            set_hidden(&heading, slugs.is_empty());
            set_hidden(&list, slugs.is_empty());
            list.set_text_content(None);
            cards.fill(&list, slugs);
        })
    });
}
