//! About the series: what it is, who runs it, the movement behind it, and why some sessions are
//! illustrative.

use leptos::prelude::*;

use super::context::use_app_data;
use super::illustrative_label::ILLUSTRATIVE;
use crate::contract::HEADING;
use crate::programme::text::paragraphs;

/// The About view, written at build time as `about.html` (which the app shows in place).
#[component]
pub fn AboutView() -> impl IntoView {
    let programme = use_app_data().programme;
    let series = &programme.series;
    let text = |t: &str| paragraphs(t).into_iter().map(|p| view! { <p>{p.to_owned()}</p> }).collect_view();
    let organisations = programme
        .organisations
        .iter()
        .map(|org| {
            let organiser = series.organisers.contains(&org.slug);
            let name = match &org.website {
                Some(site) => view! {
                    <a href=site.0.clone() rel="noreferrer">
                        {org.name.clone()}
                    </a>
                }
                .into_any(),
                None => view! { <span>{org.name.clone()}</span> }.into_any(),
            };
            view! {
                <li>
                    <h3>{name}</h3>
                    <p>{org.description.clone()}</p>
                    {organiser.then(|| view! { <p class="organiser">"One of the series' organisers."</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1" {..HEADING.mark()}>
            "About the series"
        </h1>
        <p class="lead">{series.full_title.clone()}</p>
        {text(&series.description)}
        {series
            .source
            .clone()
            .map(|link| {
                view! {
                    <p>
                        <a href=link.0 rel="noreferrer">
                            "The organisers' announcement"
                        </a>
                    </p>
                }
            })}
        <h2>"Organisations"</h2>
        <ul class="organisation-list">{organisations}</ul>
        {(!series.movement.is_empty())
            .then(|| {
                view! {
                    <h2>"The movement behind it"</h2>
                    {text(&series.movement)}
                }
            })}
        <h2>"About this guide"</h2>
        {programme
            .has_illustrative()
            .then(|| {
                view! {
                    <p>
                        {format!(
                            "Only part of the real schedule was ever published. Sessions marked “{ILLUSTRATIVE}” are examples built from the topics and weekly rhythm the organisers announced, so the guide shows the shape of the series; they are not real sessions.",
                        )}
                    </p>
                }
            })}
        <p>"This guide makes no requests to other websites, sets no cookies and keeps no record of your visit."</p>
    }
}
