//! Event listeners that belong to the reactive owner that added them: removed when it is cleaned
//! up (a view built in the browser going away), kept for the page's life when added by the app.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Event, EventTarget};

/// Calls `handler` for every `name` event on `target`, until the current owner is cleaned up.
pub fn on(target: &EventTarget, name: &'static str, handler: impl Fn(Event) + 'static) {
    listen(target, name, Box::new(handler));
}

/// The one copy of the listening code: `on` only boxes its handler.
#[inline(never)]
fn listen(target: &EventTarget, name: &'static str, handler: Box<dyn Fn(Event)>) {
    let closure = Closure::wrap(handler);
    if target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref()).is_err() {
        return;
    }
    let (target, closure) = (SendWrapper::new(target.clone()), SendWrapper::new(closure));
    on_cleanup(move || {
        let _ = target.remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    });
}

/// The element an event happened on, or inside.
pub fn target_element(event: &Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into().ok()
}
