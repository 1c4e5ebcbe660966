//! One session in full, at its own URL.

use leptos::prelude::*;

use super::context::{use_app_data, use_navigator};
use super::illustrative_label::ILLUSTRATIVE;
use super::{AppLink, SessionActions, SessionTimes};
use crate::programme::schedule::Status;
use crate::programme::text::{join_names, paragraphs};
use crate::routes::Route;

/// The detail view for the session `slug`, or a "not found" page that leads back.
#[component]
pub fn SessionDetail(slug: String) -> impl IntoView {
    let data = use_app_data();
    let back = use_navigator().map_or_else(Route::default, |n| n.programme_to_return_to());
    let programme = data.programme.clone();
    let Some(session) = programme.session(&slug).cloned() else {
        return view! {
            <h1 tabindex="-1">"Session not found"</h1>
            <p>"There is no session at this address. It may have been renamed or removed from the programme."</p>
            <p><AppLink route=back>"Back to the programme"</AppLink></p>
        }
        .into_any();
    };
    let status = Status::of(&session, data.now, &data.zone);
    let organisations = join_names(&programme.organisation_names(&session));
    let topics = programme.topic_labels(&session);
    let description = paragraphs(&session.description).into_iter().map(|p| view! { <p>{p.to_owned()}</p> }).collect_view();
    let speakers = (!session.speakers.is_empty()).then(|| {
        let names = session.speakers.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view();
        view! { <h2>"Speakers"</h2> <ul class="speakers">{names}</ul> }
    });
    let link_text = if status == Status::Past { "Recording or materials" } else { "Sign up" };
    view! {
        <article class="session-detail" data-slug=session.slug.as_str().to_owned()>
            <p class="back"><AppLink route=back>"Back to the programme"</AppLink></p>
            <h1 tabindex="-1">{session.title.clone()}</h1>
            <SessionTimes session=session.clone() />
            <p class="badges">
                <span class=format!("status status-{}", status.class())>{status.label()}</span>
            </p>
            <SessionActions slug=session.slug.clone() title=session.title.clone() />
            {session.illustrative.then(|| view! {
                <p class="notice illustrative-notice">
                    <strong class="illustrative-label">{ILLUSTRATIVE}</strong>
                    " The series announced this topic, but this session's title, date, time and presenter were never published. The presenting organisation is suggested only because its known work fits the topic."
                </p>
            })}
            <dl class="facts">
                <dt>"Presented by"</dt>
                <dd>{organisations}</dd>
                <dt>"Topics"</dt>
                <dd>{topics.join(", ")}</dd>
            </dl>
            <div class="description">{description}</div>
            {speakers}
            <ul class="links">
                {session.link.clone().map(|link| view! { <li><a href=link.0 rel="noreferrer">{link_text}</a></li> })}
                {session.source.clone().map(|link| view! { <li><a href=link.0 rel="noreferrer">"Source"</a></li> })}
            </ul>
        </article>
    }
    .into_any()
}
