//! What the written sessions (`crate::components::SessionTimes`, `StatusBadge`) could not know:
//! where each session stands at this visit (past, today, happening now, next), and its times in
//! the viewer's own zone. The build writes statuses as of the data's last update and times in UK
//! time; the app corrects the one and fills in the other.

use leptos::prelude::*;
use web_sys::Element;

use super::adopt::{Found, adopt, document_root};
use super::dom::{set_hidden, set_state, set_text, set_value};
use super::session_card::Card;
use crate::components::AppData;
use crate::contract::parts::SESSION_PAGE_MARKS;
use crate::contract::{ELSEWHERE, NEXT, NEXT_LABEL, SESSION, STATUS, VIEWER_TIME};
use crate::programme::Session;
use crate::programme::schedule::{Status, next_session};
use crate::programme::uk_time::{ViewerTime, long_date};

/// Corrects the programme's `cards`, which show `sessions` (in the same order), for this visit.
pub fn correct_cards(cards: &[Card], sessions: &[Session], data: &AppData) {
    let elsewhere = elsewhere();
    for (card, session) in cards.iter().zip(sessions) {
        correct(&card.marks, session, data, elsewhere);
    }
}

/// Corrects the session shown by a page the build wrote for it (its view `view`).
pub fn correct_page(view: &Element, data: &AppData) {
    let Some(marks) = adopt(view, &SESSION_PAGE_MARKS) else { return };
    if let Some(session) = data.programme.session(&marks.value(SESSION)) {
        correct(&marks, session, data, elsewhere());
    }
}

/// Whether the viewer's clock keeps another time than the UK's. Marked before the first paint by
/// index.html's head script, which keeps the line for the viewer's times free, so filling it moves
/// nothing.
fn elsewhere() -> bool {
    document_root().is_some_and(|html| html.has_attribute(ELSEWHERE.attr))
}

/// Sets the marks of `session` for this visit.
fn correct(marks: &Found, session: &Session, data: &AppData, elsewhere: bool) {
    let (badge, status) = (marks.get(STATUS), Status::of(session, data.now, &data.zone));
    set_value(&badge, STATUS, status.class());
    set_text(&badge, status.label());
    if let (true, Some(line)) = (elsewhere, marks.find(VIEWER_TIME)) {
        fill_viewer_time(&line, &ViewerTime::new(&data.zone, session.start, session.end));
    }
}

/// Moves the "Next session" mark of the programme's `cards` (showing `sessions`, in the same
/// order) to the session that is next at this visit (the data may have been updated days earlier).
pub fn mark_next(cards: &[Card], sessions: &[Session], data: &AppData) {
    let next = next_session(sessions, data.now).map(|s| &s.slug);
    for (card, session) in cards.iter().zip(sessions) {
        let is_next = Some(&session.slug) == next;
        set_state(card.marks.root(), NEXT, is_next);
        set_hidden(&card.marks.get(NEXT_LABEL), !is_next);
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
