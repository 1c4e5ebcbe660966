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
