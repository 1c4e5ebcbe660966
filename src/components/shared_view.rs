//! A shortlist someone shared by link: shown as it is, and merged into the reader's own shortlist
//! only when they ask. Built in the browser: it is the sender's data.

use leptos::prelude::*;

use super::context::use_app_data;
use super::{AppLink, SessionList};
use crate::live::use_shortlist;
use crate::programme::shortlist::{Shortlist, parse_share_param};
use crate::programme::text::sessions;
use crate::routes::Route;

/// The sessions carried by a share link (`param` as written in it), with "Add these to my shortlist".
#[component]
pub fn SharedView(param: String) -> AnyView {
    let programme = use_app_data().programme;
    let state = use_shortlist();
    let shared = match parse_share_param(&param) {
        Ok(shared) => shared,
        Err(why) => {
            return view! {
                <h1 tabindex="-1">"A shared shortlist"</h1>
                <p class="notice">{format!("This link could not be read: {why}. It may have been cut short when it was copied; ask for it again.")}</p>
                <p><AppLink route=Route::default()>"Browse the programme"</AppLink></p>
            }
            .into_any();
        }
    };
    let (found, missing) = shared.resolve(&programme);
    let slugs = found.iter().map(|s| s.slug.clone()).collect::<Vec<_>>();
    // Only sessions in the programme are added: a link cannot plant ids this programme never had.
    let in_programme = Shortlist::new(shared.slugs().iter().filter(|s| !missing.contains(s)).cloned());
    let in_programme_is_empty = in_programme.is_empty();
    let added = RwSignal::new(None::<usize>);
    let total = shared.len();
    let merge = move |_| added.set(Some(state.merge(&in_programme)));
    view! {
        <h1 tabindex="-1">"A shared shortlist"</h1>
        <p>
            {format!("Someone shared {} with you. ", sessions(total))}
            "Your own shortlist is unchanged unless you add them to it."
        </p>
        {(!in_programme_is_empty).then(|| view! {
            <p class="merge">
                <button type="button" class="button" on:click=merge>"Add these to my shortlist"</button>
            </p>
        })}
        <p class="merge-status" role="status">
            {move || added.get().map(|n| match n {
                0 => "They were all on your shortlist already.".to_owned(),
                n => format!("Added {} to your shortlist.", sessions(n)),
            })}
        </p>
        <p hidden=move || added.get().is_none()><AppLink route=Route::Shortlist>"See my shortlist"</AppLink></p>
        <SessionList heading="Shared sessions" slugs />
        {(!missing.is_empty()).then(|| view! {
            <h2>"No longer in the programme"</h2>
            <ul class="missing">
                {missing.into_iter().map(|slug| view! { <li>{slug.as_str().to_owned()}</li> }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}
