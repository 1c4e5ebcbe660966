//! Where the programme's data file is, and reading it from disk: the check, publishing and
//! Trunk's build all read it here.

use std::fmt;
use std::io::ErrorKind;

use super::load::load_programme;
use super::model::Programme;
use super::report::DataErrors;

/// The data file an organiser edits: the programme published by default.
pub const DATA_FILE: &str = "src/data/programme.toml";

/// The environment variable that names another data file to publish (a test's series, the
/// benchmark's 2,000 sessions).
pub const DATA_FILE_VARIABLE: &str = "PROGRAMME_DATA";

/// The data file `PROGRAMME_DATA` names, if it names one.
pub fn from_env() -> Option<String> {
    std::env::var(DATA_FILE_VARIABLE).ok().filter(|file| !file.trim().is_empty())
}

/// Why a data file gave no programme.
#[derive(Debug)]
pub enum Unloaded {
    /// It could not be read at all; the line says why.
    Unreadable(String),
    /// It was read, and has these problems.
    Problems(DataErrors),
}

impl fmt::Display for Unloaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unloaded::Unreadable(line) => writeln!(f, "{line}"),
            Unloaded::Problems(errors) => write!(f, "{errors}"),
        }
    }
}

/// The checked programme in the data file at `path`, or why there is none.
pub fn load_file(path: &str) -> Result<Programme, Unloaded> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Unloaded::Unreadable(match e.kind() {
            ErrorKind::NotFound => format!("{path}: there is no such file"),
            _ => format!("{path}: cannot be read: {e}"),
        })
    })?;
    load_programme(path, &text).map_err(Unloaded::Problems)
}
