//! The written notices (`crate::components::Notices`): a newer programme, an address partly not
//! understood, trouble keeping the shortlist, and where the browser deletes a site's data after
//! days without a visit, the ways to keep it.

use leptos::prelude::*;

use super::adopt::Found;
use super::dom::{set_hidden, set_text};
use super::effect::effect;
use super::navigator::Navigator;
use super::shortlist_state::ShortlistState;
use crate::browser::listen::on;
use crate::browser::storage_expires_unvisited;
use crate::contract::{
    DISMISS, IGNORED_NOTICE, IGNORED_TEXT, KEEPING_DISMISS, KEEPING_NOTICE, LOAD_UPDATE, STORAGE_NOTICE, STORAGE_TEXT, UPDATE_NOTICE,
};
use crate::service_worker;
use crate::storage::{self, Health};

/// How many ignored items are named before "and N more".
const NAMED: usize = 5;

/// Registers the service worker, and offers a newer programme in `notices` (adopted) once one is
/// waiting.
pub fn offer_updates(notices: &Found) {
    let update = notices.get(UPDATE_NOTICE);
    // Until the person accepts, the build they opened keeps running, whole.
    on(&notices.get(LOAD_UPDATE), "click", |_| service_worker::apply_update());
    service_worker::register(move || set_hidden(&update, false));
}

/// Keeps the notices in `notices` (adopted) true: an address partly not understood, trouble keeping
/// the shortlist, and (where the browser deletes a site's data after days without a visit) the
/// ways to keep it, from the moment something is shortlisted until the person puts it away.
pub fn adopt(notices: &Found, navigator: Navigator, state: ShortlistState) {
    if storage_expires_unvisited(navigator.embedded) {
        let (keeping, dismiss) = (notices.get(KEEPING_NOTICE), notices.get(KEEPING_DISMISS));
        // Put away for good: remembered, and hidden at once (the effect below then keeps it hidden).
        let put_away = std::rc::Rc::new(std::cell::Cell::new(storage::keeping_notice_put_away()));
        let (gone, notice) = (put_away.clone(), keeping.clone());
        on(&dismiss, "click", move |_| {
            storage::put_keeping_notice_away();
            gone.set(true);
            set_hidden(&notice, true);
        });
        effect(move || set_hidden(&keeping, put_away.get() || state.list.with(|list| list.is_empty())));
    }

    let (ignored, text) = (notices.get(IGNORED_NOTICE), notices.get(IGNORED_TEXT));
    on(&notices.get(DISMISS), "click", move |_| navigator.ignored.set(Vec::new()));
    effect(move || {
        navigator.ignored.with(|items| {
            set_hidden(&ignored, items.is_empty());
            set_text(&text, &ignored_text(items));
        })
    });

    let (storage, text) = (notices.get(STORAGE_NOTICE), notices.get(STORAGE_TEXT));
    effect(move || {
        let message = state.health.with(|health| storage_text(health, state.list.with(|l| l.is_empty())));
        set_hidden(&storage, message.is_none());
        if let Some(message) = message {
            set_text(&text, &message);
        }
    });
}

/// What the address contained that the app ignored, in a sentence.
fn ignored_text(items: &[String]) -> String {
    let mut named = items.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
    if items.len() > NAMED {
        named.push_str(&format!(" and {} more", items.len() - NAMED));
    }
    format!("Part of the address you opened was not understood and has been ignored: {named}.")
}

/// What the person should know about their stored shortlist; nothing while it is saved normally.
fn storage_text(health: &Health, empty: bool) -> Option<String> {
    match health {
        Health::Saved => None,
        // Said once there is something to lose.
        Health::Unavailable if empty => None,
        Health::Unavailable => {
            Some("This browser is not letting the guide save your shortlist, so it will be kept only until you close this page.".to_owned())
        }
        Health::KeptAside { backup_key, reason } => Some(format!(
            "Your saved shortlist could not be read: {reason}. It has been kept aside unchanged, under “{backup_key}” in this site's storage, and a new shortlist has been started."
        )),
        Health::Untouchable { reason } => Some(format!(
            "Your saved shortlist could not be read: {reason}. It could not be copied aside either, so it has been left as it was, and changes you make now are kept only until you close this page."
        )),
        Health::WriteFailed => {
            Some("Your last change could not be saved: the browser's storage may be full. It is kept until you close this page.".to_owned())
        }
    }
}
