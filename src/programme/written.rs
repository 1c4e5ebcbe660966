//! Dates and times as an organiser writes them: unquoted, as TOML date-times (`2023-04-20T13:00:00`,
//! `2026-11-22`), or the same in quotes. Both read the same, so neither is a mistake.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// What [`WrittenTime::read`] accepts, as a regular expression for the schema. Editors see a TOML
/// date-time as text in this shape too, so one pattern covers it with and without quotes.
#[cfg(feature = "schema")]
pub const DATE_TIME_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$";

/// What [`WrittenDate::read`] accepts, likewise.
#[cfg(feature = "schema")]
pub const DATE_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}$";

/// A date or a date-time as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The value as text; a TOML date-time is written back as RFC 3339 writes it.
    pub text: String,
    /// Whether it was written in quotes, so that messages show it as it was written.
    pub quoted: bool,
}

impl fmt::Display for Written {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.quoted { write!(f, "\"{}\"", self.text) } else { write!(f, "{}", self.text) }
    }
}

/// A session's start or end: `2023-04-20T13:00:00`, with or without its offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenTime(pub Written);

/// What a [`WrittenTime`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// An instant, with the offset it was written with.
    Instant(DateTime<FixedOffset>),
    /// A time on UK clocks, whose offset depends on the date.
    UkWallClock(NaiveDateTime),
}

impl WrittenTime {
    /// What the time says; none when it is not a date and time (a date alone, say). A space may
    /// stand for the `T`, and a time without an offset may leave out its seconds, as in TOML.
    pub fn read(&self) -> Option<Reading> {
        let text = self.0.text.trim().replacen(' ', "T", 1);
        if let Ok(instant) = DateTime::parse_from_rfc3339(&text) {
            return Some(Reading::Instant(instant));
        }
        ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"]
            .iter()
            .find_map(|format| NaiveDateTime::parse_from_str(&text, format).ok())
            .map(Reading::UkWallClock)
    }
}

/// A day: `2026-11-22`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenDate(pub Written);

impl WrittenDate {
    /// The date written; none when it is not a date alone.
    pub fn read(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.0.text.trim(), "%Y-%m-%d").ok()
    }
}

impl<'de> Deserialize<'de> for WrittenTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WrittenVisitor("a date and time, like 2023-04-20T13:00:00")).map(WrittenTime)
    }
}

impl<'de> Deserialize<'de> for WrittenDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WrittenVisitor("a date, like 2026-11-22")).map(WrittenDate)
    }
}

/// Reads quoted text or a TOML date-time; what it says is the expected value, for type errors.
#[derive(Clone, Copy)]
struct WrittenVisitor(&'static str);

impl<'de> Visitor<'de> for WrittenVisitor {
    type Value = Written;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Written, E> {
        Ok(Written { text: text.to_owned(), quoted: true })
    }

    // The toml crate hands a date-time over as a one-entry map that its own type reads; any other
    // map is a table written where a date belongs.
    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Written, M::Error> {
        let datetime = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))
            .map_err(|_: M::Error| de::Error::invalid_type(de::Unexpected::Map, &self))?;
        Ok(Written { text: datetime.to_string(), quoted: false })
    }
}
