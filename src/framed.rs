//! The app's life in a frame on a member organisation's page (`?embed=1`); the host page's side
//! is `public/embed.js`, which creates the frame and listens for the height. (The Embed view,
//! which gives members the code for that page, is `embed_view` and `embed_code`.)

use js_sys::{Object, Reflect};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Window};

/// The `type` of the message that carries the content height to the host page.
pub const HEIGHT_MESSAGE: &str = "sus-guide:height";
/// The `type` of the message that asks the host page to bring part of the frame into sight.
pub const REVEAL_MESSAGE: &str = "sus-guide:reveal";

/// Sets the page up for life in another site's frame: opens links to other sites in a new tab
/// rather than inside the frame, and, when there is a host page, tells it the content height
/// whenever that changes (filters, an opened session, fonts, a narrower frame), so the frame can
/// grow and shrink with no scrollbar of its own, for as long as the current owner lives.
pub fn enter() {
    let document = leptos::prelude::document();
    let Some(root) = document.document_element() else { return };
    // Every link without a target of its own opens in a new tab: the programme's links to
    // sign-up pages and organisations' sites must not replace the app inside a small frame.
    if let (Ok(base), Some(head)) = (document.create_element("base"), document.head()) {
        let _ = base.set_attribute("target", "_blank");
        let _ = head.append_child(&base);
    }

    let Some(host) = host() else { return };
    let measured = root.clone();
    let report = move || tell(&host, HEIGHT_MESSAGE, &[("height", measured.get_bounding_client_rect().height().ceil())]);
    // Once the app is in the page. Chromium does not render a frame that is off screen, so no
    // resize would be observed until the visitor scrolls to it; a layout read still works.
    leptos::prelude::set_timeout(report.clone(), std::time::Duration::ZERO);
    let on_resize = Closure::<dyn Fn()>::new(report);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        let (observer, on_resize) = (SendWrapper::new(observer), SendWrapper::new(on_resize));
        on_cleanup(move || {
            observer.disconnect();
            drop(on_resize);
        });
    }
}

/// Asks the host page to bring `element` into sight, by telling `embed.js` where it is in the
/// frame (`top` and `height`, in px from the frame's top edge).
///
/// Why: WebKit (Safari; WebKitGTK 2.50 measured) does not scroll the page around a frame from
/// another origin when the frame calls `scrollIntoView()`, and a member's page always is another
/// origin, so a session opened at the foot of the frame showed its lower part with the title out
/// of sight above. Chromium and Firefox scroll the host page themselves (`browser::reveal`), and
/// `embed.js` then finds the element in sight and leaves the page alone. A plain frame without
/// `embed.js` simply ignores the message.
pub fn ask_host_to_reveal(element: &Element) {
    let Some(host) = host() else { return };
    let rect = element.get_bounding_client_rect();
    tell(&host, REVEAL_MESSAGE, &[("top", rect.top()), ("height", rect.height())]);
}

/// The page this one is framed in, if it is framed.
fn host() -> Option<Window> {
    let window = leptos::prelude::window();
    window.parent().ok().flatten().filter(|parent| parent != &window)
}

/// Posts `embed.js` a message of type `kind` with these numbers. Any origin may read it: a height
/// or a heading's place is no secret, and the host's origin is not known here (the app sends no
/// referrer). embed.js checks that the message comes from its own frame.
fn tell(host: &Window, kind: &str, numbers: &[(&str, f64)]) {
    let message = Object::new();
    let _ = Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str(kind));
    for (name, value) in numbers {
        let _ = Reflect::set(&message, &JsValue::from_str(name), &JsValue::from_f64(*value));
    }
    let _ = host.post_message(&message, "*");
}
