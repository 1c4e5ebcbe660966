//! The one module that touches browser storage. Every failure becomes a [`Health`] the app can
//! show; nothing stored is ever thrown away: unreadable data is copied aside under a backup key
//! before anything else is written, and if even that fails, nothing is written at all.
//!
//! Reads go through web-sys because gloo-storage's `get` and `raw` abort when the browser blocks
//! storage (they `expect_throw`); writes go through gloo-storage's storage once it has been seen
//! to work, and report a failure (a full quota, a private mode) as an error. The stored text is
//! encoded by `crate::programme::shortlist`, not by gloo-storage's serde_json, and read by the
//! browser's `JSON.parse` (see `crate::programme::json`).

use gloo_storage::{LocalStorage, Storage as _};
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::programme::json::Json;
use crate::programme::shortlist::{Shortlist, Unreadable, decode, encode};

/// Every key the app stores, defined once: an app prefix, a key-format version, a name.
pub mod key {
    /// The shortlist envelope.
    pub const SHORTLIST: &str = "sus-guide.v1.shortlist";
    /// Unreadable shortlists are copied to this prefix followed by the time, in milliseconds.
    pub const BACKUP_PREFIX: &str = "sus-guide.v1.shortlist.backup.";
    /// Set once the person has put away the notice that this browser deletes the guide's data
    /// after days without a visit (`PUT_AWAY`). Deleted with the rest, when it is said again.
    pub const KEEPING_NOTICE: &str = "sus-guide.v1.keeping-notice";
    /// `KEEPING_NOTICE`'s value.
    pub const PUT_AWAY: &str = "put-away";
}

/// What the person should know about their stored shortlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Saved on this device.
    Saved,
    /// The browser refuses storage here: the shortlist lasts for this visit only.
    Unavailable,
    /// Stored data could not be read; it was copied to `backup_key` and a new shortlist started.
    KeptAside { backup_key: String, reason: String },
    /// Stored data could not be read nor copied aside, so nothing is written over it.
    Untouchable { reason: String },
    /// The last change could not be written (a full quota, a private mode).
    WriteFailed,
}

impl Health {
    /// Whether changes may be written to storage.
    pub fn writable(&self) -> bool {
        matches!(self, Health::Saved | Health::KeptAside { .. } | Health::WriteFailed)
    }
}

/// The shortlist as found in storage, and how storage is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub list: Shortlist,
    pub health: Health,
}

fn local_storage() -> Option<web_sys::Storage> {
    // Reading `window.localStorage` itself throws in sandboxed frames and some private modes.
    leptos::prelude::window().local_storage().ok().flatten()
}

/// Reads the stored shortlist.
pub fn load() -> Loaded {
    let Some(storage) = local_storage() else { return Loaded { list: Shortlist::default(), health: Health::Unavailable } };
    match storage.get_item(key::SHORTLIST) {
        Err(_) => Loaded { list: Shortlist::default(), health: Health::Unavailable },
        Ok(None) => Loaded { list: Shortlist::default(), health: Health::Saved },
        Ok(Some(text)) => read(&storage, &text),
    }
}

/// Reads the new value another tab stored, from a `storage` event; `None` when the event is about
/// another key.
pub fn from_other_tab(event: &web_sys::StorageEvent) -> Option<Loaded> {
    if event.key().as_deref() != Some(key::SHORTLIST) {
        // A `clear()` in another tab has no key: the shortlist is gone there too.
        return event.key().is_none().then(|| Loaded { list: Shortlist::default(), health: Health::Saved });
    }
    let storage = local_storage()?;
    Some(match event.new_value() {
        None => Loaded { list: Shortlist::default(), health: Health::Saved },
        Some(text) => read(&storage, &text),
    })
}

fn read(storage: &web_sys::Storage, text: &str) -> Loaded {
    match parse(text).map_err(Unreadable::Malformed).and_then(|value| decode(&value)) {
        Ok(list) => Loaded { list, health: Health::Saved },
        Err(why) => {
            let reason = why.to_string();
            let health = match existing_backup(storage, text).or_else(|| new_backup(storage, text)) {
                Some(backup_key) => Health::KeptAside { backup_key, reason },
                None => Health::Untouchable { reason },
            };
            Loaded { list: Shortlist::default(), health }
        }
    }
}

/// How deeply lists and objects are read: the envelope nests two deep, and anything deeper is
/// refused rather than risking the stack.
const MOST_NESTED: usize = 64;

/// `text` read as JSON by the browser's own reader, or what it said was wrong.
fn parse(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let message = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
        message.unwrap_or_else(|| "it is not JSON".to_owned())
    })?;
    value_of(&value, 0)
}

/// What `JSON.parse` gave, as a [`Json`] value.
fn value_of(value: &JsValue, depth: usize) -> Result<Json, String> {
    if depth > MOST_NESTED {
        return Err(format!("it nests more than {MOST_NESTED} deep"));
    }
    Ok(if let Some(flag) = value.as_bool() {
        Json::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        let whole = number >= 0.0 && number.fract() == 0.0 && number <= u64::MAX as f64;
        Json::Number(whole.then_some(number as u64))
    } else if let Some(text) = value.as_string() {
        Json::Text(text)
    } else if let Some(list) = value.dyn_ref::<js_sys::Array>() {
        Json::List(list.iter().map(|item| value_of(&item, depth + 1)).collect::<Result<_, _>>()?)
    } else if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        let entries = js_sys::Object::entries(object);
        let members = entries.iter().map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            Ok((entry.get(0).as_string().unwrap_or_default(), value_of(&entry.get(1), depth + 1)?))
        });
        Json::Object(members.collect::<Result<_, String>>()?)
    } else {
        Json::Null
    })
}

/// The backup key already holding exactly `text`, so the same unreadable data, read again (on a
/// reload, or before a change), is not copied aside twice.
fn existing_backup(storage: &web_sys::Storage, text: &str) -> Option<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(key::BACKUP_PREFIX))
        .find(|key| storage.get_item(key).ok().flatten().as_deref() == Some(text))
}

fn new_backup(storage: &web_sys::Storage, text: &str) -> Option<String> {
    let backup_key = format!("{}{}", key::BACKUP_PREFIX, js_sys::Date::now() as u64);
    storage.set_item(&backup_key, text).ok().map(|()| backup_key)
}

/// Why a shortlist could not be written: it is then kept in memory only.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The browser gives this page no storage at all.
    Unavailable,
    /// The browser refused the write (a full quota, a private mode), with what it threw.
    Refused(JsValue),
}

/// Writes `list`.
pub fn save(list: &Shortlist) -> Result<(), WriteError> {
    // gloo-storage's own `raw` aborts where storage is blocked, so that is checked first.
    if local_storage().is_none() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::raw().set_item(key::SHORTLIST, &encode(list)).map_err(WriteError::Refused)
}

/// Whether the person has put away the notice that this browser deletes the guide's data after
/// days without a visit. Where storage is blocked nothing is kept, and the notice shows for the visit.
pub fn keeping_notice_put_away() -> bool {
    local_storage().and_then(|storage| storage.get_item(key::KEEPING_NOTICE).ok().flatten()).as_deref() == Some(key::PUT_AWAY)
}

/// Remembers that the person has put the notice away; where storage refuses, it stays away for the visit.
pub fn put_keeping_notice_away() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key::KEEPING_NOTICE, key::PUT_AWAY);
    }
}

/// Asks the browser to keep this site's storage under pressure (`navigator.storage.persist()`).
/// Called once the person has something worth keeping; browsers without the API are left alone.
pub fn ask_to_persist() {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    let Ok(manager) = Reflect::get(&navigator, &JsValue::from_str("storage")) else { return };
    let Ok(persist) = Reflect::get(&manager, &JsValue::from_str("persist")) else { return };
    if let Some(persist) = persist.dyn_ref::<Function>() {
        // The answer (a promise of true or false) changes nothing in the app, so it is not awaited.
        let _ = persist.call0(&manager);
    }
}
