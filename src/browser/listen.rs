//! The one way the app listens to events: a listener belongs to the reactive owner that added it
//! and is removed when that owner is cleaned up (a view the app filled going away); added by the
//! app itself, or outside any owner, it is kept for the page's life. Nothing else adds event
//! listeners (clippy.toml disallows the browser's own calls elsewhere).

use leptos::prelude::{Owner, on_cleanup};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

/// When a listener hears an event on its way through the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// As the event bubbles up from where it happened, after the listeners below have heard it.
    Bubble,
    /// On the event's way down, before anything below can stop it. Such a listener is passive:
    /// it only notices, and never holds up scrolling.
    Capture,
}

/// Calls `handler` for every `name` event that bubbles to `target`, until the current owner is
/// cleaned up. Not passive: a handler may prevent what the browser would do (follow a link).
pub fn on(target: &EventTarget, name: &'static str, handler: impl Fn(Event) + 'static) {
    listen(target, name, Phase::Bubble, Box::new(handler));
}

/// Calls `handler` for every `name` event on `target` in `phase`, until the current owner is
/// cleaned up.
pub fn on_in(target: &EventTarget, name: &'static str, phase: Phase, handler: impl Fn(Event) + 'static) {
    listen(target, name, phase, Box::new(handler));
}

/// The one copy of the listening code: `on` and `on_in` only box their handler.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn listen(target: &EventTarget, name: &'static str, phase: Phase, handler: Box<dyn Fn(Event)>) {
    let closure = Closure::wrap(handler);
    let capture = phase == Phase::Capture;
    let options = AddEventListenerOptions::new();
    options.set_capture(capture);
    options.set_passive(capture);
    let callback = closure.as_ref().unchecked_ref();
    if target.add_event_listener_with_callback_and_add_event_listener_options(name, callback, &options).is_err() {
        return;
    }
    if Owner::current().is_none() {
        // Added outside any owner (in a task of its own): nothing will remove it, so it lasts as
        // long as the page.
        return closure.forget();
    }
    let (target, closure) = (SendWrapper::new(target.clone()), SendWrapper::new(closure));
    on_cleanup(move || {
        let _ = target.remove_event_listener_with_callback_and_bool(name, closure.as_ref().unchecked_ref(), capture);
    });
}

/// The element an event happened on, or inside.
pub fn target_element(event: &Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into().ok()
}
