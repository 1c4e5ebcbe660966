//! Holding a returning card in place: after "back", the card the person left through is put at
//! the height it had, and kept there frame by frame while the list around it is laid out.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::{WindowListenerHandle, document, request_animation_frame, window_event_listener_untyped};

use super::{scroll_to, scroll_y, top_of};

/// The most frames a returning card is held in place while the cards around it are laid out.
const MOST_FRAMES: u32 = 60;
/// Frames in a row without a correction after which the position counts as settled.
const SETTLED_FRAMES: u32 = 5;
/// What the reader does to take the page over: a key, the wheel, a touch, a press.
const READER_INPUT: [&str; 4] = ["keydown", "wheel", "touchstart", "pointerdown"];

/// A card being held. While it exists every card is laid out (`[data-settling]` in the styles),
/// so the heights above the card are real, not estimates; the browser then remembers them. Dropping
/// it lets go: the styles go back to normal and the listeners are removed.
pub struct Hold {
    selector: String,
    top: f64,
    reader_acted: Rc<Cell<bool>>,
    listeners: Vec<WindowListenerHandle>,
}

impl Hold {
    /// Holds the element matching `selector` at `top` pixels from the top of the window.
    pub fn start(selector: String, top: f64) {
        set_settling(true);
        let reader_acted = Rc::new(Cell::new(false));
        let listeners = READER_INPUT
            .iter()
            .map(|name| {
                let acted = Rc::clone(&reader_acted);
                window_event_listener_untyped(name, move |_| acted.set(true))
            })
            .collect();
        Hold { selector, top, reader_acted, listeners }.frame(MOST_FRAMES, 0, None);
    }

    /// One frame of holding. `placed` is where the previous frame left the page.
    fn frame(self, frames: u32, still: u32, placed: Option<f64>) {
        let Some(now) = top_of(&self.selector) else { return };
        // The reader took over, so the page is theirs: checked before correcting, because a
        // correction in the frame their scroll begins would cancel it. The page scrolling with the
        // card also means someone moved it (a link, find in page); layout shifts move the card
        // alone, and scroll anchoring moves the page but not the card.
        let scrolled = placed.map_or(0.0, |placed| scroll_y() - placed);
        if self.reader_acted.get() || (scrolled.abs() >= 1.0 && (now - self.top + scrolled).abs() < 1.0) {
            return;
        }
        let moved = (now - self.top).abs() >= 1.0;
        if moved {
            scroll_to(scroll_y() + now - self.top);
        }
        let still = if moved { 0 } else { still + 1 };
        if frames > 0 && still < SETTLED_FRAMES {
            let placed = Some(scroll_y());
            request_animation_frame(move || self.frame(frames - 1, still, placed));
        }
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        set_settling(false);
        for listener in self.listeners.drain(..) {
            listener.remove();
        }
    }
}

fn set_settling(on: bool) {
    let Some(root) = document().document_element() else { return };
    let _ = if on { root.set_attribute("data-settling", "") } else { root.remove_attribute("data-settling") };
}
