//! The app's URLs. Every view lives in the query string (`./?session=slug`, `./?view=about`), so the
//! app works on any static host, at a domain root or under a sub-path, with no server rewrites.
//! Filters live in the URL too, so any filtered view can be bookmarked and shared.

use crate::programme::filter::{Filters, When};
use crate::programme::text::percent_encoded;
use crate::programme::{Programme, Slug};

/// Query parameter names: defined here once.
pub mod param {
    /// The session whose detail view is open.
    pub const SESSION: &str = "session";
    /// A named view other than the programme.
    pub const VIEW: &str = "view";
    /// Topic slugs, comma-separated (the parameter may also be repeated).
    pub const TOPIC: &str = "topic";
    /// Organisation slugs, comma-separated (the parameter may also be repeated).
    pub const ORGANISATION: &str = "org";
    /// Free-text search.
    pub const SEARCH: &str = "q";
    /// `upcoming`, `past` or `all`.
    pub const WHEN: &str = "when";
    /// A shortlist someone shared: session slugs, comma-separated.
    pub const SHARED: &str = "shared";
    /// `1`: the app is embedded in a member organisation's page (compact, no header).
    pub const EMBED: &str = "embed";

    /// Every parameter the app reads; any other is reported as ignored.
    pub const KNOWN: [&str; 8] = [SESSION, VIEW, TOPIC, ORGANISATION, SEARCH, WHEN, SHARED, EMBED];
}

/// Values of [`param::VIEW`].
const ABOUT: &str = "about";
const SHORTLIST: &str = "shortlist";
const EMBED_PAGE: &str = "embed";
const TOOLKIT: &str = "toolkit";

/// The file a session's page is written to at build time, beside index.html so that every
/// relative link on it means what it means in the app (see `Route::static_href`).
pub fn static_session_file(slug: &str) -> String {
    format!("{STATIC_SESSION_PREFIX}{}.html", encode_component(slug))
}

/// The calendar file of session `slug` written at build time, beside its page: what its "Add to
/// calendar" link downloads.
pub fn session_calendar_file(slug: &str) -> String {
    format!("{STATIC_SESSION_PREFIX}{}.ics", encode_component(slug))
}

/// How the names of the sessions' pages written at build time start.
pub const STATIC_SESSION_PREFIX: &str = "session-";

/// The About view's page, written at build time beside index.html.
pub const ABOUT_FILE: &str = "about.html";

/// The toolkit's page, written at build time beside index.html.
pub const TOOLKIT_FILE: &str = "toolkit.html";

/// The Embed page, written at build time beside index.html; the app fills in its code.
pub const EMBED_FILE: &str = "embedding.html";

/// The poster for a noticeboard, written at build time beside index.html.
pub const POSTER_FILE: &str = "poster.html";

/// The sessions' folded descriptions, written at build time beside index.html: what search
/// fetches (see `crate::programme::search::descriptions_file`).
pub const DESCRIPTIONS_FILE: &str = "descriptions.txt";

/// How the toolkit page's section for one topic is named, after `#`: `resources-<slug>`.
pub const TOOLKIT_TOPIC_PREFIX: &str = "resources-";

/// The longest search text taken from a URL; anything longer is cut there.
pub const MAX_SEARCH_CHARS: usize = 200;

/// Which view the URL asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The programme, narrowed by filters.
    Programme(Filters),
    /// One session's detail view, by slug (which may not exist: the view says so).
    Session(String),
    /// About the series.
    About,
    /// The person's own shortlist.
    Shortlist,
    /// A shortlist someone shared, as written in the link (checked by the view).
    Shared(String),
    /// How to embed the programme on another website.
    Embed,
    /// The toolkit: published resources by topic, narrowed by topics and search (the filters'
    /// organisations and time do not apply to it).
    Toolkit(Filters),
}

impl Default for Route {
    fn default() -> Route {
        Route::Programme(Filters::default())
    }
}

/// A URL read as a route, with a note of everything in it that was not understood.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub route: Route,
    /// Human-readable descriptions of ignored parameters and values, e.g. `topic "nhs"`.
    pub ignored: Vec<String>,
    /// Whether the URL asks for the embedded (compact) app.
    pub embedded: bool,
}

impl Route {
    /// Reads a query string such as `?topic=nrpf,legal-aid&q=housing` (the `?` is optional).
    /// Nothing in it can fail: unknown parameters and values are dropped and listed in `ignored`.
    pub fn from_query(query: &str, programme: &Programme) -> Parsed {
        let pairs = parse_query(query);
        let mut ignored = Vec::new();
        for (name, _) in &pairs {
            if !param::KNOWN.contains(&name.as_str()) {
                note(&mut ignored, quoted("parameter", name));
            }
        }
        let values = |name: &str| -> Vec<&str> { pairs.iter().filter(|(key, _)| key == name).map(|(_, value)| value.trim()).collect() };
        let mut embedded = false;
        for value in values(param::EMBED) {
            match value {
                "1" => embedded = true,
                other => ignored.push(quoted("embed", other)),
            }
        }
        let done = |route: Route, ignored: Vec<String>| Parsed { route, ignored, embedded };
        if let Some(slug) = values(param::SESSION).into_iter().find(|s| !s.is_empty()) {
            return done(Route::Session(slug.to_owned()), ignored);
        }
        if let Some(shared) = values(param::SHARED).first() {
            return done(Route::Shared((*shared).to_owned()), ignored);
        }
        let views = values(param::VIEW);
        for (name, route) in [(ABOUT, Route::About), (SHORTLIST, Route::Shortlist), (EMBED_PAGE, Route::Embed)] {
            if views.contains(&name) {
                return done(route, ignored);
            }
        }
        let toolkit = views.contains(&TOOLKIT);
        for view in views.into_iter().filter(|v| *v != TOOLKIT) {
            ignored.push(quoted("view", view));
        }

        let topics: Vec<&Slug> = programme.topics.iter().map(|t| &t.slug).collect();
        let organisations: Vec<&Slug> = programme.organisations.iter().map(|o| &o.slug).collect();
        let mut search: String = values(param::SEARCH).into_iter().find(|v| !v.is_empty()).unwrap_or_default().to_owned();
        if search.chars().count() > MAX_SEARCH_CHARS {
            search = search.chars().take(MAX_SEARCH_CHARS).collect();
            ignored.push(format!("search text after {MAX_SEARCH_CHARS} characters"));
        }
        let mut when = When::All;
        for value in values(param::WHEN) {
            match When::from_slug(value) {
                Some(w) => when = w,
                None => ignored.push(quoted("when", value)),
            }
        }
        let filters = Filters {
            topics: known_slugs(&values(param::TOPIC), &topics, "topic", &mut ignored),
            organisations: known_slugs(&values(param::ORGANISATION), &organisations, "organisation", &mut ignored),
            search,
            when,
        };
        if toolkit {
            // The toolkit is narrowed by topic and search alone.
            if !filters.organisations.is_empty() || filters.when != When::All {
                ignored.push("organisations and time, which the toolkit does not use".to_owned());
            }
            return done(Route::Toolkit(Filters { topics: filters.topics, search: filters.search, ..Filters::default() }), ignored);
        }
        done(Route::Programme(filters), ignored)
    }

    /// A relative link to this route, valid wherever the app is hosted.
    pub fn href(&self) -> String {
        match self {
            Route::Programme(filters) => filters_href(Vec::new(), filters),
            Route::Toolkit(filters) => filters_href(vec![format!("{}={TOOLKIT}", param::VIEW)], filters),
            Route::Session(slug) => format!("./?{}={}", param::SESSION, encode_component(slug)),
            Route::About => format!("./?{}={ABOUT}", param::VIEW),
            Route::Shortlist => format!("./?{}={SHORTLIST}", param::VIEW),
            Route::Shared(slugs) => format!("./?{}={}", param::SHARED, encode_component(slugs)),
            Route::Embed => format!("./?{}={EMBED_PAGE}", param::VIEW),
        }
    }

    /// A relative link to this route among the pages written at build time, which can be read
    /// without JavaScript: a session's detail, the About view and the toolkit are files of their
    /// own there (the toolkit for one topic is its section).
    pub fn static_href(&self) -> String {
        match self {
            Route::Session(slug) => static_session_file(slug),
            Route::About => ABOUT_FILE.to_owned(),
            Route::Toolkit(filters) => match filters.topics.as_slice() {
                [topic] if filters.search.trim().is_empty() => format!("{TOOLKIT_FILE}#{TOOLKIT_TOPIC_PREFIX}{}", topic.as_str()),
                _ => TOOLKIT_FILE.to_owned(),
            },
            other => other.href(),
        }
    }

    /// The route a link leads to, whether written by [`Route::static_href`] (in the pages written
    /// at build time) or by [`Route::href`] and [`Route::embedded_href`] (in the app).
    pub fn from_href(href: &str, programme: &Programme) -> Route {
        let file = href.strip_prefix("./").unwrap_or(href);
        if let Some(slug) = file.strip_prefix(STATIC_SESSION_PREFIX).and_then(|rest| rest.strip_suffix(".html")) {
            return Route::Session(decode_component(slug));
        }
        if file == ABOUT_FILE {
            return Route::About;
        }
        if let Some(section) = file.strip_prefix(TOOLKIT_FILE) {
            let topic = section
                .strip_prefix('#')
                .and_then(|s| s.strip_prefix(TOOLKIT_TOPIC_PREFIX))
                .and_then(|slug| programme.topic(&Slug(slug.to_owned())));
            return Route::Toolkit(Filters { topics: topic.map(|t| t.slug.clone()).into_iter().collect(), ..Filters::default() });
        }
        Route::from_query(file, programme).route
    }

    /// The entry of the main navigation that stands for this route's view, if one does.
    pub fn nav_entry(&self) -> Option<Route> {
        match self {
            Route::Programme(_) | Route::Session(_) => Some(Route::default()),
            Route::About => Some(Route::About),
            Route::Toolkit(_) => Some(Route::Toolkit(Filters::default())),
            Route::Shortlist => Some(Route::Shortlist),
            Route::Shared(_) | Route::Embed => None,
        }
    }

    /// A relative link to this route inside the embedded app, which stays embedded.
    pub fn embedded_href(&self) -> String {
        let href = self.href();
        match href.strip_prefix("./?") {
            Some(query) => format!("./?{}=1&{query}", param::EMBED),
            None => format!("./?{}=1", param::EMBED),
        }
    }
}

/// `./?<first>&topic=…&org=…&q=…&when=…`, leaving out what `filters` leave open (`./` when nothing is left).
fn filters_href(mut parts: Vec<String>, filters: &Filters) -> String {
    let join = |slugs: &[Slug]| slugs.iter().map(Slug::as_str).collect::<Vec<_>>().join(",");
    if !filters.topics.is_empty() {
        parts.push(format!("{}={}", param::TOPIC, join(&filters.topics)));
    }
    if !filters.organisations.is_empty() {
        parts.push(format!("{}={}", param::ORGANISATION, join(&filters.organisations)));
    }
    if !filters.search.trim().is_empty() {
        parts.push(format!("{}={}", param::SEARCH, encode_component(filters.search.trim())));
    }
    if filters.when != When::All {
        parts.push(format!("{}={}", param::WHEN, filters.when.slug()));
    }
    if parts.is_empty() { "./".to_owned() } else { format!("./?{}", parts.join("&")) }
}

/// The known slugs among comma-separated `values`, in programme order; the rest go to `ignored`.
fn known_slugs(values: &[&str], options: &[&Slug], kind: &str, ignored: &mut Vec<String>) -> Vec<Slug> {
    let asked: Vec<&str> = values.iter().flat_map(|v| v.split(',')).map(str::trim).filter(|v| !v.is_empty()).collect();
    for value in asked.iter().filter(|v| !options.iter().any(|o| o.as_str() == **v)) {
        note(ignored, quoted(kind, value));
    }
    options.iter().filter(|o| asked.contains(&o.as_str())).map(|o| (*o).clone()).collect()
}

/// Adds `note` to what was ignored, once.
fn note(ignored: &mut Vec<String>, note: String) {
    if !ignored.contains(&note) {
        ignored.push(note);
    }
}

/// `kind "value"`, with long values shortened so a hostile URL cannot flood the notice.
fn quoted(kind: &str, value: &str) -> String {
    const SHOWN: usize = 40;
    if value.chars().count() > SHOWN {
        format!("{kind} \u{201c}{}…\u{201d}", value.chars().take(SHOWN).collect::<String>())
    } else {
        format!("{kind} \u{201c}{value}\u{201d}")
    }
}

/// Splits a query string into decoded `(name, value)` pairs (`+` is a space, `%XX` a byte);
/// malformed escapes are kept as written rather than rejected.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(name), decode_component(value))
        })
        .collect()
}

fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    (digit as char).to_digit(16).map(|d| d as u8)
}

/// `href`, a link as the app writes it (`./?topic=x`, `session-x.html`), as an absolute address
/// in `folder` (ending in `/`): for links that leave the page (shared, pasted, in a frame).
pub fn address_in(folder: &str, href: &str) -> String {
    format!("{folder}{}", href.strip_prefix("./").unwrap_or(href))
}

/// Percent-encodes everything but unreserved characters (RFC 3986) and the commas that separate
/// list values.
fn encode_component(text: &str) -> String {
    percent_encoded(text, |b| b.is_ascii_alphanumeric() || b"-_.~,".contains(&b))
}
