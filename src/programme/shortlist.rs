//! The person's shortlist: session slugs only, in the order they were added, in a versioned
//! envelope. Encoding, decoding, migration and the share-link form are pure functions, so every
//! unreadable input can be tested natively; `crate::storage` does the browser side.

use super::json::{self, Json};
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
    /// The programme keeps its sessions in date order, so the found ones are picked in its order
    /// (no sort: a sort's code costs the phone more than the rest of this module).
    pub fn resolve<'a>(&self, programme: &'a Programme) -> (Vec<&'a Session>, Vec<Slug>) {
        let found = programme.sessions.iter().filter(|s| self.contains(&s.slug)).collect();
        let missing = self.0.iter().filter(|slug| programme.session(slug.as_str()).is_none()).cloned().collect();
        (found, missing)
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

/// The stored text for `list`: `{"version":1,"sessions":["slug",…]}`.
pub fn encode(list: &Shortlist) -> String {
    let sessions: Vec<String> = list.0.iter().map(|s| json::quote(s.as_str())).collect();
    format!("{{\"version\":{FORMAT_VERSION},\"sessions\":[{}]}}", sessions.join(","))
}

/// Reads the stored value (its text as the platform's JSON reader read it), migrating older
/// formats to the current one. Unknown slugs are kept: a session that left the programme stays on
/// the list until the person removes it.
pub fn decode(value: &Json) -> Result<Shortlist, Unreadable> {
    let version = match value.get("version") {
        Some(Json::Number(Some(version))) => *version,
        Some(_) => return Err(Unreadable::Malformed("its format is not a whole number".into())),
        None => return Err(Unreadable::Malformed("it names no format".into())),
    };
    let slugs = migrate(value, version)?;
    if slugs.iter().any(|s| s.trim().is_empty()) {
        return Err(Unreadable::Malformed("a blank session id".into()));
    }
    Ok(Shortlist::new(slugs.into_iter().map(Slug)))
}

/// Reads stored data of format `version` as the current format's slugs. Each future format adds
/// a step here, so a shortlist saved by any earlier release is still read. Members a later
/// release of format 1 may add are ignored.
fn migrate(value: &Json, version: u64) -> Result<Vec<String>, Unreadable> {
    match version {
        FORMAT_VERSION => match value.get("sessions") {
            Some(Json::List(items)) => items
                .iter()
                .map(|item| match item {
                    Json::Text(slug) => Ok(slug.clone()),
                    _ => Err(Unreadable::Malformed("a session id that is not text".into())),
                })
                .collect(),
            _ => Err(Unreadable::Malformed("it has no list of sessions".into())),
        },
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
