//! The data file's JSON Schema, for editors (Taplo, and VS Code's Even Better TOML, which uses
//! it): derived from the very types the check reads (`source`), so that the two cannot disagree
//! about a field's name, its type or whether it is required.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use serde_json::Value;

use super::source::ProgrammeSource;

/// Where the schema is kept, beside the data file whose first line names it.
pub const SCHEMA_FILE: &str = "src/data/programme.schema.json";

/// The command that writes [`SCHEMA_FILE`] again after the types have changed.
pub const WRITE_SCHEMA: &str = "cargo run --quiet --no-default-features --features schema --bin schema";

/// The schema as pretty JSON with a final newline, in draft-07, the newest that Taplo reads.
pub fn programme_schema() -> String {
    let settings = SchemaSettings::draft07().with_transform(RecursiveTransform(without_null));
    let schema = settings.into_generator().into_root_schema_for::<ProgrammeSource>();
    let json = serde_json::to_string_pretty(&schema).unwrap_or_else(|e| panic!("a schema is always JSON: {e}"));
    json + "\n"
}

/// TOML has no null, so an optional field is one that may be left out (it is not `required`),
/// never one that may be null, as the derived schema of an `Option` says.
fn without_null(schema: &mut Schema) {
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema.insert("type".to_owned(), only);
        }
    }
}

/// Where the organisers' guide is, whose field reference [`field_reference`] writes.
pub const ORGANISERS_GUIDE: &str = "docs/organisers.md";

/// The lines around the field reference in [`ORGANISERS_GUIDE`]: what is between them is written
/// from the schema, so the guide and the editor's help never disagree.
pub const REFERENCE_MARKS: (&str, &str) = (
    "<!-- The field reference below is written from the data file's schema by `cargo run --quiet --no-default-features --features schema --bin schema`: change the descriptions in src/programme/source.rs, not here. -->",
    "<!-- End of the field reference. -->",
);

/// Every table of the data file and every field in it, with its description from the schema, as
/// Markdown for the organisers' guide: the file's tables in the order the schema lists them.
pub fn field_reference() -> String {
    let schema: Value = serde_json::from_str(&programme_schema()).unwrap_or_else(|e| panic!("a schema is always JSON: {e}"));
    let mut out = String::new();
    for (table, property) in schema["properties"].as_object().into_iter().flatten() {
        let entry = match property.get("$ref").or_else(|| property["items"].get("$ref")).and_then(Value::as_str) {
            Some(reference) => &schema["definitions"][reference.trim_start_matches("#/definitions/")],
            None => property,
        };
        let header = if property["type"] == "array" { format!("[[{table}]]") } else { format!("[{table}]") };
        out.push_str(&format!("\n### `{header}`\n\n{}\n\n", one_line(&property["description"])));
        for (field, about) in entry["properties"].as_object().into_iter().flatten() {
            out.push_str(&format!("- **`{field}`**: {}\n", one_line(&about["description"])));
        }
    }
    out
}

/// A description as one line of Markdown (the doc comments' line breaks are only wrapping).
fn one_line(description: &Value) -> String {
    description.as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `guide` with its field reference (between [`REFERENCE_MARKS`]) written from the schema, or
/// `None` when the guide has no marks for it.
pub fn with_field_reference(guide: &str) -> Option<String> {
    let (open, close) = REFERENCE_MARKS;
    let start = guide.find(open)? + open.len();
    let end = start + guide[start..].find(close)?;
    Some(format!("{}\n{}\n{}", &guide[..start], field_reference(), &guide[end..]))
}
