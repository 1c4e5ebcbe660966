//! The app's URLs. Every view lives in the query string (`./?session=slug`, `./?view=about`), so the
//! app works on any static host, at a domain root or under a sub-path, with no server rewrites.

/// Query parameter names: defined here once.
pub mod param {
    /// The session whose detail view is open.
    pub const SESSION: &str = "session";
    /// A named view other than the programme.
    pub const VIEW: &str = "view";
}

/// Values of [`param::VIEW`].
const ABOUT: &str = "about";

/// Which view the URL asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    /// The whole programme, by month.
    #[default]
    Programme,
    /// One session's detail view, by slug (which may not exist: the view says so).
    Session(String),
    /// About the series.
    About,
}

impl Route {
    /// The route for a query string such as `?session=nhs-charging` (the leading `?` is optional).
    /// Unknown parameters and values fall back to the programme, never to an error.
    pub fn from_query(query: &str) -> Route {
        let pairs = parse_query(query);
        let value = |name: &str| pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.trim());
        if let Some(slug) = value(param::SESSION).filter(|s| !s.is_empty()) {
            Route::Session(slug.to_owned())
        } else if value(param::VIEW) == Some(ABOUT) {
            Route::About
        } else {
            Route::Programme
        }
    }

    /// A relative link to this route, valid wherever the app is hosted.
    pub fn href(&self) -> String {
        match self {
            Route::Programme => "./".to_owned(),
            Route::Session(slug) => format!("./?{}={}", param::SESSION, encode_component(slug)),
            Route::About => format!("./?{}={ABOUT}", param::VIEW),
        }
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

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn encode_component(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
