//! The page's side of the service worker (`sw.js`, written by `src/publish`): registering it so
//! the app opens offline, and noticing when a newer deployment is ready.
//! Where service workers are missing (an insecure origin, some private modes) or registration
//! fails, nothing happens: the app simply works online.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache};

use crate::browser::listen::{Phase, on, on_in};

/// Next to index.html, so its scope is the whole app wherever it is hosted.
const SCRIPT: &str = "sw.js";
/// What the waiting worker is told when the person accepts the newer programme.
const SKIP_WAITING: &str = "skip-waiting";
/// What a worker saving the build is told while the person uses the page: it waits until they
/// stop (see `sw.js`), so the page has the phone's CPU and network to itself meanwhile.
const IN_USE: &str = "in-use";
/// How often, at most, it is told so: the worker waits a second after the last time.
const IN_USE_EVERY_MS: f64 = 250.0;
/// The events that mean the person is using the page. Scrolling is left out: the browser scrolls
/// the written page without the main thread.
const USE: [&str; 3] = ["pointerdown", "keydown", "input"];

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?.then(|| navigator.service_worker())
}

/// Registers the service worker and calls `on_update` once a newer deployment has been
/// installed and is waiting. The first installation is not an update: nothing is said then. Its
/// listeners are added once the registration is known, outside any owner: they last as long as
/// the page.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(container) = container() else { return };
    let options = RegistrationOptions::new();
    // Always ask the server for sw.js itself, so a new deployment is found on the next visit.
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options(SCRIPT, &options);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        say_when_in_use(&registration);
        let updating = move || container.controller().is_some();
        if registration.waiting().is_some() && updating() {
            on_update();
        }
        let watched = registration.clone();
        on(&registration, "updatefound", move |_| {
            let Some(worker) = watched.installing() else { return };
            let (on_update, updating, installing) = (on_update.clone(), updating.clone(), worker.clone());
            on(&worker, "statechange", move |_| {
                if installing.state() == ServiceWorkerState::Installed && updating() {
                    on_update();
                }
            });
        });
        // A tab left open for days still hears of a new deployment when it is looked at again.
        let document = leptos::prelude::document();
        let visible = document.clone();
        on(&document, "visibilitychange", move |_| {
            if !visible.hidden() {
                let _ = registration.update();
            }
        });
    });
}

/// Tells the worker that is installing, if any (on a first visit, or a new deployment's), whenever
/// the person uses the page. The active worker is not told: a message would start it again each
/// time the browser has stopped it, on every later visit, for a refill that is rare.
fn say_when_in_use(registration: &ServiceWorkerRegistration) {
    let said = std::rc::Rc::new(std::cell::Cell::new(f64::NEG_INFINITY));
    let document = leptos::prelude::document();
    for event in USE {
        let (registration, said) = (registration.clone(), said.clone());
        on_in(&document, event, Phase::Capture, move |_| {
            let now = js_sys::Date::now();
            if now - said.get() < IN_USE_EVERY_MS {
                return;
            }
            said.set(now);
            if let Some(worker) = registration.installing() {
                let _ = worker.post_message(&JsValue::from_str(IN_USE));
            }
        });
    }
}

/// Switches to the waiting deployment: the new worker takes over, then the page reloads from
/// the new build's files, so no view ever mixes files from two builds.
pub fn apply_update() {
    let Some(container) = container() else { return reload() };
    on(&container, "controllerchange", |_| reload());
    let promise = container.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting =
            JsFuture::from(promise).await.ok().and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok()).and_then(|r| r.waiting());
        match waiting {
            Some(worker) if worker.post_message(&JsValue::from_str(SKIP_WAITING)).is_ok() => {}
            // Already taken over (by another tab): the new build is a reload away.
            _ => reload(),
        }
    });
}

fn reload() {
    let _ = leptos::prelude::window().location().reload();
}
