//! The data file as an organiser writes it, before any check: every required field optional, so
//! that a missing one is reported with the rest, and unknown fields collected, so that a misspelt
//! one is named. The JSON Schema that editors use is derived from these same types (the `schema`
//! feature), so the doc comments on their fields are written for organisers: an editor shows them
//! beside the field.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IgnoredAny;

#[cfg(feature = "schema")]
use super::written::{DATE_PATTERN, DATE_TIME_PATTERN};
use super::written::{WrittenDate, WrittenTime};

/// A slug as a regular expression, for the schema: the rule of `Slug::is_valid`.
#[cfg(feature = "schema")]
const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// The guide's address as a regular expression, for the schema: the rule of `SiteUrl::parse`.
#[cfg(feature = "schema")]
const SITE_URL_PATTERN: &str = r"^[hH][tT][tT][pP][sS]?://[^/?#\s]+(/[^?#\s]*)?/$";

/// The programme of a training series: the series, who runs it, its topics, its sessions and the
/// toolkit's resources.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(title = "Programme data", deny_unknown_fields))]
pub struct ProgrammeSource {
    /// Required: the series as a whole, in one [series] table.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub series: Option<SeriesSource>,
    /// Optional: the organisations that run sessions or organise the series, one [[organisations]]
    /// table each.
    #[serde(default)]
    pub organisations: Vec<OrganisationSource>,
    /// Optional: the topics sessions and resources are tagged with, one [[topics]] table each, in
    /// the order the guide lists them.
    #[serde(default)]
    pub topics: Vec<TopicSource>,
    /// Required: the sessions, one [[sessions]] table each, in any order (the guide sorts them by date).
    #[cfg_attr(feature = "schema", schemars(required, length(min = 1)))]
    pub sessions: Option<Vec<SessionSource>>,
    /// Optional: the toolkit's published resources on the topics, one [[resources]] table each,
    /// listed in this order.
    #[serde(default)]
    pub resources: Vec<ResourceSource>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// The series as a whole: its names, what it is, and who runs it.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct SeriesSource {
    /// Required: the series' short name, shown at the top of every page. Example: "Stand Up! Speak Out!"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub title: Option<String>,
    /// Optional: the full name, on the About page. Leave it out to use the title.
    pub full_title: Option<String>,
    /// Required: one or two sentences saying what the series is, for search engines and link previews.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub summary: Option<String>,
    /// Required: what the series is, on the About page. Separate paragraphs with a blank line
    /// (write it between """ and """).
    #[cfg_attr(feature = "schema", schemars(required))]
    pub description: Option<String>,
    /// Optional: the movement behind the series, on the About page; paragraphs separated by a blank line.
    pub movement: Option<String>,
    /// Required: when the series runs, as announced. Example: "March to June 2023"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub dates: Option<String>,
    /// Required: how people take part. Example: "Online"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub format: Option<String>,
    /// Optional: the slugs of the organisations that organise the series, each defined in an
    /// [[organisations]] table. Example: ["migrants-organise"]
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(pattern(SLUG_PATTERN))))]
    pub organisers: Vec<String>,
    /// Optional: the web page the facts about the series come from (http or https). Example: "https://www.example.org/series"
    pub source: Option<String>,
    /// Optional: the guide's own public address, where it is published: the full address, starting
    /// with https:// and ending with /. Link previews (the picture and title a shared link shows),
    /// search engines' listing of the sessions, calendar links and the poster's QR code need it.
    /// The GitHub Pages workflow gives the Pages address when it is left out.
    /// Example: "https://example.org/guide/"
    #[cfg_attr(feature = "schema", schemars(pattern(SITE_URL_PATTERN)))]
    pub url: Option<String>,
    /// Required: the date this file was last changed. Example: 2026-11-22
    #[cfg_attr(feature = "schema", schemars(required, with = "String", pattern(DATE_PATTERN)))]
    pub updated: Option<WrittenDate>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// An organisation that runs sessions or organises the series.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct OrganisationSource {
    /// Required, and different for each organisation: how sessions and the series name it,
    /// lowercase words joined by hyphens. Example: "migrants-organise"
    #[cfg_attr(feature = "schema", schemars(required, pattern(SLUG_PATTERN)))]
    pub slug: Option<String>,
    /// Required: the organisation's name as it writes it. Example: "Migrants Organise"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub name: Option<String>,
    /// Optional: its website (http or https). Example: "https://www.migrantsorganise.org"
    pub website: Option<String>,
    /// Required: one line on what it does, on the About page.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub description: Option<String>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// A topic that sessions and resources are tagged with.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct TopicSource {
    /// Required, and different for each topic: how sessions and resources name it, and its part of
    /// the guide's addresses, lowercase words joined by hyphens. Example: "nhs-charging"
    #[cfg_attr(feature = "schema", schemars(required, pattern(SLUG_PATTERN)))]
    pub slug: Option<String>,
    /// Required: the topic's name as the guide shows it. Example: "NHS charging"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub label: Option<String>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// One session of the series.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct SessionSource {
    /// Required, and different for each session: the session's address in the guide
    /// (?session=…), so keep it once published; lowercase words joined by hyphens.
    /// Example: "nhs-charging-explained"
    #[cfg_attr(feature = "schema", schemars(required, pattern(SLUG_PATTERN)))]
    pub slug: Option<String>,
    /// Required: the session's title. Example: "NHS charging explained"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub title: Option<String>,
    /// Required: when it starts, in UK time, without quotes: 2023-04-20T13:00:00. The guide knows
    /// whether the UK is on GMT or BST that day; you may also give the offset
    /// (2023-04-20T13:00:00+01:00), which must be the UK's.
    #[cfg_attr(feature = "schema", schemars(required, with = "String", pattern(DATE_TIME_PATTERN)))]
    pub start: Option<WrittenTime>,
    /// Required: when it ends, after its start, written like the start. Example: 2023-04-20T14:30:00
    #[cfg_attr(feature = "schema", schemars(required, with = "String", pattern(DATE_TIME_PATTERN)))]
    pub end: Option<WrittenTime>,
    /// Optional (true when left out): false when only the date is published, not the time.
    pub time_known: Option<bool>,
    /// Required: the slugs of the organisations that run it, at least one, each defined in an
    /// [[organisations]] table. Example: ["migrants-organise"]
    #[cfg_attr(feature = "schema", schemars(required, length(min = 1), inner(pattern(SLUG_PATTERN))))]
    pub organisations: Option<Vec<String>>,
    /// Optional: the slugs of its topics, each defined in a [[topics]] table. Example: ["nhs-charging"]
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(pattern(SLUG_PATTERN))))]
    pub topics: Vec<String>,
    /// Required: what the session is about, as plain text. Separate paragraphs with a blank line
    /// (write it between """ and """).
    #[cfg_attr(feature = "schema", schemars(required))]
    pub description: Option<String>,
    /// Optional: who speaks, one name each. Example: ["A caseworker from PAFRAS", "A GP"]
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Optional: where to sign up, or the recording afterwards (http, https or mailto).
    /// Example: "https://www.example.org/sign-up"
    pub link: Option<String>,
    /// Optional: the web page where this session was published (http, https or mailto).
    pub source: Option<String>,
    /// Optional (false when left out): true when the session's details were never published and
    /// it only illustrates the programme; the guide then labels it "Illustrative".
    pub illustrative: Option<bool>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// A published resource for the toolkit: guidance, a service, a campaign, on one topic or more.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub struct ResourceSource {
    /// Required, and different for each resource: lowercase words joined by hyphens.
    /// Example: "nrpf-network-practice-guidance"
    #[cfg_attr(feature = "schema", schemars(required, pattern(SLUG_PATTERN)))]
    pub slug: Option<String>,
    /// Required: its title as published. Example: "NRPF practice guidance"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub title: Option<String>,
    /// Required: who published it. Example: "NRPF Network"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub publisher: Option<String>,
    /// Required, and different for each resource: where it is published (http or https).
    /// Example: "https://www.nrpfnetwork.org.uk/"
    #[cfg_attr(feature = "schema", schemars(required))]
    pub link: Option<String>,
    /// Required: the slugs of the topics it serves, at least one, each defined in a [[topics]]
    /// table. Example: ["nrpf"]
    #[cfg_attr(feature = "schema", schemars(required, length(min = 1), inner(pattern(SLUG_PATTERN))))]
    pub topics: Option<Vec<String>>,
    /// Required: one line, written for this guide, on what it offers.
    #[cfg_attr(feature = "schema", schemars(required))]
    pub description: Option<String>,
    /// Optional: the date shown on the source, as it shows it. Example: "Updated March 2024"
    pub date: Option<String>,
    /// Optional: what a reader must know before relying on it. Example: "About a policy since dropped."
    pub note: Option<String>,
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: BTreeMap<String, IgnoredAny>,
}
