//! What the written page could not know: where each session stands at this visit (past, today,
//! happening now, next), and its times in the viewer's own zone. The build writes statuses by its
//! own clock and times in UK time; the app corrects the one and fills in the other.

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{find, find_all, set_attr, set_text};
use crate::components::{AppData, status_class};
use crate::programme::schedule::{Status, next_session};
use crate::programme::uk_time::{ViewerTime, long_date};

/// Marks, on `<html>`, a viewer outside UK time. A script in the page's head sets it before the
/// first paint, so the line for the viewer's times is kept free and filling it moves nothing.
const ELSEWHERE: &str = "data-elsewhere";

/// Corrects every session under `root` (cards or a detail) for this visit.
pub fn correct(root: &Element, data: &AppData) {
    let elsewhere = super::dom::root().is_some_and(|html| html.has_attribute(ELSEWHERE));
    for article in find_all(root, "article[data-slug]") {
        let Some(slug) = article.get_attribute("data-slug") else { continue };
        let Some(session) = data.programme.session(&slug) else { continue };
        if let Some(badge) = find(&article, ".status") {
            let status = Status::of(session, data.now, &data.zone);
            set_attr(&badge, "class", &status_class(status));
            set_text(&badge, status.label());
        }
        let line = find(&article, ".viewer-time");
        if let (true, Some(line)) = (elsewhere, line) {
            fill_viewer_time(&line, &ViewerTime::new(&data.zone, session.start, session.end));
        }
    }
}

/// Moves the "Next session" mark of the programme's cards under `root` to the session that is
/// next at this visit (the build's clock may have been days earlier).
pub fn mark_next(root: &Element, data: &AppData) {
    let next = next_session(&data.programme.sessions, data.now).map(|s| s.slug.as_str().to_owned());
    for card in find_all(root, "article.session-card") {
        let is_next = card.get_attribute("data-slug") == next;
        let _ = card.class_list().toggle_with_force("is-next", is_next);
        let label = find(&card, ".next-label");
        match (is_next, label) {
            (false, Some(label)) => label.remove(),
            (true, None) => {
                if let (Some(status), Ok(label)) = (find(&card, ".status"), document().create_element("span")) {
                    label.set_class_name("next-label");
                    label.set_text_content(Some("Next session"));
                    let _ = status.after_with_node_1(&label);
                }
            }
            _ => {}
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
