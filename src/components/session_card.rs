//! One session in the programme list: enough to decide whether to open it.

use leptos::prelude::*;

use super::context::use_app_data;
use super::{AppLink, IllustrativeLabel, SessionActions, SessionTimes, StatusBadge};
use crate::contract::read::{write_instant, write_slugs, write_speakers};
use crate::contract::{END, NEXT, NEXT_LABEL, ORGANISATIONS, SESSION, SPEAKERS, TITLE_LINK, TOPICS};
use crate::programme::Session;
use crate::programme::text::{join_names, paragraphs};
use crate::routes::Route;

/// A session's card: title (linking to its detail view), times, status, organisations, topics.
/// It carries what the app reads of the session (`crate::contract::read`).
#[component]
pub fn SessionCard(
    session: Session,
    /// Marks the first session that has not started yet.
    #[prop(optional)]
    is_next: bool,
) -> AnyView {
    let programme = use_app_data().programme;
    let organisations = join_names(&programme.organisation_names(&session));
    let topics = programme.topic_labels(&session);
    let summary = paragraphs(&session.description).first().map(|p| p.to_string());
    let slug = session.slug.as_str().to_owned();
    let route = Route::Session(slug.clone());
    let title = session.title.clone();
    let read =
        (write_instant(&session.end), write_slugs(&session.topics), write_slugs(&session.organisations), write_speakers(&session.speakers));
    view! {
        <article
            class="session-card"
            {..SESSION.with(slug)}
            {..END.with(read.0)}
            {..TOPICS.with(read.1)}
            {..ORGANISATIONS.with(read.2)}
            {..SPEAKERS.with(read.3)}
            {..NEXT.with(is_next)}
        >
            <h3>
                <AppLink route {..TITLE_LINK.mark()}>
                    {title}
                </AppLink>
            </h3>
            <SessionTimes session=session.clone() />
            <p class="badges">
                <StatusBadge session=session.clone() />
                // On every card, so that the app only shows and hides it as the next session moves.
                <span class="next-label" {..NEXT_LABEL.mark()} hidden=!is_next>
                    "Next session"
                </span>
                {session.illustrative.then(|| view! { <IllustrativeLabel /> })}
            </p>
            <p class="organisations">
                <span class="visually-hidden">"Presented by "</span>
                {organisations}
            </p>
            <ul class="topics" aria-label="Topics">
                {topics.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}
            </ul>
            {summary.map(|text| view! { <p class="summary">{text}</p> })}
            // On paper, where to sign up or read more, written out: a printed link cannot be followed.
            {session
                .link
                .clone()
                .or(session.source.clone())
                .map(|link| {
                    let kind = if session.link.is_some() { "Sign up or recording: " } else { "Source: " };
                    view! { <p class="print-only">{kind}{link.0}</p> }
                })}
            <SessionActions session=session.clone() in_list=true />
        </article>
    }
    // Type-erased: the programme's view type is otherwise deep enough to overflow the
    // compiler's query depth when the build renders the page natively.
    .into_any()
}
