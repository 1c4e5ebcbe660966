//! The Embed page (`crate::components::EmbedView`): the choices, the code for them with this
//! app's own address, copying it, and the preview.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

use super::adopt::{adopt as adopt_part, adopt_all};
use super::dom::{set_attr, set_text};
use super::effect::{effect, memo};
use super::facet_options;
use super::navigator::Navigator;
use crate::browser::listen::on;
use crate::browser::share::copy_text;
use crate::components::use_app_data;
use crate::contract::parts::{CODE_BOX, EMBED_PAGE};
use crate::contract::{CODE, CODE_TEXT, COPY, COPY_STATUS, Code, EMBED_CHOICES, EMBED_PREVIEW};
use crate::embed_code::{frame_tag, script_tag};
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::routes::Route;

/// Fills the Embed page's written view `view` and follows its choices (the page's own choices,
/// not the address: the navigator is not needed here).
pub fn adopt(view: &Element, _: Navigator) {
    let Some(view) = adopt_part(view, &EMBED_PAGE) else { return };
    let data = use_app_data();
    let chosen = RwSignal::new(Filters::default());
    let (programme, index) = (data.programme.clone(), FilterIndex::new(&data.programme));
    let outcome = memo(move || chosen.with(|f| apply(&programme, &index, f, data.now)));
    let choices = view.get(EMBED_CHOICES);
    facet_options::follow(&choices, chosen.into(), move |filters| chosen.set(filters));
    facet_options::keep(&choices, chosen.into(), outcome);
    let (folder, series) = (data.folder.clone(), data.programme.series.title.clone());
    for code_box in adopt_all(view.root(), &CODE_BOX) {
        let Some(kind) = Code::ALL.into_iter().find(|c| c.name() == code_box.value(CODE)) else { continue };
        let Ok(text) = code_box.get(CODE_TEXT).dyn_into::<HtmlTextAreaElement>() else { continue };
        let (copy, status) = (code_box.get(COPY), code_box.get(COPY_STATUS));
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
    let preview = view.get(EMBED_PREVIEW);
    effect(move || set_attr(&preview, "src", &chosen.with(|f| Route::Programme(f.clone()).embedded_href())));
}
