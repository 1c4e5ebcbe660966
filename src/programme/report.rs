//! What the data check says: one line per problem, naming the file, the line and column, the
//! entry and the field, in words an organiser can act on. `positions` says where a problem is;
//! this module only collects the problems and orders them as they appear in the file.

use std::collections::HashSet;
use std::fmt;

/// Which entry of the file an error is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File,
    Series,
    /// Named by slug when it has one, else by its position ("#3").
    Organisation(String),
    Topic(String),
    Session(String),
    Resource(String),
}

impl Entry {
    /// The entry for the `index`-th item (0-based) of a list, named by its slug if it has a usable one.
    pub fn named(kind: fn(String) -> Entry, index: usize, slug: Option<&str>) -> Entry {
        kind(match slug {
            Some(slug) if !slug.trim().is_empty() => format!("\"{slug}\""),
            _ => format!("#{}", index + 1),
        })
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::File => write!(f, "file"),
            Entry::Series => write!(f, "[series]"),
            Entry::Organisation(name) => write!(f, "organisation {name}"),
            Entry::Topic(name) => write!(f, "topic {name}"),
            Entry::Session(name) => write!(f, "session {name}"),
            Entry::Resource(name) => write!(f, "resource {name}"),
        }
    }
}

/// Where a problem is: its entry and field, and the byte in the file that the line and column
/// point at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub entry: Entry,
    /// Where the entry starts (its `[[sessions]]` header), which tells two entries of the same name apart.
    pub entry_offset: usize,
    pub field: Option<String>,
    pub offset: usize,
}

impl Place {
    /// The byte at `offset`, in no entry: where a syntax error is, say.
    pub fn in_file(offset: usize) -> Place {
        Place { entry: Entry::File, entry_offset: 0, field: None, offset }
    }
}

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based, like an editor's.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub entry: Entry,
    /// The field at fault, when there is one.
    pub field: Option<String>,
    pub message: String,
}

impl DataError {
    /// What the problem is about, e.g. `session "nhs-charging", field 'end'`; none for the file as a whole.
    pub fn subject(&self) -> Option<String> {
        match (&self.entry, &self.field) {
            (Entry::File, None) => None,
            (Entry::File, Some(field)) => Some(format!("field '{field}'")),
            (entry, None) => Some(entry.to_string()),
            (entry, Some(field)) => Some(format!("{entry}, field '{field}'")),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(subject) = self.subject() {
            write!(f, "{subject}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Everything wrong with a data file, one line each, in the order they appear in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Collects the problems of one file while it is read and checked.
pub struct Report<'f> {
    file: &'f str,
    text: &'f str,
    errors: Vec<DataError>,
    /// Fields whose value had the wrong type (by entry offset and field): the reader drops them, so
    /// any later "is missing" about them would be a second, misleading line about one mistake.
    wrongly_typed: HashSet<(usize, Option<String>)>,
}

impl<'f> Report<'f> {
    /// An empty report on the data file named `file`, whose contents are `text`.
    pub fn new(file: &'f str, text: &'f str) -> Report<'f> {
        Report { file, text, errors: Vec::new(), wrongly_typed: HashSet::new() }
    }

    /// A problem at `place`, unless it is about a field already reported as wrongly typed.
    pub fn add(&mut self, place: Place, message: impl Into<String>) {
        if self.wrongly_typed.contains(&(place.entry_offset, place.field.clone())) {
            return;
        }
        let (line, column) = line_and_column(self.text, place.offset);
        let Place { entry, field, .. } = place;
        self.errors.push(DataError { file: self.file.to_owned(), line, column, entry, field, message: message.into() });
    }

    /// A value of the wrong type: reported, and nothing more is said about its field.
    pub fn wrong_type(&mut self, place: Place, message: impl Into<String>) {
        let key = (place.entry_offset, place.field.clone());
        self.add(place, message);
        self.wrongly_typed.insert(key);
    }

    /// Whether any problem has been found so far.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// `value` when nothing was found wrong, else every problem in file order.
    pub fn finish<T>(mut self, value: Option<T>) -> Result<T, DataErrors> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => {
                self.errors.sort_by_key(|e| (e.line, e.column));
                Err(DataErrors(self.errors))
            }
        }
    }
}

/// The 1-based line and column (in characters) of the byte at `offset`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}
