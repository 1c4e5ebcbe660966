//! Where the programme's data file is, and reading it from disk.

use super::load::load_programme;
use super::model::Programme;
use super::validation::{DataError, DataErrors, Entry};

/// The data file an organiser edits: the programme published by default.
pub const DATA_FILE: &str = "src/data/programme.toml";

/// The environment variable that names another data file to publish (a test's series, the
/// benchmark's 2,000 sessions).
pub const DATA_FILE_VARIABLE: &str = "PROGRAMME_DATA";

/// The data file `PROGRAMME_DATA` names, if it names one.
pub fn from_env() -> Option<String> {
    std::env::var(DATA_FILE_VARIABLE).ok().filter(|file| !file.trim().is_empty())
}

/// The checked programme in the data file at `path`, or every problem with it (a file that
/// cannot be read is one).
pub fn load_file(path: &str) -> Result<Programme, DataErrors> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        DataErrors(vec![DataError { file: path.to_owned(), entry: Entry::File, field: None, message: format!("cannot be read: {e}") }])
    })?;
    load_programme(path, &text)
}
