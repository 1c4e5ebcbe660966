//! "Embed the programme": a member organisation chooses what its page shows, sees it, and copies
//! the code to paste. The code names the address the app is served from, so the build writes the
//! page without it and the app fills it in (`crate::live::embed_view`); the page is fetched when
//! someone opens it, as few do, rather than carried in every visit's index.html.

use leptos::prelude::*;

use super::FacetOptions;
use super::context::use_app_data;
use crate::contract::{CODE, CODE_TEXT, COPY, COPY_STATUS, Code, EMBED_CHOICES, EMBED_PREVIEW, HEADING};
use crate::embed_code::frame_title;
use crate::programme::filter::{Facet, FilterIndex, Filters, apply};
use crate::routes::Route;

/// The Embed page: organisation and topic choices, the code for them, and a live preview.
#[component]
pub fn EmbedView() -> impl IntoView {
    let data = use_app_data();
    let counts = apply(&data.programme, &FilterIndex::new(&data.programme), &Filters::default(), data.now);
    let preview = format!("Preview: {}", frame_title(&data.programme.series.title));
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "Embed the programme on your website"
        </h1>
        <p>
            "Show the programme in your own page, narrowed to your organisation or to the topics you work on. Visitors can still change the filters, shortlist sessions and open the full guide. The programme stays on this site: your page only frames it, and it sets no cookies there."
        </p>
        <div class="embed-choices" {..EMBED_CHOICES.mark()}>
            <FacetOptions facet=Facet::Organisations id_prefix="embed-org" counts=counts.organisation_counts />
            <FacetOptions facet=Facet::Topics id_prefix="embed-topic" counts=counts.topic_counts />
        </div>
        <h2>"The code to paste"</h2>
        // Read without the app, the page has no code to offer: the code names the guide's address.
        <p class="static-only">
            "The guide writes the code here for its own address, which needs JavaScript: "
            <a href=Route::Embed.href()>"open this page in the guide"</a> "."
        </p>
        <CodeBox
            code=Code::Script
            id="embed-script"
            label="One line for your page: it fits the programme's height as it changes"
            button="Copy the script line"
        />
        <CodeBox
            code=Code::Frame
            id="embed-frame"
            label="Or, where your site allows no scripts, a frame of fixed height"
            button="Copy the frame code"
        />
        <p>
            "For the toolkit (the resources on each topic) instead of the programme, add " <code>"data-view=\"toolkit\""</code>
            " to the script line."
        </p>
        <h2>"Preview"</h2>
        <iframe class="embed-preview" {..EMBED_PREVIEW.mark()} title=preview></iframe>
    }
}

/// Read-only code with a button that copies it, and a place to say what happened.
#[component]
fn CodeBox(code: Code, id: &'static str, label: &'static str, button: &'static str) -> impl IntoView {
    view! {
        <div class="code-box" {..CODE.with(code.name())}>
            <label for=id>{label}</label>
            <textarea id=id readonly rows="3" spellcheck="false" {..CODE_TEXT.mark()}></textarea>
            <button type="button" class="button" aria-describedby=format!("{id}-status") {..COPY.mark()}>
                {button}
            </button>
            <span id=format!("{id}-status") role="status" {..COPY_STATUS.mark()}></span>
        </div>
    }
}
