//! The validated programme: what the app renders. Only `validation` builds these from a data file,
//! so every value here has already been checked (slugs unique and known, links safe, end after start).

use chrono::{DateTime, FixedOffset, NaiveDate};

/// A stable identifier: lowercase words joined by hyphens, e.g. `nhs-charging`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(pub String);

impl Slug {
    /// Whether `text` is a well-formed slug: `[a-z0-9]+` words joined by single hyphens.
    pub fn is_valid(text: &str) -> bool {
        !text.is_empty()
            && text.split('-').all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The guide's public address: where it is published, absolute (`http(s)://host/…`) and ending
/// with `/`, so that the addresses of its pages are this followed by their file names. Link
/// previews, search engines' events, calendar links and the poster's QR code need it: a crawler
/// or another app reads them away from the guide, where a relative address means nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Accepts an `http(s)://` address with a host, ending with `/`, without a query or fragment.
    pub fn parse(text: &str) -> Option<SiteUrl> {
        let link = Link::parse(text)?;
        let lower = link.0.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        (web && link.0.ends_with('/') && !link.0.contains(['?', '#'])).then_some(SiteUrl(link.0))
    }

    /// The address of the guide itself (its programme).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address of the file `file` published beside the programme, e.g. `session-x.html`.
    pub fn join(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }
}

/// A link that is known to be `http:`, `https:` or `mailto:` (checked by validation), so it is safe
/// to put in an `href`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link(pub String);

impl Link {
    /// Accepts only `http(s)://host…` and `mailto:address` with no spaces or control characters.
    pub fn parse(text: &str) -> Option<Link> {
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        let lower = text.to_ascii_lowercase();
        let ok = if let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
            rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty())
        } else if let Some(address) = lower.strip_prefix("mailto:") {
            address.contains('@')
        } else {
            false
        };
        ok.then(|| Link(text.to_owned()))
    }

    /// The link as text, for an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The whole programme. Sessions are kept in start order; resources in the data's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub series: Series,
    pub organisations: Vec<Organisation>,
    pub topics: Vec<Topic>,
    pub sessions: Vec<Session>,
    /// The toolkit: published resources on the series' topics.
    pub resources: Vec<Resource>,
}

/// A published resource for the toolkit: guidance, a service, a campaign, on one topic or more.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub slug: Slug,
    pub title: String,
    /// Who publishes it.
    pub publisher: String,
    /// Where it is published (always http or https).
    pub link: Link,
    /// The topics it serves, at least one.
    pub topics: Vec<Slug>,
    /// One line written for this guide.
    pub description: String,
    /// The date shown on the source, as it is shown there, e.g. "updated 24 December 2024".
    pub date: Option<String>,
    /// What a reader must know before relying on it, e.g. that it is about a policy since dropped.
    pub note: Option<String>,
}

/// The series as a whole: its names, what it is, and who runs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub title: String,
    pub full_title: String,
    pub summary: String,
    pub description: String,
    pub movement: String,
    pub dates: String,
    pub format: String,
    pub organisers: Vec<Slug>,
    pub source: Option<Link>,
    /// Where the guide is published, if the data says.
    pub url: Option<SiteUrl>,
    pub updated: NaiveDate,
}

/// An organisation that runs sessions or organises the series.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub slug: Slug,
    pub name: String,
    pub website: Option<Link>,
    pub description: String,
}

/// A topic that sessions are tagged with.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub slug: Slug,
    pub label: String,
}

/// One seminar.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub slug: Slug,
    pub title: String,
    /// Start instant, with the UTC offset the data gave (UK time).
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    /// False when the date is published but the time shown is not.
    pub time_known: bool,
    pub organisations: Vec<Slug>,
    pub topics: Vec<Slug>,
    /// Plain text; paragraphs are separated by blank lines.
    pub description: String,
    pub speakers: Vec<String>,
    /// Where to sign up, or the recording.
    pub link: Option<Link>,
    /// Where the facts about this session were published.
    pub source: Option<Link>,
    /// True when the session was built from the announced topics only: its details were never published.
    pub illustrative: bool,
}

impl Programme {
    /// The organisation with this slug.
    pub fn organisation(&self, slug: &Slug) -> Option<&Organisation> {
        self.organisations.iter().find(|o| &o.slug == slug)
    }

    /// The topic with this slug.
    pub fn topic(&self, slug: &Slug) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.slug == slug)
    }

    /// The session with this slug.
    pub fn session(&self, slug: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.slug.as_str() == slug)
    }

    /// The names of a session's organisations, in the order the data lists them.
    pub fn organisation_names(&self, session: &Session) -> Vec<String> {
        session.organisations.iter().filter_map(|s| self.organisation(s)).map(|o| o.name.clone()).collect()
    }

    /// The labels of a session's topics, in the order the data lists them.
    pub fn topic_labels(&self, session: &Session) -> Vec<String> {
        session.topics.iter().filter_map(|s| self.topic(s)).map(|t| t.label.clone()).collect()
    }

    /// The resources that serve `topic`, in the data's order.
    pub fn resources_on<'a>(&'a self, topic: &'a Slug) -> impl Iterator<Item = &'a Resource> + 'a {
        self.resources.iter().filter(move |r| r.topics.contains(topic))
    }

    /// Whether any session is illustrative, so views can explain the label.
    pub fn has_illustrative(&self) -> bool {
        self.sessions.iter().any(|s| s.illustrative)
    }
}
