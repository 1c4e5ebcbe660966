//! The Embed page (`crate::components::EmbedView`): the choices, the code for them with this
//! app's own address, copying it, and the preview.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

use super::dom::{find, find_all, set_attr, set_text};
use super::effect::{effect, memo};
use super::facets;
use super::listen::on;
use super::navigator::Navigator;
use crate::browser;
use crate::components::use_app_data;
use crate::embed_code;
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::routes::Route;

/// Fills the Embed page's written view `view` and follows its choices (the page's own choices,
/// not the address: the navigator is not needed here).
pub fn adopt(view: &Element, _: Navigator) {
    let data = use_app_data();
    let chosen = RwSignal::new(Filters::default());
    let (programme, index) = (data.programme.clone(), FilterIndex::new(&data.programme));
    let outcome = memo(move || chosen.with(|f| apply(&programme, &index, f, data.now)));
    if let Some(choices) = find(view, ".embed-choices") {
        facets::follow(&choices, chosen.into(), move |filters| chosen.set(filters));
        facets::keep(&choices, chosen.into(), outcome);
    }
    let folder = data.folder.clone();
    let codes: [fn(&str, &Filters) -> String; 2] = [embed_code::script_tag, embed_code::frame_tag];
    for (code_box, write) in find_all(view, ".code-box").into_iter().zip(codes) {
        let (Some(text), Some(copy), Some(status)) = (
            find(&code_box, "textarea").and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()),
            find(&code_box, "button"),
            find(&code_box, "[role=status]"),
        ) else {
            continue;
        };
        let folder = folder.clone();
        let code = memo(move || chosen.with(|f| write(&folder, f)));
        let said = status.clone();
        effect(move || {
            text.set_value(&code.get());
            // A new choice makes an earlier "Copied." untrue.
            set_text(&said, "");
        });
        on(&copy, "click", move |_| {
            let (text, status) = (code.get_untracked(), status.clone());
            spawn_local(async move {
                set_text(&status, if browser::copy_text(&text).await { "Copied." } else { "Could not copy: select the code and copy it." });
            });
        });
    }
    if let Some(preview) = find(view, ".embed-preview") {
        effect(move || set_attr(&preview, "src", &chosen.with(|f| Route::Programme(f.clone()).embedded_href())));
    }
}
