//! The checks that every kind of entry shares (required text, slugs, references to other entries,
//! misspelt fields), as methods of the [`Report`] their problems go to.

use std::collections::{BTreeMap, HashSet};

use serde::de::IgnoredAny;

use super::model::Slug;
use super::positions::Subject;
use super::report::Report;

impl Report<'_> {
    /// A required field: reported as missing (at the entry's header) when absent.
    pub fn present<T>(&mut self, subject: &Subject, field: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.add(subject.value(field), "is missing");
        }
        value
    }

    /// A required text field: present and not blank.
    pub fn required(&mut self, subject: &Subject, field: &str, value: Option<String>) -> String {
        let Some(text) = self.present(subject, field, value) else { return String::new() };
        if text.trim().is_empty() {
            self.add(subject.value(field), "must not be empty");
        }
        text.trim().to_owned()
    }

    /// Every field that no entry of this kind has, at its key.
    pub fn unknown_fields(&mut self, subject: &Subject, unknown: &BTreeMap<String, IgnoredAny>) {
        for field in unknown.keys() {
            self.add(subject.key(field), "is not a known field (misspelt?)");
        }
    }

    /// A slug that is well formed and not used before by an entry of the same kind.
    pub fn slug(&mut self, subject: &Subject, value: Option<String>, seen: &mut HashSet<String>) -> Slug {
        let text = self.required(subject, "slug", value);
        if !text.is_empty() && !Slug::is_valid(&text) {
            self.add(subject.value("slug"), format!("\"{text}\" must be lowercase words joined by hyphens, like \"nhs-charging\""));
        } else if !text.is_empty() && !seen.insert(text.clone()) {
            self.add(subject.value("slug"), format!("\"{text}\" is used by another entry"));
        }
        Slug(text)
    }

    /// References to entries of another kind, each of which must exist: an undefined one is
    /// pointed at inside the list.
    pub fn references(&mut self, subject: &Subject, field: &str, values: Vec<String>, known: &HashSet<String>) -> Vec<Slug> {
        for (index, value) in values.iter().enumerate().filter(|(_, v)| !known.contains(v.as_str())) {
            self.add(subject.item(field, index), format!("\"{value}\" is not defined"));
        }
        values.into_iter().map(Slug).collect()
    }
}
