//! One session in full, at its own URL. Written at build time as the session's own page, which
//! the app shows in place of the programme when the session is opened (`crate::live::views`).

use leptos::prelude::*;

use super::app_link::LinkRole;
use super::context::use_app_data;
use super::illustrative_label::ILLUSTRATIVE;
use super::{AppLink, ResourceItem, SessionActions, SessionTimes, SharePage, StatusBadge};
use crate::contract::{HEADING, SESSION, Shared};
use crate::programme::Session;
use crate::programme::filter::Filters;
use crate::programme::schedule::Status;
use crate::programme::text::{join_names, paragraphs, resources};
use crate::programme::uk_time::uk_when;
use crate::routes::{Route, static_session_file};

/// The detail view for `session`.
#[component]
pub fn SessionDetail(session: Session) -> impl IntoView {
    let data = use_app_data();
    let programme = data.programme.clone();
    let status = Status::of(&session, data.now, &data.zone);
    let organisations = join_names(&programme.organisation_names(&session));
    let topics = programme.topic_labels(&session);
    let description = paragraphs(&session.description).into_iter().map(|p| view! { <p>{p.to_owned()}</p> }).collect_view();
    let speakers = (!session.speakers.is_empty()).then(|| {
        let names = session.speakers.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view();
        view! {
            <h2>"Speakers"</h2>
            <ul class="speakers">{names}</ul>
        }
    });
    let link_text = if status == Status::Past { "Recording or materials" } else { "Sign up" };
    // What the share sheet says under the title: when, and first whether it is real.
    let when = if session.illustrative { format!("{ILLUSTRATIVE}. {}", uk_when(&session)) } else { uk_when(&session) };
    let page = static_session_file(session.slug.as_str());
    view! {
        <article class="session-detail" {..SESSION.with(session.slug.as_str().to_owned())}>
            <p class="back">
                <AppLink route=Route::default() role=LinkRole::Back>
                    "Back to the programme"
                </AppLink>
            </p>
            <h1 tabindex="-1" {..HEADING.mark()}>
                {session.title.clone()}
            </h1>
            <SessionTimes session=session.clone() />
            <p class="badges">
                <StatusBadge session=session.clone() />
            </p>
            <SessionActions session=session.clone() />
            <SharePage shared=Shared::Page href=page what="session" title=session.title.clone() text=when />
            {session
                .illustrative
                .then(|| {
                    view! {
                        <p class="notice illustrative-notice">
                            <strong class="illustrative-label">{ILLUSTRATIVE}</strong>
                            " The series announced this topic, but this session's title, date, time and presenter were never published. The presenting organisation is suggested only because its known work fits the topic."
                        </p>
                    }
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
                {session
                    .link
                    .clone()
                    .map(|link| {
                        view! {
                            <li>
                                <a href=link.0 rel="noreferrer">
                                    {link_text}
                                </a>
                            </li>
                        }
                    })}
                {session
                    .source
                    .clone()
                    .map(|link| {
                        view! {
                            <li>
                                <a href=link.0 rel="noreferrer">
                                    "Source"
                                </a>
                            </li>
                        }
                    })}
            </ul>
            <SessionResources session=session.clone() />
        </article>
    }
}

/// "Resources on <topic>" for each of the session's topics that the toolkit covers, with the way
/// to all of them in the toolkit.
#[component]
fn SessionResources(session: Session) -> impl IntoView {
    let programme = use_app_data().programme;
    session
        .topics
        .iter()
        .filter_map(|slug| programme.topic(slug))
        .filter(|topic| programme.resources_on(&topic.slug).next().is_some())
        .map(|topic| {
            let on_topic: Vec<_> = programme.resources_on(&topic.slug).cloned().collect();
            let count = on_topic.len();
            let items = on_topic
                .into_iter()
                .map(|resource| {
                    view! {
                        <li>
                            <ResourceItem resource />
                        </li>
                    }
                })
                .collect_view();
            let route = Route::Toolkit(Filters { topics: vec![topic.slug.clone()], ..Filters::default() });
            view! {
                <section class="session-resources">
                    <h2>{format!("Resources on {}", topic.label)}</h2>
                    <ul class="resources">{items}</ul>
                    <p>
                        <AppLink route>{format!("The toolkit on {} ({})", topic.label, resources(count))}</AppLink>
                    </p>
                </section>
            }
        })
        .collect_view()
}
