//! "Embed the programme": a member organisation chooses what its page shows, sees it, and copies
//! the code to paste. Built in the browser: the code names the address the app is served from.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::use_app_data;
use super::{Facet, FacetOptions};
use crate::browser;
use crate::embed_code::{self, DEFAULT_TITLE};
use crate::live::facets;
use crate::programme::filter::{FilterIndex, Filters, apply};
use crate::routes::Route;
use crate::live::effect::effect;

/// The Embed page: organisation and topic choices, the code for them, and a live preview.
#[component]
pub fn EmbedView() -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme.clone();
    let chosen = RwSignal::new(Filters::default());
    let outcome = {
        let (programme, index) = (programme.clone(), FilterIndex::new(&programme));
        Memo::new(move |_| chosen.with(|f| apply(&programme, &index, f, data.now)))
    };
    let folder = data.folder.clone();
    let script = {
        let folder = folder.clone();
        Memo::new(move |_| chosen.with(|f| embed_code::script_tag(&folder, f)))
    };
    let frame = Memo::new(move |_| chosen.with(|f| embed_code::frame_tag(&folder, f)));
    let preview = move || chosen.with(|f| Route::Programme(f.clone()).embedded_href());

    // The choices are the filter panel's own control, kept up to date the same way.
    let choices = NodeRef::<Div>::new();
    choices.on_load(move |div| facets::follow(&div, chosen.into(), outcome, move |filters| chosen.set(filters)));
    let counts = outcome.get_untracked();
    view! {
        <h1 tabindex="-1">"Embed the programme on your website"</h1>
        <p>"Show the programme in your own page, narrowed to your organisation or to the topics you work on. Visitors can still change the filters, shortlist sessions and open the full guide. The programme stays on this site: your page only frames it, and it sets no cookies there."</p>
        <div class="embed-choices" node_ref=choices>
            <FacetOptions facet=Facet::Organisations id_prefix="embed-org" counts=counts.organisation_counts />
            <FacetOptions facet=Facet::Topics id_prefix="embed-topic" counts=counts.topic_counts />
        </div>
        <h2>"The code to paste"</h2>
        <CodeBox id="embed-script" label="One line for your page: it fits the programme's height as it changes" button="Copy the script line" code=script />
        <CodeBox id="embed-frame" label="Or, where your site allows no scripts, a frame of fixed height" button="Copy the frame code" code=frame />
        <h2>"Preview"</h2>
        <iframe class="embed-preview" src=preview title=format!("Preview: {DEFAULT_TITLE}")></iframe>
    }
}

/// Read-only code with a button that copies it, and what happened.
#[component]
fn CodeBox(id: &'static str, label: &'static str, button: &'static str, code: Memo<String>) -> impl IntoView {
    let status = RwSignal::new("");
    let copy = move |_| {
        let text = code.get_untracked();
        spawn_local(async move {
            status.set(if browser::copy_text(&text).await { "Copied." } else { "Could not copy: select the code and copy it." });
        });
    };
    // A new choice makes an earlier "Copied." untrue.
    effect(move || {
        code.track();
        status.set("");
    });
    view! {
        <div class="code-box">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="3" spellcheck="false" prop:value=move || code.get()></textarea>
            <button type="button" class="button" on:click=copy aria-describedby=format!("{id}-status")>{button}</button>
            <span id=format!("{id}-status") role="status">{move || status.get()}</span>
        </div>
    }
}
