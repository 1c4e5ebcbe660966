//! Reading a TOML data file (native only: the build script and the tests use it; the browser gets
//! the already-checked programme). Each entry is deserialised on its own, so even a wrongly typed
//! value is reported against the session, organisation or topic it belongs to.

use serde::Deserialize;
use toml::{Table, Value};

use super::model::Programme;
use super::validation::{DataError, DataErrors, Entry, ProgrammeSource, SeriesSource, validate};

/// Parses and checks the TOML text of the data file named `file`.
pub fn load_programme(file: &str, text: &str) -> Result<Programme, DataErrors> {
    let fail = |entry: Entry, message: String| DataErrors(vec![DataError { file: file.to_owned(), entry, field: None, message }]);
    let mut table: Table = text.parse().map_err(|e: toml::de::Error| fail(Entry::File, format!("not valid TOML: {e}")))?;
    let mut errors = Vec::new();
    let mut source = ProgrammeSource::default();

    if let Some(series) = table.remove("series") {
        let field = culprit::<SeriesSource>(&series);
        match series.try_into() {
            Ok(series) => source.series = Some(series),
            Err(e) => errors.push(DataError { field, ..typed_error(file, Entry::Series, e) }),
        }
    }
    source.organisations = entries(file, &mut table, "organisations", Entry::Organisation, &mut errors);
    source.topics = entries(file, &mut table, "topics", Entry::Topic, &mut errors);
    source.sessions = entries(file, &mut table, "sessions", Entry::Session, &mut errors);
    source.resources = entries(file, &mut table, "resources", Entry::Resource, &mut errors);
    // Whatever is left is unknown at the top level; let validation report it with the rest.
    match ProgrammeSource::deserialize(Value::Table(table)) {
        Ok(rest) => source.unknown = rest.unknown,
        Err(e) => errors.push(typed_error(file, Entry::File, e)),
    }

    match validate(file, source) {
        Ok(programme) if errors.is_empty() => Ok(programme),
        Ok(_) => Err(DataErrors(errors)),
        Err(DataErrors(more)) => {
            errors.extend(more);
            Err(DataErrors(errors))
        }
    }
}

/// Deserialises each item of the array `key` on its own, so a type error names its entry.
fn entries<T: for<'de> Deserialize<'de>>(
    file: &str,
    table: &mut Table,
    key: &str,
    kind: fn(String) -> Entry,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    let Some(value) = table.remove(key) else { return Vec::new() };
    let Value::Array(items) = value else {
        errors.push(DataError {
            file: file.to_owned(),
            entry: Entry::File,
            field: Some(key.to_owned()),
            message: format!("must be a list of [[{key}]] tables"),
        });
        return Vec::new();
    };
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let slug = item.get("slug").and_then(Value::as_str).map(str::to_owned);
            let field = culprit::<T>(&item);
            item.try_into()
                .map_err(|e| errors.push(DataError { field, ..typed_error(file, Entry::named(kind, i, slug.as_deref()), e) }))
                .ok()
        })
        .collect()
}

/// The field whose value has the wrong type. Every field of an entry is optional, so a table
/// holding just one field fails to deserialise only when that field is the bad one.
fn culprit<T: for<'de> Deserialize<'de>>(item: &Value) -> Option<String> {
    let table = item.as_table()?;
    table.iter().find_map(|(key, value)| {
        let alone = Table::from_iter([(key.clone(), value.clone())]);
        T::deserialize(Value::Table(alone)).is_err().then(|| key.clone())
    })
}

fn typed_error(file: &str, entry: Entry, error: toml::de::Error) -> DataError {
    DataError { file: file.to_owned(), entry, field: None, message: error.message().to_owned() }
}
