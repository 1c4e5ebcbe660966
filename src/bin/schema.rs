//! Writes the data file's JSON Schema (`src/data/programme.schema.json`) from the types the check
//! reads, after they have changed, and the organisers' guide's field reference from it:
//! `cargo run --quiet --no-default-features --features schema --bin schema`. Native tests fail
//! while either committed file is out of date.

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::programme::schema::{ORGANISERS_GUIDE, SCHEMA_FILE, programme_schema, with_field_reference},
    std::{fs, path::Path, process::ExitCode},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but the schema is only ever
// written natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = fs::read_to_string(root.join(ORGANISERS_GUIDE)).unwrap_or_default();
    let Some(guide) = with_field_reference(&guide) else {
        eprintln!("{ORGANISERS_GUIDE}: has no marks for its field reference");
        return ExitCode::FAILURE;
    };
    for (file, text) in [(SCHEMA_FILE, programme_schema()), (ORGANISERS_GUIDE, guide)] {
        if let Err(e) = fs::write(root.join(file), text) {
            eprintln!("{file}: cannot be written: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {file}");
    }
    ExitCode::SUCCESS
}
