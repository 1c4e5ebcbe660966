//! The storage module against the browser's real localStorage, including storage that throws.

use leptos::prelude::{GetUntracked, Owner};
use programme_guide::live::ShortlistState;
use programme_guide::programme::Slug;
use programme_guide::programme::shortlist::{Shortlist, encode};
use programme_guide::storage::{self, Health, key};
use wasm_bindgen_test::*;

fn local() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage in the test page")
}

fn list(slugs: &[&str]) -> Shortlist {
    Shortlist::new(slugs.iter().map(|s| Slug((*s).to_owned())))
}

/// Runs `body` with a piece of the Storage API replaced by `patch` (JavaScript), then restores it.
fn with_patched_storage(patch: &str, body: impl FnOnce()) {
    js_sys::eval(&format!("window.__saved = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem'); window.__savedLS = Object.getOwnPropertyDescriptor(window, 'localStorage'); {patch}")).expect("patch");
    body();
    js_sys::eval("Object.defineProperty(Storage.prototype, 'setItem', window.__saved); if (window.__savedLS) Object.defineProperty(window, 'localStorage', window.__savedLS); else delete window.localStorage;").expect("restore");
}

#[wasm_bindgen_test]
fn a_saved_shortlist_loads_back() {
    local().clear().expect("clear");
    storage::save(&list(&["a", "b"])).expect("saved");
    let loaded = storage::load();
    assert_eq!(loaded.list, list(&["a", "b"]));
    assert_eq!(loaded.health, Health::Saved);
    assert_eq!(local().get_item(key::SHORTLIST).ok().flatten(), Some(encode(&list(&["a", "b"]))));
}

#[wasm_bindgen_test]
fn unreadable_data_is_copied_aside_before_anything_is_written() {
    local().clear().expect("clear");
    local().set_item(key::SHORTLIST, "{not json").expect("garbage");
    let loaded = storage::load();
    let Health::KeptAside { backup_key, .. } = loaded.health else { panic!("expected kept aside, got {:?}", loaded.health) };
    assert!(backup_key.starts_with(key::BACKUP_PREFIX));
    assert_eq!(local().get_item(&backup_key).ok().flatten().as_deref(), Some("{not json"), "the backup is verbatim");
    assert!(loaded.list.is_empty());
    // Reading alone never overwrites what was there.
    assert_eq!(local().get_item(key::SHORTLIST).ok().flatten().as_deref(), Some("{not json"));
}

/// The app reads stored text with the browser's `JSON.parse`: what it cannot read as a shortlist
/// is kept aside with the reason, and what it can, including fields a later release may add, is read.
#[wasm_bindgen_test]
fn stored_text_is_read_by_the_browsers_json_reader_and_what_is_no_shortlist_is_kept_aside() {
    let deep = format!("{{\"version\":1,\"sessions\":{}{}}}", "[".repeat(100), "]".repeat(100));
    let unreadable = [
        "",
        "null",
        "1e999",
        "{version:1}",
        "\u{feff}{}",
        "{\"version\":1,\"sessions\":[\"a\"]",
        "{\"version\":1.5,\"sessions\":[]}",
        "{\"version\":-1,\"sessions\":[]}",
        "{\"version\":\"1\",\"sessions\":[]}",
        "{\"version\":1,\"sessions\":[\"a\",null]}",
        "{\"version\":1,\"sessions\":{\"0\":\"a\"}}",
        "[\"a\",\"b\"]",
        deep.as_str(),
    ];
    for text in unreadable {
        local().clear().expect("clear");
        local().set_item(key::SHORTLIST, text).expect("stored");
        let loaded = storage::load();
        let Health::KeptAside { reason, .. } = &loaded.health else { panic!("{text:?}: expected kept aside, got {:?}", loaded.health) };
        assert!(reason.starts_with("it is not in a format this app knows ("), "{text:?}: {reason}");
        assert!(loaded.list.is_empty(), "{text:?}");
    }
    local().clear().expect("clear");
    local().set_item(key::SHORTLIST, &deep).expect("stored");
    let Health::KeptAside { reason, .. } = storage::load().health else { panic!("deep nesting should be kept aside") };
    assert!(reason.contains("nests more than 64 deep"), "{reason}");

    let later = r#"{"savedAt":"2027-01-01","version":1,"sessions":["a","gone","b"]}"#;
    local().set_item(key::SHORTLIST, later).expect("stored");
    assert_eq!(storage::load(), storage::Loaded { list: list(&["a", "gone", "b"]), health: Health::Saved });
}

#[wasm_bindgen_test]
fn blocked_storage_reads_as_unavailable_without_failing() {
    local().clear().expect("clear");
    with_patched_storage(
        "Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
        || {
            assert_eq!(storage::load().health, Health::Unavailable);
            assert!(storage::save(&list(&["a"])).is_err());
        },
    );
}

#[wasm_bindgen_test]
fn a_full_storage_keeps_the_change_for_the_visit_and_says_so() {
    local().clear().expect("clear");
    let owner = Owner::new();
    let state = owner.with(ShortlistState::load_and_follow);
    with_patched_storage(
        "Object.defineProperty(Storage.prototype, 'setItem', { configurable: true, writable: true, value() { throw new DOMException('full', 'QuotaExceededError'); } });",
        || state.toggle(&Slug("a".into())),
    );
    assert_eq!(state.health.get_untracked(), Health::WriteFailed);
    assert!(state.list.get_untracked().contains(&Slug("a".into())), "the change is kept in memory");
    // The next change that can be written saves both.
    state.toggle(&Slug("b".into()));
    assert_eq!(state.health.get_untracked(), Health::Saved);
    assert_eq!(storage::load().list, list(&["a", "b"]));
    owner.cleanup();
}
