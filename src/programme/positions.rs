//! Where each entry and field of a data file is written, read from the parsed file's spans, so a
//! problem can point at the value at fault: the `end` value, the one undefined topic inside a
//! list, a misspelt field's key, or the entry's `[[sessions]]` header when a field is missing.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use super::report::{Entry, Place};

/// The parsed data file, asked where things are.
#[derive(Clone, Copy)]
pub struct Positions<'a> {
    root: &'a DeTable<'a>,
}

/// An entry of the file (or the file itself) and where it is written.
#[derive(Clone)]
pub struct Subject<'a> {
    pub entry: Entry,
    /// Where the entry starts: its header, or the file's first byte.
    offset: usize,
    table: Option<&'a DeTable<'a>>,
}

/// Where a value of the wrong type sits, as keys from the top of the file: a top-level key, the
/// index of an entry in that list, and the entry's field (none when the top-level value itself
/// has the wrong shape).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath {
    pub key: String,
    pub index: Option<usize>,
    pub field: Option<String>,
}

impl<'a> Positions<'a> {
    /// The positions in the file whose parsed top-level table is `root`.
    pub fn new(root: &'a DeTable<'a>) -> Positions<'a> {
        Positions { root }
    }

    /// The file as a whole: its top-level keys, and problems that belong to no entry (at its first line).
    pub fn file(&self) -> Subject<'a> {
        Subject { entry: Entry::File, offset: 0, table: Some(self.root) }
    }

    /// The `[series]` table.
    pub fn series(&self) -> Subject<'a> {
        match self.root.get("series") {
            Some(value) => Subject { entry: Entry::Series, offset: value.span().start, table: value.get_ref().as_table() },
            None => Subject { entry: Entry::Series, offset: 0, table: None },
        }
    }

    /// The `index`-th entry (0-based) of the list `list` ("sessions", …), named by its slug.
    pub fn entry(&self, list: &str, index: usize) -> Subject<'a> {
        let item = self.root.get(list).and_then(|value| value.get_ref().as_array()).and_then(|items| items.get(index));
        let table = item.and_then(|item| item.get_ref().as_table());
        let slug = table.and_then(|t| t.get("slug")).and_then(|slug| slug.get_ref().as_str());
        let entry = entry_kind(list).map_or(Entry::File, |kind| Entry::named(kind, index, slug));
        Subject { entry, offset: item.map_or(0, |item| item.span().start), table }
    }

    /// The entry and field that the byte at `offset` belongs to, if it is inside a value.
    pub fn locate(&self, offset: usize) -> Option<FieldPath> {
        self.root.iter().find_map(|(key, value)| {
            let path = |index, field: Option<&str>| FieldPath { key: key.get_ref().to_string(), index, field: field.map(str::to_owned) };
            let inner = match value.get_ref() {
                DeValue::Table(table) => field_at(table, offset).map(|field| path(None, Some(field))),
                DeValue::Array(items) => items.iter().enumerate().find_map(|(index, item)| {
                    let table = item.get_ref().as_table()?;
                    field_at(table, offset).map(|field| path(Some(index), Some(field)))
                }),
                _ => None,
            };
            inner.or_else(|| extent(key, value).contains(&offset).then(|| path(None, None)))
        })
    }

    /// The place of the byte at `offset` on `path`: in its entry and field, or, for a list that is
    /// not a list of tables, the file's field.
    pub fn place(&self, path: &FieldPath, offset: usize) -> Place {
        match (path.index, &path.field) {
            (Some(index), field) => self.entry(&path.key, index).at(field.as_deref(), offset),
            (None, field) if path.key == "series" => self.series().at(field.as_deref(), offset),
            _ => self.file().at(Some(&path.key), offset),
        }
    }
}

/// How the entries of the list `list` are named in problems.
fn entry_kind(list: &str) -> Option<fn(String) -> Entry> {
    match list {
        "organisations" => Some(Entry::Organisation),
        "topics" => Some(Entry::Topic),
        "sessions" => Some(Entry::Session),
        "resources" => Some(Entry::Resource),
        _ => None,
    }
}

/// The key of the field of `table` whose key or value holds the byte at `offset`.
fn field_at<'a>(table: &'a DeTable<'a>, offset: usize) -> Option<&'a str> {
    table.iter().find(|(key, value)| extent(key, value).contains(&offset)).map(|(key, _)| key.get_ref().as_ref())
}

/// The bytes a field takes: from its key to the end of its value. A table's value is its header,
/// which holds the key (`[[sessions]]`), and a dotted key's table is the key itself.
fn extent(key: &Spanned<DeString>, value: &Spanned<DeValue>) -> Range<usize> {
    let (key, value) = (key.span(), value.span());
    key.start.min(value.start)..key.end.max(value.end)
}

impl Subject<'_> {
    /// The entry as a whole: its header.
    pub fn header(&self) -> Place {
        self.at(None, self.offset)
    }

    /// A field's key, or the header when it is not written.
    pub fn key(&self, field: &str) -> Place {
        let offset = self.table.and_then(|t| t.get_key_value(field)).map_or(self.offset, |(key, _)| key.span().start);
        self.at(Some(field), offset)
    }

    /// A field's value, or the header when it is not written (a missing field).
    pub fn value(&self, field: &str) -> Place {
        let offset = self.table.and_then(|t| t.get(field)).map_or(self.offset, |value| value.span().start);
        self.at(Some(field), offset)
    }

    /// The `index`-th item (0-based) of a list field's value.
    pub fn item(&self, field: &str, index: usize) -> Place {
        let item = self.table.and_then(|t| t.get(field)).and_then(|value| value.get_ref().as_array()).and_then(|items| items.get(index));
        match item {
            Some(item) => self.at(Some(field), item.span().start),
            None => self.value(field),
        }
    }

    /// The byte at `offset`, inside `field` (or the entry itself).
    pub fn at(&self, field: Option<&str>, offset: usize) -> Place {
        Place { entry: self.entry.clone(), entry_offset: self.offset, field: field.map(str::to_owned), offset }
    }
}
