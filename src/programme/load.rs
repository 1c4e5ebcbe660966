//! Reading a TOML data file (the data check, publishing and the tests use it; the app in the
//! browser reads the written page instead). A syntax error ends the reading. Else
//! each value of the wrong type is reported at the value and left out, and the file is read again
//! without it, so that `validation` still checks the rest and every problem is reported in one pass.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer};

use super::model::Programme;
use super::positions::{FieldPath, Positions};
use super::report::{DataErrors, Place, Report};
use super::source::ProgrammeSource;
use super::validation::validate;

/// Reads and checks the TOML text of the data file named `file`.
pub fn load_programme(file: &str, text: &str) -> Result<Programme, DataErrors> {
    let mut report = Report::new(file, text);
    // Only the first syntax error: what the parser could make of the text after one is often a
    // consequence of it (a list left open swallows the rest of the file, one "error" a line).
    let document = match DeTable::parse(text) {
        Ok(document) => document,
        Err(error) => {
            let message = error.message().lines().next().unwrap_or_default();
            report.add(Place::in_file(start(&error)), format!("not valid TOML: {message}"));
            return report.finish(None);
        }
    };
    let positions = Positions::new(document.get_ref());
    let programme = read(&mut report, &positions, &document, text).and_then(|source| validate(&mut report, &positions, source));
    report.finish(programme)
}

/// The file's contents, without the values of the wrong type, each of which is reported.
fn read(report: &mut Report, positions: &Positions, document: &Spanned<DeTable>, text: &str) -> Option<ProgrammeSource> {
    let mut tree = document.clone();
    loop {
        let error = match ProgrammeSource::deserialize(Deserializer::from(tree.clone())) {
            Ok(source) => return Some(source),
            Err(error) => error,
        };
        let offset = start(&error);
        match positions.locate(offset) {
            Some(path) if remove(tree.get_mut(), &path) => {
                let written = error.span().and_then(|span| text.get(span)).unwrap_or_default();
                report.wrong_type(positions.place(&path, offset), wrong_type(error.message(), &path, written));
            }
            // Not inside any value: nothing can be left out to read on.
            _ => {
                report.add(Place::in_file(offset), error.message());
                return None;
            }
        }
    }
}

fn start(error: &toml::de::Error) -> usize {
    error.span().map_or(0, |span| span.start)
}

/// Takes the value at `path` out of the file's top-level table; false when it is not there.
fn remove(root: &mut DeTable, path: &FieldPath) -> bool {
    let Some(field) = &path.field else { return root.remove(path.key.as_str()).is_some() };
    let table = match (root.get_mut(path.key.as_str()).map(Spanned::get_mut), path.index) {
        (Some(DeValue::Table(table)), None) => Some(table),
        (Some(DeValue::Array(items)), Some(index)) => match items.get_mut(index).map(Spanned::get_mut) {
            Some(DeValue::Table(table)) => Some(table),
            _ => None,
        },
        _ => None,
    };
    table.is_some_and(|table| table.remove(field.as_str()).is_some())
}

/// A type error in plain words: what the field needs and, when it is short enough to quote, what
/// was written instead ("must be true or false, not "yes"").
fn wrong_type(message: &str, path: &FieldPath, written: &str) -> String {
    if path.field.is_none() {
        return if path.key == "series" {
            "must be one [series] table".to_owned()
        } else {
            format!("must be a list of [[{}]] tables", path.key)
        };
    }
    let Some((_, expected)) = message.strip_prefix("invalid type: ").and_then(|m| m.rsplit_once(", expected ")) else {
        return message.to_owned();
    };
    let expected = match expected {
        "a string" => "text in quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list in square brackets, like [\"a\", \"b\"]",
        other => other,
    };
    let written = written.trim();
    if written.contains('\n') || written.chars().count() > 40 {
        format!("must be {expected}")
    } else {
        format!("must be {expected}, not {written}")
    }
}
