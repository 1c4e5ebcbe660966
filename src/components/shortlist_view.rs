//! "My shortlist": the shortlisted sessions in date order, the ones no longer in the programme,
//! and a way to share the list. Built in the browser: it is the person's own data.

use leptos::prelude::*;

use super::context::use_app_data;
use super::{AppLink, SessionList, ShareControls};
use crate::browser;
use crate::live::use_shortlist;
use crate::programme::calendar::{CalendarInfo, calendar};
use crate::programme::text::sessions;
use crate::routes::Route;

/// The person's shortlist.
#[component]
pub fn ShortlistView() -> impl IntoView {
    let data = use_app_data();
    let state = use_shortlist();
    let programme = data.programme.clone();
    let resolved = Memo::new(move |_| {
        state.list.with(|list| {
            let (found, missing) = list.resolve(&programme);
            (found.into_iter().map(|s| s.slug.clone()).collect::<Vec<_>>(), missing)
        })
    });
    let count = move || state.list.with(|l| l.len());
    let programme = data.programme.clone();
    let save = move |_| {
        let slugs = resolved.get_untracked().0;
        let found: Vec<_> = slugs.iter().filter_map(|s| programme.session(s.as_str())).collect();
        let text = calendar(&programme, &found, &CalendarInfo { name: None, stamp: browser::now() });
        browser::download("my-shortlist.ics", "text/calendar", &text);
    };
    view! {
        <h1 tabindex="-1">"My shortlist"</h1>
        <p class="result-count">
            {move || match count() {
                0 => "Your shortlist is empty.".to_owned(),
                n => format!("{} on your shortlist, kept on this device only.", sessions(n)),
            }}
        </p>
        <p hidden=move || count() != 0>
            "Use “Add to my shortlist” on any session to keep it here. "
            <AppLink route=Route::default()>"Browse the programme"</AppLink>
        </p>
        <p hidden=move || resolved.with(|(found, _)| found.is_empty())>
            <button type="button" class="button calendar-button" on:click=save>"Add my shortlist to calendar"</button>
        </p>
        <SessionList heading="Shortlisted sessions" slugs=Signal::derive(move || resolved.get().0) />
        <Show when=move || resolved.with(|(_, missing)| !missing.is_empty())>
            <h2>"No longer in the programme"</h2>
            <p>"These sessions are on your shortlist but are no longer in the programme. They stay here until you remove them."</p>
            <ul class="missing">
                {move || resolved.get().1.into_iter().map(|slug| {
                    let shown = slug.as_str().to_owned();
                    view! {
                        <li>
                            <span class="missing-slug">{shown.clone()}</span>
                            " — no longer in the programme "
                            <button type="button" class="button" on:click=move |_| {
                                state.remove(&slug);
                                // The button is gone with its row: keep keyboard focus on the page.
                                browser::focus("main h1");
                            }>
                                "Remove"<span class="visually-hidden">{format!(" {shown} from my shortlist")}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
        <Show when=move || { count() > 0 }>
            <ShareControls title=data.programme.series.title.clone() />
        </Show>
    }
}
