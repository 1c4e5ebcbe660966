//! The app's effects and memos, erased: Leptos compiles its effect and memo machinery once per
//! closure type, about a kilobyte of wasm each, so every effect and memo of the app goes through
//! one boxed closure type instead (one per memo's value type).

use leptos::prelude::{Effect, Memo};

/// Runs `f` now and again whenever a signal it read changes, for as long as the current owner lives.
pub fn effect(f: impl FnMut() + 'static) {
    boxed_effect(Box::new(f));
}

#[inline(never)]
#[allow(clippy::disallowed_methods)] // The one place effects are made.
fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// A value computed by `f`, computed again when a signal it read changes, and telling its own
/// readers only when the value is different.
pub fn memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    boxed_memo(Box::new(f))
}

#[inline(never)]
#[allow(clippy::disallowed_methods)] // The one place memos are made.
fn boxed_memo<T: PartialEq + Send + Sync + 'static>(f: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new(move |_| f())
}
