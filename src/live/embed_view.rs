//! The Embed page (`crate::components::EmbedView`): the choices, the code for them with this
//! app's own address, copying it, and the preview.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

use super::dom::{find, find_all, set_attr, set_text, value};
use super::effect::{effect, memo};
use super::facets;
use super::navigator::Navigator;
use crate::browser::listen::on;
use crate::browser::share::copy_text;
use crate::components::use_app_data;
use crate::contract::{CODE, CODE_TEXT, COPY, COPY_STATUS, Code, EMBED_CHOICES, EMBED_PREVIEW};
use crate::embed_code::{frame_tag, script_tag};
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::routes::Route;

/// Fills the Embed page's written view `view` and follows its choices (the page's own choices,
/// not the address: the navigator is not needed here).
pub fn adopt(view: &Element, _: Navigator) {
    let data = use_app_data();
    let chosen = RwSignal::new(Filters::default());
    let (programme, index) = (data.programme.clone(), FilterIndex::new(&data.programme));
    let outcome = memo(move || chosen.with(|f| apply(&programme, &index, f, data.now)));
    if let Some(choices) = find(view, EMBED_CHOICES) {
        facets::follow(&choices, chosen.into(), move |filters| chosen.set(filters));
        facets::keep(&choices, chosen.into(), outcome);
    }
    let (folder, series) = (data.folder.clone(), data.programme.series.title.clone());
    for code_box in find_all(view, CODE) {
        let Some(kind) = value(&code_box, CODE).and_then(|name| Code::ALL.into_iter().find(|c| c.name() == name)) else { continue };
        let (Some(text), Some(copy), Some(status)) = (
            find(&code_box, CODE_TEXT).and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()),
            find(&code_box, COPY),
            find(&code_box, COPY_STATUS),
        ) else {
            continue;
        };
        let (folder, series) = (folder.clone(), series.clone());
        let code = memo(move || {
            chosen.with(|f| match kind {
                Code::Script => script_tag(&folder, f),
                Code::Frame => frame_tag(&folder, f, &series),
            })
        });
        let said = status.clone();
        effect(move || {
            text.set_value(&code.get());
            // A new choice makes an earlier "Copied." untrue.
            set_text(&said, "");
        });
        on(&copy, "click", move |_| {
            let (text, status) = (code.get_untracked(), status.clone());
            spawn_local(async move {
                set_text(&status, if copy_text(&text).await { "Copied." } else { "Could not copy: select the code and copy it." });
            });
        });
    }
    if let Some(preview) = find(view, EMBED_PREVIEW) {
        effect(move || set_attr(&preview, "src", &chosen.with(|f| Route::Programme(f.clone()).embedded_href())));
    }
}
