//! The person's shortlist: session slugs only, in the order they were added, in a versioned
//! envelope. Encoding, decoding, migration and the share-link form are pure functions, so every
//! unreadable input can be tested natively; `crate::storage` does the browser side.

use serde::{Deserialize, Serialize};

use super::model::{Programme, Session, Slug};

/// The envelope format this version of the app writes.
pub const FORMAT_VERSION: u64 = 1;

/// The most sessions a share link may carry; a longer one is treated as tampered with.
pub const MAX_SHARED: usize = 200;

/// Shortlisted session slugs, without duplicates, in the order they were added.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shortlist(Vec<Slug>);

impl Shortlist {
    /// A shortlist of these slugs, dropping repeats.
    pub fn new(slugs: impl IntoIterator<Item = Slug>) -> Shortlist {
        let mut list = Shortlist::default();
        for slug in slugs {
            list.add(slug);
        }
        list
    }

    /// The slugs, in the order they were added.
    pub fn slugs(&self) -> &[Slug] {
        &self.0
    }

    /// How many sessions are shortlisted (including ones no longer in the programme).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is shortlisted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `slug` is shortlisted.
    pub fn contains(&self, slug: &Slug) -> bool {
        self.0.contains(slug)
    }

    /// Adds `slug` at the end unless it is already there.
    pub fn add(&mut self, slug: Slug) {
        if !self.contains(&slug) {
            self.0.push(slug);
        }
    }

    /// Removes `slug` if present.
    pub fn remove(&mut self, slug: &Slug) {
        self.0.retain(|s| s != slug);
    }

    /// Adds `slug` if absent, removes it if present.
    pub fn toggle(&mut self, slug: &Slug) {
        if self.contains(slug) { self.remove(slug) } else { self.add(slug.clone()) }
    }

    /// Adds every session of `other` that is not already here; never removes anything.
    pub fn merge(&mut self, other: &Shortlist) -> usize {
        let before = self.len();
        for slug in other.slugs() {
            self.add(slug.clone());
        }
        self.len() - before
    }

    /// The shortlisted sessions still in the programme, in date order, and the slugs that are not.
    pub fn resolve<'a>(&self, programme: &'a Programme) -> (Vec<&'a Session>, Vec<Slug>) {
        let mut found: Vec<&Session> = Vec::new();
        let mut missing = Vec::new();
        for slug in &self.0 {
            match programme.session(slug.as_str()) {
                Some(session) => found.push(session),
                None => missing.push(slug.clone()),
            }
        }
        found.sort_by_key(|s| s.start);
        (found, missing)
    }
}

/// The stored form: `{"version":1,"sessions":["slug",…]}`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope {
    version: u64,
    sessions: Vec<String>,
}

impl Envelope {
    /// The current-format envelope for `list`.
    pub fn of(list: &Shortlist) -> Envelope {
        Envelope { version: FORMAT_VERSION, sessions: list.0.iter().map(|s| s.0.clone()).collect() }
    }
}

/// Why stored text could not be read; the text is kept aside, never thrown away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON, or not the envelope's shape.
    Malformed(String),
    /// Written by a newer version of the app than this one.
    FutureVersion(u64),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Malformed(why) => write!(f, "it is not in a format this app knows ({why})"),
            Unreadable::FutureVersion(v) => write!(f, "it was saved by a newer version of this app (format {v})"),
        }
    }
}

/// The stored text for `list`.
pub fn encode(list: &Shortlist) -> String {
    serde_json::to_string(&Envelope::of(list)).unwrap_or_default()
}

/// Reads stored text, migrating older formats to the current one. Unknown slugs are kept: a
/// session that left the programme stays on the list until the person removes it.
pub fn decode(text: &str) -> Result<Shortlist, Unreadable> {
    let malformed = |e: serde_json::Error| Unreadable::Malformed(e.to_string());
    let Version { version } = serde_json::from_str(text).map_err(malformed)?;
    let envelope = migrate(text, version)?;
    if envelope.sessions.iter().any(|s| s.trim().is_empty()) {
        return Err(Unreadable::Malformed("a blank session id".into()));
    }
    Ok(Shortlist::new(envelope.sessions.into_iter().map(Slug)))
}

/// Just the version number of stored text (other fields are ignored here).
#[derive(Deserialize)]
struct Version {
    version: u64,
}

/// Reads stored text of format `version` as the current envelope. Each future format adds a
/// step here, so a shortlist saved by any earlier release is still read.
fn migrate(text: &str, version: u64) -> Result<Envelope, Unreadable> {
    match version {
        FORMAT_VERSION => serde_json::from_str(text).map_err(|e| Unreadable::Malformed(e.to_string())),
        newer if newer > FORMAT_VERSION => Err(Unreadable::FutureVersion(newer)),
        older => Err(Unreadable::Malformed(format!("format {older} was never written"))),
    }
}

/// The share-link form of a shortlist: slugs joined by commas (slugs never contain one).
pub fn share_param(list: &Shortlist) -> String {
    list.0.iter().map(Slug::as_str).collect::<Vec<_>>().join(",")
}

/// Reads a share-link value. Anything that is not a list of well-formed slugs is rejected whole,
/// since a link that was cut or edited cannot be trusted to mean what the sender shared.
pub fn parse_share_param(value: &str) -> Result<Shortlist, String> {
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    if value.trim().is_empty() {
        return Err("the link carries no sessions".into());
    }
    if parts.len() > MAX_SHARED {
        return Err(format!("the link carries more than {MAX_SHARED} sessions"));
    }
    if let Some(bad) = parts.iter().find(|p| !Slug::is_valid(p)) {
        let shown: String = bad.chars().take(40).collect();
        return Err(format!("“{shown}” is not a session id"));
    }
    Ok(Shortlist::new(parts.into_iter().map(|p| Slug(p.to_owned()))))
}
