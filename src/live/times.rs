//! What the written page could not know: where each session stands at this visit (past, today,
//! happening now, next), and its times in the viewer's own zone. The build writes statuses as of
//! the data's last update and times in UK time; the app corrects the one and fills in the other.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{find, find_all, root, set_hidden, set_state, set_text, set_value, value};
use crate::components::AppData;
use crate::contract::{ELSEWHERE, NEXT, NEXT_LABEL, SESSION, STATUS, VIEWER_TIME};
use crate::programme::schedule::{Status, next_session};
use crate::programme::uk_time::{ViewerTime, long_date};

/// Corrects every session under `root` (cards or a detail) for this visit.
pub fn correct(under: &Element, data: &AppData) {
    // Marked before the first paint by index.html's head script, which keeps the line for the
    // viewer's times free, so filling it moves nothing.
    let elsewhere = root().is_some_and(|html| html.has_attribute(ELSEWHERE.attr()));
    for article in find_all(under, SESSION) {
        let Some(session) = value(&article, SESSION).and_then(|slug| data.programme.session(&slug)) else { continue };
        if let Some(badge) = find(&article, STATUS) {
            let status = Status::of(session, data.now, &data.zone);
            set_value(&badge, STATUS, status.class());
            set_text(&badge, status.label());
        }
        let line = find(&article, VIEWER_TIME);
        if let (true, Some(line)) = (elsewhere, line) {
            fill_viewer_time(&line, &ViewerTime::new(&data.zone, session.start, session.end));
        }
    }
}

/// Moves the "Next session" mark of the programme's cards under `root` to the session that is
/// next at this visit (the data may have been updated days earlier).
pub fn mark_next(under: &Element, data: &AppData) {
    let next = next_session(&data.programme.sessions, data.now).map(|s| s.slug.as_str().to_owned());
    for card in find_all(under, SESSION) {
        let is_next = value(&card, SESSION) == next;
        set_state(&card, NEXT, is_next);
        if let Some(label) = find(&card, NEXT_LABEL) {
            set_hidden(&label, !is_next);
        }
    }
}

/// "Your time (UTC+2): 15:00–16:30", with the viewer's date when it is another day.
fn fill_viewer_time(line: &Element, viewer: &ViewerTime) {
    set_text(line, &format!("Your time ({}): {}", viewer.zone, viewer.range.clock_range()));
    if let (Some(note), Ok(strong)) = (viewer.day_note(), document().create_element("strong")) {
        strong.set_class_name("day-change");
        strong.set_text_content(Some(&format!(" {}, {}", long_date(viewer.range.start.date_naive()), note)));
        let _ = line.append_child(&strong);
    }
}
