//! The app's effects, erased: Leptos compiles its effect machinery once per closure type, about a
//! kilobyte of wasm each, so every effect of the app goes through one boxed closure type instead.

use leptos::prelude::Effect;

/// Runs `f` now and again whenever a signal it read changes, for as long as the current owner lives.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}
