//! Just enough JSON for the stored shortlist: a value, and string quoting for writing. Reading
//! text is left to the platform's own reader (the browser's `JSON.parse` in the app, see
//! `crate::storage`), so the WebAssembly carries no JSON parser: even a small one is a noticeable
//! part of a first visit (docs/performance.md).
//! Numbers are kept only when they are whole and not negative: that is all the envelope holds.

/// A JSON value. Objects keep their members in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number; `None` when it is not a whole number from 0 to `u64::MAX`.
    Number(Option<u64>),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(key, _)| key == name).map(|(_, value)| value),
            _ => None,
        }
    }
}

/// `text` as a JSON string, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
